import type { PointTextsByCode } from '../../textsSchema.ts';

/** Stomach channel of foot yangming, ST1–ST45: the English texts, in our own words. */
export const stomachTexts: PointTextsByCode = {
  ST1: {
    area: 'Face — below the eye',
    location: 'On the face, straight below the pupil, in the narrow gap between the eyeball and the bony lower rim of the orbit.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to look straight ahead. Drop a vertical line from the centre of the pupil and feel for the sharp lower edge of the orbit; the point lies just above that edge, in the soft tissue of the lower lid.',
    needling: {
      directions:
        'With a finger, ease the eyeball gently upward, then insert slowly and straight in along the floor of the orbit, 0.3–0.7 cun. Chinese textbooks allow 0.5–1.5 cun in trained hands. Do not lift, thrust or rotate, and press the hole firmly for a minute after withdrawal.',
    },
    sensation: 'A local heaviness or soreness around the eye, sometimes with a feeling that the eye is about to water.',
    safety: {
      orbit: 'The needle passes beside the eyeball; a slip can injure the eye or bleed behind it.',
      classical_no_needling: 'Listed in classical texts among the points not to needle.',
    },
    cautions:
      'Bruising and a black eye are common: use a fine needle, no manipulation, and hold pressure after withdrawal. Stop if the patient feels sharp pain. Moxibustion is not used so close to the eye.',
    actions: ['Benefits the eyes and brightens vision', 'Expels wind and stops tearing', 'Clears heat from the eyes'],
    indications: [
      'Red, swollen or painful eyes',
      'Tearing in the wind',
      'Twitching of the lower eyelid',
      'Night blindness and blurred vision',
      'Facial paralysis involving the eye',
    ],
    commentary:
      'The first point of the stomach channel sits where the branch coming up from the large intestine channel beside the nose reaches the eye. It is a local point for almost any disorder of the eye, particularly watering eyes and twitching of the lower lid.\n\nBecause it lies against the eyeball, many practitioners prefer ST2 or gentle acupressure here, and keep deep needling of ST1 for specialist eye work.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point and its place below the eye.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Too close to the eye.',
      guaSha: 'At most a light stroke along the orbital rim with a smooth tool.',
    },
    classificationNotes: {
      entry: 'Receives the large intestine channel from LI20 beside the nose',
      meeting: 'Stomach channel, Conception Vessel and Yang Motility Vessel (Yang Qiao Mai)',
    },
  },
  ST2: {
    area: 'Face — cheek below the orbit',
    location: 'On the face, in the infraorbital foramen, straight below the pupil.',
    convention: 'WHO 2008',
    howToLocate:
      'From ST1 move down about a finger’s width onto the cheekbone. Press gently upward and inward: a small hollow, the infraorbital foramen, is felt in line with the pupil. Pressure there often gives a sharp ache.',
    needling: {
      directions:
        'Straight in, 0.2–0.4 cun. Alternatively a transverse insertion toward ST1 or along the cheek for facial paralysis. Do not push deep into the foramen.',
    },
    sensation: 'Local soreness or a numb, electric feeling spreading over the cheek and upper lip.',
    safety: {
      orbit: 'The canal behind the foramen leads to the floor of the orbit; never needle deeply here.',
      nerve: 'The infraorbital nerve leaves the skull here; deep or forceful needling can injure it.',
    },
    cautions: 'Keep the needle shallow and do not manipulate strongly inside the foramen. Moxibustion is usually avoided on the face.',
    actions: ['Benefits the eyes', 'Expels wind from the face', 'Relieves pain in the face'],
    indications: [
      'Red, painful or itchy eyes',
      'Twitching of the eyelids',
      'Facial paralysis',
      'Trigeminal pain in the cheek',
      'Sinus pain and headache in the face',
    ],
    commentary:
      'A safer neighbour of ST1 for eye problems, and a key local point for pain and paralysis of the face because the infraorbital nerve emerges here. For the eye it is chosen for red, itchy or tired eyes and twitching lids; for the face, for a slack cheek in facial paralysis and for trigeminal pain in the cheek.\n\nFirm thumb pressure on this point is part of the eye exercises taught in Chinese schools, which says something about its reputation for tired, strained eyes. In the clinic keep the needle shallow: the depth of the foramen holds risk rather than benefit, and a needle threaded toward ST1 or along the cheek reaches more of the face than a deep one.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point among those of the face.',
      },
    ],
    therapyNotes: {
      moxibustion: 'The face scars easily; a brief warming pass at most.',
      guaSha: 'Light facial gua sha outward along the cheekbone.',
    },
    classificationNotes: {},
  },
  ST3: {
    area: 'Face — cheek beside the nose',
    location: 'On the face, straight below the pupil, level with the lower border of the wing of the nose.',
    convention: 'WHO 2008',
    howToLocate:
      'Draw an imaginary line down from the pupil and another sideways from the lower edge of the nostril wing; the point is where they cross, on the cheek just beside the nasolabial groove.',
    needling: { directions: 'Straight in, 0.3–0.5 cun, or transversely toward ST4 or the nose for facial paralysis.' },
    sensation: 'Local distension over the cheek, sometimes reaching the upper teeth.',
    safety: {},
    cautions: 'The cheek bruises easily; use a fine needle and press after withdrawal.',
    actions: ['Expels wind from the face', 'Reduces swelling', 'Relieves pain of the nose, teeth and cheek'],
    indications: ['Facial paralysis and facial twitching', 'Toothache of the upper jaw', 'Nosebleed and blocked nose', 'Swelling of the cheek'],
    commentary:
      'A local point of the cheek, used mostly together with ST4 and ST6 in facial paralysis and with LI20 for nasal problems. It is chosen when the cheek and upper lip droop or twitch, for toothache of the upper jaw, and for a blocked or bleeding nose; it lies closer to the maxillary sinus than LI20.\n\nThe name refers to the large hollow of the maxilla under the cheekbone that the point overlies. In facial paralysis a transverse needle from here toward ST4 covers the cheek between the nose and the mouth; in the first, acute stage keep the stimulation light.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point among those of the face.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A short warming with a moxa stick; no direct cones on the face.',
      guaSha: 'Gentle facial gua sha.',
    },
    classificationNotes: { meeting: 'Stomach channel and Yang Motility Vessel (Yang Qiao Mai)' },
  },
  ST4: {
    area: 'Face — beside the mouth',
    location: 'On the face, 0.4 cun lateral to the corner of the mouth.',
    convention: 'WHO 2008; the 0.4 cun is a finger-cun in WHO, measured here on the head width.',
    howToLocate:
      'With the mouth relaxed and closed, place a finger at the corner of the lips and move outward a little less than half a finger’s width. The point usually lies on the line dropped from the pupil.',
    needling: {
      directions:
        'Insert just under the skin and thread it across the cheek toward ST6, 0.5–1.5 cun; a short oblique insertion of 0.3–0.5 cun is enough for local problems.',
    },
    sensation: 'A spreading distension over the cheek; the corner of the mouth may twitch.',
    safety: {},
    cautions: 'Keep the needle in the subcutaneous layer; a deeper track through the cheek can bleed into the mouth.',
    actions: ['Expels wind from the face', 'Opens the channel and activates the collaterals', 'Benefits the mouth and lips'],
    indications: ['Facial paralysis with a drooping mouth corner', 'Drooling', 'Trigeminal pain of the lower face', 'Twitching of the lips and cheek'],
    commentary:
      'One of the standard local points for facial paralysis: threaded under the skin to ST6, it covers the whole lower half of the paralysed cheek with one needle. It is preferred to ST3 when the mouth itself is affected: a drooping corner, food collecting in the cheek, inability to whistle or close the lips.\n\nIt also treats drooling and inability to close the lips, both in stroke patients and in children. As a meeting point of the stomach and large intestine channels with the Conception and Yang Motility vessels it also serves twitching of the lips and cheek; needle gently and shallowly, since the cheek bruises easily.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the mouth.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick for cold-type facial paralysis; no cones.',
      guaSha: 'Light facial strokes toward the ear.',
    },
    classificationNotes: {
      meeting: 'Stomach and large intestine channels with the Conception Vessel (Ren Mai) and the Yang Motility Vessel (Yang Qiao Mai)',
    },
  },
  ST5: {
    area: 'Face — lower border of the jaw',
    location:
      'On the face, in front of the angle of the jaw, in the hollow just anterior to where the masseter attaches to the mandible, over the facial artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to clench the teeth and find the front edge of the masseter bulge on the lower border of the jaw. Relax the jaw; the point is in the groove in front of that edge, where the facial artery can be felt pulsing.',
    needling: {
      directions: 'Feel the pulse and push the artery aside, then insert obliquely forward, 0.3–0.5 cun, or transversely toward ST6 or ST4.',
    },
    sensation: 'Local soreness along the jaw, sometimes reaching the lower teeth.',
    safety: { vessel: 'The facial artery crosses the jaw right here; feel for it and needle beside it.' },
    cautions: 'Palpate the artery before needling and keep to one side of it; press after withdrawal to prevent a haematoma.',
    actions: ['Expels wind from the face', 'Reduces swelling', 'Relieves pain of the jaw and teeth'],
    indications: ['Toothache of the lower jaw', 'Swelling of the cheek and jaw', 'Facial paralysis', 'Stiff jaw and lockjaw'],
    commentary:
      'Here the stomach channel turns from the face back along the jaw toward ST6; a branch also runs down from this point to ST9 on the neck. It is mainly a local point for the lower teeth and for swelling and paralysis of the lower face, including swelling of the cheek and jaw in mumps and a stiff, clenched jaw.\n\nAmong the jaw points ST6 is usually the first choice for jaw and tooth pain; this point is added when the pain or swelling lies further forward, over the lower molars and the front edge of the masseter. The facial artery lies here: feel the pulse before inserting and keep the needle to one side of it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the jaw.',
      },
    ],
    therapyNotes: { moxibustion: 'A brief warming only; no cones over the artery.', guaSha: 'Along the jaw line, gently.' },
    classificationNotes: {},
  },
  ST6: {
    area: 'Face — above the angle of the jaw',
    location: 'On the face, about one finger-breadth (middle finger) forward and upward from the angle of the mandible.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient clench the teeth: the masseter swells up just in front of and above the angle of the jaw. Put a finger on the highest point of that bulge, then let the jaw relax; the point is in the hollow that forms under the finger.',
    needling: {
      directions: 'Straight in, 0.3–0.5 cun, for jaw and tooth pain; for facial paralysis thread it transversely toward ST4, 0.5–1 cun.',
    },
    sensation: 'A strong local ache that can spread through the jaw and into the lower teeth.',
    safety: {},
    cautions: 'Needling into a contracted masseter is painful; let the jaw relax first.',
    actions: ['Expels wind from the face', 'Opens the jaw and relieves spasm', 'Benefits the teeth and stops pain'],
    indications: ['Toothache of the lower jaw', 'Lockjaw and jaw joint pain', 'Facial paralysis', 'Swelling of the cheek (for example in mumps)'],
    commentary:
      'The most direct point on the masseter, used whenever the jaw is clenched, locked or painful, and paired with ST4 for facial paralysis. It is the first choice for toothache of the lower jaw and for clenching and grinding from tension; for pain in the joint itself ST7 is added.\n\nSun Simiao counted it among his thirteen ghost points, used in the past for mania and seizures; in modern practice the local jaw and tooth uses dominate. Let the patient relax the jaw before inserting: needling a contracted muscle is painful and can bend the needle.',
    classicalSources: [
      {
        work: 'Sun Simiao, Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, 7th century)',
        note: 'Includes it among the thirteen ghost points, under a ghost name.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick for cold-type jaw pain and facial paralysis.',
      cupping: 'A small cup or flash cupping for facial paralysis.',
      guaSha: 'Along the masseter for jaw tension.',
    },
    classificationNotes: { ghost: 'One of Sun Simiao’s thirteen ghost points' },
  },
  ST7: {
    area: 'Face — in front of the ear',
    location: 'On the face, in the hollow between the middle of the lower border of the zygomatic arch and the notch of the mandible.',
    convention: 'WHO 2008',
    howToLocate:
      'Put a finger in front of the tragus and slide forward under the cheekbone arch into a hollow. Ask the patient to open the mouth: the condyle moves forward and fills the hollow; close it again and the point is in the hollow.',
    needling: {
      directions: 'With the mouth closed, insert straight in, 0.5–1 cun. Do not ask the patient to open the mouth while the needle is in.',
    },
    sensation: 'A deep ache in front of the ear that can spread to the teeth or the whole side of the face.',
    safety: { classical_no_moxibustion: 'Listed in classical texts among the points not to be given moxibustion.' },
    cautions: 'Keep the mouth shut during retention: opening it bends the needle in the joint. Avoid direct moxibustion.',
    actions: ['Benefits the ear', 'Benefits the jaw and relieves pain', 'Expels wind from the face'],
    indications: [
      'Pain and clicking of the jaw joint',
      'Toothache of the upper or lower jaw',
      'Deafness, tinnitus and earache',
      'Facial paralysis and trigeminal pain',
    ],
    commentary:
      'The main local point for disorders of the temporomandibular joint, and with TE17, SI19 and GB2 one of the group of points in front of the ear used for tinnitus and hearing loss. It is chosen for clicking, pain and limited opening of the jaw, for toothache of either jaw and for trigeminal pain.\n\nThe notch of the mandible under the point closes when the mouth opens, which is why it is needled with the mouth shut. Tell the patient before inserting that talking or yawning during retention can bend the needle, and remove it before the mouth is opened.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in front of the ear.',
      },
    ],
    therapyNotes: {
      moxibustion: 'On the classical list of points not given moxibustion.',
      guaSha: 'Light strokes over the jaw joint.',
    },
    classificationNotes: { meeting: 'Stomach and gall bladder channels' },
  },
  ST8: {
    area: 'Head — corner of the forehead',
    location: 'On the head, 0.5 cun above the anterior hairline at the corner of the forehead, 4.5 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the corner where the front hairline turns back toward the temple; ask the patient to clench the teeth and feel the upper edge of the temporal muscle moving below. The point is half a cun up into the hair from that corner.',
    needling: {
      directions: 'Transversely under the scalp, 0.5–1 cun, backward along the hairline or upward, according to where the headache lies.',
    },
    sensation: 'A tight, distending feeling over the temple and forehead.',
    safety: { classical_no_moxibustion: 'Listed in classical texts among the points not to be given moxibustion.' },
    cautions: 'Scalp points bleed readily; press after withdrawal. Avoid moxibustion, which the classics forbid here.',
    actions: ['Expels wind and clears the head', 'Relieves pain', 'Benefits the eyes'],
    indications: ['Frontal and one-sided headache, especially with heaviness', 'Dizziness', 'Eye pain and tearing in the wind', 'Twitching of the eyelids'],
    commentary:
      'The highest point of the stomach channel, at the corner of the forehead. It is a main local point for headaches at the front corner of the head, particularly the dull, heavy headache with a muzzy head that is put down to dampness or phlegm.\n\nFrom here the channel turns down again; its main course continues from ST5 down the neck.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point at the corner of the forehead.',
      },
    ],
    therapyNotes: {
      moxibustion: 'On the classical list of points not given moxibustion.',
      cupping: 'Hair prevents a seal.',
      bloodletting: 'A few drops by pricking in acute headache, in some traditions.',
      guaSha: 'Scalp combing strokes toward the back of the head.',
    },
    classificationNotes: { meeting: 'Stomach and gall bladder channels with the Yang Linking Vessel (Yang Wei Mai)' },
  },
  ST9: {
    area: 'Neck — front, beside the larynx',
    location:
      'On the front of the neck, level with the upper border of the thyroid cartilage, at the front edge of the sternocleidomastoid, over the common carotid artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the Adam’s apple and move sideways along its upper edge until you reach the front border of the sternocleidomastoid. The carotid pulse beats strongly under the finger; the point is there.',
    needling: {
      directions: 'Hold the carotid artery aside with a finger and insert straight in along its medial side, 0.3–0.8 cun. No strong manipulation.',
    },
    sensation: 'Local distension in the throat, at times a feeling of the throat tightening.',
    safety: {
      vessel: 'Lies directly over the common carotid artery and near the carotid sinus.',
      classical_no_moxibustion: 'Listed in classical texts among the points not to be given moxibustion.',
    },
    cautions:
      'Do not needle both sides at once or stimulate strongly: pressure on the carotid sinus can slow the heart and drop the blood pressure. Not for patients with carotid disease. No moxibustion.',
    actions: ['Regulates qi and blood', 'Lowers rebellious qi', 'Benefits the throat and neck', 'Dissolves swellings and nodules'],
    indications: [
      'Sore, swollen throat',
      'Goitre and nodules in the neck',
      'Wheezing and fullness of the chest',
      'High blood pressure with dizziness and flushing',
      'Headache with a red face',
    ],
    commentary:
      'The name points back to the old practice of comparing the pulse here with the radial pulse at the wrist: this carotid pulse was read for the state of yang, the wrist for yin.\n\nIt is a window of heaven point, used when qi rushes upward and will not come down, giving headache, wheezing, a flushed face or swelling of the throat. In modern clinics it is also used for high blood pressure, always gently.\n\nIt is also named as a point of the sea of qi, together with the points above and below the neck vertebrae and CV17.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 21',
        note: 'Lists it among the window of heaven points of the neck.',
      },
      { work: 'Ling Shu (Spiritual Pivot), chapter 33', note: 'Names it as a point of the sea of qi.' },
    ],
    therapyNotes: {
      moxibustion: 'On the classical list of points not given moxibustion, and over the carotid.',
      guaSha: 'Never press hard over the carotid.',
    },
    classificationNotes: { sea: 'Sea of qi', meeting: 'Stomach and gall bladder channels' },
  },
  ST10: {
    area: 'Neck — front, anterior border of the sternocleidomastoid',
    location: 'On the front of the neck, level with the cricoid cartilage, at the front border of the sternocleidomastoid, halfway between ST9 and ST11.',
    convention: 'WHO 2008',
    howToLocate:
      'Locate ST9 beside the Adam’s apple and ST11 just above the inner end of the collarbone. The point is halfway between them on the front edge of the sternocleidomastoid, roughly level with the ring of the cricoid cartilage.',
    needling: {
      directions: 'Straight in or slightly oblique toward the midline, 0.3–0.8 cun, keeping clear of the carotid pulse lateral to the needle.',
    },
    sensation: 'Local distension or a lump-in-the-throat feeling.',
    safety: {
      vessel: 'The common carotid artery runs just beneath and lateral; keep the needle medial to the pulse.',
    },
    cautions: 'Feel for the carotid before needling; shallow and gentle only.',
    actions: ['Benefits the throat and neck', 'Lowers rebellious lung qi', 'Dissolves nodules'],
    indications: ['Sore throat and hoarseness', 'Cough and wheezing', 'Goitre', 'Hiccup'],
    commentary:
      'A local point of the front of the neck for throat, voice and thyroid swellings, and for qi rising into the chest as cough or wheeze. It lies between ST9 and ST11 on the front border of the sternocleidomastoid, close to the larynx and the thyroid.\n\nIt is rarely used alone: most often it is chosen with ST9 or CV22 for goitre and throat conditions. The carotid artery runs just lateral to it, so the needle stays medial to the pulse and shallow; where a distal point on the arm will do the same work, many practitioners prefer it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the neck.',
      },
    ],
    therapyNotes: { moxibustion: 'Brief warming only.', guaSha: 'Light strokes along the neck only.' },
    classificationNotes: {},
  },
  ST11: {
    area: 'Neck — root, above the inner end of the clavicle',
    location:
      'At the root of the neck, in the small supraclavicular hollow above the inner end of the clavicle, between the sternal and clavicular heads of the sternocleidomastoid.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to turn the head against resistance so the two heads of the sternocleidomastoid stand out. The point is in the small triangle between them, just above the sternal end of the clavicle.',
    needling: {
      directions: 'Straight in, 0.3–0.5 cun. Never deep or downward: the apex of the lung and the great vessels lie below.',
    },
    sensation: 'Local soreness at the base of the neck.',
    safety: {
      lung: 'The dome of the pleura rises above the clavicle here; deep needling can cause a pneumothorax.',
      vessel: 'The common carotid artery and internal jugular vein lie deep to the point.',
    },
    cautions:
      'Shallow, perpendicular needling only, with no downward or backward angle: the apex of the lung rises above the clavicle here, and the carotid artery and jugular vein lie deep to the point. Take particular care in thin patients and in those with emphysema. If the patient coughs, feels chest pain or becomes short of breath during or after needling, withdraw and watch for a pneumothorax. Press the hole after withdrawal.',
    actions: ['Benefits the throat and neck', 'Lowers rebellious qi'],
    indications: ['Sore throat', 'Stiff neck', 'Cough, wheezing and hiccup', 'Goitre'],
    commentary:
      'A small local point where the stomach channel reaches the root of the neck. It treats throat swelling and qi rushing upward as cough, wheeze or hiccup, and stiffness of the neck.\n\nThe lung apex lies close beneath, so it is needled shallowly and seldom chosen when a safer point does the same job.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point at the base of the neck.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick for cough with cold.', guaSha: 'Light strokes only.' },
    classificationNotes: {},
  },
  ST12: {
    area: 'Neck — supraclavicular fossa',
    location: 'At the root of the neck, in the large supraclavicular fossa, above the clavicle and 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Follow the mammillary (midclavicular) line up to the clavicle. Just above the bone there is a wide hollow, the supraclavicular fossa; the point is in its middle, directly above the nipple line.',
    needling: {
      directions: 'Straight in, 0.2–0.4 cun (textbooks give up to 0.5 cun). Never deep, and never angled downward or backward toward the lung.',
    },
    sensation: 'Local ache, sometimes an electric sensation running down the arm if the needle nears the brachial plexus.',
    safety: {
      lung: 'The apex of the lung lies directly below; deep needling can puncture the pleura.',
      vessel: 'The subclavian artery and vein pass beneath the fossa.',
      nerve: 'The trunks of the brachial plexus cross the fossa.',
    },
    cautions:
      'One of the riskier points of the body: shallow insertion only, no strong manipulation, and stop at once if the patient feels shooting pain down the arm or starts to cough.',
    actions: ['Lowers rebellious lung qi', 'Clears heat from the chest and throat', 'Benefits the supraclavicular fossa'],
    indications: ['Cough and wheezing with fullness of the chest', 'Sore throat', 'Pain in the supraclavicular fossa', 'Swollen glands in the neck'],
    commentary:
      'The supraclavicular fossa is a crossroads: the stomach, large intestine, small intestine, triple energizer and gall bladder channels all pass through it on their way between the head and the trunk.\n\nThe point serves cough, wheeze and throat disorders, but the lung apex and the brachial plexus lie so close that most practitioners use it sparingly and superficially. The neighbouring points of the neck are safer for the throat; this one is kept for pain in the fossa itself, or for a full chest when the point is clearly tender. If it is used, insert shallowly and stop at the first shooting pain or cough.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Describes the stomach and several other channels passing through the supraclavicular fossa, called quepen, the name this point carries.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick for cold-type cough.',
      cupping: 'The hollow gives a poor seal.',
      guaSha: 'Gentle strokes over the fossa for throat and neck tension.',
    },
    classificationNotes: {},
  },
  ST13: {
    area: 'Chest — below the clavicle',
    location: 'On the upper chest, directly below the clavicle, 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Follow the midclavicular line, the vertical line through the nipple in men, up to the collarbone. The point is in the slight hollow just under the lower edge of the clavicle on that line, directly below ST12.',
    needling: {
      directions:
        'Obliquely or transversely toward the side, 0.3–0.5 cun; some texts allow 0.5–0.8 cun along the line of the ribs. Never perpendicular and deep, never toward the midline.',
    },
    sensation: 'Local distension spreading over the upper chest.',
    safety: {
      lung: 'The lung and pleura lie a short way under the chest wall; deep needling can cause a pneumothorax.',
    },
    cautions: 'Keep the needle shallow and angled along the chest wall, especially in thin patients.',
    actions: ['Lowers rebellious qi', 'Opens the chest', 'Stops cough and wheezing'],
    indications: ['Cough and wheezing', 'Fullness and tightness of the chest', 'Hiccup', 'Pain of the chest and flanks'],
    commentary:
      'The first of six stomach channel points on the chest, running down the midclavicular line from the clavicle to below the breast. Together they treat cough, wheeze and a tight, full chest, and the ones lower down also the breast.\n\nThe name describes the point as a door through which qi enters the chest.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point below the clavicle.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or a few cones for cough with cold.',
      cupping: 'A small cup in well-covered patients; not over thin, bony chests.',
      guaSha: 'Strokes outward below the clavicle.',
    },
    classificationNotes: {},
  },
  ST14: {
    area: 'Chest — first intercostal space',
    location: 'On the upper chest, in the first intercostal space, 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Feel down from the clavicle on the midclavicular line: the first rib is mostly hidden under the clavicle, so the first gap you meet below the clavicle is the first intercostal space. The point is in that gap.',
    needling: {
      directions: 'Obliquely or transversely along the intercostal space toward the side, 0.3–0.5 cun (0.5–0.8 cun in some texts).',
    },
    sensation: 'A spreading ache along the intercostal space.',
    safety: { lung: 'The pleura lies under the intercostal space; a deep or inward needle can reach the lung.' },
    cautions: 'Oblique or transverse only, and shallow; take extra care in thin or emphysematous patients.',
    actions: ['Lowers rebellious qi', 'Opens the chest', 'Stops cough'],
    indications: ['Cough and wheezing', 'Coughing up thick or blood-streaked phlegm', 'Fullness and pain of the chest and flanks'],
    commentary:
      'A local point for the upper chest with much the same use as its neighbours: cough, wheeze and chest fullness, and the coughing of thick or blood-streaked phlegm. The name, storehouse, pictures the chest as a store of qi, and the point is used when that qi is congested and will not descend.\n\nIt is mostly chosen by palpation, when the spot is tender in a patient with a chest complaint, and is added to distal points of the lung channel rather than used alone. Keep the needle shallow and along the intercostal space; in thin patients a small cup or gua sha along the space is a gentler alternative.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the upper chest.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cough with cold phlegm.',
      cupping: 'A small cup, not on thin chests.',
      guaSha: 'Along the intercostal space.',
    },
    classificationNotes: {},
  },
  ST15: {
    area: 'Chest — second intercostal space',
    location: 'On the chest, in the second intercostal space, 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the sternal angle, the ridge where the manubrium meets the body of the sternum; the second rib joins there. Follow that rib out to the midclavicular line and drop into the space just below it.',
    needling: {
      directions: 'Obliquely or transversely toward the side along the intercostal space, 0.3–0.5 cun (0.5–0.8 cun in some texts).',
    },
    sensation: 'Local distension over the chest, sometimes spreading to the breast.',
    safety: { lung: 'The lung lies just under the chest wall here; never needle deeply or toward the midline.' },
    cautions: 'Shallow and oblique only. In women, the breast tissue changes where the space is felt; palpate the rib rather than rely on the nipple.',
    actions: ['Lowers rebellious qi and stops cough', 'Benefits the breasts', 'Stops itching and pain of the skin'],
    indications: [
      'Cough and wheezing with chest fullness',
      'Breast pain, swelling or abscess',
      'Itching or pain of the skin of the whole body',
      'Heaviness of the body',
    ],
    commentary:
      'Besides the usual chest uses of this group, it is the first stomach channel point that treats the breast, with ST16 and ST18 below it. It suits pain or swelling in the upper part of the breast.\n\nIts traditional use for itching and tenderness of the skin all over the body sets it a little apart from its neighbours; for the skin it is combined with points that cool the blood. Locate it by the ribs and keep the needle shallow and angled outward.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the chest.',
      },
    ],
    therapyNotes: { cupping: 'A small cup, not on thin chests.', guaSha: 'Along the intercostal space.' },
    classificationNotes: {},
  },
  ST16: {
    area: 'Chest — third intercostal space',
    location: 'On the chest, in the third intercostal space, 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Count down from the second rib at the sternal angle to the third intercostal space and follow it out to the midclavicular line; in men the point lies one rib space above the nipple.',
    needling: {
      directions: 'Obliquely or transversely toward the side along the intercostal space, 0.3–0.5 cun (0.5–0.8 cun in some texts).',
    },
    sensation: 'A spreading distension over the chest and breast.',
    safety: { lung: 'The pleura lies under the intercostal space; deep needling risks a pneumothorax.' },
    cautions: 'Shallow and oblique only; in women locate the intercostal space by the ribs, not by the breast.',
    actions: ['Lowers rebellious qi and stops cough', 'Benefits the breasts and reduces swelling'],
    indications: ['Breast abscess and breast pain', 'Cough and wheezing', 'Fullness and pain of the chest', 'Swelling of the lips'],
    commentary:
      'A local point for breast disorders, above all acute breast abscess in nursing mothers, and for cough with a tight chest. The name, window of the breast, describes its place just above the breast, and it is chosen when swelling and pain lie in the upper half of the breast.\n\nIt is commonly combined with ST18 on the other side of the nipple, and in acute breast swelling with distal points of the stomach channel on the leg. Needle shallowly and obliquely outward along the intercostal space, never into inflamed breast tissue.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point above the breast.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick; not on an acutely inflamed breast.',
      cupping: 'Not over breast tissue.',
      guaSha: 'Light strokes only, away from breast tissue.',
    },
    classificationNotes: {},
  },
  ST17: {
    area: 'Chest — nipple',
    location: 'On the chest, at the centre of the nipple.',
    convention: 'WHO 2008. A landmark only: the point is not treated.',
    howToLocate:
      'The centre of the nipple. In men it lies in the fourth intercostal space on the midclavicular line and serves as the reference for the neighbouring chest points; in women its position varies and the ribs are used instead.',
    needling: {
      reason: 'The nipple is not needled: the classics forbid it, and it has no use that would justify the risk of infection and pain.',
      instead: 'Used only as a landmark for locating and measuring the chest and abdominal points.',
    },
    sensation: 'Not applicable: the point is used as a landmark and is not treated.',
    safety: {
      forbidden_needling: 'Needling the nipple is forbidden; it is a landmark only.',
      classical_no_moxibustion: 'Classical texts forbid moxibustion on the nipple as well as needling.',
      lung: 'The chest wall over the lung is thin here; one more reason the point is left untouched.',
    },
    cautions: 'Do not needle, burn or cup the nipple. Use the point only to measure from.',
    actions: [
      'Marks the mammillary line, the reference for the points of the chest',
      'Defines the distance between the nipples, the standard transverse measure of the chest and abdomen',
    ],
    indications: [],
    commentary:
      'Ruzhong is numbered as a channel point only for completeness: the stomach channel passes over the nipple on its way down the chest.\n\nIts real job is as a landmark. The distance between the two nipples is the standard measure across the chest and abdomen, and the vertical line through the nipple in men, the mammillary line, carries ST13 to ST18 and, lower down, the four spleen points of the abdomen.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the nipple as a point that is not to be needled or given moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'Forbidden on the nipple.' },
    classificationNotes: {},
  },
  ST18: {
    area: 'Chest — fifth intercostal space, below the breast',
    location: 'On the chest, in the fifth intercostal space, 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'In men, go one rib space straight down from the nipple. In women, lift the breast: the point lies in the fifth intercostal space at the base of the breast, on the midclavicular line.',
    needling: {
      directions:
        'Obliquely or transversely along the intercostal space toward the side, 0.3–0.5 cun (0.5–0.8 cun in some texts); for the breast the needle may be angled upward under the breast.',
    },
    sensation: 'Distension spreading into the breast or along the rib.',
    safety: {
      lung: 'The pleura lies under the fifth intercostal space; deep needling risks a pneumothorax.',
      organ: 'On the left, the heart lies not far medial and deep to the point; never needle deeply or inward.',
    },
    cautions: 'Shallow and oblique only, never perpendicular and deep, especially on the left side.',
    actions: ['Regulates the breasts and promotes lactation', 'Unbinds the chest and lowers rebellious qi', 'Stops cough'],
    indications: [
      'Insufficient breast milk',
      'Breast pain, distension or abscess',
      'Cough and wheezing',
      'Chest pain and fullness',
      'Difficulty swallowing with fullness below the heart',
    ],
    commentary:
      'The main stomach channel point for the breast. The stomach channel runs straight through the breast, and in Chinese medicine breast milk is made from the same food essence the stomach provides, so this point is used both for scanty milk and for blocked, inflamed breasts.\n\nA classic combination for poor lactation is ST18 with CV17 and SI1.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point below the breast.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick for scanty milk from deficiency.',
      cupping: 'Not over breast tissue.',
      guaSha: 'Light strokes below the breast only.',
    },
    classificationNotes: {},
  },
  ST19: {
    area: 'Upper abdomen — below the costal margin',
    location: 'On the upper abdomen, 6 cun above the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Locate CV14, 6 cun above the umbilicus (two cun below the xiphisternal junction), and move 2 cun sideways, halfway to the midclavicular line. In people with a narrow rib angle the point lies on the costal cartilage; then needle just below its edge.',
    needling: {
      directions: 'Straight in, 0.5–0.8 cun. Do not go deeper, especially on the right over an enlarged liver.',
    },
    sensation: 'Local distension in the upper abdomen.',
    safety: {
      organ: 'On the right the liver, and on the left the stomach and the left lobe of the liver, lie close under the abdominal wall here.',
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions: 'Palpate for an enlarged liver first; avoid deep needling after a heavy meal.',
    actions: ['Harmonises the stomach and lowers rebellious qi', 'Relieves fullness and pain'],
    indications: ['Vomiting and regurgitation', 'Epigastric pain and distension', 'Loss of appetite', 'Pain below the ribs'],
    commentary:
      'The first of the stomach channel’s points on the abdomen, on the line 2 cun from the midline. The name says the stomach can hold no more: the point is used when food will not go down, with fullness, nausea and vomiting.\n\nIn practice it is used much less often than ST21 and ST25 below it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the upper abdomen.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold in the stomach; not in pregnancy.',
      guaSha: 'Gentle downward strokes on the abdomen.',
    },
    classificationNotes: {},
  },
  ST20: {
    area: 'Upper abdomen',
    location: 'On the upper abdomen, 5 cun above the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'Measure 1 cun below ST19, or 5 cun up from the umbilicus, on the line 2 cun lateral to the midline (level with CV13).',
    needling: {
      directions: 'Straight in, 0.5–1 cun; less in thin patients and on the right side if the liver is enlarged.',
    },
    sensation: 'Local heaviness or distension in the epigastrium.',
    safety: {
      organ: 'The liver (right) and stomach lie under the abdominal wall; keep the depth moderate.',
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions: 'Avoid deep needling with a full stomach or an enlarged liver.',
    actions: ['Harmonises the middle burner and lowers rebellious stomach qi', 'Relieves distension'],
    indications: ['Epigastric pain', 'Vomiting and hiccup', 'Abdominal distension and borborygmus', 'Poor appetite'],
    commentary:
      'The name describes the stomach receiving food up to fullness. Like ST19 it is a local point for a blocked, full epigastrium, with nausea, belching or vomiting, and also for the distension and rumbling that follow a heavy meal.\n\nIt is usually chosen when tender, or alongside CV13 for the upper part of the stomach; for most stomach complaints the next point down is the stronger choice. On the right, feel for the liver edge before needling, keep to a moderate depth, and avoid deep needling straight after a meal.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the upper abdomen.',
      },
    ],
    therapyNotes: { guaSha: 'Gentle downward strokes.', moxibustion: 'Not in pregnancy.' },
    classificationNotes: {},
  },
  ST21: {
    area: 'Upper abdomen — beside CV12',
    location: 'On the upper abdomen, 4 cun above the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find CV12 halfway between the xiphisternal junction and the umbilicus, then move 2 cun sideways. On the right, the point lies over the edge of the liver in many people.',
    needling: {
      directions: 'Straight in, 0.8–1.2 cun. Shallower in thin patients, after meals, and on the right if the liver is enlarged.',
    },
    sensation: 'A heavy, distending feeling in the upper abdomen that may spread toward the navel.',
    safety: {
      organ: 'The stomach, and on the right the liver, lie under the point; deep needling can reach them.',
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions: 'Palpate the liver margin on the right before needling and do not needle deeply with an enlarged liver. Do not needle in pregnancy.',
    actions: ['Harmonises the stomach and lowers rebellious qi', 'Regulates qi and relieves pain', 'Resolves food stagnation and raises the spleen qi'],
    indications: [
      'Epigastric pain, including peptic ulcer pain',
      'Nausea and vomiting',
      'Poor appetite and undigested food in the stool',
      'Loose stools from weakness of the middle',
    ],
    commentary:
      'The most used of the upper abdominal stomach points. Level with CV12, the front-mu point of the stomach, it acts on the stomach directly and is a standard local point for epigastric pain, nausea and indigestion.\n\nChinese clinics add it for peptic ulcer pain, and warm it with moxibustion when digestion is weak and cold.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the middle of the upper abdomen.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold and weakness of the stomach; box moxa over ST21 and CV12 together; not in pregnancy.',
      guaSha: 'Downward strokes over the epigastrium.',
    },
    classificationNotes: {},
  },
  ST22: {
    area: 'Upper abdomen',
    location: 'On the upper abdomen, 3 cun above the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'One cun below ST21: 3 cun above the umbilicus, level with CV11, 2 cun lateral to the midline.',
    needling: { directions: 'Straight in, 0.8–1.2 cun; shallower in thin patients.' },
    sensation: 'Local distension in the abdomen.',
    safety: {
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions: 'Keep the depth moderate in thin patients. Do not needle in pregnancy.',
    actions: ['Regulates qi and relieves pain', 'Benefits the intestines and stops diarrhoea', 'Promotes urination'],
    indications: ['Abdominal pain and distension', 'Borborygmus and diarrhoea', 'Poor appetite', 'Oedema', 'Bed-wetting'],
    commentary:
      'The name refers to a pass between the stomach and the intestines: at this level the emphasis of the channel moves from the stomach toward the bowels. It suits complaints in which the stomach and the bowels are both involved, such as poor appetite with rumbling and loose stools.\n\nIt is a local point for pain, rumbling and loose stools, and in the older literature also for water retention. Keep to a moderate depth in thin patients.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the upper abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'Not in pregnancy.' },
    classificationNotes: {},
  },
  ST23: {
    area: 'Upper abdomen',
    location: 'On the upper abdomen, 2 cun above the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'Two cun above the umbilicus, level with CV10, on the line 2 cun lateral to the midline.',
    needling: { directions: 'Straight in, 0.8–1.2 cun; shallower in thin patients.' },
    sensation: 'Local heaviness or distension.',
    safety: {
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions:
      'Needle to a moderate depth, and less in thin patients, since the peritoneum lies close under the abdominal wall. Ask the patient to empty the bladder first, and do not needle deeply straight after a heavy meal. Do not needle in pregnancy.',
    actions: ['Transforms phlegm and calms the mind', 'Harmonises the middle burner'],
    indications: ['Mania, restlessness and agitation', 'Epigastric pain', 'Indigestion', 'Abdominal pain'],
    commentary:
      'With ST24 below it, this point is unusual among the abdominal points for its action on the mind: the stomach channel is linked with mania and agitation from phlegm-heat, and both points appear in old prescriptions for it. For the mind they are combined with the stomach channel’s phlegm point on the leg and with points that calm the heart.\n\nFor digestive complaints it is a plain local point, chosen when tender.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'Not in pregnancy.' },
    classificationNotes: {},
  },
  ST24: {
    area: 'Upper abdomen — just above the umbilical level',
    location: 'On the upper abdomen, 1 cun above the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'One cun above ST25: 1 cun above the umbilical level, level with CV9, 2 cun lateral to the midline.',
    needling: { directions: 'Straight in, 0.8–1.2 cun; shallower in thin patients.' },
    sensation: 'Local distension spreading around the navel.',
    safety: {
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions:
      'Needle to a moderate depth, and less in thin patients, since the peritoneum lies close under the abdominal wall. Ask the patient to empty the bladder first, and do not needle deeply straight after a heavy meal. Do not needle in pregnancy.',
    actions: ['Transforms phlegm and calms the mind', 'Harmonises the stomach and stops vomiting'],
    indications: ['Mania and agitation', 'Vomiting', 'Epigastric and abdominal pain', 'Stiffness of the tongue'],
    commentary:
      'Paired with ST23 for the mind, and with ST25 and ST21 for digestion. Where stiffness of the tongue or vomiting accompanies the complaint, it is preferred to ST23.\n\nThe name describes the smooth, slippery muscle of the belly under which it lies; some practitioners read it as the gate through which food, having become smooth, passes into the intestines. Needle to a moderate depth, until a distension spreads around the navel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'Not in pregnancy.' },
    classificationNotes: {},
  },
  ST25: {
    area: 'Abdomen — beside the umbilicus',
    location: 'On the abdomen, level with the centre of the umbilicus, 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient lying on the back, measure 2 cun sideways from the centre of the navel, halfway between the navel and the midclavicular line. The point usually lies over the outer part of the rectus muscle and is often tender in bowel complaints.',
    needling: { directions: 'Straight in, 1–1.5 cun (0.8–1.2 cun in some texts); less in thin patients and children.' },
    sensation: 'A heavy distension that spreads across the abdomen, sometimes with rumbling of the bowels.',
    safety: { pregnancy: 'Abdominal points are avoided in pregnancy, above all after the third month.' },
    cautions: 'Do not needle in pregnancy. In thin patients the peritoneum is close; keep to a moderate depth.',
    actions: [
      'Regulates the intestines and stops diarrhoea',
      'Moves stagnation and relieves constipation',
      'Regulates the spleen and stomach',
      'Clears damp-heat from the bowels',
      'Regulates qi and blood and relieves pain',
    ],
    indications: [
      'Diarrhoea, dysentery and undigested food in the stool',
      'Constipation',
      'Abdominal pain and distension, borborygmus',
      'Painful or irregular menstruation',
      'Oedema',
    ],
    commentary:
      'The front-mu point of the large intestine and the most important point for the bowels on the front of the body. It works in both directions: it firms loose stools and gets a sluggish bowel moving, so it is used in acute and chronic diarrhoea, dysentery and constipation alike.\n\nThe name refers to the pivot between heaven and earth: at the level of the navel the upper and lower halves of the body meet, and this point is thought to turn the qi between them.\n\nBeyond the bowel it also treats the lower abdomen in general, including painful periods and abdominal masses. With ST36 and ST37 it forms the core of many prescriptions for intestinal disease.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point beside the navel as the mu point of the large intestine.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Box or stick moxa for chronic diarrhoea and cold abdominal pain; not in pregnancy.',
      cupping: 'For constipation and abdominal distension.',
      guaSha: 'Gentle strokes along the abdomen, in the direction of the colon.',
    },
    classificationNotes: { front_mu: 'Front-mu point of the large intestine' },
  },
  ST26: {
    area: 'Lower abdomen',
    location: 'On the lower abdomen, 1 cun below the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'One cun below ST25, level with CV7, on the line 2 cun lateral to the midline.',
    needling: { directions: 'Straight in, 1–1.5 cun; shallower in thin patients.' },
    sensation: 'Local distension that may spread down toward the pubis.',
    safety: { pregnancy: 'A lower abdominal point: not needled in pregnancy.' },
    cautions:
      'Not in pregnancy. Ask the patient to empty the bladder first, and needle shallower in thin patients, in whom the peritoneum and bowel lie close under the abdominal wall. Do not needle through a scar or a hernia.',
    actions: ['Regulates qi and relieves pain', 'Benefits the lower abdomen'],
    indications: ['Abdominal pain', 'Painful periods', 'Pain of hernia', 'Abdominal distension'],
    commentary:
      'A local point for pain in the lower abdomen, particularly around and below the navel, and for painful periods and hernia-type pain. It carries the bowel action of ST25 a little lower, into the lower burner, and suits cramping pain between the navel and the pubis.\n\nIn practice it is chosen mainly when tender, between ST25 above and ST27 below, and is often warmed with moxibustion when the pain is cold and eased by heat. Empty the bladder first, keep to a moderate depth in thin patients, and do not use it in pregnancy.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the lower abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold pain in the lower abdomen; not in pregnancy.' },
    classificationNotes: {},
  },
  ST27: {
    area: 'Lower abdomen',
    location: 'On the lower abdomen, 2 cun below the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'Two cun below the navel, level with CV5, on the line 2 cun lateral to the midline.',
    needling: { directions: 'Straight in, 1–1.5 cun; ask the patient to empty the bladder first.' },
    sensation: 'Distension spreading toward the pubis or the genitals.',
    safety: { pregnancy: 'A lower abdominal point: not needled in pregnancy.' },
    cautions:
      'Not in pregnancy. Empty the bladder before needling: a full bladder rises toward the point. Keep to a moderate depth in thin patients, and do not needle through a hernia or a surgical scar.',
    actions: ['Benefits the kidneys and secures the essence', 'Regulates qi and promotes urination'],
    indications: [
      'Lower abdominal distension and pain',
      'Difficult urination',
      'Seminal emission and premature ejaculation',
      'Hernia pain',
      'Insomnia and palpitations from fright',
    ],
    commentary:
      'Level with CV5, the mu point of the triple energizer, it treats the lower burner: urination, the genitals and the seminal essence. Older texts also give it for poor sleep and being easily startled.\n\nThe name describes the highest part of the lower belly, which it overlies.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the lower abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold and weakness of the lower burner; not in pregnancy.' },
    classificationNotes: {},
  },
  ST28: {
    area: 'Lower abdomen',
    location: 'On the lower abdomen, 3 cun below the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'Three cun below the navel, level with CV4, 2 cun lateral to the midline.',
    needling: { directions: 'Straight in, 1–1.5 cun, after the patient has emptied the bladder.' },
    sensation: 'Distension spreading toward the pubis, the bladder or the genitals.',
    safety: {
      pregnancy: 'A lower abdominal point: not needled in pregnancy.',
      organ: 'A full bladder rises under this point; have the patient empty it first.',
    },
    cautions: 'Not in pregnancy. Empty the bladder first, and needle shallower in urinary retention, when the bladder is distended.',
    actions: ['Regulates the lower burner and opens the water passages', 'Promotes urination', 'Regulates menstruation and relieves pain'],
    indications: [
      'Retention of urine and difficult urination',
      'Oedema',
      'Lower abdominal distension',
      'Painful periods and infertility',
      'Pain referred to the genitals',
    ],
    commentary:
      'As its name says, a point for the passage of water: whenever water collects in the lower body, as retention of urine, scanty urine or oedema of the legs, it is chosen, often with CV4 or CV3 on the midline.\n\nIt also serves the uterus, so it appears in prescriptions for painful periods and for blood stasis in the lower abdomen. In retention of urine the distended bladder may lie right under the point: palpate first and needle shallower. Not in pregnancy.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the lower abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold-type painful periods and urinary difficulty; not in pregnancy.' },
    classificationNotes: {},
  },
  ST29: {
    area: 'Lower abdomen',
    location: 'On the lower abdomen, 4 cun below the centre of the umbilicus and 2 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'One cun above the upper border of the pubic symphysis, level with CV3, 2 cun lateral to the midline.',
    needling: {
      directions: 'Straight in, 1–1.5 cun, after the bladder has been emptied; oblique toward the pubis for genital disorders.',
    },
    sensation: 'Distension spreading into the lower abdomen and toward the genitals.',
    safety: {
      pregnancy: 'A lower abdominal point over the uterus: not needled in pregnancy.',
      organ: 'The bladder lies under the point when full; empty it before needling.',
    },
    cautions:
      'Not in pregnancy. Empty the bladder first: when full it lies right under the point. When angling toward the pubis for genital disorders, keep the needle shallow, clear of the spermatic cord and the inguinal canal, and away from any hernia.',
    actions: ['Warms the lower burner', 'Regulates menstruation and stops leucorrhoea', 'Raises prolapse', 'Moves qi and blood and relieves pain'],
    indications: [
      'Absent, painful or irregular periods',
      'Prolapse of the uterus',
      'Leucorrhoea',
      'Pain and swelling of the testicles, hernia pain',
      'Cold and pain in the lower abdomen',
    ],
    commentary:
      'The main stomach channel point for the uterus. The name, return, is read as restoring the period to its normal course and the prolapsed uterus to its place.\n\nIt is often used with moxibustion for cold in the lower abdomen, and with SP6 and CV4 for gynaecological problems.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the lower abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold in the uterus and for prolapse; not in pregnancy.' },
    classificationNotes: {},
  },
  ST30: {
    area: 'Groin — above the inguinal crease',
    location: 'In the groin, level with the upper border of the pubic symphysis, 2 cun lateral to the anterior midline, over the femoral artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the upper edge of the pubic bone in the midline (CV2) and move 2 cun sideways along it. The femoral pulse is felt here or just lateral to it, where the inguinal crease begins.',
    needling: {
      directions: 'Feel the femoral pulse and keep medial to it; insert straight in, 0.5–1 cun. No strong lifting and thrusting.',
    },
    sensation: 'Distension spreading to the genitals or down the inner thigh.',
    safety: {
      vessel: 'The femoral artery and vein pass through the groin here; puncture gives a large haematoma.',
      pregnancy: 'A lower abdominal point: not needled in pregnancy.',
      classical_no_needling: 'Listed in classical texts among the points not to needle; moxibustion was preferred.',
    },
    cautions: 'Palpate the artery and needle beside it; press firmly for a minute after withdrawal. Not in pregnancy.',
    actions: [
      'Regulates qi in the lower burner and the Penetrating Vessel',
      'Benefits the genitals',
      'Subdues rebellious qi rushing upward',
      'Supports the sea of water and grain',
    ],
    indications: [
      'Pain and swelling of the external genitals, hernia pain',
      'Irregular periods and infertility',
      'Impotence',
      'Qi rushing from the lower abdomen up to the chest',
      'Abdominal fullness',
    ],
    commentary:
      'An old and important meeting place: the Penetrating Vessel (Chong Mai) is said to rise from here alongside the kidney channel, and the Ling Shu names it the upper point of the sea of water and grain, with ST36 as the lower.\n\nIts name, "qi rushing", describes both the pulse of the artery and the rushing qi, felt as a surge from the lower belly upward, that it treats.\n\nBecause of the artery, classical texts often advised moxibustion rather than needling here; when needled, care is taken to stay beside the vessel.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Names Qijie (this point) as the upper point of the sea of water and grain.',
      },
    ],
    therapyNotes: {
      moxibustion: 'The classical way to use the point; not in pregnancy.',
      cupping: 'The groin gives a poor seal and the vessels are superficial.',
      guaSha: 'Light strokes, no pressure over the artery.',
    },
    classificationNotes: {
      sea: 'Sea of water and grain (upper point)',
      meeting: 'Stomach channel and Penetrating Vessel (Chong Mai)',
    },
  },
  ST31: {
    area: 'Thigh — anterior, top',
    location:
      'At the top of the front of the thigh, in the hollow between three muscles: the upper part of tensor fasciae latae, sartorius and rectus femoris.',
    convention:
      'WHO 2008. On the line from the anterior superior iliac spine to the lateral end of the patella base; placed here about 5.5 cun below the spine, near the level of the lower border of the pubic symphysis.',
    howToLocate:
      'Have the patient lift the thigh slightly against resistance: sartorius and tensor fasciae latae stand out in a V below the anterior superior iliac spine. The point is in the hollow at the apex below that V, straight below the spine and roughly level with the bottom of the pubic bone.',
    needling: { directions: 'Straight in, 1–2 cun, into the muscle.' },
    sensation: 'A deep ache at the hip that may spread down the front of the thigh.',
    safety: {},
    cautions: 'The lateral femoral cutaneous nerve runs nearby; withdraw if a sharp burning pain shoots along the outer thigh.',
    actions: ['Activates the channel and relieves pain', 'Expels wind and damp from the leg'],
    indications: [
      'Pain of the hip and the front of the thigh',
      'Weakness, atrophy or paralysis of the leg',
      'Numbness and cold of the thigh and knee',
      'Difficulty lifting the leg',
    ],
    commentary:
      'The first point of the stomach channel on the leg, where the channel crosses the hip joint. It is the main local point for pain and weakness at the front of the hip and thigh, and part of the classic yangming line of points for paralysis of the leg, down through ST32, ST36 and ST41.\n\nYangming channels are full of qi and blood, which is why they are favoured for restoring strength to paralysed and wasted limbs.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point at the top of the thigh.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold and damp in the hip and thigh.',
      guaSha: 'Downward strokes along the front of the thigh.',
    },
    classificationNotes: {},
  },
  ST32: {
    area: 'Thigh — anterior, lower half',
    location:
      'On the front of the thigh, 6 cun above the lateral end of the base of the patella, on the line from that point to the anterior superior iliac spine.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the upper outer corner of the kneecap and measure 6 cun up toward the anterior superior iliac spine. With the thigh tensed, the point sits on the highest part of the muscle bulge, the “crouching rabbit” of the name.',
    needling: { directions: 'Straight in, 1–2 cun.' },
    sensation: 'A deep ache in the thigh, sometimes spreading down to the knee.',
    safety: {},
    cautions: 'A thick muscle: deep needling is safe, but strong stimulation is uncomfortable.',
    actions: ['Activates the channel and relieves pain', 'Expels wind, cold and damp', 'Warms the leg'],
    indications: ['Pain, cold or numbness of the thigh and knee', 'Weakness and paralysis of the leg', 'Swelling of the legs (leg qi)', 'Hernia pain'],
    commentary:
      'A local point on the bulk of the quadriceps, used for cold, numb or painful thighs and knees and for wasting and paralysis of the leg. The name, crouching rabbit, describes the muscle bulge it sits on when the thigh is tensed.\n\nIt is commonly combined with ST31 above and ST36 below in weakness of the legs, with moxibustion when the thigh and knee feel cold. Deep needling into the muscle is safe, but a strong stimulus is uncomfortable; a moderate ache spreading toward the knee is enough.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the front of the thigh.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold knees and thighs.' },
    classificationNotes: {},
  },
  ST33: {
    area: 'Thigh — anterior, above the knee',
    location:
      'On the front of the thigh, lateral to the tendon of rectus femoris, 3 cun above the base of the patella on the line from its lateral end to the anterior superior iliac spine.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure 3 cun (about four fingers’ width) up from the upper outer corner of the kneecap, then feel for the outer edge of the rectus femoris tendon; the point lies just outside it.',
    needling: { directions: 'Straight in, 1–1.5 cun.' },
    sensation: 'Local ache spreading toward the knee.',
    safety: {},
    cautions:
      'No special risks: the point lies in muscle, away from large vessels and nerves. Needle with the leg relaxed and supported, and shield the skin from falling ash when using warm-needle moxibustion.',
    actions: ['Warms and expels cold and damp from the leg', 'Activates the channel and relieves pain'],
    indications: [
      'Knee and leg that feel as cold as water',
      'Pain, weakness or stiffness of the knee',
      'Difficulty bending and stretching the leg',
      'Cold hernia pain and abdominal distension',
    ],
    commentary:
      'Mostly used for knees and legs that are cold, stiff and weak, often with moxibustion. Where cold rather than acute pain is the main complaint it is preferred to its neighbour below, and it has an old use for cold hernia pain and distension.\n\nThe yin of the name refers to the cold it treats; the market is read as a place where cold and damp gather. Warm-needle moxibustion or a moxa stick here, with the knee kept covered afterwards, suits the elderly patient whose knees ache in cold weather.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point above the knee.',
      },
    ],
    therapyNotes: { moxibustion: 'Warm-needle or moxa stick for cold knees.' },
    classificationNotes: {},
  },
  ST34: {
    area: 'Thigh — anterolateral, above the knee',
    location:
      'On the front and outer side of the thigh, 2 cun above the base of the patella, between vastus lateralis and the lateral border of the rectus femoris tendon.',
    convention: 'WHO 2008',
    howToLocate:
      'With the leg straight and the thigh tensed, find the groove between the outer edge of the rectus femoris tendon and vastus lateralis, 2 cun above the upper outer corner of the kneecap. The point is in that groove, on the line toward the anterior superior iliac spine.',
    needling: {
      directions: 'Straight in, 1–1.2 cun (0.5–1 cun in some texts). For knee pain the needle may be angled down toward the knee.',
    },
    sensation: 'A strong ache that spreads to the knee.',
    safety: {},
    cautions:
      'In acute stomach pain use strong reducing stimulation; if the pain does not ease, or there are signs of a perforation or an acute abdomen, refer the patient at once.',
    actions: [
      'Relieves acute conditions of the stomach and stops pain',
      'Harmonises the stomach and lowers rebellious qi',
      'Activates the channel and benefits the knee',
      'Benefits the breast',
    ],
    indications: ['Sudden, severe epigastric pain', 'Acid reflux and vomiting', 'Swelling, pain and stiffness of the knee', 'Breast pain and breast abscess'],
    commentary:
      'The xi-cleft point of the stomach channel. Cleft points are where the qi of a channel gathers deep, and those of the yang channels are used for acute pain: this one is the classic choice for a sudden attack of stomach pain, pressed hard or needled strongly.\n\nIt is also a main local point for the knee, together with ST35 and the medial knee eye.\n\nBecause the stomach channel runs through the breast, it also treats acute breast swelling and pain.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the xi-cleft points of the channels, this one among them.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold knee pain.' },
    classificationNotes: { cleft: 'Xi-cleft point of the stomach channel' },
  },
  ST35: {
    area: 'Knee — front, lateral to the patellar ligament',
    location: 'On the front of the knee, in the hollow lateral to the patellar ligament.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient bend the knee to about a right angle. Below the kneecap two hollows appear on either side of the patellar ligament, the “knee eyes”; the point is in the outer one.',
    needling: {
      directions:
        'With the knee bent, insert obliquely toward the medial knee eye and slightly backward, 0.5–1 cun; some practitioners thread through toward the medial eye up to 1.5 cun.',
    },
    sensation: 'A deep ache or distension filling the knee joint.',
    safety: {},
    cautions: 'The needle may enter the joint space: use strict aseptic technique, and do not needle through a swollen, hot, possibly infected joint.',
    actions: ['Relieves swelling and pain of the knee', 'Expels wind, cold and damp from the knee', 'Activates the channel'],
    indications: [
      'Pain, swelling and stiffness of the knee',
      'Difficulty bending and straightening the knee',
      'Weakness and numbness below the knee',
      'Leg qi (swelling and weakness of the legs)',
    ],
    commentary:
      'The principal local point for the knee. It is nearly always combined with the medial knee eye (EX-LE4), the pair together being called Xiyan, the eyes of the knee.\n\nModern practice uses it for osteoarthritis of the knee, with warm-needle moxibustion when cold and stiffness dominate.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point below the kneecap.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Warm-needle moxibustion for cold, stiff knees.',
      cupping: 'The bony front of the knee gives a poor seal.',
      guaSha: 'Around the knee, not over the bony points.',
    },
    classificationNotes: {},
  },
  ST36: {
    area: 'Leg — anterior, below the knee',
    location: 'On the front of the leg, 3 cun below ST35, on the line joining ST35 and ST41.',
    convention: 'WHO 2008',
    howToLocate:
      'From ST35, the outer knee eye, measure 3 cun (four fingers’ width) down the line toward the middle of the ankle. The point lies about one finger-breadth lateral to the front crest of the tibia, on tibialis anterior; a common check is that it is level with the lower edge of the tibial tuberosity.',
    needling: {
      directions: 'Straight in, 1–1.5 cun; up to 2 cun in a muscular leg. Angle upward to send the sensation toward the abdomen, downward for the foot.',
    },
    sensation: 'A strong ache and distension, often spreading down the front of the leg to the foot, sometimes up toward the knee and abdomen.',
    safety: {},
    cautions:
      'Generally a very safe point. The anterior tibial vessels and deep peroneal nerve lie deep in the leg; if an electric shock runs to the foot, withdraw slightly.',
    actions: [
      'Harmonises the stomach and strengthens the spleen',
      'Tonifies qi and nourishes blood',
      'Supports the body’s resistance (correct qi)',
      'Raises yang and lifts sinking qi',
      'Resolves damp and phlegm',
      'Activates the channel and relieves pain',
    ],
    indications: [
      'Epigastric pain, nausea, vomiting, belching and distension',
      'Diarrhoea, constipation and other bowel disorders',
      'Tiredness, weakness and poor appetite from deficiency',
      'Dizziness and palpitations from deficient qi and blood',
      'Pain, weakness and paralysis of the knee and leg',
      'Breast abscess and swelling',
    ],
    commentary:
      'Probably the most important point for building up the body. As the sea point and the lower sea point of the stomach, it acts directly on digestion, and because the stomach and spleen are the source of the qi and blood made after birth, it is the classic point to strengthen a weak, tired, easily ill patient.\n\nIt treats the whole digestive tract: nausea and vomiting, stomach pain, distension, diarrhoea and constipation. As the command point of the abdomen it is added to almost any abdominal prescription.\n\nThe name is read two ways: the point lies three cun below the knee, and it lets a tired traveller walk three more miles. Regular moxibustion here is a traditional health practice in China and Japan, done to keep the digestion strong into old age.\n\nIt is also a local point for the knee and leg and part of the yangming chain of points used for paralysis of the leg.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 4',
        note: 'Gives it as the lower sea (he) point of the stomach.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Names it the lower point of the sea of water and grain.',
      },
      {
        work: 'Ma Danyang, Song of the Heavenly Star Points (Song–Yuan era)',
        note: 'Includes it among the heavenly star points, both in the early version of eleven points and in the later one of twelve.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or cones for deficiency and cold; a traditional long-life practice.',
      cupping: 'For leg pain and in excess conditions.',
      guaSha: 'Downward strokes along the shin.',
    },
    classificationNotes: {
      lower_sea: 'Lower sea (he) point of the stomach',
      sea: 'Sea of water and grain (lower point)',
      command: 'Command point of the abdomen',
      revive_yang: 'One of the nine needles for returning the yang',
      horary: 'Earth point of the earth channel',
    },
  },
  ST37: {
    area: 'Leg — anterior',
    location: 'On the front of the leg, 6 cun below ST35, on the line joining ST35 and ST41.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure 3 cun further down from ST36, one finger-breadth lateral to the crest of the tibia, in the belly of tibialis anterior. It is often tender in intestinal disorders.',
    needling: { directions: 'Straight in, 1–1.5 cun (up to 2 cun in a muscular leg).' },
    sensation: 'A strong ache spreading down the shin to the foot.',
    safety: {},
    cautions: 'A safe point; withdraw slightly if an electric sensation shoots into the foot.',
    actions: [
      'Regulates the intestines and transforms stagnation',
      'Clears damp-heat from the large intestine',
      'Regulates the spleen and stomach',
      'Activates the channel and relieves pain',
    ],
    indications: [
      'Diarrhoea and dysentery',
      'Abdominal pain and distension, borborygmus',
      'Constipation',
      'Appendicitis (as a supportive point)',
      'Weakness and paralysis of the leg',
    ],
    commentary:
      'The lower sea point of the large intestine. The Ling Shu teaches that the lower sea points treat the six fu organs directly, so this is the main distal point for disorders of the large bowel, from acute dysentery to chronic colitis; it is combined with ST25, the bowel’s front-mu point.\n\nIt is also one of the lower points of the sea of blood, with ST39.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 4',
        note: 'Gives it as the lower sea point of the large intestine.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Names the upper and lower great hollows as the lower points of the sea of blood.',
      },
    ],
    therapyNotes: { moxibustion: 'For chronic, cold-type diarrhoea.' },
    classificationNotes: { lower_sea: 'Lower sea (he) point of the large intestine', sea: 'Sea of blood (lower point)' },
  },
  ST38: {
    area: 'Leg — anterior, mid-shin',
    location: 'On the front of the leg, 8 cun below ST35, on the line joining ST35 and ST41.',
    convention: 'WHO 2008',
    howToLocate: 'Halfway between ST35 and ST41, two cun below ST37, one finger-breadth lateral to the crest of the tibia.',
    needling: {
      directions:
        'Straight in, 1–1.5 cun. For frozen shoulder, a long needle is taken deep toward BL57 on the back of the leg, 2–3 cun, while the patient moves the shoulder.',
    },
    sensation: 'A deep ache spreading down the shin or, with deep needling, through the calf.',
    safety: {},
    cautions: 'Deep through-needling should be done slowly, avoiding the vessels and nerve between the bones.',
    actions: ['Relaxes the sinews and relieves pain of the shoulder', 'Expels wind, cold and damp from the leg'],
    indications: ['Frozen shoulder and shoulder pain', 'Numbness, cold and pain of the leg', 'Cramping of the calf', 'Weakness and paralysis of the leg'],
    commentary:
      'Best known as an empirical distal point for frozen shoulder: the needle is stimulated strongly while the patient moves the painful arm, often with quick relief of pain and range. The link is explained through the yangming channels of hand and foot; the point is taken on the side of the painful shoulder, or on both sides.\n\nOtherwise it is a local point for cold, numbness and weakness of the shin, and for cramping of the calf. Through-needling toward BL57 is done slowly with a long needle; in a frail patient a shallower insertion combined with active movement of the shoulder is enough.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the front of the leg.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  ST39: {
    area: 'Leg — anterior',
    location: 'On the front of the leg, 9 cun below ST35, on the line joining ST35 and ST41.',
    convention: 'WHO 2008',
    howToLocate: 'One cun below ST38, one finger-breadth lateral to the crest of the tibia.',
    needling: { directions: 'Straight in, 1–1.5 cun.' },
    sensation: 'A deep ache spreading down the shin to the foot.',
    safety: {},
    cautions: 'A safe point; withdraw slightly if an electric sensation shoots into the foot.',
    actions: ['Regulates the small intestine and clears damp-heat', 'Moves qi and relieves pain', 'Activates the channel'],
    indications: [
      'Lower abdominal pain spreading to the back or testicles',
      'Diarrhoea with undigested food, or with blood and pus',
      'Breast abscess',
      'Weakness and paralysis of the leg',
    ],
    commentary:
      'The lower sea point of the small intestine, used for small-bowel disorders: lower abdominal pain, rumbling and loose stools, and pain referred to the lower back and genitals. Where the pain sits low in the abdomen and radiates to the back or testicles, or the stool carries undigested food, it is preferred to ST37; the two are often needled together.\n\nWith ST37 it forms the lower half of the sea of blood, the Penetrating Vessel’s points in the leg.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 4',
        note: 'Gives it as the lower sea point of the small intestine.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Names the upper and lower great hollows as the lower points of the sea of blood.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { lower_sea: 'Lower sea (he) point of the small intestine', sea: 'Sea of blood (lower point)' },
  },
  ST40: {
    area: 'Leg — anterolateral, mid-shin',
    location: 'On the front and outer side of the leg, at the lateral border of tibialis anterior, 8 cun above the prominence of the lateral malleolus.',
    convention: 'WHO 2008: about one finger-breadth lateral to ST38, at the same level.',
    howToLocate:
      'Find the midpoint between the outer knee eye (ST35) and the front of the ankle (ST41): this is ST38. Move one finger-breadth further out, off the tibialis anterior, into the groove toward the fibula. The point is usually tender and lies level with the middle of the lower leg.',
    needling: { directions: 'Straight in, 1–1.5 cun; slightly toward the tibia to stay clear of the fibula.' },
    sensation: 'A deep ache or distension spreading down toward the ankle.',
    safety: {},
    cautions: 'A safe point; the deep peroneal nerve lies deep between the bones, so withdraw slightly if an electric sensation runs to the foot.',
    actions: [
      'Transforms phlegm and damp',
      'Clears phlegm from the lungs and stops cough and wheezing',
      'Calms the mind',
      'Opens the chest',
      'Activates the channel and relieves pain',
    ],
    indications: [
      'Cough with copious phlegm, wheezing',
      'Dizziness and headache from phlegm',
      'Mania, epilepsy and agitation',
      'A feeling of a lump in the throat',
      'Weakness, atrophy and swelling of the leg',
    ],
    commentary:
      'The connecting (luo) point of the stomach channel, reaching across to the spleen, and the most important point in the body for phlegm. Phlegm in Chinese medicine covers much more than sputum: it includes the catarrh of the lungs, a heavy muzzy head, lumps and nodules, and the phlegm that mists the mind in mania and epilepsy. All of these are treated here.\n\nIt is combined with SP3 (the spleen’s source point) in the classic source–connecting pairing, or with PC5 and CV17 when phlegm blocks the chest.\n\nIn the leg it is also a local point for swelling, weakness and pain.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the connecting vessel of foot yangming and describes its branch to the throat.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold phlegm and damp.', guaSha: 'Downward strokes along the lateral shin.' },
    classificationNotes: { connecting: 'Luo-connecting point of the stomach channel, to the spleen' },
  },
  ST41: {
    area: 'Ankle — front',
    location:
      'On the front of the ankle, in the hollow at the centre of the ankle joint, between the tendons of extensor hallucis longus and extensor digitorum longus.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to pull the foot and big toe up. Two tendons stand out at the front of the ankle: the one to the big toe and, just outside it, the tendons to the other toes. The point is in the hollow between them, level with the tips of the two malleoli.',
    needling: {
      directions: 'Straight in between the tendons, 0.5–1 cun (0.3–0.5 cun in some texts). Feel for the pulse first and keep beside it.',
    },
    sensation: 'A local ache spreading across the ankle, sometimes to the toes.',
    safety: { vessel: 'The anterior tibial artery runs between the two tendons at this point.' },
    cautions: 'Feel for the pulse of the anterior tibial artery and needle to one side of it.',
    actions: ['Clears heat from the stomach channel', 'Calms the mind', 'Activates the channel and benefits the ankle', 'Clears the head'],
    indications: [
      'Pain, sprain and weakness of the ankle; foot drop',
      'Frontal headache and dizziness',
      'Red face and eyes',
      'Abdominal distension and constipation',
      'Mania and agitation from heat',
    ],
    commentary:
      'The river point and fire point of an earth channel, and therefore the mother point, tonified when the stomach is deficient according to the mother–child rule.\n\nIn practice it is used both as a local point for the ankle and foot drop and as a distal point that drains heat from the stomach channel rising to the head: frontal headache, a red face, dizziness. For foot drop after a stroke it is combined with points higher up the stomach channel, and the patient is asked to pull the foot up while the needle is in.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the river point of the stomach channel.',
      },
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 69',
        note: 'States the rule of tonifying the mother point, which makes this fire point the stomach’s tonification point.',
      },
    ],
    therapyNotes: { cupping: 'No flat surface for a cup.', guaSha: 'Light strokes over the ankle only.' },
    classificationNotes: {},
  },
  ST42: {
    area: 'Foot — dorsum, highest point',
    location: 'On the top of the foot, at the joint between the base of the second metatarsal and the intermediate cuneiform, over the dorsalis pedis artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Slide a finger down from ST41 toward the second toe to the highest point of the instep. The dorsalis pedis pulse is felt there; the point is at the pulse, over the joint between the second metatarsal and the cuneiform.',
    needling: {
      directions:
        'Feel the pulse, move the artery aside with a finger and insert beside it, 0.2–0.3 cun (up to 0.5 cun in some texts). No strong manipulation.',
    },
    sensation: 'A local ache over the instep, sometimes toward the toes.',
    safety: { vessel: 'Lies directly over the dorsalis pedis artery.' },
    cautions: 'Always palpate and avoid the artery; press after withdrawal. Many prefer acupressure or to read the pulse here rather than needle.',
    actions: ['Tonifies the stomach and spleen', 'Calms the mind', 'Clears the stomach channel in the face', 'Activates the channel'],
    indications: [
      'Epigastric pain and poor appetite',
      'Swelling of the face and toothache',
      'Mania and agitation',
      'Swelling and pain of the top of the foot; weakness of the foot',
    ],
    commentary:
      'The source (yuan) point of the stomach channel, where the original qi of the channel surfaces. Because of the artery it is needled much less than other source points, and ST36 often stands in for it in practice.\n\nThe pulse here, the “instep pulse”, was used in old pulse diagnosis to judge whether stomach qi was still present in serious illness.\n\nIt is also the exit point of the stomach channel: from here a branch runs to the big toe and hands the qi on to SP1.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the source point of the stomach channel.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa stick, not cones over the artery.', bloodletting: 'Over an artery.' },
    classificationNotes: { source: 'Yuan-source point of the stomach channel', exit: 'Hands on to the spleen channel at SP1' },
  },
  ST43: {
    area: 'Foot — dorsum, between 2nd and 3rd metatarsals',
    location: 'On the top of the foot, between the second and third metatarsals, in the hollow just proximal to the second metatarsophalangeal joint.',
    convention: 'WHO 2008. Older Chinese texts put it a little further back, in front of the junction of the two metatarsals.',
    howToLocate:
      'Run a finger up the groove between the second and third metatarsals from the web of the toes. Just behind the knuckle of the second toe the finger sinks into a hollow; the point is there.',
    needling: {
      directions: 'Straight in or slightly oblique toward the ankle, 0.3–0.5 cun (up to 1 cun in some texts).',
    },
    sensation: 'A local ache spreading to the toes.',
    safety: {},
    cautions:
      'The top of the foot is sensitive; insert briskly. The dorsal veins of the foot lie just under the skin here: look for them before inserting and press after withdrawal. In a swollen foot keep the technique clean and avoid broken skin.',
    actions: ['Regulates the spleen and drains oedema', 'Harmonises the stomach and intestines', 'Activates the channel and relieves pain'],
    indications: ['Oedema of the face and body', 'Abdominal pain and distension, borborygmus', 'Swelling and pain of the top of the foot', 'Red, painful eyes'],
    commentary:
      'The stream point and wood point of the stomach channel. Its main traditional use is for puffiness and oedema, especially of the face, and for distension and rumbling of the belly. It suits water that collects because the middle burner is weak: a puffy face in the morning, heavy limbs, loose stools.\n\nLocally it treats pain and swelling of the forefoot. Compared with its neighbour in the web below it, which is chosen for heat, this point is chosen for damp and swelling.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the stream point of the stomach channel.',
      },
    ],
    therapyNotes: { cupping: 'No room for a cup.' },
    classificationNotes: {},
  },
  ST44: {
    area: 'Foot — web between 2nd and 3rd toes',
    location: 'On the top of the foot, between the second and third toes, just behind the web margin, at the border between the red and white skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Spread the second and third toes a little; the point is at the end of the web between them, where the darker skin of the top of the foot meets the paler skin of the sole.',
    needling: { directions: 'Obliquely upward toward the ankle, 0.5–0.8 cun, or straight in 0.3–0.5 cun.' },
    sensation: 'A sharp local ache, sometimes spreading up the top of the foot.',
    safety: {},
    cautions:
      'Needling the web is somewhat painful; warn the patient and insert quickly. Clean the skin between the toes well, where moisture collects, above all before pricking to bleed. Moxibustion is not used, since the point is chosen for heat.',
    actions: ['Clears heat from the stomach channel and the face', 'Stops pain', 'Harmonises the intestines and clears damp-heat', 'Calms the mind'],
    indications: [
      'Toothache, bleeding and swollen gums',
      'Sore throat, nosebleed, mouth ulcers',
      'Frontal headache and facial pain',
      'Epigastric pain with acid, diarrhoea or dysentery',
      'Fever',
      'Pain and swelling of the top of the foot',
    ],
    commentary:
      'The spring point and water point of the stomach channel, and the chief distal point for heat in it. Spring points clear heat, and since the stomach channel runs through the gums, nose and throat, this is the standard point for toothache, bleeding gums and a hot, sore mouth, often paired with LI4.\n\nIt also clears heat from the stomach and intestines: burning pain with acid reflux, and diarrhoea or dysentery with heat.\n\nMa Danyang includes it among his twelve heavenly star points.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the spring point of the stomach channel.',
      },
      {
        work: 'Ma Danyang, Song of the Heavenly Star Points (Song–Yuan era)',
        note: 'Includes it among the heavenly star points, both in the early version of eleven points and in the later one of twelve.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Used for heat; moxibustion works against its purpose.',
      cupping: 'No room for a cup.',
      bloodletting: 'Pricking for a few drops in acute tooth or throat pain.',
    },
    classificationNotes: {},
  },
  ST45: {
    area: 'Foot — second toe, lateral nail corner',
    location:
      'On the second toe, on the outer side of the distal phalanx, about 0.1 finger-cun from the lateral corner of the toenail, where the lines of the nail’s outer border and its base meet.',
    convention: 'WHO 2008',
    howToLocate:
      'Follow the outer edge of the second toenail back to its base; the point is just beyond the corner, on the side of the toe next to the third toe.',
    needling: {
      directions: 'Obliquely upward, 0.1–0.2 cun, or prick with a three-edged needle to let a few drops of blood.',
    },
    sensation: 'A sharp local pain.',
    safety: { painful: 'The toe tip is densely supplied with nerves; needling here hurts.' },
    cautions: 'Painful: warn the patient and insert quickly. Clean the skin well before pricking to bleed.',
    actions: ['Clears heat from the stomach channel', 'Calms the mind and eases disturbed sleep', 'Restores consciousness', 'Benefits the face and mouth'],
    indications: [
      'Excessive dreaming and nightmares',
      'Mania, fright and restlessness',
      'Swelling of the face, toothache, nosebleed',
      'Fever without sweating',
      'Cold feet and legs',
    ],
    commentary:
      'The well point and metal point of the stomach channel, where it ends at the second toe. Metal is the child of earth, so this is the channel’s sedation point under the mother–child rule.\n\nLike other well points it is used to clear heat and to revive; its particular reputation is for sleep that is full of dreams and for agitation from heat in the stomach, often paired with SP1 at the big toe.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the well point where the stomach channel ends at the toe.',
      },
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 69',
        note: 'States the rule of reducing the child point, which makes this metal point the stomach’s sedation point.',
      },
    ],
    therapyNotes: { moxibustion: 'Small cones or a stick.', bloodletting: 'Pricking to bleed for fever and heat.' },
    classificationNotes: {},
  },
};
