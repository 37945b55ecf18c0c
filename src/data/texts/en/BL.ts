import type { PointTextsByCode } from '../../textsSchema.ts';

/** Bladder channel of foot taiyang, BL1–BL67: the English texts, in our own words. */
export const bladderTexts: PointTextsByCode = {
  BL1: {
    area: 'Face — inner corner of the eye',
    location:
      'On the face, in the small hollow just above and medial to the inner corner of the eye, between the canthus and the bony medial wall of the orbit.',
    convention: 'WHO 2008: 0.1 cun superomedial to the inner canthus.',
    howToLocate:
      'Ask the patient to close the eyes. Put a fingertip on the inner corner of the eye and slide it a hair’s breadth up and toward the nose until it sinks into a soft notch against the bone of the orbit wall.',
    needling: {
      directions:
        'Eyes closed; with one finger ease the eyeball gently toward the outer side, then slide a fine needle slowly straight in along the orbital wall, 0.3–0.5 cun (some texts allow up to 1 cun in experienced hands). No lifting, thrusting or twirling. On withdrawal press the spot for a minute or two.',
    },
    sensation: 'A local distension or soreness around the eye, sometimes a feeling of moisture or pressure behind the eyeball.',
    safety: {
      orbit: 'The needle runs between the eyeball and the bony orbit; careless depth or manipulation can injure the eye.',
      vessel: 'Small angular and orbital vessels here bleed easily and leave a bruised, swollen eyelid.',
      classical_no_moxibustion: 'Listed among the points classically not to be warmed with moxa.',
    },
    cautions:
      'Only for practitioners trained in orbital needling. Use the thinnest needle, insert slowly and stop at any resistance. Press firmly after withdrawal to prevent a haematoma; warn the patient that a black eye can still appear. Never apply moxa here.',
    actions: [
      'Brightens the eyes',
      'Expels wind and clears heat from the eyes',
      'Stops tearing and itching of the eyes',
      'Opens the bladder channel where it starts',
    ],
    indications: [
      'Red, painful or swollen eyes',
      'Blurred vision, poor night vision',
      'Excessive tearing in the wind',
      'Itching of the inner canthus',
      'Early cataract and other chronic eye disorders (as part of a protocol)',
    ],
    commentary:
      'The first point of the bladder channel sits exactly where the eye meets the nose, and almost every eye complaint, whether from wind-heat, liver fire or depleted blood, can be treated here. Several channels and both motility (qiao) vessels converge at the inner canthus, which is why the point is also linked with the opening and closing of the eyes and with sleep.\n\nBecause it lies inside the orbital rim, it is treated with more respect than any other point on the face. Many practitioners prefer to use BL2 or massage around the orbit and keep needling of this point for cases that need it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point under this name with its position at the inner canthus.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden, and heat so close to the eye is unsafe.',
      guaSha: 'Gentle finger pressure around the orbit is used instead.',
    },
    classificationNotes: {
      entry: 'Receives the small intestine channel from SI19',
      meeting: 'Bladder, Small Intestine and Stomach channels with the Yin and Yang Motility vessels',
    },
  },
  BL2: {
    area: 'Face — inner end of the eyebrow',
    location: 'On the face, in the hollow at the medial end of the eyebrow, over the supraorbital (frontal) notch.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger along the eyebrow toward the nose. Where the brow stops, the edge of the orbit has a small notch that feels like a shallow dip; pressing it gives a sharp ache that spreads over the forehead.',
    needling: {
      directions:
        'Pinch up the skin and insert transversely 0.3–0.5 cun, usually threading out along the eyebrow toward its middle; for eye disorders some aim downward toward BL1, and for headache some aim upward. It may also be pricked to let a few drops of blood.',
    },
    sensation: 'A dull ache or pressure spreading over the brow and forehead, sometimes into the eye.',
    safety: { classical_no_moxibustion: 'On the classical list of points that are not given moxibustion.' },
    cautions:
      'Keep the needle under the skin and above the orbital rim; when threading down toward BL1 do not slip into the orbit. No direct moxa on the brow.',
    actions: ['Clears heat and brightens the eyes', 'Expels wind from the face', 'Relieves frontal headache', 'Stops pain in the brow and eye'],
    indications: [
      'Frontal or supraorbital headache',
      'Red, painful, watery eyes',
      'Blurred vision, twitching of the eyelid',
      'Facial paralysis with inability to close the eye',
      'Sinus congestion with pain over the brow',
      'Hiccup (strong pressure)',
    ],
    commentary:
      'The practical everyday eye point: it treats much the same range as BL1 but without the risk, so it is needled or pressed far more often. Pressure on both points at once is a familiar self-help move for tired, strained eyes.\n\nIt is equally useful for pain in the forehead and the supraorbital nerve area, and for wind disorders of the face such as drooping or twitching of the upper lid. Firm bilateral pressure here is a folk remedy for stubborn hiccup.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the point and its place at the inner end of the eyebrow.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden; burns near the eye are unacceptable.',
      bloodletting: 'Pricking for acute red, swollen eyes from wind-heat.',
      guaSha: 'Only light strokes along the brow, away from the eye.',
    },
    classificationNotes: {},
  },
  BL3: {
    area: 'Head — front, just inside the hairline',
    location: 'On the head, 0.5 cun above the anterior hairline, directly above BL2 at the inner end of the eyebrow.',
    convention: 'WHO 2008. The rule takes the level of GV24, 0.5 cun within the hairline, straight above the inner end of the eyebrow (BL2).',
    howToLocate:
      'From BL2 follow a vertical line straight up the forehead to the hairline, then go half a cun further into the hair. The point lies between GV24 on the midline and BL4.',
    needling: { directions: 'Insert transversely under the scalp, 0.3–0.5 cun, running backward along the channel.' },
    sensation: 'A local heaviness or tight feeling in the scalp.',
    safety: {},
    cautions:
      'The scalp here lies thin over the frontal bone and is rich in small vessels. Keep the needle in the loose layer beneath the scalp at a low angle; if it grates on bone or the pain turns sharp, withdraw a little and re-angle. Press the spot with a dry cotton ball for a short while after withdrawal to prevent bleeding or a small haematoma under the hair.',
    actions: ['Expels wind and relieves headache', 'Clears the head and eyes', 'Opens the nose'],
    indications: ['Frontal headache', 'Dizziness', 'Nasal congestion', 'Blurred vision', 'Epilepsy (as an adjunct)'],
    commentary:
      'A small local point for the front of the head. The channel rises straight up from BL2 at the inner end of the eyebrow and passes through this point into the row of scalp points, so it is the link between the eye points below and the points over the vertex. It is chosen for headache over the forehead, especially when the nose is blocked as well, and for a heavy, muddled head with dizziness.\n\nEach neighbour has its own emphasis: GV24 on the midline is preferred when the mind is unsettled, BL4 just lateral when the nose and eyes dominate; this point lies between them and is often threaded along the hairline together with one of them. A short transverse needle and brief retention are enough; for a stronger effect add a distal point such as LI4.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the hair, a few minutes.',
      cupping: 'Hair and a curved bony surface prevent a seal.',
      guaSha: 'Comb-like strokes on the scalp with a horn tool.',
    },
    classificationNotes: {},
  },
  BL4: {
    area: 'Head — front, just inside the hairline',
    location: 'On the head, 0.5 cun above the anterior hairline and 1.5 cun lateral to the midline, one third of the way from GV24 to ST8.',
    convention:
      'WHO 2008. 1.5 cun lateral to GV24, in the cun of the 9 cun between the hairline corners (ST8 lies 4.5 cun out), so the point falls a third of the way from GV24 to ST8.',
    howToLocate:
      'Find GV24, half a cun behind the front hairline on the midline, and ST8 at the hairline corner. Divide the line between them into thirds: the point is at the first third from the midline.',
    needling: { directions: 'Transverse insertion along the scalp, 0.3–0.5 cun, directed backward.' },
    sensation: 'Local distension under the scalp.',
    safety: {},
    cautions:
      'Scalp vessels bleed easily: press with a dry cotton ball for a short while after withdrawal. Advance the needle flat under the scalp, not into the periosteum; if the patient reports a sharp pain, withdraw slightly and change direction. Do not needle through boils or broken skin on the scalp.',
    actions: ['Clears heat and expels wind from the head', 'Opens the nose', 'Brightens the eyes'],
    indications: ['Frontal headache', 'Nasal obstruction, nosebleed', 'Dimness of vision, eye pain', 'Dizziness'],
    commentary:
      'Its name refers to the sideways step the channel takes here, leaving the line above the eyebrow to settle on the line 1.5 cun from the midline that it keeps all the way over the head. Clinically it is a local point for the forehead and nose: frontal headache, a blocked or bleeding nose, and eyes that ache or see dimly.\n\nIt is rarely used alone. For the nose it is combined with BL7 higher on the same line and with points beside the nose; for headache it is chosen when the pain sits to one side of the forehead, whereas pain on the midline calls for GV24. A shallow needle threaded backward under the scalp is all it needs.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point and its place beside the front hairline.',
      },
    ],
    therapyNotes: { guaSha: 'Scalp strokes front to back.' },
    classificationNotes: {},
  },
  BL5: {
    area: 'Head — front of the scalp',
    location: 'On the head, 1 cun above the anterior hairline and 1.5 cun lateral to the midline, half a cun behind BL4.',
    convention: 'WHO 2008. 1.5 cun lateral to GV23 (1 cun within the hairline); the lateral step is in the cun between the hairline corners, as for BL4.',
    howToLocate: 'From BL4 move straight back half a cun on the same line, level with GV23 on the midline.',
    needling: { directions: 'Transversely under the scalp, 0.3–0.5 cun, along the line of the channel.' },
    sensation: 'A tight or heavy feeling in the scalp around the needle.',
    safety: {},
    cautions:
      'Press after withdrawal: the scalp is rich in vessels and bleeds or bruises under the hair easily. Keep the needle flat under the scalp and draw back a little if it meets bone. Use light stimulation in children and frail patients, and ask the patient not to lie on the needle during retention.',
    actions: ['Expels wind and calms spasm', 'Clears the head', 'Relieves headache'],
    indications: ['Headache, heaviness of the head', 'Dizziness, blurred vision', 'Epilepsy and childhood convulsions (adjunct)'],
    commentary:
      'Named simply as the fifth point of the channel. Like its neighbours it is a local point for the front of the head, for headache, heaviness of the head and dizziness; older texts also use it for wind that produces spasms and convulsions.\n\nOn its own it is weak, and it is mostly used as one link in a line of local scalp points: with BL4 and BL6 on the same line for a distending ache or a heavy, wrapped feeling over the front of the head. In spasm and convulsions it is only an adjunct; the main treatment rests on the governor vessel and strong distal points.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Lists the point with its position on the scalp.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL6: {
    area: 'Head — top of the scalp',
    location: 'On the head, 2.5 cun above the anterior hairline and 1.5 cun lateral to the midline.',
    convention:
      'WHO 2008. The level is 2.5 cun within the hairline, a third of the way from GV22 to GV21; the 1.5 cun lateral step is in the cun between the hairline corners, as for BL4.',
    howToLocate: 'Measure 1.5 cun back from BL5 along the same line, 1.5 cun from the midline.',
    needling: { directions: 'Transverse insertion under the scalp, 0.3–0.5 cun.' },
    sensation: 'Local heaviness or distension in the scalp.',
    safety: {},
    cautions:
      'Press after withdrawal to prevent bleeding or a haematoma under the scalp. Keep the needle beneath the scalp rather than driving it at the bone; if the patient feels a sharp pain, withdraw slightly and change direction. Avoid areas of infected or broken scalp.',
    actions: ['Clears heat and brightens the eyes', 'Expels wind from the head', 'Opens the nose'],
    indications: ['Headache, dizziness', 'Blurred vision, eye pain', 'Common cold with nasal congestion', 'Vomiting with a heavy head'],
    commentary:
      'The name hints at its use for the eyes: a point on the scalp that “receives light” for the eyes below. It is a supporting local point for headache and for visual disturbance with a stuffy head.\n\nIn this row of scalp points BL7 is the first choice for the nose and BL4 for the forehead; this point is added mainly when a headache comes with dim or blurred vision. It can be threaded along the channel toward the point in front or behind, so that one needle joins several points.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the point and its place on the scalp.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL7: {
    area: 'Head — near the vertex',
    location: 'On the head, 4 cun above the anterior hairline and 1.5 cun lateral to the midline, a little in front of the level of GV20.',
    convention:
      'WHO 2008. The level is 4 cun within the hairline, a third of the way from GV21 to GV20; the 1.5 cun lateral step is in the cun between the hairline corners, as for BL4.',
    howToLocate:
      'Find GV20 at the crown, 5 cun behind the front hairline. Go 1 cun forward from it and 1.5 cun to the side; the spot is often slightly sunken.',
    needling: { directions: 'Transversely under the scalp, 0.3–0.5 cun; some texts go to 0.8 cun.' },
    sensation: 'A spreading heaviness over the crown, sometimes felt down toward the nose.',
    safety: {},
    cautions:
      'Press after withdrawal; the vessels of the crown bleed readily. Insert flat under the scalp, never deep and straight in; withdraw slightly if the needle meets bone or the pain is sharp. A few patients feel briefly light-headed or heavy-headed after needling at the crown, so let them sit quietly for a moment before they stand.',
    actions: ['Opens the nose', 'Clears the head and relieves headache', 'Expels wind'],
    indications: ['Nasal congestion, loss of smell, rhinitis', 'Nosebleed', 'Headache at the vertex, heavy head', 'Dizziness'],
    commentary:
      'The most important of the scalp points of this channel. Although it sits near the crown, its main use is for the nose: chronic blockage, catarrh, loss of smell and nosebleed, in keeping with the idea that the channel connects the top of the head (heaven) with the nose below.\n\nIt is also used for vertex headache and for heaviness of the head when damp clouds the upper body.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point and its position near the crown.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick over the hair for chronic nasal blockage.' },
    classificationNotes: {},
  },
  BL8: {
    area: 'Head — behind the vertex',
    location: 'On the head, 5.5 cun above the anterior hairline and 1.5 cun lateral to the midline, just behind the level of GV20.',
    convention:
      'WHO 2008. The level is 5.5 cun within the hairline, a third of the way from GV20 to GV19; the 1.5 cun lateral step is in the cun between the hairline corners, as for BL4.',
    howToLocate: 'From BL7 move 1.5 cun straight back along the same line, half a cun behind the level of GV20.',
    needling: {
      directions:
        'If needled at all, only transversely under the scalp, 0.3–0.5 cun. Modern practice accepts this; the classical ban applies to deeper insertion.',
    },
    sensation: 'Local distension under the scalp.',
    safety: { classical_no_needling: 'Named in the traditional list of points not to be needled.' },
    cautions: 'Respect the classical prohibition by keeping the needle superficial, or use pressure or moxa instead.',
    actions: ['Clears the head and senses', 'Calms the mind', 'Expels wind'],
    indications: ['Dizziness, tinnitus', 'Blurred vision', 'Nasal congestion', 'Mania or depression (classical use)'],
    commentary:
      'A minor scalp point. Older texts give it a role in disorders of the mind and senses, reflecting the channel’s branch that enters the brain at the vertex. Because it stands on the classical “do not needle” list, many practitioners prefer moxa or pressure here.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the point and its location on the scalp.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL9: {
    area: 'Head — back, beside the occipital protuberance',
    location: 'On the back of the head, level with the upper border of the external occipital protuberance, 1.3 cun lateral to the posterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the bony bump at the back of the skull (the inion) and the hollow just above it (GV17). Move 1.3 cun sideways at that level; the point lies in a slight dip above the ridge of the occiput, vertically above BL10.',
    needling: { directions: 'When needled, only transversely under the scalp, 0.3–0.5 cun, usually downward.' },
    sensation: 'A heavy or aching feeling at the back of the head.',
    safety: { classical_no_needling: 'Listed among the points that classical texts say should not be needled.' },
    cautions:
      'Keep the needle transverse under the scalp and never drive it deep beneath the occiput; pressure and moxa are the conservative choices. The scalp here is thick and well supplied with vessels, so press for a short while after withdrawal to prevent a haematoma.',
    actions: ['Expels wind and cold from the head', 'Relieves occipital headache', 'Clears the eyes and nose'],
    indications: ['Occipital headache, neck stiffness', 'Eye pain, blurred vision', 'Nasal congestion, loss of smell', 'Dizziness'],
    commentary:
      'The last of the scalp points before the channel descends to the neck. It is mainly a local point for headache at the back of the head, often used together with BL10 and GB20.\n\nOlder texts also use it for eye pain and a blocked nose, because the channel rises from the inner canthus over the forehead and vertex and comes down over the occiput, so wind-cold at the back of the head can reach the eyes and nose along it. It suits best a heavy, tight ache at the back of the head after exposure to cold, spreading into the neck and upper back; since it is on the classical do-not-needle list, shallow needling, pressure or warming moxa are used.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the occipital bone.',
      },
    ],
    therapyNotes: { guaSha: 'Downward strokes toward the neck.' },
    classificationNotes: {},
  },
  BL10: {
    area: 'Neck — back, below the occiput',
    location:
      'At the back of the neck, level with the upper border of the spinous process of C2, in the hollow just lateral to the trapezius (about 1.3 cun from the midline and half a cun inside the posterior hairline).',
    convention:
      'WHO 2008. The rule takes the level of GV15 (the hollow above the C2 spinous process) and steps 1.3 cun lateral, in the cun of the 9 cun between the mastoid processes.',
    howToLocate:
      'With the head slightly bent forward, feel the two thick vertical ropes of the trapezius at the nape. Slide a finger off the outer edge of one, at the height of GV15 (half a cun into the hairline); it drops into a hollow there.',
    needling: {
      directions:
        'Perpendicular insertion, 0.5–0.8 cun, keeping the needle horizontal or angled very slightly downward. Never aim medially and upward toward the base of the skull, and never deep.',
    },
    sensation: 'An ache spreading over the back of the head, sometimes toward the eyes or down the neck.',
    safety: {
      medulla: 'Upward and inward the needle points at the foramen magnum and the medulla behind it.',
      vessel: 'The vertebral artery runs deep here, below the occiput.',
      classical_no_moxibustion: 'On the classical list of points not given moxibustion.',
    },
    cautions: 'Keep the depth moderate and the direction level or slightly down. Avoid strong manipulation in frail patients, and do not use direct moxa here.',
    actions: [
      'Expels wind and relieves the exterior',
      'Relaxes the neck and benefits the spine',
      'Clears the head and brightens the eyes',
      'Opens the nose',
      'Calms the mind',
    ],
    indications: [
      'Stiff neck, inability to turn the head',
      'Occipital headache, dizziness',
      'Common cold with neck stiffness',
      'Blurred vision, eye strain',
      'Nasal congestion',
      'Pain along the spine or weakness of the legs (classical use)',
    ],
    commentary:
      'The “pillar” is the neck that carries the head, and this point is the first choice for a neck that is stiff and sore, whether from a sudden draught of wind-cold or from long hours at a desk. It also treats occipital headache and the dizziness and eye strain that come with a tight neck.\n\nAs one of the windows of heaven it links the body with the head and senses, and older texts use it when the head, eyes or nose are cut off from the rest of the body. Paired with GB20 a finger or two lateral to it, it is one of the most used pairs in practice.\n\nThe same care is needed as at GB20 and GV15: the depth is small and the needle never angles up into the skull base.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 21',
        note: 'Names it in the group of five points later called windows of heaven, for sudden spasm and legs that cannot bear the body.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically not warmed; a heat lamp or warm cloth is used for cold neck stiffness instead.',
      cupping: 'Small cups on the upper trapezius below the hairline only.',
      guaSha: 'Downward strokes from the hairline for neck stiffness and early colds.',
    },
    classificationNotes: {},
  },
  BL11: {
    area: 'Upper back — beside T1',
    location: 'On the upper back, level with the lower border of the spinous process of T1, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV13, the hollow below the T1 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Have the patient bend the head forward: C7 is the largest bump at the base of the neck that moves with the head. The next bump below is T1. From the hollow under T1 (GV13) measure 1.5 cun sideways, halfway to the line of the medial border of the scapula.',
    needling: {
      directions:
        'Oblique insertion toward the spine, 0.5–0.8 cun, so that the tip meets the transverse process rather than the chest cavity. A transverse insertion along the channel is the safer alternative.',
    },
    sensation: 'A local ache spreading over the upper back and the base of the neck, sometimes to the shoulder.',
    safety: {
      lung: 'The apex of the lung lies close under the upper ribs; a deep or outward-angled needle can cause a pneumothorax.',
    },
    cautions: 'Never perpendicular and deep, never angled outward. Thin patients have very little tissue over the pleura here.',
    actions: ['Benefits the bones and joints', 'Expels wind and releases the exterior', 'Relaxes the neck and upper back', 'Regulates the Sea of Blood'],
    indications: [
      'Stiff neck, pain of the shoulder and upper back',
      'Bone and joint disorders, stiffness of the spine',
      'Common cold with fever, headache and cough',
      'Chronic painful obstruction (bi) of the joints',
    ],
    commentary:
      'As the meeting point of the bones it is added to treatments for any disorder that has reached the bone: deformed or stiff joints, chronic arthritic pain, weakness of the spine. It is also a meeting point of the two taiyang channels, so it shares in the exterior-releasing work of BL12 and BL13 at the onset of a cold.\n\nLocally it is one of the main points for a stiff, aching area between the neck and the shoulder blades.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), chapter 45',
        note: 'Names it as the meeting (hui) point of the bones.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Gives it as an upper transport point of the Sea of Blood (the Penetrating Vessel).',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold and stiffness in the bones and upper back.',
      cupping: 'Fixed or moving cups over the upper back.',
      bloodletting: 'Pricking with cupping for fever and acute neck pain.',
      guaSha: 'Strokes down the upper back at the start of a cold.',
    },
    classificationNotes: {
      influential: 'Bone',
      sea: 'Sea of Blood (upper point)',
      meeting: 'Bladder and Small Intestine channels (some texts add the Governor Vessel)',
    },
  },
  BL12: {
    area: 'Upper back — beside T2',
    location: 'On the upper back, level with the lower border of the spinous process of T2, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. The hollow below the T2 spinous process has no Governor Vessel point, so the rule takes the midpoint of BL11 and BL13, one spinous process above and below, on the 1.5 cun line.',
    howToLocate: 'Count two thoracic spinous processes down from C7 to reach T2. From the space below it, go 1.5 cun sideways.',
    needling: { directions: 'Obliquely toward the spine, 0.5–0.8 cun; or transversely downward along the channel.' },
    sensation: 'A spreading ache or tightness over the upper back, sometimes toward the chest.',
    safety: { lung: 'The lung lies a short distance beneath; deep or outward needling risks a pneumothorax.' },
    cautions:
      'Needle obliquely toward the spine or transversely down the channel only, and keep the depth within 0.8 cun; go shallower still in thin patients. Never straight in and deep, never angled outward over the ribs. If the patient reports sudden chest pain, a dry cough or breathlessness during or after treatment, stop and assess for a pneumothorax. Cupping and gua sha are safe alternatives.',
    actions: ['Expels wind and releases the exterior', 'Strengthens the defensive qi', 'Descends and disperses lung qi', 'Relieves the neck and upper back'],
    indications: [
      'Onset of a cold or flu: aversion to wind, fever, headache',
      'Sneezing, runny nose, cough',
      'Stiff neck and upper back',
      'Recurrent colds (moxa as prevention)',
      'Itching wind rashes of the skin',
    ],
    commentary:
      'The name says what it does: this is where wind is thought to enter the body, and so where it is pushed back out. Needled, cupped or scraped in the first day or two of a cold, together with BL13 and GB20, it can shorten the illness.\n\nWarmed regularly with moxa it is a classic way of strengthening people who catch every passing cold. It is also a meeting point with the Governor Vessel, which the older texts link to its effect on the neck and spine.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point, also under the alternative name Refu (Heat Mansion).',
      },
    ],
    therapyNotes: {
      moxibustion: 'Especially for prevention in those prone to colds.',
      cupping: 'At the first signs of a wind-cold invasion.',
      bloodletting: 'Pricking and cupping for high fever from wind-heat.',
      guaSha: 'A first-line home treatment for colds in East Asia.',
    },
    classificationNotes: { meeting: 'Bladder channel and Governor Vessel' },
  },
  BL13: {
    area: 'Upper back — beside T3',
    location: 'On the upper back, level with the lower border of the spinous process of T3, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Halfway from GV12 (the hollow below the T3 spinous process) to BL42 on the medial border of the scapula, which is 3 cun from the midline. The other points of the 1.5 cun line are set straight above and below this one.',
    howToLocate:
      'T3 is level with the root of the spine of the scapula when the arms hang relaxed. From the hollow below T3 (GV12) go 1.5 cun sideways, halfway to the medial border of the shoulder blade.',
    needling: {
      directions: 'Insert obliquely toward the vertebra, 0.5–0.8 cun. Never perpendicular and deep; a transverse insertion is also used.',
    },
    sensation: 'A dull ache or heaviness spreading across the upper back and sometimes into the chest.',
    safety: { lung: 'Directly over the lung; only a few centimetres of tissue cover the pleura in slim people.' },
    cautions: 'Keep the angle toward the spine and the depth shallow. Watch for sudden chest pain or breathlessness after treatment.',
    actions: [
      'Tonifies lung qi and nourishes lung yin',
      'Descends and disperses lung qi, stops cough',
      'Releases the exterior',
      'Clears heat from the lungs',
      'Benefits the skin',
    ],
    indications: [
      'Cough, wheezing, shortness of breath',
      'Asthma and chronic bronchitis',
      'Tidal fever, night sweats, coughing of blood',
      'Common cold with cough',
      'Skin disorders such as itching and eczema',
    ],
    commentary:
      'The back-shu point of the lungs, and therefore a point for every kind of lung disorder, acute or chronic, full or empty. In an acute cough it is cupped or needled to open the lungs; in chronic weakness with shortness of breath it is warmed with moxa; in dry cough with night sweats it is needled gently with points that nourish yin.\n\nBecause the lungs govern the skin, it also appears in treatments for skin rashes and itching.\n\nPressing the back-shu points is diagnostic as well: tenderness or a knot here often accompanies lung complaints.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 51',
        note: 'Places the lung’s transport point on the back at the level of the third vertebra.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For chronic cough and weakness; summer moxa plasters are a modern favourite for asthma.',
      cupping: 'For acute cough and colds.',
      bloodletting: 'Pricking with cupping for lung heat.',
    },
    classificationNotes: { back_shu: 'Lung' },
  },
  BL14: {
    area: 'Upper back — beside T4',
    location: 'On the upper back, level with the lower border of the spinous process of T4, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. The hollow below the T4 spinous process has no Governor Vessel point, so the rule takes the midpoint of BL13 and BL15, one spinous process above and below, on the 1.5 cun line.',
    howToLocate: 'Find T3 at the level of the scapular spine roots and count one spinous process down. Go 1.5 cun sideways from the space below T4.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'Local ache, sometimes felt spreading toward the chest.',
    safety: { lung: 'The lung lies beneath; never deep or angled away from the spine.' },
    cautions:
      'Oblique toward the spine, within 0.8 cun; less in slim patients, whose pleura lies close under the skin. Never perpendicular and deep, never angled outward. Watch for sudden chest pain or breathlessness after treatment. The point is chosen for chest pain and palpitations, but new or severe chest pain needs a medical assessment first.',
    actions: ['Regulates the heart and unbinds the chest', 'Regulates qi and relieves pain', 'Descends rebellious qi'],
    indications: ['Chest pain or oppression, palpitations', 'Cough', 'Nausea, vomiting', 'Pain between the shoulder blades'],
    commentary:
      'The back-shu point of the pericardium. In practice it overlaps with BL15 and is chosen for a tight or painful chest and palpitations, especially when emotional strain is part of the picture.\n\nIt is one of the few back-shu points missing from the earliest texts and was added in the Tang dynasty.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, Sun Simiao, 7th century)',
        note: 'First describes a transport point for the pericardium (jueyin) at this level.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { back_shu: 'Pericardium' },
  },
  BL15: {
    area: 'Upper back — beside T5',
    location: 'On the upper back, level with the lower border of the spinous process of T5, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV11, the hollow below the T5 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Count two spinous processes down from T3 (level of the scapular spine roots) to reach T5; the point is 1.5 cun lateral to the space below it, beside GV11.',
    needling: {
      directions: 'Obliquely toward the spine, 0.5–0.8 cun. A gentle technique suits the anxious patients for whom it is usually chosen.',
    },
    sensation: 'A spreading ache in the back, sometimes a feeling of warmth or release in the chest.',
    safety: {
      lung: 'Over the lung; the pleura is within reach of a deep or outward needle.',
      classical_no_moxibustion: 'Included in the classical list of points not to be given moxa.',
    },
    cautions: 'Oblique toward the spine only. Respect the classical ban on moxa, or use only mild indirect warming.',
    actions: ['Calms the mind (shen)', 'Tonifies and nourishes the heart', 'Unbinds the chest and regulates heart qi', 'Clears heart fire'],
    indications: [
      'Palpitations, anxiety, restlessness',
      'Insomnia, dream-disturbed sleep, poor memory',
      'Chest pain radiating to the back',
      'Night sweats',
      'Mania or depression',
    ],
    commentary:
      'The back-shu point of the heart, and with it one of the main points for a troubled mind: anxiety, palpitations, insomnia and forgetfulness, whether from a weak heart or from fire harassing it. It is often combined with HT7 or PC6 and with BL44 beside it on the outer line.\n\nIt also treats chest pain that bores through to the back. Unusually for a back-shu point it is on the classical list of points not to be warmed, so it is needled or pressed rather than given moxa.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 51',
        note: 'Locates the heart’s transport point on the back at the level of the fifth vertebra.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden; some modern texts allow mild moxa-stick warming for cold in the heart.',
    },
    classificationNotes: { back_shu: 'Heart' },
  },
  BL16: {
    area: 'Upper back — beside T6',
    location: 'On the upper back, level with the lower border of the spinous process of T6, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV10, the hollow below the T6 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Find T7 at the level of the lower angles of the scapulae and count one spinous process up to T6; go 1.5 cun sideways from the space below it.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache or distension across the middle of the back.',
    safety: { lung: 'The lung lies beneath; keep the needle oblique and shallow.' },
    cautions:
      'Oblique toward the spine, within 0.8 cun, and shallower in thin patients; never deep or angled outward toward the ribs. Ask the patient not to turn the trunk during retention, which can carry the needle deeper. Sudden chest pain or breathlessness after treatment needs prompt assessment.',
    actions: ['Regulates qi in the chest and abdomen', 'Relieves pain', 'Benefits the spine'],
    indications: ['Chest pain, palpitations', 'Abdominal pain and distension, borborygmus', 'Hiccup', 'Stiffness and pain of the mid-back'],
    commentary:
      'Named for the Governor Vessel, though it is a point of the bladder channel and not an organ’s transport point. Clinically it is a regional point for qi stuck in the chest or abdomen: chest pain and palpitations, hiccup, abdominal distension and borborygmus.\n\nLying between BL15 and BL17, it shares a little of each: the heart and chest above, the diaphragm below. It is chosen mainly for pain and stiffness along the middle of the spine, and for stuck qi in the chest that cannot be pinned on one organ; moxa or cupping here also warms and loosens a stiff back.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL17: {
    area: 'Upper back — beside T7',
    location: 'On the upper back, level with the lower border of the spinous process of T7, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV9, the hollow below the T7 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'With the arms hanging, the lower angles of the shoulder blades lie level with T7. Find that spinous process, then go 1.5 cun sideways from the space below it (beside GV9).',
    needling: {
      directions: 'Oblique insertion toward the spine, 0.5–0.8 cun; transverse insertion along the channel is also used.',
    },
    sensation: 'A spreading ache in the mid-back, sometimes around the ribs toward the front.',
    safety: { lung: 'The lower lobe of the lung lies beneath; deep or outward needling can puncture the pleura.' },
    cautions:
      'Oblique toward the spine, within 0.8 cun; in thin patients a transverse insertion is safer still. The lower lobe of the lung reaches low here, so never needle deep or angle outward. When bleeding and cupping to move stasis, use a sterile lancet, and do not bleed patients with a bleeding disorder or on anticoagulants.',
    actions: [
      'Invigorates blood and dispels stasis',
      'Nourishes and cools the blood, stops bleeding',
      'Harmonises the diaphragm and descends rebellious qi',
      'Unbinds the chest',
      'Tonifies qi and blood (with moxa)',
    ],
    indications: [
      'Hiccup, vomiting, difficulty swallowing',
      'Any pattern of blood stasis, fixed stabbing pain',
      'Bleeding disorders; anaemia and fatigue after blood loss',
      'Itching skin rashes from heat in the blood',
      'Night sweats, tidal fever',
      'Stiffness and pain of the back',
    ],
    commentary:
      'As the meeting point of the blood this is the point for any blood problem: stagnant blood with fixed pain, heat in the blood with rashes or bleeding, or depleted blood with pallor and tiredness. The method changes the effect: bleeding and cupping move stasis, gentle needling cools, moxa builds.\n\nIts other role follows from its name. Level with the diaphragm, it calms hiccup, belching and vomiting, and frees a tight, oppressed chest.\n\nWarmed together with BL19 it forms the traditional “four flowers” moxa treatment for exhaustion and chronic cough.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), chapter 45',
        note: 'Names it as the meeting (hui) point of the blood.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 51',
        note: 'Places the diaphragm transport point at the level of the seventh vertebra.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For blood deficiency, and with BL19 as the four-flower treatment.',
      bloodletting: 'Pricking and cupping for blood stasis and blood heat.',
    },
    classificationNotes: { influential: 'Blood' },
  },
  BL18: {
    area: 'Upper back — beside T9',
    location: 'On the upper back, level with the lower border of the spinous process of T9, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV8, the hollow below the T9 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'From T7, level with the lower angles of the scapulae, count two spinous processes down to T9. Go 1.5 cun sideways from the space below it (beside GV8).',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'Local ache and distension, sometimes spreading around the ribs.',
    safety: { lung: 'The lower lung and pleural recess lie beneath; on the right the liver lies below them.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The pleural recess reaches below the edge of the lung here and on the right the liver lies beneath, so deep or outward needling is never safe. Do not warm with moxa when liver fire dominates (red eyes, headache, irritability); bleeding and cupping suit that pattern better.',
    actions: [
      'Spreads liver qi and relieves constraint',
      'Clears damp-heat from the liver and gallbladder',
      'Nourishes liver blood and brightens the eyes',
      'Subdues wind',
      'Benefits the sinews',
    ],
    indications: [
      'Pain and distension of the ribs and flanks',
      'Jaundice, bitter taste',
      'Red, dry or tired eyes, poor night vision',
      'Irritability, depression, epilepsy',
      'Cramps and stiffness of the sinews; mid-back pain',
    ],
    commentary:
      'The back-shu point of the liver treats the liver in all its aspects: stuck qi with tight flanks and a short temper, damp-heat with jaundice, and depleted blood that leaves the eyes dry and the sinews cramping. It is especially prized for the eyes, as the liver opens into them.\n\nIt is often paired with BL20 when liver and spleen are out of balance, and with BL23 when liver and kidney yin are both low.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 51',
        note: 'Places the liver’s transport point at the level of the ninth vertebra.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Mainly for deficiency of liver blood; avoid with liver fire.',
      bloodletting: 'Pricking and cupping for liver fire.',
    },
    classificationNotes: { back_shu: 'Liver' },
  },
  BL19: {
    area: 'Upper back — beside T10',
    location: 'On the upper back, level with the lower border of the spinous process of T10, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV7, the hollow below the T10 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate: 'Count three spinous processes below T7 (level of the scapular angles) to reach T10; the point is 1.5 cun lateral to the space below it.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'Local ache that may spread around the right flank.',
    safety: { lung: 'The lower edge of the lung and the pleural recess are within reach of a deep needle.' },
    cautions:
      'Oblique toward the spine, no deeper than 0.8 cun. The lower edge of the lung and the pleural recess lie within reach, so never perpendicular and deep or angled outward. Severe flank pain with fever or jaundice needs medical assessment first; acupuncture only supports that care.',
    actions: [
      'Clears damp-heat from the liver and gallbladder',
      'Spreads liver qi',
      'Harmonises the stomach',
      'Tonifies deficiency (with moxa, alongside BL17)',
    ],
    indications: ['Pain in the flanks, jaundice', 'Bitter taste, nausea, vomiting', 'Gallstone pain (as part of a protocol)', 'Tidal fever and exhaustion'],
    commentary:
      'The back-shu point of the gallbladder is used with GB34 and GB24 for pain, nausea and jaundice from damp-heat in the liver and gallbladder. When the gallbladder is troubled this spot, usually on the right, is often tender, and pressure or needling here can ease a colicky flank pain.\n\nIts second life is as half of the “four flowers”: moxa on BL17 and BL19 on both sides, an old remedy for wasting, chronic cough and tidal fever. It is also paired with BL18 when stagnant liver qi upsets the stomach, with a bitter taste, belching and nausea.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the point as the transport point of the gallbladder.',
      },
    ],
    therapyNotes: { moxibustion: 'Especially with BL17 for chronic deficiency.' },
    classificationNotes: { back_shu: 'Gallbladder' },
  },
  BL20: {
    area: 'Upper back — beside T11',
    location: 'On the upper back, level with the lower border of the spinous process of T11, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV6, the hollow below the T11 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Find L4 level with the tops of the iliac crests and count five spinous processes up to T11 (or four down from T7, level with the lower angles of the scapulae). The point is 1.5 cun lateral to the space below T11.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache or heaviness, sometimes spreading toward the abdomen.',
    safety: { lung: 'The lowest part of the pleural cavity extends to this level beside the spine.' },
    cautions:
      'Oblique toward the spine; avoid deep perpendicular needling, because the lowest part of the pleural cavity reaches this level beside the spine. Stay within 0.8 cun in slim patients. The weak, tired patients for whom this point is usually chosen are better served by gentle needling and moxa than by strong manipulation.',
    actions: [
      'Tonifies spleen and stomach qi',
      'Resolves damp',
      'Raises spleen qi and holds the blood in the vessels',
      'Nourishes the blood',
      'Harmonises the middle burner',
    ],
    indications: [
      'Poor appetite, bloating after eating, loose stools',
      'Fatigue, heavy limbs, weight loss',
      'Oedema, damp accumulation',
      'Easy bruising, long or heavy periods, other bleeding from weak qi',
      'Prolapse of organs',
      'Anaemia',
    ],
    commentary:
      'The back-shu point of the spleen is one of the main tonic points of the body. Whenever digestion is weak, energy poor and damp lingers, it is warmed with moxa or needled with a tonifying method, often together with BL21, CV12 and ST36.\n\nBecause the spleen makes blood and keeps it in the vessels, it is also used for anaemia and for bleeding that comes from weakness rather than heat.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 51',
        note: 'Places the spleen’s transport point at the level of the eleventh vertebra.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick or cones for cold and weak digestion.' },
    classificationNotes: { back_shu: 'Spleen' },
  },
  BL21: {
    area: 'Upper back — beside T12',
    location: 'On the upper back, level with the lower border of the spinous process of T12, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. The hollow below the T12 spinous process has no Governor Vessel point, so the rule takes the midpoint of BL20 and BL22, one spinous process above and below, on the 1.5 cun line.',
    howToLocate:
      'Count four spinous processes up from L4, which lies level with the tops of the iliac crests, to reach T12. Go 1.5 cun sideways from the space below it.',
    needling: {
      directions: 'Oblique insertion toward the spine, 0.5–0.8 cun (some texts needle perpendicular to 1 cun in sturdy patients).',
    },
    sensation: 'A local ache or distension that may spread to the epigastrium.',
    safety: { lung: 'The lowest recess of the pleura reaches this level close to the spine.' },
    cautions:
      'Oblique toward the spine; stay within 0.8 cun in slim patients, as the lowest recess of the pleura reaches this level close to the spine. Perpendicular needling to 1 cun is only for sturdy patients. Do not treat on a very full stomach, and refer persistent epigastric pain, weight loss or vomiting of blood for investigation.',
    actions: ['Harmonises the stomach and descends rebellious qi', 'Regulates the middle burner', 'Resolves damp and relieves food stagnation'],
    indications: ['Epigastric pain, nausea, vomiting', 'Belching, acid reflux', 'Abdominal distension, indigestion', 'Poor appetite with weakness'],
    commentary:
      'The back-shu point of the stomach is used for any disharmony of the stomach, especially chronic ones: pain, nausea, reflux and poor appetite. It pairs naturally with BL20 and, front and back, with CV12, the front-mu point of the stomach.\n\nThe two back-shu points of the middle burner share the work: BL20 when the picture is weakness, loose stools and tiredness, this point when the stomach itself is upset, with pain, fullness, belching or vomiting. Tenderness here is a useful sign of stomach trouble, and moxa suits a cold, aching stomach that feels better for warmth and food.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the point as the stomach’s transport point below the twelfth vertebra.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold in the stomach.' },
    classificationNotes: { back_shu: 'Stomach' },
  },
  BL22: {
    area: 'Lower back — beside L1',
    location: 'In the lumbar region, level with the lower border of the spinous process of L1, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV5, the hollow below the L1 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Find L4 level with the tops of the iliac crests and count three spinous processes up to L1. The point is 1.5 cun lateral to the space below it (beside GV5).',
    needling: {
      directions: 'Perpendicular insertion, 0.5–1 cun. Do not go deeper or angle outward: the kidney lies in front of the lumbar muscles here.',
    },
    sensation: 'A local ache or distension in the lower back, sometimes spreading around the waist.',
    safety: { organ: 'The upper pole of the kidney lies in front of the muscles at this level.' },
    cautions:
      'Keep within 1 cun, especially in thin patients, and never angle laterally: the upper pole of the kidney lies in front of the muscles at this level. A dull, deep ache is expected; a sharp pain means the needle should be withdrawn a little. Moxa is a safe way to treat oedema and cold in the lower burner here.',
    actions: [
      'Regulates the triple burner and opens the water passages',
      'Resolves damp and reduces oedema',
      'Regulates the spleen and stomach',
      'Strengthens the lower back',
    ],
    indications: [
      'Oedema, difficult urination',
      'Abdominal distension, borborygmus, undigested food in the stool',
      'Diarrhoea',
      'Stiffness and pain of the lower back',
    ],
    commentary:
      'The back-shu point of the triple burner, the organ that keeps fluids moving through all three levels of the trunk. It is used for water that has stopped circulating: swelling, scanty urine, bloating with loose stools.\n\nTogether with BL23 below it, it is also a regional point for the upper lumbar area.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records it as the transport point of the triple burner below the first lumbar vertebra.',
      },
    ],
    therapyNotes: { moxibustion: 'For oedema and cold in the lower burner.' },
    classificationNotes: { back_shu: 'Triple Energizer (Sanjiao)' },
  },
  BL23: {
    area: 'Lower back — beside L2',
    location: 'In the lumbar region, level with the lower border of the spinous process of L2, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV4, the hollow below the L2 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Find L4 at the level of the tops of the iliac crests and count two spinous processes up to L2. From the hollow below it (GV4, Mingmen) go 1.5 cun sideways onto the bulk of the lumbar muscles. In many people this is also roughly level with the navel.',
    needling: {
      directions:
        'Perpendicular insertion, 0.5–1 cun (some texts go to 1.5 cun in heavily built patients). Do not angle laterally; the kidney lies in front of the quadratus lumborum.',
    },
    sensation: 'A deep ache or warmth across the lower back, sometimes spreading down the buttock or around to the abdomen.',
    safety: {
      organ: 'The kidney lies in front of the lumbar muscles at this level; deep or outward needling can reach it.',
      pregnancy: 'Strong needling of lumbosacral points is traditionally avoided in pregnancy.',
    },
    cautions:
      'Stay within 1 cun unless the patient is well built, never angle outward, and treat gently in pregnancy. Moxa is preferred to needling for cold, weak patients.',
    actions: [
      'Tonifies the kidneys and nourishes kidney essence',
      'Warms and strengthens kidney yang',
      'Strengthens the lower back and knees',
      'Benefits the bones and the marrow',
      'Regulates the water passages and benefits urination',
      'Benefits the ears and eyes',
    ],
    indications: [
      'Chronic lower back pain, weak knees',
      'Frequent or dribbling urination, nocturia, enuresis, oedema',
      'Impotence, seminal emission, infertility, irregular menses',
      'Tinnitus, deafness, dizziness, failing vision',
      'Chronic asthma with difficulty breathing in',
      'Fatigue and cold in the lower body',
    ],
    commentary:
      'The back-shu point of the kidneys is the main point on the back for strengthening the body’s foundations. Kidney yang, kidney yin and the essence they rest on can all be supported here, so it appears in treatments for chronic tiredness, cold and weak lower back and knees, urinary and reproductive problems, and the hearing and sight that fade with age.\n\nWith GV4 between the two BL23 points it forms a classic moxa triangle for deficient yang. For deficient yin it is needled, not warmed. In lumbar pain it is both a local and a root point: almost every chronic back-pain prescription includes it.\n\nThe kidney lies directly in front of the point, which is why depth and direction matter more here than at most back points.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 51',
        note: 'Places the kidney’s transport point on the back at the level of the fourteenth vertebra (L2 in modern counting).',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa box or cones for kidney yang deficiency; with GV4. Not in pregnancy.',
      cupping: 'For acute back strain; not for weak patients.',
      guaSha: 'Gentle strokes for lumbar stiffness.',
    },
    classificationNotes: { back_shu: 'Kidney' },
  },
  BL24: {
    area: 'Lower back — beside L3',
    location: 'In the lumbar region, level with the lower border of the spinous process of L3, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with EX-B5, the hollow below the L3 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate: 'L3 is the spinous process just above L4, which lies level with the tops of the iliac crests. Go 1.5 cun sideways from the space below L3.',
    needling: { directions: 'Perpendicular insertion, 0.5–1 cun.' },
    sensation: 'A local deep ache in the lower back, sometimes radiating toward the buttock.',
    safety: { pregnancy: 'A lumbosacral point; strong stimulation is traditionally avoided in pregnancy.' },
    cautions:
      'Gentle or no needling in pregnancy, and no moxa then either. Otherwise the point is safe at the stated depth over the thick lumbar muscles. There is no need to go deeper or angle outward, since the lower pole of the kidney reaches this level in some people; if a sharp, electric pain shoots down the leg the needle is near a nerve root, so withdraw slightly.',
    actions: ['Strengthens the lower back', 'Regulates qi and blood in the lower burner', 'Relieves pain'],
    indications: ['Lower back pain and stiffness', 'Painful or irregular menstruation', 'Haemorrhoids', 'Weakness of the legs'],
    commentary:
      'It takes its name from CV6, the Sea of Qi, which lies at roughly the same level on the abdomen. In practice it is a regional point for lumbar pain and for menstrual and bowel complaints felt in the lower back.\n\nWith BL23 above and BL25 below, it is chosen when lumbar pain centres on the level of L3 with tight, tender muscles there, or when a dull back ache comes with the periods or with haemorrhoids. Warmed with moxa it supports the lower burner much as CV6 does in front, and the two are sometimes treated together, front and back.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Warming moxa for a cold, aching lower back and cold-type period pain; not in pregnancy.',
    },
    classificationNotes: {},
  },
  BL25: {
    area: 'Lower back — beside L4',
    location: 'In the lumbar region, level with the lower border of the spinous process of L4, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV3, the hollow below the L4 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'Place the hands on the tops of the iliac crests: the line between them crosses the spine at L4. From the space below L4 (GV3) go 1.5 cun sideways.',
    needling: {
      directions:
        'Perpendicular insertion, 0.8–1.2 cun. For sciatic pain some practitioners go to 2 cun and angle slightly toward the spine to send a sensation down the leg.',
    },
    sensation: 'A deep ache in the lower back; with deeper needling an electric or spreading sensation down the buttock and leg.',
    safety: { pregnancy: 'A lumbosacral point; traditionally avoided or needled gently in pregnancy.' },
    cautions:
      'Deep insertion may touch a nerve root; withdraw slightly if a sharp electric pain occurs. The deeper technique for sciatica is for trained hands and sturdy patients only. Needle gently or not at all in pregnancy, and do not warm it then either. Ask the patient to lie still during retention, as the lumbar muscles tighten around the needle when the body moves.',
    actions: ['Regulates the intestines and the passage of stool', 'Strengthens the lower back', 'Relieves pain along the leg'],
    indications: [
      'Acute or chronic lower back pain',
      'Sciatica, pain and numbness of the leg',
      'Constipation, diarrhoea, abdominal distension',
      'Intestinal cramping and borborygmus',
    ],
    commentary:
      'Two uses meet in this point. As the back-shu point of the large intestine it treats constipation, diarrhoea and bloating, often together with ST25, the large intestine’s front-mu point. As a point at the level of L4 it is one of the most used local points for lumbar pain and sciatica, reaching the nerve roots that feed the leg.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records it as the transport point of the large intestine.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold-type diarrhoea and chronic back pain; not in pregnancy.',
      cupping: 'For acute lumbar strain.',
      bloodletting: 'Pricking and cupping for acute back pain with stasis.',
    },
    classificationNotes: { back_shu: 'Large Intestine' },
  },
  BL26: {
    area: 'Lower back — beside L5',
    location: 'In the lumbar region, level with the lower border of the spinous process of L5, 1.5 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with EX-B8, the hollow below the L5 spinous process (the lower border of the process); the 1.5 cun line runs straight down the back through BL13, halfway between the midline and the medial border of the scapula (3 cun).',
    howToLocate:
      'From L4, level with the iliac crests, go one spinous process down to L5. The point is 1.5 cun lateral to the space below L5, just above the sacrum.',
    needling: { directions: 'Perpendicular insertion, 0.8–1.2 cun.' },
    sensation: 'A local ache spreading over the lumbosacral area.',
    safety: { pregnancy: 'A lumbosacral point; traditionally avoided or needled gently in pregnancy.' },
    cautions:
      'Gentle stimulation or avoidance in pregnancy, and no moxa then. Otherwise the point is safe at the stated depth, over thick muscle. If a sharp pain runs down the leg, withdraw slightly. After strong treatment of the lower back, let the patient rest a moment before getting up.',
    actions: ['Strengthens the lower back', 'Regulates the lower burner', 'Benefits urination and the bowels'],
    indications: ['Lower back pain', 'Diarrhoea, abdominal distension', 'Frequent or difficult urination, enuresis', 'Painful menstruation'],
    commentary:
      'Named after CV4 (Guanyuan) on the front of the body, it is a regional point for the junction of lumbar spine and sacrum and for disorders of the lower abdomen felt in the back.\n\nIts main local use is pain where the last lumbar vertebra meets the sacrum, often with BL25 above and the sacral points below. Like CV4 in front it supports the lower burner, so it is added for chronic diarrhoea, frequent urination and painful periods with a cold, aching lower back, usually warmed with moxa.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold in the lower back and lower abdomen; not in pregnancy.' },
    classificationNotes: {},
  },
  BL27: {
    area: 'Sacrum — level of the first foramen',
    location: 'In the sacral region, level with the first posterior sacral foramen, 1.5 cun lateral to the median sacral crest.',
    convention: 'WHO 2008. Level with the first posterior sacral foramen, on the 1.5 cun line that runs straight down the back through BL13.',
    howToLocate:
      'Find the posterior superior iliac spine (the dimple at the top of the buttock); the first sacral foramen lies just medial and slightly above it. At that height measure 1.5 cun from the midline of the sacrum.',
    needling: { directions: 'Perpendicular or slightly oblique insertion, 0.8–1 cun.' },
    sensation: 'A local ache spreading over the sacrum, sometimes toward the lower abdomen.',
    safety: { pregnancy: 'A sacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy, moxa included. The sacral foramina lie just medial to the point; a needle that slips into one can send a sharp pain into the buttock or leg, so withdraw slightly if that happens. Over the bony sacral area a moderate depth is enough.',
    actions: ['Separates the clear from the turbid', 'Clears damp-heat and benefits urination', 'Regulates the intestines', 'Relieves sacral pain'],
    indications: ['Dark, scanty or painful urination', 'Diarrhoea or dysentery with mucus', 'Abdominal pain', 'Leucorrhoea', 'Sacral and hip pain'],
    commentary:
      'The back-shu point of the small intestine, the organ that, in Chinese physiology, sorts the useful from the waste and passes fluid on to the bladder. It is therefore used both for bowel problems and for urinary heat and discomfort.\n\nIn practice it is chosen for damp-heat in the lower burner: dark, burning or scanty urine, diarrhoea with mucus, and leucorrhoea, often with BL28 beside it and CV4, the front-mu point of the small intestine. Locally it serves pain over the sacrum and the sacroiliac joint.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records it as the transport point of the small intestine.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold-type diarrhoea and sacral ache; not in pregnancy.' },
    classificationNotes: { back_shu: 'Small Intestine' },
  },
  BL28: {
    area: 'Sacrum — level of the second foramen',
    location: 'In the sacral region, level with the second posterior sacral foramen, 1.5 cun lateral to the median sacral crest.',
    convention: 'WHO 2008. Level with the second posterior sacral foramen, on the 1.5 cun line that runs straight down the back through BL13.',
    howToLocate:
      'The second sacral foramen lies about level with the lower edge of the posterior superior iliac spine. At that height go 1.5 cun out from the median sacral crest; the point is in the hollow between the sacrum and the iliac spine.',
    needling: { directions: 'Perpendicular or slightly oblique insertion, 0.8–1.2 cun.' },
    sensation: 'A deep ache over the sacrum, sometimes spreading to the buttock or lower abdomen.',
    safety: { pregnancy: 'A sacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy, moxa included. The point lies in the hollow between the sacrum and the iliac spine; if the needle meets bone, withdraw a little and re-angle rather than forcing it. A sensation spreading into the buttock or leg is acceptable, but a sharp electric pain means the needle should be drawn back. Ask the patient to empty the bladder before treatment.',
    actions: ['Regulates the bladder and clears damp-heat', 'Benefits urination', 'Strengthens the lower back and sacrum', 'Opens the channel'],
    indications: [
      'Difficult, painful or burning urination',
      'Retention of urine, enuresis, frequent urination',
      'Pain and stiffness of the sacrum and lower back',
      'Sciatica',
      'Diarrhoea, constipation',
    ],
    commentary:
      'The back-shu point of the bladder itself, chosen for urinary disorders of every kind, from the burning of damp-heat to the dribbling of weakness; it pairs with CV3, the bladder’s front-mu point.\n\nFor damp-heat it is needled with a reducing method together with SP9; for cold and weakness, with frequent pale urine or bedwetting, it is warmed with moxa alongside BL23. It is also a strong local point for pain where the sacrum meets the pelvis, and for sciatic pain that starts over the sacroiliac joint.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records it as the transport point of the bladder.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold-type frequent urination and enuresis; not in pregnancy.' },
    classificationNotes: { back_shu: 'Bladder' },
  },
  BL29: {
    area: 'Sacrum — level of the third foramen',
    location: 'In the sacral region, level with the third posterior sacral foramen, 1.5 cun lateral to the median sacral crest.',
    convention: 'WHO 2008. Level with the third posterior sacral foramen, on the 1.5 cun line that runs straight down the back through BL13.',
    howToLocate: 'Find the third sacral foramen (about a finger’s breadth below the second) and measure 1.5 cun from the sacral midline at that height.',
    needling: { directions: 'Perpendicular insertion, 0.8–1 cun.' },
    sensation: 'Local ache over the sacrum.',
    safety: { pregnancy: 'A sacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy, moxa included. The sacral foramina lie medial to the point; if a sharp pain shoots into the buttock or perineum, withdraw slightly. The area is close to the natal cleft, so clean the skin thoroughly.',
    actions: ['Strengthens the lower back', 'Warms the lower burner', 'Stops diarrhoea'],
    indications: ['Stiffness and pain of the lower back and sacrum', 'Dysentery, diarrhoea', 'Hernia-type pain'],
    commentary:
      'A small regional point whose name refers to the strong muscles along the spine. It is used for stiffness and pain in the sacrum and, with moxa, for cold diarrhoea.\n\nIt is seldom the main point of a prescription. Choose it when the ache sits over the middle of the sacrum and the long back muscles feel tight and cold, or add it to BL25 and ST25 for chronic diarrhoea that worsens with cold. Older texts also use it for hernia-type pain drawing into the lower abdomen.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the third sacral segment.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold diarrhoea and a cold, aching sacrum; not in pregnancy.' },
    classificationNotes: {},
  },
  BL30: {
    area: 'Sacrum — level of the fourth foramen',
    location: 'In the sacral region, level with the fourth posterior sacral foramen, 1.5 cun lateral to the median sacral crest.',
    convention: 'WHO 2008. Level with the fourth posterior sacral foramen, on the 1.5 cun line that runs straight down the back through BL13.',
    howToLocate: 'The fourth sacral foramen is just above the sacral hiatus. Measure 1.5 cun from the sacral midline at that level.',
    needling: { directions: 'Perpendicular insertion, 0.8–1.2 cun.' },
    sensation: 'A local ache over the lower sacrum, sometimes toward the perineum.',
    safety: { pregnancy: 'A sacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy, moxa included. The sacral hiatus and the lowest foramen lie close by; withdraw slightly if a sharp pain runs into the perineum or leg. The natal cleft is near, so clean the skin thoroughly.',
    actions: ['Regulates menstruation and stops leucorrhoea', 'Benefits the lower burner and holds essence', 'Relieves pain of the lower back and sacrum'],
    indications: [
      'White or excessive vaginal discharge',
      'Irregular menstruation',
      'Seminal emission',
      'Hernia, pain of the sacrum and coccyx',
      'Difficult urination or defecation',
    ],
    commentary:
      'The “white ring” is traditionally read as a reference to the storehouse of essence in the lower body, and the point is used for leakage from it: leucorrhoea, seminal emission, dribbling urine. It is also a local point for the lowest part of the sacrum.\n\nFor discharge it is combined with points on the lower abdomen and on the spleen channel: warmed when the discharge is thin and white, needled with a draining method when it is yellow and hot. Locally it treats pain of the lower sacrum and coccyx, especially after a fall or long sitting.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the fourth sacral segment.',
      },
    ],
    therapyNotes: { moxibustion: 'For thin, white discharge and a cold lower sacrum; not in pregnancy.' },
    classificationNotes: {},
  },
  BL31: {
    area: 'Sacrum — first foramen',
    location: 'In the sacral region, in the first posterior sacral foramen.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the posterior superior iliac spine and slide a finger medially and slightly upward toward the sacral midline; the first foramen is felt as a soft dip about halfway between the iliac spine and the midline.',
    needling: { directions: 'Perpendicular, or angled slightly down and medially to enter the foramen, 1–1.5 cun.' },
    sensation: 'A deep ache or electric feeling spreading through the sacrum into the lower abdomen or perineum.',
    safety: {
      pregnancy: 'The sacral foramen points influence the uterus and are traditionally forbidden in pregnancy.',
    },
    cautions:
      'Do not needle in pregnancy, and do not warm the sacrum then either. The sacral nerve roots pass through the foramen: an electric feeling into the perineum or leg is expected, but once it is felt do not manipulate strongly. Clean the skin well and ask the patient to empty the bladder first.',
    actions: [
      'Regulates the lower burner',
      'Regulates menstruation and stops leucorrhoea',
      'Benefits urination and defecation',
      'Strengthens the lower back and knees',
    ],
    indications: ['Irregular periods, leucorrhoea, uterine prolapse', 'Infertility', 'Difficult urination or defecation', 'Lower back and sacral pain'],
    commentary:
      'The first of the four sacral foramen points (the eight liao, four on each side). All four share a broad action on the organs of the pelvis; the upper one is favoured for prolapse and vaginal discharge.\n\nThe eight liao are usually treated as a group rather than one by one: needled for pelvic pain and for urinary or bowel disorders, warmed with a moxa box across the sacrum for cold in the uterus. Entering the foramen is what makes the point work, so the angle matters more than the depth: if the needle meets bone, withdraw and redirect slightly downward and toward the midline.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the first sacral foramen.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa box over the sacrum for cold in the uterus; not in pregnancy.' },
    classificationNotes: {},
  },
  BL32: {
    area: 'Sacrum — second foramen',
    location: 'In the sacral region, in the second posterior sacral foramen.',
    convention: 'WHO 2008',
    howToLocate:
      'Put a thumb on the lower edge of the posterior superior iliac spine and slide it medially toward the midline of the sacrum: the second foramen is the clear dip it meets, about level with the lower border of the iliac spine.',
    needling: {
      directions:
        'Perpendicular, or slightly downward and medially into the foramen, 1–1.5 cun. A good placement sends the sensation into the lower abdomen or perineum.',
    },
    sensation: 'A deep ache or electric feeling spreading into the lower abdomen, perineum or down the leg.',
    safety: { pregnancy: 'Used to promote labour; forbidden in pregnancy until term.' },
    cautions:
      'Do not needle in pregnancy; at term it is used only with the intention of helping labour, by practitioners trained to do so. No moxa in pregnancy. The needle enters the foramen beside the sacral nerve roots: an electric sensation into the perineum or leg is expected, but stop manipulating once it appears.',
    actions: [
      'Regulates menstruation and relieves period pain',
      'Benefits urination and clears damp-heat from the lower burner',
      'Strengthens the lower back',
      'Opens the channel and relieves pain in the legs',
      'Promotes labour',
    ],
    indications: [
      'Painful or irregular periods',
      'Difficult or painful urination, enuresis',
      'Lower back and sacral pain, sciatica',
      'Leucorrhoea, impotence, seminal emission',
      'Pain of labour, slow labour',
    ],
    commentary:
      'The most used of the four sacral foramen points. It is the back-of-the-body point for period pain, commonly combined with SP6 and CV4, and often gives relief within minutes when needled so that the sensation reaches the lower abdomen.\n\nIt is equally important for urinary complaints and for pain in the sacrum and sacroiliac joint. At term it is pressed or needled during labour to ease pain and help progress, which is why it is strictly avoided earlier in pregnancy.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the second sacral foramen.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa box for cold-type period pain; not in pregnancy.' },
    classificationNotes: {},
  },
  BL33: {
    area: 'Sacrum — third foramen',
    location: 'In the sacral region, in the third posterior sacral foramen.',
    convention: 'WHO 2008',
    howToLocate: 'From BL32 slide down about a finger’s breadth, keeping the same distance from the midline, into the next dip: the third foramen.',
    needling: { directions: 'Perpendicular insertion into the foramen, 1–1.5 cun.' },
    sensation: 'A deep ache spreading into the sacrum and perineum.',
    safety: { pregnancy: 'A sacral foramen point; traditionally forbidden in pregnancy.' },
    cautions:
      'Do not needle in pregnancy, and no moxa then. As at all the foramen points, an electric feeling into the perineum or leg means the needle lies beside a nerve root: do not manipulate strongly. If the needle meets bone, withdraw and adjust the angle rather than forcing it.',
    actions: ['Regulates the lower burner', 'Benefits urination and defecation', 'Regulates menstruation', 'Strengthens the lower back'],
    indications: ['Constipation, diarrhoea', 'Difficult urination', 'Irregular periods, leucorrhoea', 'Lumbosacral pain'],
    commentary:
      'The third sacral foramen point. Its uses overlap with BL32; it is often needled with it to treat pelvic and bowel complaints together.\n\nWhere BL32 leans toward the uterus and menstruation, this point leans a little toward the bowel and the urinary tract: constipation, diarrhoea and difficult urination, as well as lumbosacral pain. Sliding a finger down from BL32 into the next dip finds it more reliably than measuring.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the third sacral foramen.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa box over the sacrum for cold in the lower burner; not in pregnancy.' },
    classificationNotes: {},
  },
  BL34: {
    area: 'Sacrum — fourth foramen',
    location: 'In the sacral region, in the fourth posterior sacral foramen.',
    convention: 'WHO 2008',
    howToLocate: 'Below BL33, the fourth foramen is the last dip before the sacral hiatus, a little closer to the midline than the upper foramina.',
    needling: { directions: 'Perpendicular insertion into the foramen, 1–1.5 cun.' },
    sensation: 'A deep ache toward the anus or perineum.',
    safety: { pregnancy: 'A sacral foramen point; traditionally forbidden in pregnancy.' },
    cautions:
      'Do not needle in pregnancy, and no moxa then. The foramen is small; if the needle strikes bone, withdraw and redirect instead of forcing it. A sensation toward the anus is expected, but stop manipulating if a sharp electric pain occurs. The natal cleft is near, so clean the skin thoroughly.',
    actions: ['Regulates the intestines', 'Benefits urination', 'Relieves sacral and lower abdominal pain'],
    indications: ['Constipation, blood in the stool', 'Difficult urination', 'Lower abdominal pain', 'Pain of the sacrum and coccyx'],
    commentary:
      'The lowest of the sacral foramen points, chosen mainly for the bowel and anus and for pain low in the sacrum.\n\nFor constipation and blood in the stool it is combined with BL25 and with GV1 beside the anus; it also treats pain of the sacrum and coccyx after a fall or long sitting. The foramen is small and lies close to the midline, so find it by feeling down from BL33 rather than by measurement.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the fourth sacral foramen.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold-type bowel complaints and sacral ache; not in pregnancy.' },
    classificationNotes: {},
  },
  BL35: {
    area: 'Buttock — beside the tip of the coccyx',
    location: 'In the buttock region, 0.5 cun lateral to the tip of the coccyx.',
    convention:
      'WHO 2008. Level with the tip of the coccyx, 1 cun medial to the 1.5 cun line (BL30), so 0.5 cun from the midline; measured this way the marker sits on the buttock beside the cleft, not on the wall of the cleft.',
    howToLocate: 'With the patient lying face down, find the tip of the tailbone at the top of the natal cleft and move half a cun to either side.',
    needling: { directions: 'Perpendicular insertion, 0.8–1.2 cun.' },
    sensation: 'A deep ache spreading to the anus.',
    safety: { pregnancy: 'A point of the sacrococcygeal region; traditionally avoided in pregnancy.' },
    cautions:
      'Clean the skin well; the area is prone to infection. Avoid in pregnancy, moxa included. Explain the position beforehand and drape the patient carefully; keep the needle away from the anal margin and any inflamed haemorrhoid.',
    actions: ['Clears damp-heat from the lower burner', 'Treats haemorrhoids', 'Benefits the genitals'],
    indications: ['Haemorrhoids, bleeding from the anus', 'Diarrhoea, dysentery', 'Impotence', 'Leucorrhoea, genital itching'],
    commentary:
      'Close to where the Governor Vessel rises from the coccyx, hence its name. It is mainly a local point for haemorrhoids and for damp-heat around the anus and genitals.\n\nFor haemorrhoids it is combined with GV1 and with BL57 on the calf, the classic distal point; for genital itching and discharge, with points that clear damp-heat. Have the patient lie prone with the buttocks relaxed: tension makes the point hard to find and the needling uncomfortable.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the tip of the coccyx.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold-type diarrhoea and haemorrhoids that are not inflamed; not in pregnancy.',
      cupping: 'The cleft gives no seal.',
    },
    classificationNotes: {},
  },
  BL36: {
    area: 'Buttock — middle of the gluteal fold',
    location: 'In the buttock region, at the midpoint of the gluteal fold.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient lying face down and the legs relaxed, follow the crease under the buttock and find its midpoint; the point is in the slight hollow there, between the hamstring muscles.',
    needling: {
      directions: 'Perpendicular insertion, 1–2 cun. If a sharp electric sensation shoots down the leg the needle is on the sciatic nerve: lift it slightly.',
    },
    sensation: 'A deep ache or distension in the buttock, often spreading down the back of the thigh.',
    safety: { nerve: 'The sciatic nerve runs deep beneath the middle of the gluteal fold.' },
    cautions:
      'Avoid repeated thrusting onto the sciatic nerve; lift the needle if an electric shock is felt. Reaching the depth needs a long needle, so settle the patient comfortably face down and ask them not to move during retention. The crease is a moist area: clean the skin well.',
    actions: ['Opens the channel and relieves pain', 'Treats haemorrhoids', 'Benefits the lower back, buttock and leg'],
    indications: ['Pain of the lower back, buttock and thigh', 'Sciatica', 'Haemorrhoids', 'Constipation, difficult urination'],
    commentary:
      'The first point of the channel on the leg, named for the fold that “holds up” the buttock. It is a strong local point for sciatic pain along the back of the thigh, and traditionally also treats haemorrhoids.\n\nIn sciatica it is usually one link in a chain down the back of the leg, with BL37, BL40 and BL57, or with GB30 when the pain also runs down the side. A sensation travelling toward the knee shows the needle has reached the right layer; a sudden electric shock means it is on the nerve itself and should be lifted.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the crease below the buttock.',
      },
    ],
    therapyNotes: { cupping: 'On the upper hamstrings rather than in the crease itself.' },
    classificationNotes: {},
  },
  BL37: {
    area: 'Thigh — back, middle',
    location: 'On the back of the thigh, between the biceps femoris and semitendinosus, 6 cun below the gluteal fold on the line from BL36 to BL40.',
    convention: 'WHO 2008',
    howToLocate:
      'Draw a line from the middle of the gluteal fold (BL36) to the middle of the popliteal crease (BL40). The point is 6 cun down from BL36, in the groove between the two hamstring muscles.',
    needling: { directions: 'Perpendicular insertion, 1–2 cun.' },
    sensation: 'A deep ache spreading up to the buttock or down to the knee; an electric sensation if the sciatic nerve is touched.',
    safety: { nerve: 'The sciatic nerve runs deep under the hamstrings here.' },
    cautions:
      'Lift the needle if a sharp electric shock is felt: the sciatic nerve lies deep under the hamstrings here. Avoid repeated forceful thrusting, and ask the patient not to tense or move the leg during retention, since the contracting muscles can bend the needle.',
    actions: ['Opens the channel and relieves pain', 'Strengthens the lower back'],
    indications: ['Lower back pain, inability to bend forward or back', 'Sciatica', 'Pain, numbness or weakness of the back of the thigh'],
    commentary:
      'A distal-local point for lumbar pain and for sciatica running down the back of the thigh. It is often palpated for tenderness and needled where the pain is felt.\n\nOlder texts give it a special place for back pain that prevents bending forward or back, and it is useful when tight hamstrings pull on the lower back. Moving cups or firm massage down the back of the thigh, from BL36 to BL40, is a simple way to treat the whole stretch of the channel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the back of the thigh.',
      },
    ],
    therapyNotes: { cupping: 'Moving cups down the hamstrings for sciatica.' },
    classificationNotes: {},
  },
  BL38: {
    area: 'Knee — back, above the outer end of the crease',
    location: 'At the back of the knee, just medial to the biceps femoris tendon, 1 cun above the popliteal crease.',
    convention: 'WHO 2008',
    howToLocate:
      'Flex the knee slightly to make the biceps femoris tendon stand out on the outer side of the knee hollow. Keep the finger on the inner edge of that tendon and move 1 cun up from the crease (1 cun above BL39).',
    needling: { directions: 'Perpendicular insertion, 1–1.5 cun, keeping just inside the tendon.' },
    sensation: 'A local ache; an electric sensation down the outer leg if the fibular nerve is touched.',
    safety: { nerve: 'The common fibular (peroneal) nerve runs along the inner edge of the biceps femoris tendon.' },
    cautions:
      'Lift the needle if an electric shock runs down the outer leg: the common fibular nerve follows the inner edge of the biceps femoris tendon, so keep the needle just inside the tendon and do not thrust repeatedly. Where the knee hollow has varicose veins, do not needle into them.',
    actions: ['Relaxes the sinews and relieves pain', 'Clears heat from the bladder'],
    indications: ['Numbness or contraction of the back of the knee', 'Pain of the outer thigh', 'Constipation', 'Hot, difficult urination'],
    commentary:
      'A local point for tightness and numbness at the back of the knee and in the outer hamstring.\n\nIt lies 1 cun above BL39 and is used mostly with it and BL40 when the pain or contraction sits on the outer side of the knee hollow. Older texts also list it for constipation and hot, difficult urination, but in practice BL39 and BL40 below serve these better.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point above the outer end of the knee crease.',
      },
    ],
    therapyNotes: { cupping: 'The hollow of the knee is uneven.', guaSha: 'Light strokes only over the knee hollow.' },
    classificationNotes: {},
  },
  BL39: {
    area: 'Knee — back, outer end of the crease',
    location: 'At the back of the knee, at the lateral end of the popliteal crease, just medial to the biceps femoris tendon.',
    convention: 'WHO 2008',
    howToLocate: 'Flex the knee a little so the biceps femoris tendon stands out; the point is on the crease right beside its inner edge, lateral to BL40.',
    needling: { directions: 'Perpendicular insertion, 1–1.5 cun.' },
    sensation: 'A local ache or distension; an electric sensation down the outer leg if the fibular nerve is touched.',
    safety: { nerve: 'The common fibular (peroneal) nerve runs beside the biceps femoris tendon here.' },
    cautions:
      'Lift the needle if an electric shock is felt: the common fibular nerve runs beside the biceps femoris tendon here. Keep just medial to the tendon and avoid strong, repeated thrusting. Look for visible varicose veins in the knee hollow and needle away from them.',
    actions: ['Regulates the triple burner and the water passages', 'Benefits the bladder and urination', 'Relaxes the sinews and relieves pain'],
    indications: [
      'Urinary retention, difficult urination',
      'Enuresis',
      'Oedema of the lower body',
      'Stiffness and pain of the lower back',
      'Cramps of the leg and foot',
    ],
    commentary:
      'As the lower sea point of the triple burner it regulates the movement of water through the lower burner, with retention of urine on one side and incontinence or bedwetting on the other, depending on whether it is reduced or tonified.\n\nLocally it eases spasm and pain at the back of the knee and the lower back.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 4',
        note: 'Names it as the lower sea (he) point through which the triple burner is treated.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For enuresis and cold-type incontinence.',
      guaSha: 'Light strokes only over the knee hollow.',
    },
    classificationNotes: { lower_sea: 'Lower sea point of the triple burner (Sanjiao)' },
  },
  BL40: {
    area: 'Knee — back, middle of the crease',
    location: 'At the back of the knee, at the midpoint of the popliteal crease.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient prone and the knee straight or very slightly bent, find the middle of the crease behind the knee, midway between the tendons of biceps femoris on the outside and semitendinosus on the inside. The popliteal pulse is often felt just beneath.',
    needling: {
      directions:
        'Perpendicular insertion, 1–1.5 cun, away from the pulse. For acute back pain, heat or blood stasis the small visible veins around the point are pricked to let a little dark blood.',
    },
    sensation: 'An ache or an electric feeling spreading down the calf to the foot.',
    safety: {
      vessel: 'The popliteal artery and vein lie deep in the middle of the knee hollow.',
      nerve: 'The tibial nerve runs through the centre of the popliteal fossa.',
      classical_no_moxibustion: 'Listed among the points that are classically not given moxibustion.',
    },
    cautions:
      'Feel for the popliteal pulse and needle beside it, never into it. Avoid strong manipulation; lift the needle if an electric shock is felt. When bleeding the veins, use a sterile lancet and stop the bleeding with pressure; not for patients on anticoagulants. No moxa.',
    actions: [
      'Benefits the lower back and knees',
      'Clears summer heat and stops vomiting and diarrhoea',
      'Cools the blood and clears heat from the skin',
      'Relaxes the sinews and opens the channel',
      'Benefits the bladder',
    ],
    indications: [
      'Acute and chronic lower back pain, sciatica',
      'Stiffness, pain or weakness of the knee',
      'Heatstroke with vomiting and diarrhoea',
      'Skin disorders from blood heat: boils, eczema, erysipelas',
      'Difficult urination, enuresis',
      'Cramps of the calf',
    ],
    commentary:
      'One of the great distal points. The saying that the lower back is treated at Weizhong has made it the first distal point for lumbar pain, acute or chronic; for an acute strain, bleeding the visible veins here often gives immediate relief.\n\nIt is the sea point and the lower sea point of the bladder, and so also treats urinary disorders. Because bleeding it cools the blood, it is used for hot skin conditions and, in the summer, for heatstroke with vomiting and diarrhoea.\n\nLocally it serves every problem of the back of the knee. Deep in the hollow run the popliteal vessels and the tibial nerve, so the needle stays measured and moxibustion is traditionally avoided.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the sea (he) point where the foot taiyang channel enters inward.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 4',
        note: 'Names it as the lower sea point for treating the bladder.',
      },
      {
        work: 'Ma Danyang, Song of the Twelve Heavenly Star Points (Song–Yuan era)',
        note: 'Includes it among the heavenly star points; it is in both the earliest eleven-point version of the song and the later twelve-point one.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden.',
      cupping: 'Only after pricking, with a small cup, to draw blood.',
      bloodletting: 'Pricking the superficial veins for acute back pain, heatstroke and blood heat.',
      guaSha: 'Scraping the knee hollow is a traditional summer-heat treatment.',
    },
    classificationNotes: { lower_sea: 'Lower sea point of the bladder', command: 'Command point of the back' },
  },
  BL41: {
    area: 'Upper back — outer line, beside T2',
    location: 'On the upper back, level with the lower border of the spinous process of T2, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with BL12 (the lower border of the T2 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate:
      'The outer bladder line runs along the medial borders of the scapulae, 3 cun from the midline, when the arms hang relaxed. Find T2 and follow its level out to that line, lateral to BL12.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun, or transversely along the line.' },
    sensation: 'A local ache spreading over the shoulder blade.',
    safety: {
      lung: 'The lung is close beneath the thin layer of muscle over the ribs; deep needling risks a pneumothorax.',
    },
    cautions:
      'Never perpendicular and deep; keep the angle toward the spine or thread the needle along the line. Only a thin layer of muscle covers the ribs and the lung here, thinner still in slim patients. Watch for sudden chest pain or breathlessness after treatment.',
    actions: ['Expels wind and cold', 'Relaxes the sinews and opens the channel'],
    indications: ['Stiffness and pain of the neck, shoulder and upper back', 'Numbness of the elbow and arm', 'Aching upper back at the start of a cold'],
    commentary:
      'The first point of the outer bladder line on the back, and a meeting point with the small intestine channel that crosses the shoulder blade. It is a local point for stiffness between the neck and the shoulder.\n\nIt is chosen when the ache sits along the upper inner edge of the shoulder blade, often with numbness running into the arm, and at the start of a cold when the upper back feels stiff and chilled. Cupping or gua sha over the area suits these cases well and avoids the risk of deep needling.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the second thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { meeting: 'Bladder and Small Intestine channels' },
  },
  BL42: {
    area: 'Upper back — outer line, beside T3',
    location: 'On the upper back, level with the lower border of the spinous process of T3, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV12 (the lower border of the T3 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'Level with T3 (the roots of the scapular spines), on the line of the medial border of the scapula; lateral to BL13.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'Local ache, sometimes a feeling of opening in the chest.',
    safety: { lung: 'Directly over the upper lobe of the lung; deep needling can puncture the pleura.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The upper lobe of the lung lies directly beneath, so never perpendicular and deep or angled outward; in thin patients a transverse insertion is safer. Watch for sudden chest pain or breathlessness after treatment.',
    actions: ['Tonifies and descends lung qi, stops cough', 'Calms the corporeal soul (po)', 'Relaxes the upper back'],
    indications: ['Cough, wheezing, chronic lung weakness', 'Grief, sadness and shallow breathing', 'Stiffness of the neck and shoulders'],
    commentary:
      'Beside BL13, the lung’s back-shu point, it shares its effects on cough and breathing. Its name links it with the po, the aspect of the spirit that belongs to the lungs, and it is chosen when grief or long sorrow has weakened the breath.\n\nIt is one of a set of outer-line points named after aspects of the spirit, each beside the back-shu point of its organ: the po here with the lungs, BL44 the shen with the heart, BL47 the hun with the liver, BL49 the yi with the spleen and BL52 the zhi with the kidneys. These points are added when an emotional state is part of a physical complaint.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the third thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL43: {
    area: 'Upper back — outer line, beside T4',
    location: 'On the upper back, level with the lower border of the spinous process of T4, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with BL14 (the lower border of the T4 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate:
      'Seat the patient and ask them to cross the arms and hold the opposite shoulders, so the shoulder blades slide apart. At the level of the space below T4, press along the medial border of the scapula: the point is in the tender hollow just beside the bone, lateral to BL14.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun. Moxibustion is the traditional method.' },
    sensation: 'A deep ache under the shoulder blade, sometimes spreading through the chest; with moxa, warmth that sinks inward.',
    safety: { lung: 'Over the upper lobe of the lung with little tissue between skin and pleura.' },
    cautions: 'Oblique toward the spine only, never deep. For the very weak patients it is meant for, moxa is safer and usually more effective than needling.',
    actions: [
      'Tonifies and nourishes the lungs, heart, kidneys, spleen and stomach',
      'Nourishes yin and clears heat from deficiency',
      'Strengthens the original qi in chronic illness',
      'Calms the mind',
    ],
    indications: [
      'Chronic cough, consumptive disease, coughing of blood',
      'Night sweats, tidal fever, wasting',
      'Extreme fatigue after long illness',
      'Poor memory, palpitations, insomnia',
      'Seminal emission, weak digestion',
      'Pain of the shoulder blade',
    ],
    commentary:
      'The name refers to the region between heart and diaphragm that the old texts considered beyond the reach of medicine: an illness that had entered the gaohuang was thought incurable. The point on the back was taught as the way in.\n\nIt is the classic moxibustion point for chronic exhaustion and for wasting diseases of the lungs, and many people have been given courses of dozens or hundreds of cones here. It strengthens qi and nourishes yin at the same time, which makes it suitable for the long tail of any serious illness.\n\nUnlike most outer-line points, it does not appear in the earliest texts; it was introduced in the Tang dynasty.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, Sun Simiao, 7th century)',
        note: 'Describes the point, how to find it with the arms crossed, and its moxibustion for exhaustion of every kind.',
      },
    ],
    therapyNotes: {
      moxibustion: 'The principal method: many cones over a course of treatment for chronic deficiency.',
      guaSha: 'Gently, in strong patients only.',
    },
    classificationNotes: {},
  },
  BL44: {
    area: 'Upper back — outer line, beside T5',
    location: 'On the upper back, level with the lower border of the spinous process of T5, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV11 (the lower border of the T5 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'Level with the space below T5, on the line of the medial border of the scapula, lateral to BL15.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache, sometimes spreading into the chest.',
    safety: { lung: 'The lung lies just beneath the ribs here; deep needling risks a pneumothorax.' },
    cautions:
      'Oblique toward the spine, within 0.8 cun. Only a thin layer of muscle covers the ribs and the lung here, so never needle perpendicular and deep or angle outward. The patients chosen for this point are often anxious: explain the treatment, use a gentle technique, and watch for chest pain or breathlessness afterwards.',
    actions: ['Calms the mind (shen)', 'Unbinds the chest and regulates heart qi', 'Descends lung qi'],
    indications: ['Anxiety, insomnia, palpitations', 'Chest pain or tightness', 'Cough, wheezing', 'Stiffness and pain of the upper back'],
    commentary:
      'Lateral to BL15, the heart’s back-shu point, it carries the heart’s spirit (shen) in its name and is used alongside BL15 for anxiety, insomnia and a tight chest.\n\nWhere BL15 treats the heart itself, this point is added when the mind is the main complaint: restless sleep, a racing heart with worry, or sadness that sits in the chest. It also eases the stiffness between the shoulder blades that often comes with long-standing anxiety; gentle needling or pressure suits the patients it is chosen for.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the fifth thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL45: {
    area: 'Upper back — outer line, beside T6',
    location: 'On the upper back, level with the lower border of the spinous process of T6, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV10 (the lower border of the T6 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate:
      'Level with the space below T6 (one above T7, at the lower angles of the scapulae), on the line of the medial scapular border, lateral to BL16. Pressing it often makes the patient exclaim.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A sharp local ache, often spreading around the ribs.',
    safety: { lung: 'The lung lies under the thin chest wall here; deep needling risks a pneumothorax.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun; the chest wall is thin here and the lung close beneath, so never deep or angled outward. The point is often very tender: find it with light pressure and use a gentle needle. Watch for sudden chest pain or breathlessness after treatment.',
    actions: ['Expels wind and releases the exterior', 'Descends lung qi', 'Relieves pain of the back and ribs'],
    indications: ['Cough, wheezing', 'Fever without sweating, malaria', 'Pain of the shoulder blade and back radiating to the ribs', 'Dizziness'],
    commentary:
      'The name imitates the cry of the patient when the point is pressed, which is also how the early texts teach it to be found. It treats fever and cough from an external attack and pain between the shoulder blades that wraps around the ribs.\n\nIn practice it is chosen by palpation: a very tender spot on the outer line at this level, in a patient with a cough or with upper back pain that spreads around the chest wall, is needled, cupped or warmed. In early fever without sweating it supports exterior-releasing points such as BL12 and BL13.',
    classicalSources: [
      {
        work: 'Su Wen (Basic Questions), chapter 60',
        note: 'Describes the point by the sound the patient makes when it is pressed, and warms it in wind disorders with sweating.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL46: {
    area: 'Upper back — outer line, beside T7',
    location: 'On the upper back, level with the lower border of the spinous process of T7, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV9 (the lower border of the T7 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'At the level of the lower angles of the scapulae (T7), on the line of the medial scapular border, lateral to BL17.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache, sometimes spreading around the lower ribs.',
    safety: { lung: 'The lower lobe of the lung lies close beneath; deep needling risks a pneumothorax.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The lower lobe of the lung lies close beneath, so never deep or angled outward; thin patients need less depth still. Watch for sudden chest pain or breathlessness after treatment.',
    actions: ['Harmonises the diaphragm and descends rebellious qi', 'Unbinds the chest', 'Relaxes the back'],
    indications: ['Hiccup, belching, vomiting', 'Difficulty swallowing', 'Stiffness and pain of the back'],
    commentary:
      'The outer-line partner of BL17. It shares its effect on the diaphragm and is used for hiccup, belching and a sense of obstruction in the chest.\n\nIt is added to BL17 when hiccup or belching will not settle, and for difficulty swallowing with a feeling of something stuck behind the breastbone. Locally it relieves stiffness of the back at the level of the lower angles of the shoulder blades. Persistent difficulty swallowing must be investigated medically before it is treated as a functional complaint.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the seventh thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL47: {
    area: 'Upper back — outer line, beside T9',
    location: 'On the upper back, level with the lower border of the spinous process of T9, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV8 (the lower border of the T9 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'Count two spinous processes below T7 to T9; the point is 3 cun from the midline at that level, lateral to BL18.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache that may spread along the ribs.',
    safety: { lung: 'The lower lung and pleural recess lie beneath; on the right the liver is below them.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The lower lung and the pleural recess lie beneath, and on the right the liver below them, so deep or outward needling is never safe. Watch for sudden chest pain or breathlessness after treatment.',
    actions: ['Spreads liver qi', 'Harmonises the middle burner', 'Relaxes the sinews', 'Roots the ethereal soul (hun)'],
    indications: ['Pain in the chest and flanks', 'Vomiting, diarrhoea, poor appetite', 'Depression, frustration, lack of direction', 'Back pain'],
    commentary:
      'Beside BL18, the liver’s back-shu point, it bears the name of the hun, the soul the liver houses. It is added to liver treatments when the emotional side stands out: lost sense of direction, depression, or constant frustration.\n\nIt also shares the physical work of BL18, easing pain in the chest and flanks and settling a stomach upset by tension. A common pattern is BL18 for the organ and this point for the mood, with distal points such as LR3.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the ninth thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL48: {
    area: 'Upper back — outer line, beside T10',
    location: 'On the upper back, level with the lower border of the spinous process of T10, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV7 (the lower border of the T10 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'At the level of the space below T10, 3 cun from the midline, lateral to BL19.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'Local ache spreading along the lower ribs.',
    safety: { lung: 'The pleural recess reaches this level; deep needling can injure the lung.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The pleural recess reaches this level, so deep or outward needling can injure the lung. Flank pain with fever or jaundice needs medical assessment first.',
    actions: ['Clears damp-heat from the liver and gallbladder', 'Harmonises the middle burner'],
    indications: ['Jaundice', 'Abdominal pain, borborygmus, diarrhoea', 'Pain of the flanks', 'Poor appetite'],
    commentary:
      'The outer-line partner of BL19, used in the same way for damp-heat and digestive disorders involving the gallbladder.\n\nIt is chosen for jaundice, flank pain, borborygmus and loose stools, often with BL19 beside it and distal points such as GB34. When the gallbladder is troubled this spot, more often on the right, may be tender, a useful sign when palpating the back.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the tenth thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL49: {
    area: 'Upper back — outer line, beside T11',
    location: 'On the upper back, level with the lower border of the spinous process of T11, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV6 (the lower border of the T11 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'At the level of the space below T11, 3 cun from the midline, lateral to BL20.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache, sometimes spreading toward the abdomen.',
    safety: { lung: 'The lowest part of the pleural cavity lies beneath; deep needling risks a pneumothorax.' },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The lowest part of the pleural cavity lies beneath; never deep or angled outward. Watch for sudden chest pain or breathlessness after treatment.',
    actions: ['Tonifies the spleen and resolves damp', 'Harmonises the stomach', 'Clears the mind of overthinking'],
    indications: ['Abdominal distension, diarrhoea, vomiting', 'Poor appetite', 'Excessive worry, poor concentration', 'Back pain'],
    commentary:
      'Lateral to BL20, the spleen’s back-shu point, it carries the name of the yi, the spleen’s faculty of thought and intention, and is used when worry and rumination go hand in hand with poor digestion.\n\nIt shares the physical work of BL20 for distension, loose stools and poor appetite, and is added when the patient cannot stop thinking: poor concentration, going over the same worries, a stomach that knots with anxiety. Gentle needling or moxa suits these patients.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the eleventh thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL50: {
    area: 'Upper back — outer line, beside T12',
    location: 'On the upper back, level with the lower border of the spinous process of T12, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with BL21 (the lower border of the T12 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'At the level of the space below T12, 3 cun from the midline, lateral to BL21.',
    needling: { directions: 'Oblique insertion toward the spine, 0.5–0.8 cun.' },
    sensation: 'A local ache that may spread toward the epigastrium.',
    safety: {
      lung: 'The pleural recess can reach this level; deep needling risks a pneumothorax, and the kidney lies deeper still.',
    },
    cautions:
      'Oblique toward the spine only, within 0.8 cun. The pleural recess can reach this level and the kidney lies deeper still, so never deep, never angled outward. In children use pressure or massage rather than needles.',
    actions: ['Harmonises the stomach and relieves food stagnation', 'Regulates the middle burner'],
    indications: ['Epigastric pain and distension', 'Indigestion, food stagnation in children', 'Oedema', 'Back pain'],
    commentary:
      'The outer-line partner of BL21, used for a full, painful stomach and food that sits undigested.\n\nIt is added to BL21 for stubborn epigastric fullness, and for food stagnation in children, where gentle pressure or massage along the back is often enough. Older texts also use it for oedema. Tenderness here can point to a stomach disorder.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the twelfth thoracic vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL51: {
    area: 'Lower back — outer line, beside L1',
    location: 'In the lumbar region, level with the lower border of the spinous process of L1, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV5 (the lower border of the L1 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate: 'At the level of the space below L1 (three spinous processes above L4 at the iliac crests), 3 cun from the midline, lateral to BL22.',
    needling: {
      directions: 'Oblique insertion toward the spine, 0.5–0.8 cun; some texts allow perpendicular insertion to the same depth.',
    },
    sensation: 'A local ache spreading around the waist.',
    safety: { organ: 'The kidney lies in front of the muscles at this level, with the lowest pleura just above.' },
    cautions:
      'Shallow and oblique; do not go deep. The kidney lies in front of the muscles at this level and the lowest pleura just above, so keep within 0.8 cun and never angle outward. Any lump in the breast or abdomen, the point’s classical indication, needs medical assessment before treatment.',
    actions: ['Disperses masses and relieves pain in the epigastrium', 'Benefits the breasts', 'Regulates the triple burner'],
    indications: ['Hard lumps or pain below the heart (epigastrium)', 'Constipation', 'Breast swelling or pain', 'Pain of the lower back'],
    commentary:
      'A little-used point; the classical indications centre on hard masses below the ribs and on disorders of the breast.\n\nIts name refers to the huang, the membranes between the organs, and it lies lateral to BL22, where the outer line passes from the chest to the lumbar region. Today it is chosen mainly for pain of the lower back and flank, for constipation, and as an adjunct for breast swelling or pain; any lump in the breast or abdomen needs medical assessment first.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the first lumbar vertebra.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL52: {
    area: 'Lower back — outer line, beside L2',
    location: 'In the lumbar region, level with the lower border of the spinous process of L2, 3 cun lateral to the posterior midline.',
    convention:
      'WHO 2008. Level with GV4 (the lower border of the L2 spinous process), on the vertical line through the medial border of the scapula, which is 3 cun from the midline by definition.',
    howToLocate:
      'At the level of the space below L2 (two spinous processes above L4 at the iliac crests), 3 cun from the midline at the outer edge of the lumbar muscles, lateral to BL23.',
    needling: { directions: 'Perpendicular or slightly oblique toward the spine, 0.5–1 cun. Never angle outward.' },
    sensation: 'A deep ache in the lower back, sometimes spreading toward the genitals.',
    safety: {
      organ: 'The kidney lies in front of the muscles at this level; deep or outward needling can reach it.',
      pregnancy: 'A lumbar point; strong stimulation is traditionally avoided in pregnancy.',
    },
    cautions:
      'Keep within 1 cun and angle toward the spine rather than away: the kidney lies in front of the muscles at this level. Treat gently in pregnancy and do not warm it then. For the exhausted patients this point serves, moxa at home is often more useful than strong needling.',
    actions: ['Tonifies the kidneys and strengthens the will', 'Firms essence', 'Benefits urination', 'Strengthens the lower back'],
    indications: [
      'Impotence, seminal emission, premature ejaculation',
      'Difficult urination, oedema',
      'Stiffness and pain of the lower back',
      'Lack of drive, low resolve, fearfulness',
    ],
    commentary:
      'Lateral to BL23, the kidney’s back-shu point, it shares its tonic effect on the kidneys and bears the name of the zhi, the will housed in the kidneys. It is chosen when exhaustion has worn away drive and determination, and for sexual weakness and leaking of essence.\n\nLocally it is an important point for lumbar pain that extends out toward the flank.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the second lumbar vertebra.',
      },
    ],
    therapyNotes: { moxibustion: 'With BL23 for deficient kidney yang; not in pregnancy.' },
    classificationNotes: {},
  },
  BL53: {
    area: 'Buttock — level of the second sacral foramen',
    location: 'In the buttock region, level with the second posterior sacral foramen, 3 cun lateral to the median sacral crest.',
    convention: 'WHO 2008. Level with the second posterior sacral foramen, on the 3 cun line: the vertical line through the medial border of the scapula.',
    howToLocate: 'At the level of BL32 (second sacral foramen), measure 3 cun out from the midline of the sacrum onto the buttock, lateral to BL28.',
    needling: { directions: 'Perpendicular insertion, 1–1.5 cun.' },
    sensation: 'A deep ache in the buttock, sometimes spreading to the lower abdomen.',
    safety: { pregnancy: 'A point of the sacral region; traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy, moxa included. The thick gluteal muscles make the point safe at the stated depth, but if a sharp, electric pain runs down the leg, withdraw slightly. Urinary retention that does not resolve needs medical care; acupuncture only supports it.',
    actions: ['Benefits the bladder and urination', 'Regulates the lower burner', 'Relieves lumbosacral pain'],
    indications: ['Retention of urine, difficult urination', 'Abdominal distension, borborygmus', 'Constipation', 'Pain of the lower back and buttock'],
    commentary:
      'Lateral to BL28, the bladder’s back-shu point, it treats urinary retention and lower abdominal fullness, and is a local point for the buttock.\n\nIt is chosen for difficult urination with a distended lower abdomen, and for constipation and borborygmus. Locally it treats pain in the upper buttock and over the sacroiliac joint, often with BL54 below; pressing here often finds a tender gluteal knot that refers pain down the leg.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the second sacral segment.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold in the lower burner and a cold, aching buttock; not in pregnancy.' },
    classificationNotes: {},
  },
  BL54: {
    area: 'Buttock — level of the fourth sacral foramen',
    location: 'In the buttock region, level with the fourth posterior sacral foramen, 3 cun lateral to the median sacral crest.',
    convention: 'WHO 2008. Level with the fourth posterior sacral foramen, on the 3 cun line: the vertical line through the medial border of the scapula.',
    howToLocate:
      'Find the sacral hiatus at the lower end of the sacrum; the fourth foramen is just above it. At that level measure 3 cun out onto the buttock, lateral to BL30.',
    needling: {
      directions:
        'Perpendicular insertion, 1.5–2 cun; for sciatica some practitioners go to 3 cun to send a sensation down the leg. For urogenital problems the needle is angled toward the front of the pelvis.',
    },
    sensation: 'A deep ache in the buttock, or an electric sensation down the back of the leg when the sciatic nerve is reached.',
    safety: {
      nerve: 'The sciatic nerve leaves the pelvis deep beneath this part of the buttock.',
      pregnancy: 'A point of the sacral region; traditionally avoided in pregnancy.',
    },
    cautions:
      'Lift the needle once a strong electric sensation is felt; do not keep thrusting onto the nerve. Avoid in pregnancy, moxa included. The deep needling for sciatica needs a long needle, a relaxed patient lying prone or on the side, and trained hands.',
    actions: ['Opens the channel and relieves pain', 'Strengthens the lower back and legs', 'Clears damp-heat from the lower burner', 'Treats haemorrhoids'],
    indications: [
      'Sciatica, pain of the buttock radiating down the leg',
      'Lower back pain, weakness or paralysis of the leg',
      'Haemorrhoids',
      'Difficult urination, pain of the genitals',
    ],
    commentary:
      'The lowest point of the outer line on the back and the main buttock point of the bladder channel for sciatica. Deep needling close to the sciatic nerve can send a strong sensation down to the foot and is often used with GB30.\n\nIt also treats haemorrhoids and urinary and genital disorders, through the pelvis that lies just in front of it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point lateral to the fourth sacral segment.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For a cold, aching buttock and leg; not in pregnancy.',
      cupping: 'For buttock and leg pain.',
    },
    classificationNotes: {},
  },
  BL55: {
    area: 'Leg — back, upper calf',
    location: 'On the back of the leg, between the two heads of the gastrocnemius, 2 cun below the popliteal crease on the line from BL40 to BL57.',
    convention: 'WHO 2008',
    howToLocate:
      'From BL40 in the middle of the knee crease, go 2 cun straight down the line toward BL57, into the groove between the two bellies of the calf muscle.',
    needling: { directions: 'Perpendicular insertion, 1–2 cun.' },
    sensation: 'A heavy ache in the calf, sometimes spreading to the foot.',
    safety: { nerve: 'The tibial nerve and the popliteal vessels continue down deep to the calf muscles here.' },
    cautions:
      'Lift the needle if an electric sensation shoots down to the sole: the tibial nerve and the popliteal vessels run deep beneath the calf muscles here. Keep to the groove between the muscle bellies, avoid visible varicose veins, and do not manipulate strongly.',
    actions: ['Opens the channel and relieves pain', 'Strengthens the lower back and legs', 'Stops uterine bleeding'],
    indications: [
      'Lower back pain spreading to the abdomen',
      'Pain, numbness or weakness of the leg',
      'Abnormal uterine bleeding, leucorrhoea',
      'Pain of the genitals, hernia',
    ],
    commentary:
      'Just below the knee, where the two branches of the bladder channel from the back and the thigh have joined at BL40 — hence the name. It is a local point for calf and leg pain and, traditionally, a point for uterine bleeding.\n\nIn back pain it serves as a distal point below BL40, especially when the pain spreads into the abdomen or the leg feels weak and numb. Its gynaecological use, for abnormal uterine bleeding and leucorrhoea, is old but less used today; such bleeding always needs medical assessment.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point below the knee crease.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL56: {
    area: 'Leg — back, middle of the calf',
    location: 'On the back of the leg, between the two bellies of the gastrocnemius, 5 cun below the popliteal crease, midway between BL55 and BL57.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the thickest part of the calf, midway between BL55 and BL57; the point is in the middle of the muscle, in the slight groove between its two bellies.',
    needling: {
      directions: 'Modern texts allow perpendicular insertion, 1–1.5 cun; the classical tradition preferred moxa here.',
    },
    sensation: 'A strong ache through the calf.',
    safety: { classical_no_needling: 'Named in the classical list of points that are not to be needled.' },
    cautions: 'Respect the classical prohibition where possible and use moxa or pressure; if needled, use gentle technique.',
    actions: ['Relaxes the sinews and relieves pain', 'Treats haemorrhoids', 'Strengthens the lower back'],
    indications: ['Cramps and spasm of the calf', 'Pain of the lower back and leg', 'Haemorrhoids', 'Constipation'],
    commentary:
      'It sits on the belly of the calf muscle, the sinew its name refers to, and is used mainly for calf cramps and, like BL57, for haemorrhoids.\n\nBecause it is on the classical list of points not to be needled, the tradition treated it with moxa, and pressure on the belly of the muscle is still a simple way to release a cramp. When it is needled today, gently, it is to relax a tight calf or as a distal point for back pain; BL57 below is generally preferred.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the middle of the calf.',
      },
    ],
    therapyNotes: { moxibustion: 'The traditional method here.' },
    classificationNotes: {},
  },
  BL57: {
    area: 'Leg — back, lower end of the calf muscle',
    location: 'On the back of the leg, where the calcaneal (Achilles) tendon meets the two bellies of the gastrocnemius.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to point the toes against resistance or rise onto the toes: the calf muscle bulges and an inverted V appears at its lower end. The point is at the tip of the V, in the hollow where the two bellies part and the tendon begins, about midway between BL40 and BL60.',
    needling: {
      directions: 'Perpendicular insertion, 1–2 cun. A strong sensation is normal; avoid over-stimulation, which leaves the calf sore for days.',
    },
    sensation: 'A strong ache or heaviness in the calf, often spreading to the sole.',
    safety: {
      painful: 'The thick calf muscle reacts strongly; deep stimulation is uncomfortable and can leave soreness.',
    },
    cautions:
      'Stimulate moderately; strong manipulation can trigger a cramp or lasting soreness. Ask the patient to keep the calf relaxed during retention, since a contraction can bend the needle, and warn that a dull ache may remain for about a day.',
    actions: ['Relaxes the sinews and relieves cramps', 'Treats haemorrhoids', 'Opens the channel and relieves pain', 'Clears heat from the intestines'],
    indications: ['Haemorrhoids, anal prolapse', 'Constipation', 'Cramps of the calf', 'Lower back pain, sciatica', 'Pain and swelling of the heel'],
    commentary:
      'Two uses dominate. It is the best-known distal point for haemorrhoids and anal problems, reached by the divergent branch of the channel that enters the anus. And it is the point for calf cramps, which it relieves quickly with firm pressure or needling.\n\nIt also takes part in treatments for lumbar pain and sciatica as a distal point on the calf.',
    classicalSources: [
      {
        work: 'Ma Danyang, Song of the Twelve Heavenly Star Points (Song–Yuan era)',
        note: 'Includes it among the heavenly star points; it is in both the earliest eleven-point version of the song and the later twelve-point one.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL58: {
    area: 'Leg — back and outer side, lower calf',
    location:
      'On the posterolateral leg, between the lower border of the lateral head of the gastrocnemius and the calcaneal tendon, 7 cun above BL60 (about 1 cun below and lateral to BL57).',
    convention: 'WHO 2008',
    howToLocate:
      'From BL60 behind the outer ankle, go 7 cun straight up, to where the outer edge of the calf muscle meets the Achilles tendon; it lies a finger-width below and to the outside of BL57.',
    needling: { directions: 'Perpendicular insertion, 1–1.5 cun.' },
    sensation: 'An ache in the lower calf, sometimes spreading to the foot.',
    safety: {},
    cautions:
      'No special hazards; moderate stimulation. Keep the needle between the edge of the calf muscle and the tendon rather than driving it into the tendon itself, and ask the patient to keep the leg relaxed during retention.',
    actions: ['Harmonises the upper and lower body', 'Clears the head and the nose', 'Strengthens the legs and relieves back pain', 'Treats haemorrhoids'],
    indications: ['Headache and dizziness with weak legs', 'Nasal congestion, nosebleed', 'Lower back pain, heavy or weak legs', 'Haemorrhoids'],
    commentary:
      'The connecting point of the bladder channel, from which a branch runs to the kidney channel. Its name evokes lightness, and it is used when there is fullness above and weakness below: a heavy, aching head and blocked nose over legs that feel heavy and feeble.\n\nPaired with KI3, the kidney source point, it forms a source–connecting combination for bladder and kidney together.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the point where the connecting (luo) vessel of the foot taiyang separates toward the shaoyin.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { connecting: 'Luo-connecting point of the bladder channel, to the kidney channel' },
  },
  BL59: {
    area: 'Leg — back and outer side, above the ankle',
    location: 'On the posterolateral leg, between the fibula and the calcaneal tendon, 3 cun above BL60.',
    convention: 'WHO 2008',
    howToLocate:
      'From BL60, in the hollow between the outer ankle bone and the Achilles tendon, go 3 cun straight up, keeping between the back of the fibula and the tendon.',
    needling: { directions: 'Perpendicular insertion, 0.8–1.2 cun.' },
    sensation: 'A local ache, sometimes spreading to the outer ankle.',
    safety: {},
    cautions:
      'No special hazards. Keep the needle between the back of the fibula and the Achilles tendon, not in the tendon. In a recently sprained, swollen ankle, needle above the swelling and avoid bruised skin.',
    actions: ['Benefits the lower back and legs', 'Opens the Yang Motility vessel', 'Clears the head'],
    indications: [
      'Lower back pain, inability to stand for long',
      'Heaviness of the head, headache',
      'Swelling and pain of the outer ankle',
      'Weakness or paralysis of the leg',
    ],
    commentary:
      'The cleft point of the Yang Motility vessel, which runs up the outer leg from the ankle. It is used for acute lumbar and leg pain along the outer-back line of the leg and for heaviness in the head.\n\nAs a cleft point it suits acute, painful conditions: a back that cannot stand for long, a swollen outer ankle, a sudden heavy headache. It is often combined with BL62, the opening point of the Yang Motility vessel, and with BL60 below it for pain of the ankle and heel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records it above the outer ankle as the cleft of the Yang Motility vessel.',
      },
    ],
    therapyNotes: { cupping: 'Little flat surface above the ankle.' },
    classificationNotes: { cleft: 'Xi-cleft point of the Yang Motility vessel (yang qiao)' },
  },
  BL60: {
    area: 'Ankle — behind the outer ankle bone',
    location: 'At the back of the ankle, in the hollow between the prominence of the lateral malleolus and the calcaneal (Achilles) tendon.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the most prominent point of the outer ankle bone and slide straight back toward the Achilles tendon; the point is in the middle of the hollow between bone and tendon. KI3 lies opposite it on the inner side.',
    needling: { directions: 'Perpendicular insertion, 0.5–0.8 cun; it may be threaded through toward KI3.' },
    sensation: 'A sharp ache around the ankle, sometimes an electric feeling to the little toe.',
    safety: { pregnancy: 'Traditionally forbidden in pregnancy because it promotes labour.' },
    cautions:
      'Do not use in pregnancy except to assist labour at term, by practitioners trained to do so; no moxa in pregnancy either. Otherwise the point is safe: keep the needle in the hollow between bone and tendon, out of the tendon itself.',
    actions: [
      'Clears the head and relieves pain anywhere along the channel',
      'Relaxes the neck and strengthens the lower back',
      'Descends yang and expels wind',
      'Promotes labour',
      'Relieves pain and swelling of the ankle',
    ],
    indications: [
      'Occipital headache, stiff neck',
      'Lower back pain, sciatica, heel pain',
      'Dizziness, eye pain, nosebleed',
      'Difficult labour, retained placenta',
      'Pain and swelling of the ankle',
      'Epilepsy in children (classical use)',
    ],
    commentary:
      'The Kunlun mountains stand for the top of the body, and this point at the ankle is used to reach it: occipital headache, a stiff neck and pain along the whole channel down the back. It is one of the best distal points for back pain that runs from the neck to the heel.\n\nIt is the river point and the fire point of the bladder channel. Its strong downward action is why it is used to hasten labour and expel the placenta, and why it is not used earlier in pregnancy.\n\nLocally it treats sprains and arthritis of the ankle and heel pain.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the river (jing) point of the foot taiyang channel.',
      },
      {
        work: 'Ma Danyang, Song of the Twelve Heavenly Star Points (Song–Yuan era)',
        note: 'Includes it among the heavenly star points; it is in both the earliest eleven-point version of the song and the later twelve-point one.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Not in pregnancy.',
      cupping: 'The ankle hollow gives no seal.',
      guaSha: 'Gentle strokes only.',
    },
    classificationNotes: {},
  },
  BL61: {
    area: 'Foot — outer side of the heel',
    location: 'On the lateral side of the foot, directly below BL60, lateral to the calcaneus, at the border between the red and white skin.',
    convention:
      'WHO 2008. Straight below BL60 at the border of the red and white skin; the rule takes the height of that border from the tuberosity of the fifth metatarsal, which lies on it, and drops onto the outer side of the heel. Some texts give 1.5 cun below BL60, which on this figure is higher than the border.',
    howToLocate:
      'From BL60 go straight down the outer side of the heel to the line where the thicker skin of the sole meets the skin of the side of the foot; the point is in a slight dip on the heel bone there.',
    needling: { directions: 'Perpendicular insertion, 0.3–0.5 cun, down to the bone.' },
    sensation: 'A local ache in the heel.',
    safety: {},
    cautions:
      'The heel skin is thick; use a firm, quick insertion. Stop at the bone rather than pressing into the periosteum. Clean the skin carefully, since an infected heel heals slowly; take particular care in diabetic patients with poor circulation or loss of sensation in the feet.',
    actions: ['Relaxes the sinews and relieves pain', 'Strengthens the legs', 'Restores consciousness (classical use)'],
    indications: ['Heel pain', 'Weakness and atrophy of the leg', 'Lower back pain', 'Fainting, epilepsy (classical use)'],
    commentary:
      'A meeting point with the Yang Motility vessel. In practice it is a local point for heel pain, often used with BL60 and KI5.\n\nIt suits pain on the outer side and back of the heel after long standing or walking, and is needled down to the bone with a short needle. Its classical uses for fainting and epilepsy come from the link with the Yang Motility vessel and are seldom followed today; BL62 is the usual choice for that vessel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point below the outer ankle on the heel.',
      },
    ],
    therapyNotes: { cupping: 'No seal on the heel.' },
    classificationNotes: { meeting: 'Bladder channel and Yang Motility vessel' },
  },
  BL62: {
    area: 'Foot — below the outer ankle bone',
    location:
      'On the lateral side of the foot, directly below the prominence of the lateral malleolus, in the hollow between its lower border and the calcaneus.',
    convention: 'WHO 2008. The rule drops 0.8 cun from the most prominent point of the malleolus to reach the hollow below its tip.',
    howToLocate:
      'Slide a finger straight down from the most prominent point of the outer ankle bone; just under the tip of the bone it sinks into a small hollow above the heel bone.',
    needling: { directions: 'Perpendicular or slightly downward insertion, 0.3–0.5 cun.' },
    sensation: 'A local ache, sometimes spreading along the outer edge of the foot.',
    safety: {},
    cautions:
      'Little tissue over the bone; keep the depth small. The point is often sensitive, so insert quickly. In a freshly sprained, swollen ankle, avoid bruised skin and treat points above or around the swelling.',
    actions: [
      'Opens and regulates the Yang Motility vessel',
      'Calms the mind and treats epilepsy',
      'Expels interior and exterior wind',
      'Benefits the head, eyes and back',
      'Relaxes the sinews of the outer leg',
    ],
    indications: [
      'Insomnia, or eyes that will not close',
      'Epilepsy with seizures in the daytime',
      'Headache, dizziness, stiff neck',
      'Lower back and leg pain',
      'Sprain and pain of the outer ankle',
    ],
    commentary:
      'The opening (confluent) point of the Yang Motility vessel, which rises from here along the outer leg and trunk to the eye. When this vessel is too full, the eyes stay open and sleep will not come; reducing BL62 while reinforcing KI6 (the opening point of the Yin Motility vessel) is a classic treatment for insomnia. For daytime epilepsy the same logic applies.\n\nIt is often combined with SI3, the opening point of the Governor Vessel, for stiffness and pain of the neck and back. As one of Sun Simiao’s thirteen ghost points it was also used for mania.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, Sun Simiao, 7th century)',
        note: 'Includes it, as Guilu (Ghost Road), among the thirteen ghost points for mania.',
      },
      {
        work: 'Zhen Jing Zhi Nan (Guide to the Classic of Acupuncture, Dou Hanqing, 13th century)',
        note: 'Teaches it as one of the eight points that open the extraordinary vessels.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { confluent: 'Yang Motility vessel (yang qiao)', ghost: 'Guilu (Ghost Road)' },
  },
  BL63: {
    area: 'Foot — outer side, below the cuboid',
    location:
      'On the lateral side of the foot, below the front edge of the lateral malleolus and behind the tuberosity of the fifth metatarsal, in the hollow under the cuboid bone.',
    convention: 'WHO 2008; the rule places it halfway from BL62 to the fifth metatarsal tuberosity.',
    howToLocate:
      'From BL62 move forward and slightly down along the outer edge of the foot toward the bony knob at the base of the fifth metatarsal; about halfway, just before the knob, the finger sinks into a hollow below the cuboid.',
    needling: { directions: 'Perpendicular insertion, 0.3–0.5 cun.' },
    sensation: 'A local ache on the outer side of the foot.',
    safety: {},
    cautions:
      'No special hazards. The point is shallow over bone: keep to the stated depth and insert quickly, as the outer foot is sensitive. In a sprained foot, do not needle through bruised or swollen skin.',
    actions: ['Relieves acute pain along the channel', 'Calms spasm and treats epilepsy', 'Clears the head'],
    indications: ['Acute lower back pain', 'Epilepsy, convulsions in children', 'Headache', 'Pain of the outer ankle and foot'],
    commentary:
      'The cleft point of the bladder channel, and so a point for acute, severe pain along its course, from the head to the lower back and ankle. It is also where the Yang Linking vessel begins.\n\nFor a sudden, severe lumbar strain it is one of the distal choices alongside BL40, often needled while the patient gently moves the back. Older texts also use it for convulsions and epilepsy in children. Locally it treats pain and sprains of the outer foot.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records it below the outer ankle as the cleft point of the foot taiyang.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {
      cleft: 'Xi-cleft point of the bladder channel',
      meeting: 'Bladder channel and Yang Linking vessel (yang wei)',
    },
  },
  BL64: {
    area: 'Foot — outer edge, in front of the fifth metatarsal base',
    location: 'On the lateral side of the foot, just distal to the tuberosity of the fifth metatarsal, at the border between the red and white skin.',
    convention: 'WHO 2008. The rule steps 0.5 cun forward from the tuberosity along the fifth metatarsal.',
    howToLocate:
      'Feel the prominent knob halfway along the outer edge of the foot (the base of the fifth metatarsal). The point is in the hollow just in front of and below it, where the sole skin meets the skin of the side of the foot.',
    needling: { directions: 'Perpendicular insertion, 0.3–0.5 cun.' },
    sensation: 'A local ache spreading along the outer edge of the foot.',
    safety: {},
    cautions:
      'No special hazards. The point lies over bone with little tissue; insert quickly and keep to the stated depth. Take extra care with skin hygiene on the feet, especially in patients with diabetes or poor circulation.',
    actions: ['Clears the head and brightens the eyes', 'Calms the mind', 'Relaxes the neck and strengthens the back'],
    indications: ['Headache, stiff neck', 'Red, painful eyes', 'Epilepsy, palpitations (classical use)', 'Lower back pain', 'Pain of the outer foot'],
    commentary:
      'The source point of the bladder channel. It is used for stiffness and pain along the channel’s upper reaches, especially the neck and back of the head, and is combined with KI4, the kidney connecting point, in a source–connecting pair.\n\nAs a source point it serves both full and empty conditions of the channel: headache and stiff neck from wind, red painful eyes, and chronic lower back pain. Older texts also list it for epilepsy and palpitations. Locally it treats pain along the outer edge of the foot.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it as the source point of the foot taiyang channel.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { source: 'Yuan-source point of the bladder channel' },
  },
  BL65: {
    area: 'Foot — outer edge, behind the little-toe joint',
    location:
      'On the lateral side of the foot, in the hollow just proximal to the fifth metatarsophalangeal joint, at the border between the red and white skin.',
    convention: 'WHO 2008. The rule steps 0.5 cun back from the fifth metatarsal head along the shaft.',
    howToLocate:
      'Find the head of the fifth metatarsal at the base of the little toe. Slide back along the outer edge of the foot: the point is in the hollow just behind the head, where the sole skin meets the skin of the side.',
    needling: { directions: 'Perpendicular insertion, 0.3–0.5 cun.' },
    sensation: 'A sharp local ache.',
    safety: {},
    cautions:
      'No special hazards; the foot is sensitive, so insert quickly. Keep to the stated shallow depth over the bone, and take care with skin hygiene in patients with diabetes or poor circulation in the feet.',
    actions: ['Clears heat and expels wind from the head', 'Clears the eyes', 'Relieves pain along the channel'],
    indications: [
      'Headache at the back or top of the head, stiff neck',
      'Dizziness',
      'Red, painful eyes',
      'Lower back and leg pain',
      'Fever, mania (classical use)',
    ],
    commentary:
      'The stream point, and as the wood point of a water channel it is the child point used to drain the bladder channel when it is full. It is chosen for heat and wind in the head — headache, stiff neck, sore red eyes — and for pain along the back of the body.\n\nIn practice it is a distal point for occipital and vertex headache with a stiff neck, often with BL10 above, and for lower back and leg pain when the channel is full and the pain sharp. Tenderness here often reflects tension along the whole channel.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the stream (shu) point of the foot taiyang channel.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  BL66: {
    area: 'Foot — outer edge, in front of the little-toe joint',
    location:
      'On the lateral side of the foot, in the hollow just distal to the fifth metatarsophalangeal joint, at the border between the red and white skin.',
    convention:
      'WHO 2008. The rule steps 0.2 cun forward from the head of the fifth metatarsal toward the tip of the toe, into the small hollow just beyond the joint.',
    howToLocate:
      'Find the joint at the base of the little toe and slide forward onto the toe; the point is in the small hollow just in front of the joint on the outer edge.',
    needling: { directions: 'Perpendicular insertion, 0.2–0.3 cun.' },
    sensation: 'A sharp local sensation.',
    safety: {},
    cautions:
      'Very little tissue; keep the needle shallow and insert quickly, since the toe is sensitive. Take care with skin hygiene on the foot, especially in patients with diabetes or poor circulation.',
    actions: ['Clears heat from the head', 'Calms the mind', 'Clears the nose'],
    indications: ['Headache, heavy head, stiff neck', 'Nosebleed, nasal congestion', 'Dizziness', 'Fright, mania (classical use)'],
    commentary:
      'The spring point and the water point of the bladder channel. Spring points clear heat, and this one is used for heat rising to the head: headache, nosebleed and agitation.\n\nA small point with a strong sensation, it serves as a distal point for a heavy head, a stiff neck and a blocked or bleeding nose, often with points on the head such as BL10. Its classical uses for fright and mania follow the same line of clearing heat from above.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the spring (ying) point of the foot taiyang channel.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { horary: 'Water point of the water channel' },
  },
  BL67: {
    area: 'Foot — little toe, outer nail corner',
    location:
      'On the little toe, on the outer side of the distal phalanx, about 0.1 cun from the outer corner of the toenail, where a line along the outer border of the nail crosses a line along its base.',
    convention: 'WHO 2008. The rule steps 0.25 cun lateral from the middle of the nail base: half the nail width plus 0.1 cun.',
    howToLocate:
      'Draw one line along the outer edge of the little toenail and another along its base; the point is where they cross, just outside the corner of the nail.',
    needling: {
      directions: 'Shallow insertion, 0.1–0.2 cun, or prick to let a drop of blood. For the position of the fetus, moxa is used instead of a needle.',
    },
    sensation: 'A sharp pricking pain at the toe.',
    safety: {
      pregnancy: 'Traditionally forbidden in pregnancy because it acts on the uterus; some modern sources doubt the risk, but the warning stands.',
      painful: 'The toe tip is sensitive and needling it hurts.',
    },
    cautions:
      'Do not needle in pregnancy. Moxibustion for breech presentation is given only around 32–35 weeks, after an obstetric check, and stopped once the baby has turned.',
    actions: ['Turns the fetus and promotes labour', 'Expels wind and clears the head and eyes', 'Clears the nose', 'Revives consciousness (as a well point)'],
    indications: [
      'Breech or other malposition of the fetus',
      'Difficult or prolonged labour, retained placenta',
      'Headache at the vertex or back of the head',
      'Eye pain, nasal congestion, nosebleed',
      'Hot soles, difficult urination',
    ],
    commentary:
      'The last point of the bladder channel and its well point, where the flow passes from the little toe to KI1 on the sole. As the metal point of a water channel it is the mother point, reinforced when the channel is weak.\n\nIt is famous for turning a breech baby: moxa sticks held over both points each day for one or two weeks in the third trimester. Controlled trials give mixed but often encouraging results, and the method is used in many maternity services. The same downward action underlies its use in slow labour and its traditional prohibition earlier in pregnancy.\n\nLike other well points it also reaches the far end of its channel, clearing the head, eyes and nose.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it as the well (jing) point where the foot taiyang channel begins its flow.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 15–20 minutes on both sides daily for fetal malposition, under obstetric supervision; apart from this use, not in pregnancy.',
      bloodletting: 'Pricking for headache and eye pain from heat.',
    },
    classificationNotes: { exit: 'Passes to the kidney channel at KI1' },
  },
};
