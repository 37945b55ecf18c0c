import type { PointTextsByCode } from '../../textsSchema.ts';

/** Gallbladder channel of foot shaoyang, GB1–GB44: the English texts, in our own words. */
export const gallbladderTexts: PointTextsByCode = {
  GB1: {
    area: 'Face — beside the outer corner of the eye',
    location: 'On the face, in the small hollow half a cun lateral to the outer corner of the eye, just outside the bony rim of the orbit.',
    convention: 'WHO 2008',
    howToLocate:
      'With the eyes gently closed, rest a fingertip on the outer corner of the eye and slide it sideways until it drops off the lateral edge of the orbit. The point is in the shallow dip just beyond the rim, about half a cun from the corner.',
    needling: {
      directions:
        'Slide the needle under the skin toward the temple, 0.3–0.5 cun, keeping the tip pointed away from the eye. For acute redness of the eye it may instead be pricked to let a drop or two of blood.',
    },
    sensation: 'A local distension or pressure that may spread over the temple or around the eye.',
    safety: {},
    cautions: 'Always aim away from the eyeball. The skin here is thin and bruises easily, so press the point for a moment after withdrawing the needle.',
    actions: ['Expels wind and clears heat', 'Brightens the eyes', 'Stops pain at the temple'],
    indications: [
      'Red, painful or swollen eyes',
      'Watering or itching of the eyes, sensitivity to light',
      'Blurred vision and early clouding of the eye',
      'Headache at the outer corner of the eye and the temple',
      'Facial palsy',
    ],
    commentary:
      'The gallbladder channel starts here, at the outer corner of the eye. A branch of the triple energizer channel leaves that channel in front of the ear and reaches this corner, handing its qi on to the gallbladder channel. The point is used mainly for eye disorders caused by wind and heat, and for headaches that sit at the side of the eye.\n\nIt is a meeting point of the gallbladder, triple energizer and small intestine channels, which is why it appears in prescriptions for the eye alongside points of all three.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point, its place beside the eye and its use for eye disorders.',
      },
    ],
    therapyNotes: { moxibustion: 'Too close to the eye for heat.', bloodletting: 'Pricking for acute red, swollen eyes.' },
    classificationNotes: {
      entry: 'Receives the triple energizer channel from TE22',
      meeting: 'Gallbladder, triple energizer and small intestine channels',
    },
  },
  GB2: {
    area: 'Face — in front of the ear, below the tragus',
    location: 'On the face, in the hollow between the intertragic notch and the condyle of the mandible; the hollow is clearest with the mouth open.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to open the mouth wide. Place a fingertip just in front of the notch beneath the tragus: as the jaw opens, the condyle slides forward and a hollow opens under the finger. It is the lowest of the three points in front of the ear, below SI19 and TE21.',
    needling: {
      directions:
        'With the mouth held open, insert straight in 0.5–1 cun (many texts give 0.5–0.8). Let the patient close the mouth slowly only after the needle is out, or keep it open while the needle is retained.',
    },
    sensation: 'A deep distension in and around the ear, sometimes reaching the jaw or the side of the head.',
    safety: {},
    cautions:
      'The superficial temporal vessels run just in front of the ear; feel for the pulse and insert behind it. Press after withdrawal to prevent a haematoma.',
    actions: ['Benefits the ears', 'Expels wind and clears heat from the channel', 'Eases the jaw and stops pain'],
    indications: [
      'Tinnitus and deafness, especially of sudden onset',
      'Ear pain or discharge',
      'Toothache and pain of the jaw joint',
      'Difficulty opening the mouth',
      'Facial palsy',
    ],
    commentary:
      'Three points line up in front of the ear: TE21 at the top, SI19 in the middle and this point at the bottom. All treat the ear; this one is chosen when the problem follows the course of the gallbladder channel, as with tinnitus or deafness that comes on suddenly with anger, headache at the side of the head or a bitter taste.\n\nIt is also a useful local point for pain and clicking of the jaw joint.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point in front of the ear and its use for deafness and tinnitus.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Gentle warming with a moxa stick for ear problems of a cold, deficient kind.',
      cupping: 'Too small and curved for a cup; facial flash cupping is a specialist technique.',
      guaSha: 'Very light facial strokes only.',
    },
    classificationNotes: {},
  },
  GB3: {
    area: 'Head — above the zygomatic arch, in front of the ear',
    location: 'On the side of the head, in the hollow on the upper border of the zygomatic arch, at its middle, directly above ST7.',
    convention: 'WHO 2008',
    howToLocate:
      'Find ST7 in the hollow under the zygomatic arch in front of the ear (it closes when the mouth opens). Move straight up over the bar of bone; the point is in the hollow that sits on its upper edge.',
    needling: {
      directions: 'Insert straight in, 0.3–0.5 cun. Old texts warn against going deep here, and modern texts keep the depth modest.',
    },
    sensation: 'A local ache spreading toward the ear, the upper teeth or the temple.',
    safety: {},
    cautions: 'Keep the needling shallow, as the classics advise; the middle temporal vessels run nearby, so press after withdrawal.',
    actions: ['Benefits the ears', 'Expels wind from the face', 'Stops pain of the teeth and face'],
    indications: [
      'Tinnitus and deafness',
      'Toothache of the upper jaw',
      'Facial palsy, deviation of the mouth',
      'Locked jaw or difficulty chewing',
      'Headache at the temple',
    ],
    commentary:
      'Its older name Kezhuren, "guest and host", is the one found in the earliest texts. The point is a meeting place of the gallbladder, triple energizer and stomach channels and serves as a local point for the ear, the upper teeth and the jaw.\n\nBecause of the old warnings about deep needling it is often replaced by its neighbours ST7 or GB2 when strong stimulation is wanted.',
    classicalSources: [
      {
        work: 'Su Wen (Plain Questions), chapter 52',
        note: 'The chapter on needling prohibitions warns that needling Kezhuren too deeply can harm the hearing.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Brief indirect warming only; a burn here would scar visibly.',
      cupping: 'Too small and curved for a cup; facial flash cupping is a specialist technique.',
      guaSha: 'Very light facial strokes only.',
    },
    classificationNotes: { meeting: 'Gallbladder, triple energizer and stomach channels' },
  },
  GB4: {
    area: 'Head — temple, within the hairline',
    location:
      'In the temporal region within the hairline, one quarter of the way along the curved line that runs from ST8 at the corner of the forehead down to GB7 in front of the ear apex.',
    convention: 'WHO 2008',
    howToLocate:
      'Trace the curve of the temple hairline from ST8 (at the hairline corner, half a cun inside it) down to GB7 at the level of the ear apex. Divide it into four: the point is at the end of the first quarter. Have the patient clench the teeth; the temporalis muscle tightens under the finger here.',
    needling: {
      directions: 'Insert along the scalp, 0.5–0.8 cun, usually backward or downward along the line of the channel.',
    },
    sensation: 'A spreading heaviness or distension over the temple.',
    safety: {},
    cautions: 'Scalp points bleed readily; press for a moment after removing the needle.',
    actions: ['Expels wind and clears heat', 'Stops pain of the head', 'Calms spasm'],
    indications: ['One-sided headache', 'Dizziness and blurred vision', 'Tinnitus', 'Toothache', 'Pain at the outer corner of the eye'],
    commentary:
      'GB4, GB5 and GB6 sit one above the other along the temple hairline and form a small group for one-sided headache, especially the throbbing kind that comes with rising liver yang. They are usually needled along the line of the channel, often threaded one into the next.\n\nGB4 is a meeting point of the gallbladder, triple energizer and stomach channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the temple among the points of the side of the head.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder, triple energizer and stomach channels' },
  },
  GB5: {
    area: 'Head — temple, within the hairline',
    location: 'In the temporal region within the hairline, at the midpoint of the curved line from ST8 to GB7.',
    convention: 'WHO 2008',
    howToLocate:
      'Locate ST8 at the hairline corner and GB7 level with the ear apex, then follow the curve of the temple hairline between them. The point lies halfway along, midway between GB4 and GB6.',
    needling: {
      directions: 'Insert under the skin along the scalp, 0.5–0.8 cun, following the channel backward or downward.',
    },
    sensation: 'Local heaviness spreading over the side of the head.',
    safety: {},
    cautions:
      'The temporal scalp is rich in vessels, with branches of the superficial temporal artery running beneath; press for a moment after withdrawal to prevent a haematoma. Keep the needle flat under the galea rather than lifting and thrusting repeatedly. Choose another point if the skin of the temple is broken or infected.',
    actions: ['Clears heat and reduces swelling', 'Expels wind', 'Stops pain of the head and face'],
    indications: ['One-sided headache', 'Swelling and pain of the face', 'Pain at the outer corner of the eye', 'Toothache', 'Nosebleed with heat'],
    commentary:
      'The middle point of the three on the temple. Like its neighbours it is mainly a local point for one-sided headache and facial pain; its name, "suspended skull", refers to its position high on the side of the head.\n\nIn practice it is often needled in a line with GB4 and GB6, or palpated and chosen because it is the most tender of the three.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point and its use for heat and pain of the head and face.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: {
      meeting: 'Meeting point of the hand and foot shaoyang channels with the foot yangming (some texts add the hand yangming)',
    },
  },
  GB6: {
    area: 'Head — temple, within the hairline',
    location: 'In the temporal region within the hairline, three quarters of the way along the curved line from ST8 down to GB7.',
    convention: 'WHO 2008',
    howToLocate:
      'Follow the temple hairline from ST8 toward GB7 and divide the curve into quarters. The point sits at the start of the last quarter, between GB5 above and GB7 below.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, backward or downward.' },
    sensation: 'Distension over the temple, sometimes toward the eye.',
    safety: {},
    cautions:
      'Branches of the superficial temporal vessels lie close by, so pressing after withdrawal prevents bruising. Insert flat and superficially, and avoid repeatedly striking the periosteum, which is painful. Do not needle through boils or broken skin on the scalp.',
    actions: ['Clears heat', 'Expels wind', 'Stops pain of the head and face'],
    indications: ['One-sided headache', 'Facial swelling and pain', 'Pain at the outer corner of the eye', 'Tinnitus', 'Feverish disease without sweating'],
    commentary:
      'The lowest of the three temple points. It treats the same one-sided headaches and facial pain as GB4 and GB5; classical lists add heat in the head with fever.\n\nChoose among the three by palpation: the most tender is usually the most useful.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the temple with its use for headache and heat.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: {
      meeting: 'Meeting point of the hand and foot shaoyang channels with the foot yangming (some texts add the hand yangming)',
    },
  },
  GB7: {
    area: 'Head — in front of the ear apex',
    location:
      'On the head, where the vertical line of the back edge of the temple hairline meets the horizontal line through the apex of the ear; about one finger-breadth in front of TE20.',
    convention: 'WHO 2008',
    howToLocate:
      'Fold the ear forward to find its apex and draw a level line forward from it. Where that line meets the back edge of the sideburn hairline is the point, roughly a finger-breadth in front of the ear apex.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, backward or downward along the channel.' },
    sensation: 'Local distension that may spread over the temple and toward the jaw.',
    safety: {},
    cautions: 'The superficial temporal artery runs close by; feel for it and press after withdrawal.',
    actions: ['Expels wind', 'Reduces swelling of the cheek and jaw', 'Stops pain of the head'],
    indications: ['Headache at the temple', 'Swelling and pain of the cheek and jaw', 'Locked jaw', 'Sudden loss of voice', 'Toothache'],
    commentary:
      'Here the channel turns from the temple back toward the ear. GB7 is a meeting point of the gallbladder and bladder channels and is used as a local point for the temple, the cheek and the jaw.\n\nClassical texts list it for swelling of the cheek and jaw with difficulty opening the mouth.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point and names it a meeting of the foot taiyang and shaoyang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB8: {
    area: 'Head — above the ear',
    location: 'On the head, directly above the apex of the ear, 1.5 cun inside the hairline.',
    convention: 'WHO 2008',
    howToLocate:
      'Fold the ear forward and mark its apex. Go straight up 1.5 cun (about two finger-breadths) into the hair. When the patient chews, a hollow in the temporalis muscle can be felt here.',
    needling: {
      directions:
        'Insert along the scalp, 0.5–1 cun (some texts up to 1.5 cun). It can be directed toward the painful area, or threaded along the channel for one-sided headache.',
    },
    sensation: 'Heaviness or distension spreading over the side of the head.',
    safety: {},
    cautions:
      'The parietal branch of the superficial temporal artery runs nearby; press for a moment after withdrawal to prevent a haematoma under the scalp. Keep the needle flat under the galea; if it meets resistance or hurts, change the angle rather than forcing it on. Avoid the point where the scalp is infected or broken.',
    actions: ['Benefits the head and eases pain', 'Eliminates wind', 'Harmonises the diaphragm and stomach', 'Stops vomiting'],
    indications: [
      'One-sided headache, heaviness of the head',
      'Dizziness and vertigo',
      'Nausea and vomiting that accompany headache',
      'Headache and nausea after drinking alcohol',
      'Convulsions in children',
    ],
    commentary:
      'A major local point for one-sided headache, especially when the headache is accompanied by nausea or vomiting. Tradition connects it with the sick, heavy head that follows a night of drinking, and classical texts list it for vomiting with restlessness.\n\nIt is a meeting point of the gallbladder and bladder channels. It is a reliable place to feel for tenderness in any temporal headache.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point above the ear as a meeting of the foot taiyang and shaoyang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB9: {
    area: 'Head — above and behind the ear',
    location: 'On the head, directly above the back edge of the root of the ear, 2 cun inside the hairline; about half a cun behind GB8.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the back edge of where the ear joins the head and go straight up 2 cun inside the hairline. Check it against GB8: the point is about half a cun behind it.',
    needling: { directions: 'Insert along the scalp, 0.5–1 cun.' },
    sensation: 'Local heaviness over the side and back of the head.',
    safety: {},
    cautions:
      'Branches of the posterior auricular and occipital arteries lie under the scalp behind the ear; press for a moment after withdrawal. Insert flat rather than straight down onto the bone. Patients with epilepsy or convulsions should lie down for treatment, with someone watching.',
    actions: ['Clears heat from the gallbladder channel', 'Calms the mind and stops spasm', 'Eases headache'],
    indications: ['Headache', 'Epilepsy and convulsions', 'Fright and palpitations', 'Swollen, painful gums', 'Spasm and stiffness from wind'],
    commentary:
      'From GB8 the channel curves back and down around the ear. GB9 begins that curve and shares its neighbours’ use for headache, but classical lists give it more for disturbances of the spirit: fright, palpitations and convulsions.\n\nIt is a meeting point of the gallbladder and bladder channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point behind the ear apex as a meeting of the foot taiyang and shaoyang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB10: {
    area: 'Head — behind the ear, above the mastoid',
    location: 'On the head, behind and above the mastoid process, one third of the way along the curved line that runs from GB9 down behind the ear to GB12.',
    convention: 'WHO 2008',
    howToLocate:
      'Trace the curve that follows the back of the ear from GB9 down to GB12 in the hollow behind the mastoid tip. Divide it into thirds; the point is at the end of the upper third.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, usually downward along the curve of the channel.' },
    sensation: 'Distension behind the ear, sometimes spreading into the ear.',
    safety: {},
    cautions:
      'Branches of the posterior auricular artery run nearby; press after withdrawal to prevent a haematoma. The scalp lies tight on the skull here, so insert flat rather than perpendicular. Avoid the point if the skin behind the ear has eczema or an infection.',
    actions: ['Benefits the head and ears', 'Opens the channel and eases pain'],
    indications: [
      'Headache and heaviness of the head',
      'Tinnitus and deafness',
      'Stiff, painful neck',
      'Pain behind the ear',
      'Inability to lift the shoulder or arm',
    ],
    commentary:
      'A local point on the curve behind the ear, used for ear disorders and for headache that spreads into the neck. Classical lists also mention it for goitre and for weakness of the legs, uses rarely seen today.\n\nIt is a meeting point of the gallbladder and bladder channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point behind the ear as a meeting of the foot taiyang and shaoyang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB11: {
    area: 'Head — behind the ear, above the mastoid',
    location: 'On the head, behind and above the mastoid process, two thirds of the way along the curved line from GB9 to GB12.',
    convention: 'WHO 2008',
    howToLocate:
      'On the same curve behind the ear used for GB10, find the junction of the middle and lower thirds between GB9 and GB12. The point lies over the upper part of the mastoid, just behind the back of the ear.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, downward along the curve.' },
    sensation: 'Distension behind the ear, sometimes felt inside the ear.',
    safety: {},
    cautions:
      'The mastoid bone lies directly under the point, so insert flat and do not drive the needle onto the bone. Branches of the posterior auricular artery pass here; press after withdrawal. If the skin behind the ear is red, swollen and tender in an acute middle-ear infection, the cause needs diagnosis first, not local needling alone.',
    actions: ['Benefits the ears and head', 'Eases pain of the neck'],
    indications: ['Tinnitus and deafness', 'Ear pain', 'Headache behind the ear', 'Stiff neck', 'Bitter taste in the mouth'],
    commentary:
      'The name refers to the sense openings, the "portals", of the head; it shares it with GB44 on the fourth toe, which is why the two are distinguished as "head" and "foot". This one is a local point for the ears and for pain behind them.\n\nIt is a meeting point of the gallbladder and bladder channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point behind the ear and its use for ear disorders.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB12: {
    area: 'Head — behind and below the mastoid',
    location: 'Behind the ear, in the hollow below and behind the mastoid process.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger down the back of the mastoid bone to its tip. Just behind and below the tip there is a small hollow in the upper edge of the sternocleidomastoid attachment; that is the point.',
    needling: {
      directions: 'Insert obliquely downward, 0.5–0.8 cun. Do not angle upward and inward toward the skull base.',
    },
    sensation: 'An ache behind the ear spreading down the side of the neck or up over the head.',
    safety: {},
    cautions: 'Keep the needle angled downward and outward; deep insertion toward the base of the skull is avoided.',
    actions: ['Eliminates wind', 'Calms the mind', 'Benefits the head and neck'],
    indications: [
      'Headache and neck stiffness',
      'Insomnia and restlessness',
      'Facial palsy, swelling of the cheek',
      'Pain behind the ear, tinnitus',
      'Toothache, swollen throat',
    ],
    commentary:
      'The last point of the curve behind the ear. It treats wind in the head, both external (stiff neck, facial palsy after exposure to wind) and internal, and is a well-known local point for insomnia in combination with points such as HT7 or the extra point Anmian nearby.\n\nIt is a meeting point of the gallbladder and bladder channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point behind the mastoid as a meeting of the foot taiyang and shaoyang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick a few minutes.',
      cupping: 'At the hairline behind the ear a cup rarely seals.',
      guaSha: 'Along the line behind the ear and down the side of the neck.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB13: {
    area: 'Head — forehead, above the hairline',
    location: 'On the head, half a cun inside the front hairline and 3 cun lateral to the midline, two thirds of the way from GV24 to ST8.',
    convention: 'WHO 2008',
    howToLocate:
      'Find GV24 half a cun behind the front hairline on the midline and ST8 half a cun inside the hairline corner. Divide the line between them into thirds; the point is two thirds of the way out, about 3 cun from the midline.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, usually backward.' },
    sensation: 'A local heaviness or tightness over the forehead.',
    safety: {},
    cautions:
      'The scalp of the forehead has a rich blood supply; press after withdrawal to prevent bleeding and a haematoma. Insert flat under the galea, never straight onto the bone. For patients with convulsions or epilepsy, needle with the patient lying down and after the attack has passed; do not keep needles in during a seizure.',
    actions: ['Calms the mind', 'Gathers essence to the head', 'Eliminates wind and stops convulsions'],
    indications: [
      'Anxiety, worry and obsessive thinking',
      'Epilepsy and convulsions, fright in children',
      'Headache and dizziness',
      'Insomnia',
      'Stiff neck after wind-stroke',
    ],
    commentary:
      'After circling the ear the channel jumps forward to the forehead. As the name "root of the spirit" suggests, this is a point for the mind: restlessness, repetitive worrying, fear and, in the classical texts, epilepsy and mania. It is often combined with GV24 and GB15 to form a line of calming points along the front hairline.\n\nIt is a meeting point of the gallbladder channel and the yang linking vessel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point at the hairline and its use for epilepsy and fright.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang linking vessel (yang wei mai)' },
  },
  GB14: {
    area: 'Face — forehead, above the eyebrow',
    location: 'On the forehead, 1 cun above the eyebrow, directly above the centre of the pupil.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient looking straight ahead, follow the vertical line through the pupil up to the eyebrow and continue 1 cun (a thumb-width) above it. A slight hollow is often felt in the frontalis muscle.',
    needling: {
      directions:
        'Pinch up the skin and insert transversely downward toward the eyebrow, 0.3–0.5 cun. For facial palsy it may be threaded toward the extra point Yuyao or sideways along the brow.',
    },
    sensation: 'Local distension over the forehead, sometimes spreading into the eye.',
    safety: {},
    cautions: 'The forehead bruises readily; press after withdrawal. Moxibustion is avoided so close to the eye.',
    actions: ['Eliminates wind', 'Benefits the eyes', 'Stops pain of the forehead'],
    indications: [
      'Frontal headache and pain above the eye',
      'Facial palsy with inability to raise the eyebrow',
      'Drooping or twitching of the eyelid',
      'Pain, itching and redness of the eyes',
      'Blurred vision and night blindness',
    ],
    commentary:
      'A key local point for the forehead and the eye. It is used in nearly every treatment of facial palsy in which the patient cannot wrinkle the forehead or close the eye, and for frontal headache, particularly the kind felt above one eye.\n\nIt is a meeting point of the gallbladder channel and the yang linking vessel; some texts add the stomach, large intestine and triple energizer channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point above the eyebrow and its use for eye pain.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Brief indirect warming only; a burn here would scar visibly.',
      cupping: 'Too small and curved for a cup; facial flash cupping is a specialist technique.',
      guaSha: 'Very light facial strokes only.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang linking vessel (yang wei mai)' },
  },
  GB15: {
    area: 'Head — above the forehead, in line with the pupil',
    location: 'On the head, half a cun inside the front hairline, directly above the centre of the pupil, midway between GV24 and ST8.',
    convention: 'WHO 2008',
    howToLocate:
      'Continue the vertical line through the pupil and GB14 up past the hairline by half a cun. It is halfway between GV24 on the midline and ST8 at the hairline corner.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, usually backward.' },
    sensation: 'A local tightness over the front of the scalp, sometimes felt in the eye.',
    safety: {},
    cautions:
      'The scalp of the forehead bleeds freely; press for a moment after withdrawal. Insert flat; if the needle meets resistance, withdraw slightly and change direction rather than pushing onto the bone. When the point is used for the eyes, an acute infection of the eye itself needs its own diagnosis and treatment.',
    actions: ['Benefits the eyes', 'Clears the nose', 'Calms the mind', 'Eliminates wind'],
    indications: [
      'Watering of the eyes in the wind, eye pain, cloudy vision',
      'Blocked nose',
      'Headache and dizziness',
      'Fright, epilepsy',
      'Pain at the outer corner of the eye',
    ],
    commentary:
      'The name, "overlooking tears", points to its use for the eyes, especially tearing in the wind. It also opens a blocked nose and, like the neighbouring GB13, steadies the mind.\n\nIt shares its name with GB41 on the foot; both treat the eyes and the side of the head. It is a meeting point of the gallbladder and bladder channels and the yang linking vessel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point inside the hairline above the pupil.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels and yang linking vessel (yang wei mai)' },
  },
  GB16: {
    area: 'Head — front of the scalp, in line with the pupil',
    location: 'On the head, 1.5 cun inside the front hairline, directly above the centre of the pupil; 1 cun behind GB15.',
    convention: 'WHO 2008',
    howToLocate:
      'From GB15 follow the pupil line straight back over the scalp for 1 cun (a thumb-width). The point sits in a slight hollow on that line, 1.5 cun behind the hairline.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun.' },
    sensation: 'Local tightness or heaviness on the scalp.',
    safety: {},
    cautions:
      'The scalp is rich in vessels; press after withdrawal to prevent bleeding. Insert flat under the galea, not perpendicular. Do not needle here through boils or broken skin on the scalp.',
    actions: ['Benefits the eyes', 'Eliminates wind', 'Eases the head'],
    indications: [
      'Red, painful eyes and blurred vision',
      'Headache and dizziness',
      'Swelling of the face',
      'Blocked nose',
      'Fever with chills and no sweating',
    ],
    commentary:
      'As "eye window" it is a point for the eyes, red and painful from wind-heat or dim from long strain, as well as for headache at the front of the scalp.\n\nFrom GB15 to GB19 the channel runs straight back over the head on the pupil line; all five points meet the yang linking vessel and share a family of uses for headache, dizziness and the senses.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the scalp and its use for the eyes.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang linking vessel (yang wei mai)' },
  },
  GB17: {
    area: 'Head — top of the scalp, in line with the pupil',
    location: 'On the head, 2.5 cun inside the front hairline, directly above the centre of the pupil; 1 cun behind GB16.',
    convention: 'WHO 2008',
    howToLocate: 'Continue back along the pupil line from GB16 for another cun. The point is 2.5 cun behind the hairline, level with BL6 on the bladder line.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun.' },
    sensation: 'Heaviness spreading over the top of the head.',
    safety: {},
    cautions:
      'Press after withdrawal to prevent bleeding from the scalp. Insert flat, never straight onto the bone. Patients who are very dizzy or whose blood pressure is very high should be treated lying down with moderate stimulation, and watched for a moment before they get up.',
    actions: ['Calms the head and stops pain', 'Subdues rising yang'],
    indications: ['One-sided headache', 'Dizziness and vertigo', 'Toothache of the upper jaw', 'Stiffness of the lips', 'Nausea with headache'],
    commentary:
      'A local point on the top of the scalp, used for headache and dizziness when rising yang disturbs the head. Classical lists also mention upper toothache and stiffness of the lips. It is a meeting point of the gallbladder channel and the yang linking vessel.\n\nIt shares the pupil line with GB16 in front and GB18 behind, and their uses are close; in practice, press along the line, choose the most tender spot and needle it flat and backward along the channel. For headache with dizziness, a flushed face and a wiry pulse it is commonly combined with LR3 and GB20, joining near and distant points.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the top of the scalp.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang linking vessel (yang wei mai)' },
  },
  GB18: {
    area: 'Head — top of the scalp, in line with the pupil',
    location: 'On the head, 4 cun inside the front hairline, directly above the centre of the pupil; 1.5 cun behind GB17.',
    convention: 'WHO 2008',
    howToLocate: 'From GB17 measure 1.5 cun further back along the pupil line. The point lies on the upper back part of the skull, 4 cun from the hairline.',
    needling: {
      directions: 'Modern texts allow transverse insertion along the scalp, 0.5–0.8 cun, despite the classical prohibition (see cautions).',
    },
    sensation: 'Heaviness over the top of the head.',
    safety: { classical_no_needling: 'Listed in classical texts among the points not to be needled.' },
    cautions:
      'Classical sources forbade needling here; many practitioners still prefer a neighbouring point or use only shallow transverse insertion. Press after withdrawal.',
    actions: ['Clears the head', 'Benefits the nose', 'Eliminates wind'],
    indications: ['Headache and dizziness', 'Blocked nose, nosebleed', 'Pain of the eyes', 'Cough and breathlessness', 'Fever with aversion to wind'],
    commentary:
      'A little-used point on the top of the scalp, remembered mainly for its place on the classical list of points not to be needled. Its indications are those of its neighbours, headache and dizziness, with an extra emphasis on the nose.\n\nIt is a meeting point of the gallbladder channel and the yang linking vessel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the scalp among the points of the pupil line.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang linking vessel (yang wei mai)' },
  },
  GB19: {
    area: 'Head — back of the head, beside the occiput',
    location: 'On the back of the head, level with the upper border of the external occipital protuberance, directly above GB20.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the bump of the occipital protuberance on the midline and draw a level line out from its upper edge. Where that line crosses the vertical line rising from GB20 is the point, in a small hollow of the occipital bone.',
    needling: { directions: 'Insert along the scalp, 0.5–0.8 cun, usually downward toward GB20.' },
    sensation: 'An ache at the back of the head spreading into the neck.',
    safety: {},
    cautions:
      'Branches of the occipital artery and the greater occipital nerve run close by; press after withdrawal to prevent a haematoma. Insert flat along the bone, never forward and downward toward the skull base. Where turning the neck is badly restricted, rule out an injury of the cervical spine before needling.',
    actions: ['Eliminates wind', 'Benefits the head', 'Eases the neck'],
    indications: ['Occipital headache', 'Stiff neck that cannot turn', 'Dizziness', 'Tinnitus and deafness', 'Epilepsy, fright'],
    commentary:
      'The last of the pupil-line points, at the back of the skull. It is chosen for headache at the occiput and for a stiff neck, often together with GB20 directly below it. It is a meeting point of the gallbladder channel and the yang linking vessel.\n\nWhen occipital pain sits above the bony ridge, this point is often closer to it than GB20; needled flat downward toward GB20, one needle covers both. For a stiff, aching neck from long hours at a desk, it works better when the patient slowly moves the neck after needling.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point beside the occipital bone.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the point for a few minutes, keeping clear of the hair.',
      cupping: 'Hair prevents a seal.',
      guaSha: 'Light strokes with a comb-edged tool along the channel over the scalp.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang linking vessel (yang wei mai)' },
  },
  GB20: {
    area: 'Neck — below the skull, between the two large neck muscles',
    location:
      'At the back of the neck, below the occipital bone, in the hollow between the upper ends of the sternocleidomastoid and trapezius muscles, level with GV16.',
    convention: 'WHO 2008',
    howToLocate:
      'With the head slightly bent forward, run a thumb along the lower edge of the skull from the mastoid toward the midline. Just before the thick trapezius ridge the thumb sinks into a clear hollow, roughly level with the earlobe. Pressure here is usually sore and may be felt toward the eye.',
    needling: {
      directions:
        'Insert toward the tip of the nose, 0.8–1.2 cun; some texts allow angling toward the opposite eye, or a transverse thread across to the other GB20. Never direct the needle upward and inward toward the foramen magnum, and never go deep.',
    },
    sensation: 'A strong ache at the back of the head that often spreads to the temple, forehead or eye on the same side.',
    safety: {
      medulla: 'The brain stem lies deep and medial; aim for the tip of the nose, never upward and inward.',
      vessel: 'The vertebral artery runs deep in this region; stay within the given depth.',
    },
    cautions:
      'Keep the direction and depth strictly as given: too deep, or angled toward the opposite side of the skull base, risks the medulla and the vertebral artery. The patient should sit supported or lie prone, since a strong needle sensation here can cause fainting.',
    actions: [
      'Eliminates wind, both external and internal',
      'Clears the head and brightens the eyes',
      'Benefits the ears and nose',
      'Subdues rising liver yang',
      'Opens the channel and eases the neck',
    ],
    indications: [
      'Headache of any kind, dizziness, high blood pressure',
      'Common cold with chills, fever and stiff neck',
      'Red, painful eyes, blurred vision, tearing',
      'Blocked or running nose, nosebleed',
      'Tinnitus and deafness',
      'Aftermath of wind-stroke: hemiplegia, deviation of the mouth',
    ],
    commentary:
      'One of the most important points of the body for wind. Wind from outside enters through the back of the neck, and this point, with GV16 and BL10, expels it at the first stiffness, chills and headache of a cold. Wind from inside, rising liver yang and liver wind, also passes through here on its way to the head, so it is equally used for dizziness, high blood pressure and the sequelae of wind-stroke.\n\nIt is the main local point for the sense organs of the head: eyes, ears and nose all respond, and in eye disorders it is one of the first points chosen. For tension headache and a stiff neck it is usually the most tender place to press.\n\nIt is a meeting point of the gallbladder channel with the yang linking and yang motility vessels; some texts add the triple energizer channel.',
    classicalSources: [
      {
        work: 'Shang Han Lun (Treatise on Cold Damage), Zhang Zhongjing',
        note: 'Advises needling this point with GV16 when a taiyang disorder is not relieved by the first dose of the prescribed decoction.',
      },
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point below the occiput as a meeting of the foot shaoyang and the yang linking vessel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick for wind-cold; avoid cones near the hair.',
      cupping: 'The hollow sits at the hairline and a cup seals poorly.',
      guaSha: 'Strokes from the skull base down the neck for a cold or a stiff neck.',
    },
    classificationNotes: { meeting: 'Gallbladder channel with the yang linking (yang wei) and yang motility (yang qiao) vessels' },
  },
  GB21: {
    area: 'Shoulder — top of the trapezius',
    location: 'On top of the shoulder, at the midpoint of the line joining the spinous process of C7 and the outer tip of the acromion.',
    convention: 'WHO 2008',
    howToLocate:
      'Find C7, the most prominent bump at the base of the neck, and the outer tip of the acromion. Halfway between them, at the highest point of the trapezius, squeeze the muscle between thumb and fingers; the point is at the top of the fold and is usually very tender.',
    needling: {
      directions:
        'Lift the trapezius between the fingers and insert obliquely backward into the muscle, 0.3–0.8 cun. Textbooks that give perpendicular insertion of 0.5–0.8 cun all warn that the apex of the lung lies below; never insert deeply or downward.',
    },
    sensation: 'A heavy ache spreading over the shoulder, sometimes down the arm or up the neck.',
    safety: {
      pregnancy: 'Traditionally forbidden in pregnancy for its strong downward effect on qi.',
      lung: 'The apex of the lung lies under the point; deep or downward needling can cause a pneumothorax.',
    },
    cautions:
      'Do not needle in pregnancy. Keep the needle shallow and angled back into the muscle, never straight down. Strong stimulation can make weak patients faint, so treat them lying down.',
    actions: [
      'Relaxes the neck and shoulders and opens the channel',
      'Sends rebellious qi downward',
      'Benefits the breasts and promotes lactation',
      'Dissolves phlegm nodules',
    ],
    indications: [
      'Pain and stiffness of the neck and shoulders, inability to raise the arm',
      'Difficult labour, retained placenta (historically)',
      'Breast abscess, insufficient milk',
      'Swollen lymph nodes of the neck (scrofula)',
      'Headache and dizziness from rising qi',
    ],
    commentary:
      'One of the most used points for the tension that collects across the top of the shoulders, whether from stress, posture or a cold. Pressing or squeezing it is a mainstay of massage.\n\nIts strong descending action was once used to speed labour and expel a retained placenta, which is the origin of the rule against using it in pregnancy. The same descending and spreading action makes it useful for breast problems: swelling and pain, abscess, and milk that will not flow.\n\nIt is a meeting point of the gallbladder, triple energizer and stomach channels and the yang linking vessel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on top of the shoulder as a meeting of the hand and foot shaoyang and the yang linking vessel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or warm needle for cold, stiff shoulders; not in pregnancy.',
      cupping: 'Stationary or sliding cups across the top of the shoulders.',
      bloodletting: 'Pricking followed by cupping for acute stiffness with heat.',
      guaSha: 'Strokes from the neck out toward the shoulder.',
    },
    classificationNotes: { meeting: 'Gallbladder, triple energizer and stomach channels and yang linking vessel (yang wei mai)' },
  },
  GB22: {
    area: 'Chest — side, below the armpit',
    location: 'On the side of the chest, in the 4th intercostal space on the midaxillary line, about 3 cun below the apex of the armpit.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient raise the arm. From the top of the armpit go straight down the midaxillary line 3 cun and feel for the space between the ribs; the point is in the 4th intercostal space, level with or just above the nipple in a man.',
    needling: {
      directions: 'Insert transversely or obliquely along the intercostal space, 0.3–0.5 cun (some texts 0.5–0.8). Never perpendicular.',
    },
    sensation: 'Local distension spreading along the rib space.',
    safety: {
      lung: 'The pleura and lung lie just under the intercostal muscles; needle along the rib space only.',
      classical_no_moxibustion: 'Several classical texts forbid moxibustion at this point.',
    },
    cautions: 'Insert only along the intercostal space and keep it shallow. Classical sources warn against moxibustion here.',
    actions: ['Opens the chest and regulates qi', 'Eases the armpit and side', 'Opens the channel of the arm'],
    indications: [
      'Fullness of the chest',
      'Pain of the side of the chest and ribs',
      'Swelling of the armpit, swollen axillary nodes',
      'Inability to raise the arm',
    ],
    commentary:
      'After the shoulder the channel drops into the armpit and runs down the side of the chest. GB22 is a local point for pain and fullness there and for swellings in the armpit.\n\nIt is seldom used; the main considerations are the closeness of the lung and the old warning against moxibustion.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point below the armpit and its use for swellings there.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Forbidden in several classical texts.',
      cupping: 'A small cup on the side of the chest only, with the arm raised.',
      guaSha: 'Along the intercostal space.',
    },
    classificationNotes: {},
  },
  GB23: {
    area: 'Chest — side, in front of the midaxillary line',
    location: 'On the side of the chest, in the 4th intercostal space, 1 cun in front of the midaxillary line (1 cun anterior to GB22).',
    convention: 'WHO 2008',
    howToLocate: 'Find GB22 in the 4th intercostal space on the midaxillary line and move 1 cun forward along the same rib space.',
    needling: {
      directions: 'Insert transversely or obliquely along the intercostal space, 0.3–0.5 cun. Never perpendicular or deep.',
    },
    sensation: 'Distension along the rib space.',
    safety: { lung: 'Over the intercostal space, with the pleura just below; needle along the rib space only.' },
    cautions:
      'The pleura lies just beneath the intercostal muscles: keep the needle shallow and along the rib space, never perpendicular, especially in thin patients or those with emphysema. If the patient becomes breathless or has chest pain after needling, suspect a pneumothorax and seek medical assessment at once.',
    actions: ['Opens the chest and sends rebellious qi down', 'Harmonises the stomach', 'Eases the side of the chest'],
    indications: ['Fullness of the chest and pain of the ribs', 'Wheezing and shortness of breath', 'Vomiting and sour regurgitation', 'Sighing, low mood'],
    commentary:
      'A local point for the side of the chest. Beyond pain and fullness, classical lists give it for wheezing that prevents lying down and for vomiting with acid, which reflects the gallbladder’s influence on the descent of stomach and lung qi.\n\nIt is a meeting point of the gallbladder and bladder channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the side of the chest.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick a few minutes.',
      cupping: 'A small cup only, with the arm raised.',
      guaSha: 'Along the intercostal space.',
    },
    classificationNotes: { meeting: 'Gallbladder and bladder channels' },
  },
  GB24: {
    area: 'Chest — below the nipple, 7th intercostal space',
    location: 'On the front of the chest, in the 7th intercostal space, 4 cun lateral to the midline, directly below the nipple in a man.',
    convention: 'WHO 2008',
    howToLocate:
      'Drop a line from the nipple (or, in women, the midclavicular line 4 cun from the midline). Count the rib spaces down from the 4th at the nipple: the point is in the 7th space, one space below LR14.',
    needling: {
      directions: 'Insert transversely or obliquely outward along the intercostal space, 0.3–0.5 cun (some texts up to 0.8 cun). Never perpendicular.',
    },
    sensation: 'A distension along the rib space, sometimes spreading into the upper abdomen.',
    safety: {
      lung: 'The lower edge of the lung and the pleura lie under the 7th rib space.',
      organ: 'The liver lies beneath on the right, the stomach and spleen on the left; deep needling can injure them.',
    },
    cautions: 'Needle only along the rib space and never deep, especially in thin patients and when the liver or spleen is enlarged.',
    actions: ['Spreads liver qi and benefits the gallbladder', 'Resolves damp-heat', 'Harmonises the middle burner', 'Sends rebellious qi downward'],
    indications: [
      'Pain of the ribs and the right upper abdomen, gallbladder pain',
      'Jaundice and a bitter taste',
      'Nausea, vomiting, sour regurgitation, hiccup',
      'Frequent sighing, low mood',
      'Distension of the abdomen',
    ],
    commentary:
      'The front-mu point of the gallbladder, where the qi of the organ gathers on the front of the body. Tenderness here is a classical sign of gallbladder disease, and the point is needled with GB34 and the back-shu point BL19 for pain under the ribs, jaundice and the bitter taste of gallbladder heat.\n\nBecause the gallbladder governs decisions, a few traditions also use it for indecision and hesitancy.\n\nIt is a meeting point of the gallbladder and spleen channels and the yang linking vessel.',
    classicalSources: [
      {
        work: 'Su Wen (Plain Questions), chapter 47',
        note: 'Treats a bitter taste from gallbladder heat with the gallbladder’s front-mu and back-shu points.',
      },
      {
        work: 'Mai Jing (Pulse Classic), Wang Shuhe',
        note: 'Lists it as the collecting (front-mu) point of the gallbladder.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick; avoided when there is damp-heat with fever.',
      cupping: 'A light cup only; the area is over the lower ribs.',
      guaSha: 'Gently along the rib space.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the gallbladder',
      meeting: 'Gallbladder and spleen channels and yang linking vessel (yang wei mai)',
    },
  },
  GB25: {
    area: 'Abdomen — side, below the tip of the 12th rib',
    location: 'On the side of the abdomen, just below the free end of the 12th rib.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient lying on the side, follow the lower edge of the rib cage backward past the tip of the 11th rib until you reach the short, floating 12th rib. The point is just below its free end.',
    needling: {
      directions: 'Insert perpendicularly or obliquely, 0.5–0.8 cun (some texts up to 1 cun). Deeper insertion risks the kidney.',
    },
    sensation: 'A local ache that may spread around the waist or into the lower back.',
    safety: { organ: 'The kidney lies deep to the point; do not needle deeply.' },
    cautions:
      'The kidney lies deep to the point and thin people have little muscle over it: stay within the stated depth and do not angle the needle inward toward the kidney. Avoid vigorous lifting and thrusting, and do not needle here when the kidney is known to be enlarged or the flank is acutely tender.',
    actions: ['Benefits the kidneys and the waist', 'Regulates the water passages', 'Strengthens the spleen and regulates the intestines'],
    indications: [
      'Difficult or scanty urination, oedema',
      'Lower back pain that makes standing difficult',
      'Rumbling in the intestines, diarrhoea',
      'Pain of the ribs and side',
      'Abdominal distension',
    ],
    commentary:
      'The front-mu point of the kidney, though it lies on the gallbladder channel. It is used for kidney-related urinary problems and water retention, and for lower back pain with weakness, often combined with BL23, the back-shu point of the kidney.\n\nIts classical indications also include diarrhoea and rumbling of the intestines when the kidneys fail to warm the spleen.',
    classicalSources: [
      {
        work: 'Mai Jing (Pulse Classic), Wang Shuhe',
        note: 'Lists it as the collecting (front-mu) point of the kidney.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick 10–15 minutes or several cones.' },
    classificationNotes: { front_mu: 'Front-mu point of the kidney' },
  },
  GB26: {
    area: 'Abdomen — side, level with the navel',
    location: 'On the side of the abdomen, directly below the free end of the 11th rib, level with the centre of the umbilicus.',
    convention: 'WHO 2008',
    howToLocate: 'Find the free tip of the 11th rib (LR13) on the side of the trunk. Drop straight down from it to the level of the navel.',
    needling: { directions: 'Insert straight in, 0.5–1 cun (some texts give up to 1.5 cun).' },
    sensation: 'A distension that may spread around the waist or into the lower abdomen.',
    safety: {
      pregnancy: 'On the side of the abdomen and acting on the girdling vessel and the uterus; do not needle in pregnancy.',
    },
    cautions: 'Do not needle in pregnancy. Deep needling is avoided in thin patients, as the abdominal cavity is close.',
    actions: [
      'Regulates the girdling vessel (dai mai)',
      'Regulates menstruation and stops vaginal discharge',
      'Clears damp-heat from the lower burner',
      'Eases pain of the waist and side',
    ],
    indications: ['Irregular or absent periods', 'Vaginal discharge', 'Pain of the lower abdomen', 'Pain of the waist and flank', 'Hernia-type pain'],
    commentary:
      'The girdling vessel is the only channel that runs around the body horizontally, binding the vertical channels at the waist like a belt. This point, which carries its name, is where the gallbladder channel meets it, and it is the main point for treating that vessel.\n\nIn practice it is used for gynaecological conditions of damp-heat, such as vaginal discharge and irregular periods, and for a heavy, dragging feeling around the waist.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point below the 11th rib as a meeting of the foot shaoyang and the girdling vessel.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick 10–15 minutes or several cones; not in pregnancy.' },
    classificationNotes: { meeting: 'Gallbladder channel and girdling vessel (dai mai)' },
  },
  GB27: {
    area: 'Abdomen — lower side, inside the front of the hip bone',
    location: 'On the lower abdomen, 3 cun below the level of the umbilicus, just medial to the anterior superior iliac spine.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the anterior superior iliac spine, the bony point at the front of the hip. At the level 3 cun below the navel (level with CV4), press just inside the spine into the soft hollow.',
    needling: { directions: 'Insert straight in, 0.8–1.5 cun; in thin patients keep to the lower figure.' },
    sensation: 'A distension spreading into the lower abdomen or the groin.',
    safety: {
      pregnancy: 'On the lower abdomen and acting on the girdling vessel and the uterus; do not needle in pregnancy.',
    },
    cautions: 'Do not needle in pregnancy. In thin patients keep the needle shallow: the abdominal cavity is close.',
    actions: ['Regulates the girdling vessel and the lower burner', 'Transforms dampness and stops discharge', 'Eases pain'],
    indications: [
      'Vaginal discharge',
      'Prolapse of the uterus',
      'Pain of the lower abdomen',
      'Hernia-type pain of the groin',
      'Pain of the lower back and hip',
    ],
    commentary:
      'A second point of the girdling vessel, on the front of the hip. Its uses overlap with GB26 and GB28: discharge, prolapse and lower abdominal pain. It is a meeting point of the gallbladder channel and the girdling vessel.\n\nOf the three, GB26 at the level of the navel is chosen for heaviness of the waist and irregular periods, while this point and GB28, lower and nearer the groin, suit a dragging pain in the lower abdomen and groin. Palpate just inside the iliac spine: a tender, cord-like spot often shows which side to treat first.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point as a meeting of the foot shaoyang and the girdling vessel.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick 10–15 minutes or several cones; not in pregnancy.' },
    classificationNotes: { meeting: 'Gallbladder channel and girdling vessel (dai mai)' },
  },
  GB28: {
    area: 'Abdomen — lower side, below and in front of GB27',
    location: 'On the lower abdomen, half a cun in front of and below GB27, just medial and inferior to the anterior superior iliac spine.',
    convention: 'WHO 2008',
    howToLocate:
      'From GB27, move half a cun diagonally down and toward the front, staying just inside the anterior superior iliac spine, above the inguinal groove.',
    needling: { directions: 'Insert obliquely downward and forward, toward the pubic region, 0.8–1.5 cun.' },
    sensation: 'A distension spreading into the lower abdomen or the groin.',
    safety: {
      pregnancy: 'On the lower abdomen and acting on the girdling vessel and the uterus; do not needle in pregnancy.',
    },
    cautions: 'Do not needle in pregnancy. Angle the needle along the inguinal region rather than straight into the abdomen in thin patients.',
    actions: ['Regulates the girdling vessel and the lower burner', 'Lifts what has sunk', 'Transforms dampness'],
    indications: ['Prolapse of the uterus', 'Vaginal discharge', 'Pain of the lower abdomen', 'Pain of the hip and lower back'],
    commentary:
      'The third point of the girdling vessel. Its main modern use is for prolapse of the uterus and vaginal discharge, often with GB26 and GB27. It is a meeting point of the gallbladder channel and the girdling vessel.\n\nFor prolapse it is needled obliquely downward toward the pubic region so that the sensation spreads into the lower abdomen, and combined with points that raise the qi such as GV20 and CV6, the latter often warmed with moxa. It is also a local point for pain at the front of the hip and in the groin.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point as a meeting of the foot shaoyang and the girdling vessel.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick 10–15 minutes or several cones; not in pregnancy.' },
    classificationNotes: { meeting: 'Gallbladder channel and girdling vessel (dai mai)' },
  },
  GB29: {
    area: 'Hip — side, between the iliac spine and the trochanter',
    location: 'On the side of the hip, at the midpoint of the line between the anterior superior iliac spine and the prominence of the greater trochanter.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient lying on the side, find the anterior superior iliac spine and the bony prominence of the greater trochanter. The point is in the hollow halfway between them.',
    needling: {
      directions: 'Insert straight in, 1–1.5 cun (up to 2 cun in heavy patients), or obliquely downward for pain spreading down the leg.',
    },
    sensation: 'A deep ache in the hip that may spread toward the groin or down the side of the thigh.',
    safety: {},
    cautions:
      'Little risk here: the point lies in thick muscle away from large vessels and nerve trunks. The lateral femoral cutaneous nerve passes in front of it, though, and a tingling down the outer thigh means it has been touched; redirect the needle. A strong, spreading ache is expected, so warn the patient, and have them stay still on their side while the needles are in.',
    actions: ['Benefits the hip joint', 'Opens the channel and eases pain'],
    indications: [
      'Pain and stiffness of the hip',
      'Lower back pain radiating to the groin or thigh',
      'Weakness or paralysis of the leg',
      'Sciatica of the lateral type',
    ],
    commentary:
      'A local point for the hip joint, useful when pain is felt at the side or front of the hip rather than in the buttock. It is often paired with GB30 for hip and leg pain. It is a meeting point of the gallbladder channel and the yang motility vessel.\n\nIt is preferred to GB30 when the hip itself is stiff and movement hurts, especially turning the leg inward or bending the hip, as in arthritis of the hip or bursitis over the trochanter. Palpate between the iliac spine and the trochanter, needle the most tender spot, and follow with gentle stretching of the hip.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the hip as a meeting of the foot shaoyang and the yang motility vessel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 10–15 minutes or several cones.',
      cupping: 'With the patient lying on the side.',
    },
    classificationNotes: { meeting: 'Gallbladder channel and yang motility vessel (yang qiao mai)' },
  },
  GB30: {
    area: 'Hip — buttock, behind the greater trochanter',
    location:
      'In the buttock, one third of the way along the line from the prominence of the greater trochanter to the sacral hiatus (the junction of its lateral third and medial two thirds).',
    convention:
      'WHO 2008 main location (the Chinese one); palpated with the patient lying on the side, thigh flexed. WHO lists this as one of six points with an alternative location, shown separately.',
    howToLocate:
      'Have the patient lie on the side with the upper hip and knee bent. Find the top of the greater trochanter and the sacral hiatus at the lower end of the sacrum, and divide the line between them into thirds. The point is at the end of the outer third, in a hollow of the gluteus maximus. A quick method: rest the crease of the thumb joint on the trochanter with the thumb pointing to the spine; the tip of the thumb lands close to the point.',
    alternative:
      'The alternative location, the one long used in Japan, lies on the side of the hip rather than in the buttock: one third of the way from the prominence of the greater trochanter toward the anterior superior iliac spine, in the hollow in front of and above the trochanter.',
    needling: {
      directions:
        'Use a long needle and insert straight in, 2–3 cun (textbooks range from 1.5 to 3.5 cun), angled slightly toward the genitals. For sciatica, aim to produce a sensation that travels down the leg; if the nerve is touched, withdraw slightly rather than manipulating.',
    },
    sensation: 'A deep ache in the buttock, or an electric sensation running down the back or side of the leg to the foot.',
    safety: {
      nerve: 'The sciatic nerve lies deep to the point; avoid repeated forceful manipulation once it is touched.',
    },
    cautions:
      'An electric shock down the leg means the needle is at the sciatic nerve: stop, lift a little and do not keep stimulating. Long needles bend in the thick gluteal muscles, so patients must stay still.',
    actions: ['Opens the channel and stops pain', 'Benefits the hip and the leg', 'Expels wind and dampness', 'Strengthens the lower back and legs'],
    indications: [
      'Sciatica, pain of the buttock and hip',
      'Pain of the lower back spreading down the leg',
      'Weakness, numbness or paralysis of the leg, hemiplegia',
      'Wind-damp joint pain of the lower limbs',
      'Itchy rashes of the whole body (classical)',
    ],
    commentary:
      'The key point for the hip and leg, and the first choice for sciatica. Deeply needled, it spreads its effect down the whole leg, which is why it heads most treatments for pain and weakness of the lower limb, from sciatica and hip arthritis to hemiplegia after a stroke. Texts that use it for sciatica note that a sensation travelling to the foot is what the practitioner looks for.\n\nIt is one of Ma Danyang’s heavenly star points and one of the nine needles for returning the yang, and a meeting point of the gallbladder and bladder channels, which explains its reach over both the side and the back of the leg.\n\nThe WHO standard gives it an alternative location. The main, Chinese location is in the buttock over the path of the sciatic nerve; the alternative sits at the side of the hip, in front of the trochanter. The atlas shows both.',
    classicalSources: [
      {
        work: 'Ma Danyang, Song of the Twelve Heavenly Star Points (Song–Yuan era)',
        note: 'Includes it among the twelve heavenly star points, for pain of the hip and leg.',
      },
      {
        work: 'Zhen Jiu Da Cheng (Great Compendium of Acupuncture and Moxibustion, 1601)',
        note: 'Lists it among the nine points for returning the yang.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Warm needle or a moxa box for cold-damp pain of the hip.',
      cupping: 'A large cup over the buttock, alone or after needling.',
      bloodletting: 'Pricking and cupping for stubborn, fixed pain with stagnation.',
      guaSha: 'Over the buttock and down the side of the thigh.',
    },
    classificationNotes: {
      meeting: 'Gallbladder and bladder channels',
      heavenly_star: 'One of Ma Danyang’s twelve heavenly star points',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  GB31: {
    area: 'Thigh — lateral, behind the iliotibial band',
    location:
      'On the side of the thigh, in the hollow just behind the iliotibial band where the tip of the middle finger rests when standing with the arms hanging at the sides; WHO gives no cun figure, and measured proportionally on this atlas it lies about 9 cun above the popliteal crease.',
    convention:
      'WHO 2008: the finger-tip location, posterior to the iliotibial band, with no cun figure. Older Chinese textbooks put it 7 cun above the popliteal crease.',
    howToLocate:
      'Ask the patient to stand straight with the arms relaxed and the palms against the thighs. Where the tip of the middle finger touches the side of the thigh, feel for the hollow just behind the firm iliotibial band. Check by measure: the trochanter to the popliteal crease is 19 cun, and the point is about 9 cun above the crease.',
    needling: {
      directions: 'Insert straight in, 1–1.5 cun (up to 2 cun in a heavy thigh), or obliquely up or down the channel for pain that travels.',
    },
    sensation: 'An ache or distension spreading along the side of the thigh, sometimes to the knee.',
    safety: {},
    cautions:
      'No large vessel or nerve trunk lies under the point, but the thigh muscles are thick and the needle is long, so the patient should stay still while it is in; those prone to fainting are better needled lying on the side. When it is used for itching rashes, do not insert through broken or infected skin.',
    actions: ['Expels wind and stops itching', 'Opens the channel and eases pain', 'Strengthens the legs'],
    indications: [
      'Itching of the whole body, urticaria',
      'Pain, numbness or weakness of the side of the thigh',
      'Sciatica of the lateral type',
      'Hemiplegia, leg weakness after wind-stroke',
      'Pain of the knee',
    ],
    commentary:
      'The "wind market" is the main point on the leg for wind in the skin: itching that moves about, hives and other rashes that come and go quickly. It is combined with LI11 and SP10 for that purpose.\n\nIt is also an important point for the leg itself: pain, numbness and weakness along the side of the thigh, lateral sciatica and the leg weakness of hemiplegia.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Moxa stick 10–15 minutes or several cones.' },
    classificationNotes: {},
  },
  GB32: {
    area: 'Thigh — lateral, behind the iliotibial band',
    location: 'On the side of the thigh, just behind the iliotibial band, 7 cun above the popliteal crease; 2 cun below GB31.',
    convention: 'WHO 2008 (7 B-cun above the popliteal crease). Older Chinese textbooks give 5 cun above the crease, 2 cun below their GB31.',
    howToLocate: 'Find GB31 and move 2 cun straight down the side of the thigh, staying in the groove behind the iliotibial band.',
    needling: { directions: 'Insert straight in, 1–1.5 cun (some texts 0.7–1 cun).' },
    sensation: 'An ache spreading along the side of the thigh.',
    safety: {},
    cautions:
      'No large vessel or nerve lies under the point; the main points of care are clean technique and asking the patient not to move, since a long needle sits in thick muscle. Avoid varicose veins and broken skin on the outer thigh.',
    actions: ['Expels wind, cold and dampness', 'Opens the channel and eases pain'],
    indications: ['Pain and numbness of the side of the thigh', 'Weakness of the leg', 'Hemiplegia', 'Wind-damp pain of the knee'],
    commentary:
      'A local point of the thigh, used in chains with GB30, GB31 and GB34 for pain, numbness or weakness along the side of the leg.\n\nIts name, "middle ditch", pictures the groove between the iliotibial band and the hamstrings where it lies.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the side of the thigh.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick 10–15 minutes or several cones.' },
    classificationNotes: {},
  },
  GB33: {
    area: 'Knee — lateral, above the joint',
    location:
      'On the outer side of the knee, in the hollow between the biceps femoris tendon and the iliotibial band, just above and behind the lateral epicondyle of the femur.',
    convention: 'WHO 2008',
    howToLocate:
      'With the knee bent, find the lateral epicondyle of the femur on the outside of the knee. Just above and behind it, between the firm iliotibial band in front and the biceps femoris tendon behind, is a hollow: that is the point, about 3 cun above GB34.',
    needling: { directions: 'Insert straight in, 0.8–1.2 cun, with the knee slightly bent.' },
    sensation: 'An ache spreading around the knee.',
    safety: {},
    cautions:
      'The point lies just above the knee joint: keep the needle in the hollow and do not push into the joint space, which must stay sterile. The superior lateral genicular vessels run nearby, so press after withdrawal. Do not needle an acutely hot, swollen knee until infection has been ruled out.',
    actions: ['Relaxes the sinews and benefits the knee', 'Expels wind and dampness'],
    indications: ['Pain and swelling of the outer knee', 'Stiffness of the knee, inability to bend it', 'Numbness of the lower leg', 'Cramping of the calf'],
    commentary:
      'A local point for the outer side of the knee, used for arthritis, iliotibial band friction and any lateral knee pain, usually with GB34 below it.\n\nNot to be confused with GV3, whose name is also Yangguan; this one is called "knee" Yangguan to tell them apart.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point above the lateral knee, under the name Yangguan.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or warm needle for cold, stiff knees.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: {},
  },
  GB34: {
    area: 'Leg — lateral, below the knee',
    location: 'On the outer side of the leg, in the hollow in front of and below the head of the fibula.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the rounded head of the fibula on the outer side of the leg just below the knee. Slide the finger forward and down off it into the soft hollow between the fibula and the tibia; the point is there, usually tender. It lies roughly level with SP9 on the inner side.',
    needling: {
      directions: 'Insert straight in, 1–1.5 cun, or obliquely downward; for a strong effect some practitioners aim toward SP9 on the other side of the leg.',
    },
    sensation: 'An ache or electric sensation spreading down the outer side of the leg to the foot.',
    safety: {
      nerve: 'The common fibular nerve winds round the neck of the fibula just behind and below; a shock down the leg means it has been touched.',
    },
    cautions: 'If an electric sensation shoots down the leg, do not keep stimulating; lift the needle slightly and redirect.',
    actions: [
      'Benefits the sinews and joints',
      'Spreads liver qi and benefits the gallbladder',
      'Clears damp-heat from the liver and gallbladder',
      'Harmonises the shaoyang',
      'Opens the channel and stops pain',
    ],
    indications: [
      'Pain, stiffness and weakness of the knee and leg, cramps',
      'Hemiplegia, contracted or flaccid limbs',
      'Pain under the ribs, gallbladder pain, bitter taste',
      'Jaundice, nausea and vomiting',
      'Pain of the shoulder and side of the body (distal point)',
    ],
    commentary:
      'The meeting point of the sinews: whatever the location, tendons and muscles that are tight, cramped, weak or painful respond to it. That makes it one of the most used points for the knee, for hemiplegia and for stiffness anywhere, including a frozen shoulder, where it is needled while the patient moves the arm.\n\nAs the sea point and lower sea point of the gallbladder it acts directly on the organ: pain under the right ribs, gallstones, jaundice and a bitter taste, often with GB24 and the extra point Dannang found just below it.\n\nIt is also one of Ma Danyang’s heavenly star points.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the sea point of the gallbladder channel.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 4',
        note: 'Gives it as the lower sea point through which the gallbladder organ is treated.',
      },
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 45',
        note: 'Lists it as the meeting point of the sinews.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or warm needle for cold, weak legs.',
      cupping: 'Small cup only; the area is bony.',
      guaSha: 'Along the outer side of the leg.',
    },
    classificationNotes: {
      lower_sea: 'Lower sea point of the gallbladder',
      influential: 'Sinews',
      heavenly_star: 'One of Ma Danyang’s twelve heavenly star points',
    },
  },
  GB35: {
    area: 'Leg — lateral, behind the fibula',
    location: 'On the outer side of the leg, just behind the fibula, 7 cun above the prominence of the lateral malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the midpoint between the popliteal crease and the lateral malleolus (8 cun up) and come 1 cun back down: that is 7 cun above the malleolus. Feel for the back edge of the fibula at that level; the point is just behind it. GB36 is at the same level, in front of the bone.',
    needling: { directions: 'Insert straight in, 0.8–1.2 cun (some texts 0.5–0.8 cun).' },
    sensation: 'An ache spreading down the outer leg.',
    safety: {},
    cautions:
      'The fibular (peroneal) vessels lie deep behind the fibula; stay within the stated depth. An electric feeling into the foot means a branch of the fibular nerve has been touched: lift the needle slightly. With sudden severe pain in the leg, rule out a deep vein thrombosis or a fracture before treating it as a channel problem.',
    actions: ['Opens the channel and stops pain', 'Calms the mind', 'Eases the chest and sides'],
    indications: ['Pain and weakness of the outer leg, sciatica', 'Fullness of the chest and sides', 'Swelling of the face', 'Fright, mania (classical)'],
    commentary:
      'The cleft point of the yang linking vessel. Like other cleft points it is used for acute, severe pain along its pathway, here the outer side of the leg and the flanks.\n\nClassical lists also include agitation, fright and manic behaviour.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Names it the cleft point of the yang linking vessel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: { cleft: 'Cleft (xi) point of the yang linking vessel (yang wei mai)' },
  },
  GB36: {
    area: 'Leg — lateral, in front of the fibula',
    location: 'On the outer side of the leg, just in front of the fibula, 7 cun above the prominence of the lateral malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'At the same level as GB35, 7 cun above the lateral malleolus, move to the front edge of the fibula. The point is in the groove there, between the fibula and the peroneal muscles.',
    needling: { directions: 'Insert straight in, 0.5–1 cun.' },
    sensation: 'A local ache spreading down the leg.',
    safety: {},
    cautions:
      'The superficial fibular nerve runs in the groove in front of the fibula; a tingling toward the top of the foot means it has been touched, so lift and redirect. Stay within the stated depth, and do not needle through red, swollen or infected skin of the leg.',
    actions: ['Opens the channel and stops acute pain', 'Clears heat and resolves toxin'],
    indications: [
      'Acute pain of the outer leg',
      'Pain of the neck, chest and sides along the channel',
      'Wind-damp pain of the leg',
      'Bites of rabid animals (classical)',
    ],
    commentary:
      'The cleft point of the gallbladder channel, used, as cleft points are, for acute and painful conditions of the channel, from the side of the neck to the ribs and the leg.\n\nOlder texts also give it as an emergency point after bites by rabid dogs, a reminder of its role in clearing toxin.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Names it the cleft point of the foot shaoyang channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: { cleft: 'Cleft (xi) point of the gallbladder channel' },
  },
  GB37: {
    area: 'Leg — lateral, lower third',
    location: 'On the outer side of the leg, just in front of the fibula, 5 cun above the prominence of the lateral malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure 5 cun above the lateral malleolus (a little below the middle of the lower leg) and press into the groove at the front edge of the fibula.',
    needling: {
      directions: 'Insert straight in, 0.7–1 cun, or obliquely upward so that the sensation travels up the channel.',
    },
    sensation: 'An ache spreading along the outer leg, sometimes upward.',
    safety: {},
    cautions:
      'The superficial fibular nerve pierces the deep fascia close to this level; an electric sensation toward the top of the foot means it has been touched, so withdraw slightly and redirect. Although this is a point for the eyes, sudden loss of vision or a severely painful red eye needs prompt medical assessment.',
    actions: ['Benefits the eyes', 'Spreads liver qi and clears heat', 'Expels wind and dampness', 'Opens the channel'],
    indications: [
      'Eye pain, night blindness, blurred or failing vision',
      'Itching and redness of the eyes',
      'Distending pain of the breasts',
      'Pain, weakness or coldness of the lower leg',
    ],
    commentary:
      'The connecting point of the gallbladder channel, from which a vessel crosses to the liver channel. "Bright light" names its main use: the eyes, which the liver opens into. It is combined with LR3 or with local points such as GB1 and BL1 for both painful, red eyes and failing sight.\n\nIt also eases breast distension and is a local point for the lower leg.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Describes the connecting vessel of the foot shaoyang branching from this point.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: { connecting: 'Luo-connecting point, linking to the liver channel' },
  },
  GB38: {
    area: 'Leg — lateral, lower third',
    location: 'On the outer side of the leg, just in front of the fibula, 4 cun above the prominence of the lateral malleolus.',
    convention: 'WHO 2008',
    howToLocate: 'From the lateral malleolus measure 4 cun up (1 cun below GB37) and press into the groove at the front edge of the fibula.',
    needling: { directions: 'Insert straight in, 0.5–1 cun.' },
    sensation: 'A local ache spreading toward the foot.',
    safety: {},
    cautions:
      'The superficial fibular nerve runs close in front of the fibula here: withdraw slightly if an electric sensation shoots toward the foot. Stay within the stated depth and press after withdrawal.',
    actions: ['Clears heat from the gallbladder channel', 'Spreads liver qi', 'Benefits the sinews and opens the channel'],
    indications: [
      'One-sided headache, pain at the outer corner of the eye',
      'Pain of the ribs and sides',
      'Swelling of the armpit, swollen neck nodes',
      'Pain along the outer leg',
      'Bitter taste, sighing',
    ],
    commentary:
      'The river point and the fire point of the gallbladder channel; as fire is the child of wood, it is the sedation point, used to drain excess heat from the channel. It is a distal point for one-sided headache and pain anywhere along the channel, from the eye to the ribs and the leg.\n\nIt is chosen over its neighbours when the picture is hot and full: a throbbing temporal headache with a bitter taste, pain in the sides that worsens with anger, swollen glands of the neck or armpit. It is needled with a reducing method and usually combined with a local point at the site of pain, such as GB20 for the head or GB24 for the ribs.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the river point of the gallbladder channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: {},
  },
  GB39: {
    area: 'Leg — lateral, above the ankle',
    location: 'On the outer side of the leg, just in front of the fibula, 3 cun above the prominence of the lateral malleolus.',
    convention: 'WHO 2008 (anterior to the fibula). Some textbooks place it in the hollow behind the fibula, between the bone and the peroneal tendons.',
    howToLocate: 'Measure 3 cun (four finger-breadths) above the lateral malleolus and press into the groove at the front edge of the fibula.',
    needling: { directions: 'Insert straight in, 0.5–1 cun.' },
    sensation: 'A local ache spreading to the ankle or foot.',
    safety: {},
    cautions:
      'The superficial fibular nerve and small vessels lie close to the fibula; withdraw slightly on an electric sensation and press after withdrawal. When it is needled for a stiff neck while the patient turns the head, the movement should be slow and within comfort. A stiff neck with fever, severe headache or numbness of the arms needs medical assessment first.',
    actions: ['Benefits essence and marrow', 'Strengthens bones and sinews', 'Expels wind and dampness', 'Opens the channel and eases the neck'],
    indications: [
      'Stiff neck, inability to turn the head',
      'Weakness and wasting of the legs, hemiplegia',
      'Pain of the ankle and outer leg',
      'Pain of the ribs and sides',
      'Chronic weakness of bones and joints in the elderly',
    ],
    commentary:
      'The meeting point of the marrow, which in Chinese medicine fills the bones, the spinal cord and the brain. It is therefore used for weakness of bones and for conditions of the spinal cord and brain, often with the kidney points, as well as for leg weakness after stroke.\n\nIts most practical use is for an acutely stiff neck: needled while the patient slowly turns the head, it often frees movement at once.\n\nIts alternative name Juegu, "severed bone", describes the place where the fibula seems to disappear under the muscles above the ankle.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 45',
        note: 'Lists Juegu as the meeting point of the marrow.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: { influential: 'Marrow' },
  },
  GB40: {
    area: 'Foot — ankle, in front of and below the lateral malleolus',
    location:
      'At the front outer corner of the ankle, in the hollow lateral to the tendon of extensor digitorum longus, in front of and below the lateral malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient lift the toes so the extensor tendons stand out. Just outside the outermost tendon, in front of and below the tip of the lateral malleolus, the finger sinks into a distinct hollow (the sinus tarsi).',
    needling: {
      directions: 'Insert straight in, 0.5–0.8 cun. For ankle disorders it may be directed deeply toward KI6 on the inner side of the ankle, 1.5–2 cun.',
    },
    sensation: 'A strong local ache filling the ankle.',
    safety: {},
    cautions:
      'The point lies over the sinus tarsi, next to the ankle joint: use strict clean technique and do not needle into a hot, swollen joint. Through-needling toward KI6 is a deep technique for experienced hands only. In an acute sprain, rule out a fracture first and avoid heavy manipulation while the ankle is swollen.',
    actions: ['Spreads liver qi and benefits the gallbladder', 'Clears damp-heat', 'Benefits the ankle and opens the channel'],
    indications: [
      'Sprain, swelling and pain of the ankle',
      'Pain of the ribs and sides, sighing',
      'One-sided headache, pain of the neck',
      'Pain and swelling of the armpit',
      'Weakness and wasting of the legs',
    ],
    commentary:
      'The source point of the gallbladder channel. It is the main local point for a sprained ankle on the outer side, and a distal point for stagnant liver qi and gallbladder disorders: pain under the ribs, sighing and one-sided headache.\n\nNeedled through toward KI6 it treats the whole ankle joint at once.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the source point of the gallbladder channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: { source: 'Yuan-source point of the gallbladder channel' },
  },
  GB41: {
    area: 'Foot — dorsum, between the 4th and 5th metatarsals',
    location:
      'On the top of the foot, just in front of the junction of the bases of the 4th and 5th metatarsal bones, in the hollow lateral to the tendon of extensor digitorum longus that goes to the little toe.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger back along the groove between the 4th and 5th metatarsals, from the toes toward the ankle, until it is stopped where the two bones meet. The point is in the hollow just in front of that junction, on the outer side of the little-toe extensor tendon (lift the little toe to see it).',
    needling: { directions: 'Insert straight in, 0.3–0.5 cun (some texts 0.5–0.8 cun).' },
    sensation: 'A sharp local ache, sometimes spreading toward the toes.',
    safety: {},
    cautions:
      'The dorsal venous network of the foot lies close by; press after withdrawal to prevent bruising. Use strict clean technique on the foot, especially in patients with diabetes or poor circulation, in whom small wounds heal slowly. Although this is a point for the breasts, a breast lump needs proper medical assessment.',
    actions: [
      'Spreads liver qi and benefits the chest and breasts',
      'Opens the girdling vessel',
      'Clears the head and eyes',
      'Dissolves phlegm nodules',
      'Opens the channel and eases pain',
    ],
    indications: [
      'One-sided headache, migraine, pain at the outer corner of the eye',
      'Distension and pain of the breasts, before the period or with mastitis',
      'Pain of the ribs and sides',
      'Irregular periods, dragging pain around the waist',
      'Pain and swelling of the top of the foot',
      'Pain of the hip that moves along the side of the body',
    ],
    commentary:
      'The stream point and wood point of the gallbladder channel (its horary point), and the confluent point that opens the girdling vessel. Paired with TE5, the confluent point of the yang linking vessel, it treats the whole side of the body: migraine at the temple and eye, pain under the ribs, hip pain that wanders.\n\nIts second great use is the breast: premenstrual swelling and tenderness, lumps and mastitis, all classical gallbladder-channel territory. Through the girdling vessel it also regulates menstruation and eases the dragging ache at the waist.\n\nThis is also where the channel hands over to the liver channel: a branch runs across the top of the foot to LR1 at the big toe.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the stream point of the gallbladder channel.',
      },
      {
        work: 'Zhen Jing Zhi Nan (Guide to the Classic of Acupuncture), Dou Hanqing, 13th century',
        note: 'Includes it among the eight confluent points, opening the girdling vessel and paired with TE5.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Thin tissue over bone; a small cup seals poorly.',
      guaSha: 'Along the channel on the leg.',
    },
    classificationNotes: {
      confluent: 'Girdling vessel (dai mai); paired with TE5',
      exit: 'A branch runs to LR1, handing over to the liver channel',
      horary: 'Wood point of the wood channel',
    },
  },
  GB42: {
    area: 'Foot — dorsum, behind the 4th toe joint',
    location: 'On the top of the foot, between the 4th and 5th metatarsal bones, in the hollow just behind the 4th metatarsophalangeal joint.',
    convention: 'WHO 2008',
    howToLocate:
      'Slide a finger from the web between the 4th and 5th toes back along the groove between the metatarsals. Just behind the knuckle of the 4th toe, on the inner side of the little-toe extensor tendon, the finger drops into a small hollow.',
    needling: { directions: 'Insert straight in or obliquely toward the ankle, 0.3–0.5 cun.' },
    sensation: 'A sharp local ache.',
    safety: { classical_no_moxibustion: 'Classical texts forbid moxibustion here, warning that it wastes the body.' },
    cautions:
      'Moxibustion is traditionally avoided at this point. Insert gently between the metatarsals; the dorsal veins of the foot lie close by, so press after withdrawal, and take particular care with clean technique in patients with diabetes or poor circulation.',
    actions: ['Spreads liver qi', 'Clears heat from the gallbladder channel', 'Benefits the eyes, ears and breasts'],
    indications: [
      'Red, painful or itchy eyes',
      'Tinnitus and deafness',
      'Distension and pain of the breasts, breast abscess',
      'Pain under the ribs',
      'Swelling and redness of the top of the foot',
    ],
    commentary:
      'A less used point between GB41 and GB43, with a similar range: heat in the eyes and ears, breast distension and pain in the sides. It is remembered for the classical prohibition of moxibustion, which was said to make the patient waste away.\n\nIn practice it can stand in for GB41 when that point is swollen or too tender to needle, and it serves locally for redness and swelling on the top of the foot. For heat in the ears and eyes it works well with GB43 just in front of it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point and warns against moxibustion at it.',
      },
    ],
    therapyNotes: { moxibustion: 'Forbidden in the classical texts.', cupping: 'Too small and bony for a cup.' },
    classificationNotes: {},
  },
  GB43: {
    area: 'Foot — web between the 4th and 5th toes',
    location: 'On the top of the foot, between the 4th and 5th toes, just behind the web margin, at the border of the red and white skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Spread the 4th and 5th toes slightly. The point is at the end of the web between them, where the darker skin of the top of the foot meets the paler skin of the sole.',
    needling: { directions: 'Insert straight in or obliquely toward the ankle, 0.3–0.5 cun.' },
    sensation: 'A sharp local pain or ache in the web of the toes.',
    safety: {},
    cautions: 'Needling the web is uncomfortable; use a fine needle and a quick insertion.',
    actions: ['Clears heat from the gallbladder channel', 'Subdues rising liver yang', 'Benefits the head, ears and eyes', 'Reduces swelling'],
    indications: [
      'One-sided headache, dizziness',
      'Tinnitus and sudden deafness',
      'Red, swollen, painful eyes',
      'Pain of the ribs and breasts',
      'Fever with heat that will not clear',
      'Swelling and pain of the top of the foot',
    ],
    commentary:
      'The spring point and water point of the gallbladder channel. As spring points do, it clears heat, and it is a major distal point for heat and rising yang in the head: throbbing headache at the temple, tinnitus and sudden deafness, and red eyes.\n\nBecause water is the mother of wood, it is also the tonification point of the channel in the mother–child method, though in practice it is used far more often to clear.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the spring point of the gallbladder channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A few small cones or a moxa stick.',
      cupping: 'No surface for a cup.',
      bloodletting: 'Pricking for acute heat in the head or eyes.',
    },
    classificationNotes: {},
  },
  GB44: {
    area: 'Foot — 4th toe, beside the nail',
    location:
      'On the 4th toe, on the side toward the little toe, 0.1 finger-cun from the outer corner of the nail, where the line of the nail’s outer edge crosses the line of its base.',
    convention: 'WHO 2008',
    howToLocate:
      'Look at the nail of the fourth toe. Draw one line along its outer side (toward the little toe) and one along its base; the point is where they cross, about 0.1 cun back from the corner.',
    needling: { directions: 'Insert 0.1–0.2 cun, or prick with a lancet to let a few drops of blood.' },
    sensation: 'A sharp, brief pain.',
    safety: { painful: 'Nail points have dense nerve endings and needling hurts.' },
    cautions: 'Warn the patient that it is painful. Clean the skin well before pricking.',
    actions: ['Clears heat from the head and sense organs', 'Calms the mind and eases sleep', 'Spreads liver qi'],
    indications: [
      'One-sided headache, red painful eyes',
      'Tinnitus and deafness',
      'Sore throat, stiff tongue',
      'Insomnia with vivid dreams',
      'Pain of the ribs and sides',
      'Fever without sweating',
    ],
    commentary:
      'The well point and metal point of the gallbladder channel, and its last point. Like other well points at the tips of the toes, it clears heat from the far end of the channel, in the head: throbbing headache, red eyes, a burning throat, tinnitus. Pricking to bleed is the usual method in acute cases.\n\nIt also quiets the mind when heat in the gallbladder disturbs sleep, causing restless nights full of dreams.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the well point where the gallbladder channel ends its transporting sequence.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A few small cones.',
      cupping: 'No surface for a cup.',
      bloodletting: 'Pricking to bleed for acute heat in the head, eyes or throat.',
    },
    classificationNotes: {},
  },
};
