import type { PointTextsByCode } from '../../textsSchema.ts';

/** The 48 WHO extra points (1991), EX-HN1–EX-LE12: the English texts, in our own words. */
export const extraPointTexts: PointTextsByCode = {
  'EX-HN1': {
    area: 'Head — vertex, around GV20',
    location:
      'A cluster of four points on the top of the head, each 1 cun from GV20 (Bǎihuì): one in front of it and one behind it on the midline, and one out to either side.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The front and back members lie on the Governor Vessel line without being GV points; the side members lie between the GV line and the inner bladder line: their 1 cun is measured in the cun between the hairline corners, as the 1.5 cun of the bladder line is.',
    howToLocate:
      'First find GV20 on the midline, 5 cun behind the front hairline, where a line over the head from one ear apex to the other crosses the midline. From there measure one cun forward, one cun back and one cun out to each side; each spot usually feels like a slight dip in the scalp.',
    needling: {
      directions:
        'Slide each needle flat under the scalp, 0.5–0.8 cun. Most practitioners point all four toward GV20; some point them outward, away from it, when the aim is to spread the effect over the head.',
    },
    sensation: 'A local heaviness or tightness that may spread over the top of the head like a cap.',
    safety: {
      fontanelle: 'In infants the anterior fontanelle can reach close to the front member; check it has closed.',
    },
    cautions:
      'The scalp bleeds readily: press each hole briefly after withdrawal. Avoid scalp needling over a wound or infection, and in babies whose fontanelle is still open.',
    actions: ['Calms the mind (shen)', 'Subdues wind and stops dizziness', 'Clears the head and sharpens the senses', 'Benefits memory and concentration'],
    indications: [
      'Headache at the vertex, dizziness',
      'Insomnia, poor memory',
      'Epilepsy',
      'Slowed thinking or speech after a stroke',
      'Developmental delay in children',
    ],
    commentary:
      'A ring of needles around GV20, used when a broader calming and clearing effect on the head is wanted than one point gives. All four are usually needled together for insomnia, dizziness, poor memory and the mental slowness that can follow a stroke.\n\nThe front and back members sit on the Governor Vessel itself, so the group is often thought of as an extension of GV20; the side members reach toward the bladder channel, which also crosses the vertex. In China it is widely used in the treatment of children with developmental problems.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Indirect, with a stick held above the scalp; mind the hair.',
      cupping: 'Hair and the curve of the skull prevent a seal.',
      bloodletting: 'Light pricking is occasionally used for headache from rising yang.',
      guaSha: 'Combing strokes over the vertex with a horn comb.',
    },
    classificationNotes: {},
    memberLabels: {
      '1': 'Front member, 1 cun anterior to GV20',
      '2': 'Side member, 1 cun lateral to GV20',
      '3': 'Back member, 1 cun posterior to GV20',
    },
  },
  'EX-HN2': {
    area: 'Head — front, above the pupil',
    location: 'On the front of the head, straight above the pupil, 1 cun behind the front hairline.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The rule takes the level of GV23 (1 cun within the hairline) straight above the pupil.',
    howToLocate:
      'With the patient looking straight ahead, follow the vertical line through the pupil up over the forehead to the hairline, then go one more cun back into the hair; GB15 lies halfway along that last cun. If the hairline has receded, take it as 3 cun above the eyebrow.',
    needling: { directions: 'Insert flat under the scalp, running backward over the skull, 0.5–0.8 cun.' },
    sensation: 'A local distension or tightness over the forehead and front of the scalp.',
    safety: {},
    cautions: 'The scalp bleeds easily; press after withdrawal. Keep the needle flat: the bone lies immediately under the thin scalp.',
    actions: ['Dispels wind and stops headache', 'Brightens the eyes', 'Opens the nose'],
    indications: ['Frontal headache', 'Dizziness', 'Red, painful eyes', 'Blocked nose with a common cold'],
    commentary:
      'A modest local point for the front of the head. It is chosen when a frontal headache comes with eye or nose symptoms, usually together with GB14 or Yintang.\n\nIt lies on the same vertical line as GB14 and GB15 and overlaps with them in use; it is a convenient alternative when those points are tender or already needled.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Brief indirect moxa above the hairline.',
      cupping: 'Hair and bone prevent a seal.',
      guaSha: 'Combing strokes backward over the scalp.',
    },
    classificationNotes: {},
  },
  'EX-HN3': {
    area: 'Face — between the eyebrows',
    location: 'On the forehead midline, in the hollow halfway between the inner ends of the two eyebrows.',
    convention:
      'WHO 1991 lists it as extra point EX-HN3. China’s national standard GB/T 12346 has moved it onto the Governor Vessel: some sources number it GV29, the 2021 revision writes GV24+. The spot is the same in all of them; this atlas keeps the WHO code.',
    howToLocate:
      'Find the inner end of each eyebrow and take the midpoint between them, on the glabella. A shallow hollow is usually felt there. Where the brows are plucked or uneven, go by the bone rather than the hair.',
    needling: {
      directions:
        'Pinch the skin up between finger and thumb and slide the needle downward under it, toward the root of the nose, 0.3–0.5 cun. For nose or eye complaints some practitioners angle it toward one inner corner of the eye instead. Pricking to release a few drops of blood is also used.',
    },
    sensation: 'A dull pressure or heaviness over the forehead and down the bridge of the nose; many patients become drowsy.',
    safety: {},
    cautions: 'The skin lies thin over bone: needle flat, never straight in. Press after withdrawal, since a bruise here is very visible.',
    actions: ['Calms the mind (shen)', 'Extinguishes wind and stops convulsions', 'Opens the nose', 'Relieves frontal headache', 'Brightens the eyes'],
    indications: [
      'Insomnia, anxiety, agitation',
      'Frontal headache, dizziness',
      'Blocked or runny nose, sinusitis, nosebleed',
      'Convulsions and fright in children',
      'Red, painful eyes',
    ],
    commentary:
      'One of the most used calming points. A single needle here, often with HT7 or PC6, settles anxiety and helps sleep, and patients commonly feel drowsy within minutes of insertion.\n\nIt also serves the nose and the frontal sinuses, usually with LI20 or Bitong (EX-HN8), and the frontal headache that goes with congestion. In children, pinching or pressing it is a folk remedy for fright and convulsions.\n\nBecause it lies on the path of the Governor Vessel, Chinese standards now count it as a Governor Vessel point, while the WHO list keeps it among the extra points.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Brief indirect moxa; keep the heat away from the eyes.',
      cupping: 'The flat bone and nearby eyes make a cup impractical.',
      bloodletting: 'Pricking and squeezing a few drops for headache and red eyes from heat.',
      guaSha: 'Pinch-scraping here is a household remedy for heatstroke and headache.',
    },
    classificationNotes: {},
  },
  'EX-HN4': {
    area: 'Face — middle of the eyebrow',
    location: 'On the forehead, at the middle of the eyebrow, straight above the pupil.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Ask the patient to look straight ahead and draw a vertical line up from the pupil; the point is where this line crosses the eyebrow, in its middle. The supraorbital notch can usually be felt on the rim of the orbit a little toward the nose.',
    needling: {
      directions:
        'Slide the needle flat along the brow, 0.3–0.5 cun, either outward toward TE23 or inward toward BL2, depending on where the pain or weakness lies.',
    },
    sensation: 'A local ache along the brow, sometimes with a sense of pressure in the eye.',
    safety: {
      nerve: 'The supraorbital nerve runs up from the notch just medial to the point; touching it gives a sharp shock.',
    },
    cautions: 'Keep the needle flat and above the bony rim. The brow bruises easily: press after withdrawal.',
    actions: ['Relaxes the eyelid and brow muscles', 'Brightens the eyes', 'Dispels wind and relieves pain'],
    indications: [
      'Pain over the eyebrow (supraorbital neuralgia)',
      'Twitching or drooping of the upper eyelid',
      'Red, swollen, painful eyes',
      'Facial paralysis affecting the forehead',
    ],
    commentary:
      'A local point whose uses follow from its place. Threaded along the brow, often to meet BL2, TE23 or GB14, it treats pain above the eye, a twitching lid, and the inability to raise the brow in facial palsy.\n\nThe name pictures the eyebrow as a fish, with the point at its middle.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Eyebrow hair and the eye are too close.', guaSha: 'Only light strokes along the brow.' },
    classificationNotes: {},
  },
  'EX-HN5': {
    area: 'Head — temple',
    location: 'At the temple, in the hollow about one finger-breadth behind the midpoint between the outer end of the eyebrow and the outer corner of the eye.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. WHO gives the distance as one finger-breadth; the atlas measures it as 1 cun of the glabella-to-hairline scale, which is close to a finger’s width, straight back from the midpoint between the outer end of the eyebrow and the outer canthus.',
    howToLocate:
      'Find the outer end of the eyebrow and the outer corner of the eye, take the midpoint between them and slide one finger-breadth straight back. The fingertip drops into a soft hollow in the temple, which firms up when the patient clenches the teeth.',
    needling: {
      directions:
        'Straight in, 0.3–0.5 cun, or obliquely backward. For one-sided headache some practitioners thread it flat toward GB8 for 1–1.5 cun. Pricking a small visible vein here to release a little blood is a common method for acute headache and red eyes.',
    },
    sensation: 'A local ache or distension, sometimes spreading over the side of the head.',
    safety: {
      vessel: 'Branches of the superficial temporal artery and vein run just under the skin; press firmly after withdrawal.',
    },
    cautions: 'The skull is thin under the temple: do not push deep. Bruising is common, so apply pressure after withdrawal.',
    actions: ['Dispels wind and stops pain', 'Clears heat and reduces swelling', 'Brightens the eyes'],
    indications: ['One-sided or temporal headache, migraine', 'Red, swollen, painful eyes', 'Dizziness', 'Toothache', 'Facial paralysis'],
    commentary:
      'The standard point for headache at the side of the head, whether needled, pressed or bled. Letting a few drops of blood from a small vein at the temple is a quick remedy for intense temporal headache and for eyes made red and swollen by wind-heat.\n\nIt is also one of the most familiar self-massage points: rubbing small circles here eases tension headache and tired eyes.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Close to the eye; seldom used.',
      cupping: 'A small cup after pricking is used in some clinics.',
      bloodletting: 'Pricking a superficial vein for acute headache or red eyes.',
      guaSha: 'Gentle strokes from the temple back toward the ear.',
    },
    classificationNotes: {},
  },
  'EX-HN6': {
    area: 'Ear — top of the auricle',
    location: 'At the top of the ear, on the highest point of the auricle when the ear is folded forward.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'Fold the ear forward so that its back edge lies over the front; the point is at the tip of the fold, the apex of the helix.',
    needling: {
      directions:
        'Usually pricked with a lancet or three-edged needle and squeezed to release several drops of blood. If a filiform needle is used, go straight in 0.1–0.2 cun only: the cartilage lies right under the skin.',
    },
    sensation: 'A sharp prick followed by warmth and throbbing in the ear.',
    safety: {},
    cautions: 'Clean the skin thoroughly: an infection of the ear cartilage heals slowly and can deform the ear. Avoid in bleeding disorders.',
    actions: ['Clears heat', 'Reduces swelling and pain', 'Brightens the eyes', 'Subdues rising liver yang'],
    indications: ['Red, swollen, painful eyes; stye', 'High fever', 'Sore, swollen throat', 'Headache with high blood pressure'],
    commentary:
      'Mainly a bloodletting point. A few drops taken from the ear apex cool heat quickly, which makes it a favourite for red eyes, styes and high fever, in children as much as adults.\n\nIn ear acupuncture the same spot is used for fever, inflammation and raised blood pressure.',
    classicalSources: [],
    therapyNotes: {
      cupping: 'Too small and curved for a cup.',
      bloodletting: 'The usual method: prick and squeeze 5–10 drops.',
    },
    classificationNotes: {},
  },
  'EX-HN7': {
    area: 'Face — lower rim of the orbit',
    location: 'On the face, at the lower rim of the orbit, where its outer quarter meets its inner three quarters.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Trace the lower bony rim of the orbit from the side of the nose to its outer end and divide it into four. The point is at the junction of the outer quarter with the rest, just above the rim and beneath the eyeball.',
    needling: {
      directions:
        'Ask the patient to look up and keep still. Gently push the eyeball upward with a finger, then insert slowly along the floor of the orbit, angled slightly toward its back, 0.5–1 cun (some texts allow 1.5 cun). Do not lift, thrust or twirl. Press the hole for one to two minutes after withdrawal.',
    },
    sensation: 'A distension or soreness around the eye, often with watering; a sharp pain means the needle should stop.',
    safety: {
      orbit:
        'The needle runs beside the eyeball among small orbital vessels; slow insertion, no manipulation and pressure afterwards prevent injury and bleeding.',
    },
    cautions:
      'For practitioners trained in orbital needling only. Bleeding inside the orbit shows as a black eye; cold compresses on the first day limit it. Never apply moxa here.',
    actions: ['Brightens the eyes', 'Clears heat from the eyes'],
    indications: ['Optic neuritis, optic atrophy', 'Glaucoma, early cataract', 'Short sight, squint', 'Floaters and clouding of the vitreous'],
    commentary:
      'A point reserved for eye disease, above all disorders of the back of the eye and the optic nerve, where it is one of the few points that bring the needle close to the structures involved.\n\nIts technique mirrors ST1, which lies on the same rim directly below the pupil: patient still, eyeball moved gently aside, needle slid in slowly and then left alone.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  'EX-HN8': {
    area: 'Face — side of the nose',
    location: 'On the side of the nose, at the upper end of the nasolabial groove, where the nasal bone meets the cartilage.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Start at LI20 in the groove beside the wing of the nose and slide a finger upward along the side of the nose. Where the soft cartilage gives way to the firm nasal bone there is a small hollow: the point.',
    needling: { directions: 'Insert obliquely upward and inward, toward the inner corner of the eye, 0.3–0.5 cun.' },
    sensation: 'A sore distension through the nose, often with watering eyes and a sense of the nose opening.',
    safety: {},
    cautions: 'Clean the skin well and avoid a pimple or boil: infection in this part of the face can spread to veins inside the skull.',
    actions: ['Opens the nose', 'Dispels wind and clears heat', 'Relieves pain of the face and head'],
    indications: ['Blocked nose, rhinitis, sinusitis', 'Sores inside the nose', 'Headache and eye pain with nasal congestion'],
    commentary:
      'Paired with LI20, one of the most dependable points for a blocked nose: patients often breathe more freely while the needle is still in. Its alternative name, Bitong ("nose passage"), says as much.\n\nIt is also pressed and rubbed at home by people with chronic rhinitis.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  'EX-HN9': {
    area: 'Face — inside the nostril',
    location: 'Inside the nostril, on the mucous membrane where the cartilage of the nasal wing meets the concha.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The point lies inside the nose, which the 3D body does not model: the marker sits at the rim of the nostril as a stand-in.',
    howToLocate:
      'Lift the tip of the nose and look into the nostril under good light. The point is high on the inner face of the nasal wing, roughly opposite Bitong (EX-HN8) on the outside.',
    needling: {
      directions:
        'Prick lightly with a fine sterile lancet or three-edged needle to let a few drops of blood; the membrane is thin, so go no deeper than 0.1 cun.',
    },
    sensation: 'A sharp sting followed by watering of the eyes and sneezing.',
    safety: {
      vessel: 'The nasal lining is rich in vessels; bleeding can be hard to stop in people with clotting problems.',
    },
    cautions: 'Do not use in bleeding disorders, with blood-thinning medication or with a history of heavy nosebleeds. Sterile instruments only.',
    actions: ['Clears heat', 'Opens the nose', 'Revives consciousness'],
    indications: ['Red, painful eyes from heat', 'Blocked, painful nose', 'Sore throat', 'Heatstroke, dizziness'],
    commentary:
      'A bloodletting point inside the nose for acute heat: red, painful eyes, a sore throat and heatstroke with dizziness. The light prick makes the patient sneeze and the eyes water, and that sudden release is part of the intended effect; the old use of rousing someone overcome by heat rests on it.\n\nIt is seldom used today because of the discomfort and the hygiene of working inside the nostril. For a blocked nose most practitioners reach the same area from outside with Bitong (EX-HN8) and LI20, and keep Neiyingxiang for the occasional acute heat case where bleeding is clearly wanted.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'The usual method: a light prick for heat.' },
    classificationNotes: {},
  },
  'EX-HN10': {
    area: 'Mouth — upper surface of the tongue',
    location: 'On the upper surface of the tongue, at the midpoint of the central furrow.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The point is on the tongue, which the 3D body does not model: the marker sits on the upper lip at the midline as a stand-in.',
    howToLocate:
      'Ask the patient to put the tongue out. The point is on its upper surface, halfway along the furrow that runs down the middle from the tip toward the root.',
    needling: {
      directions: 'Hold the protruding tongue with a gauze swab and insert straight in 0.1–0.2 cun, or prick to let a few drops of blood.',
    },
    sensation: 'A sharp sting and numbness spreading over the tongue.',
    safety: { painful: 'The tongue is very sensitive; even a quick prick is sharp.' },
    cautions: 'Sterile technique; have the patient rinse the mouth afterwards. Avoid in bleeding disorders.',
    actions: ['Clears heat', 'Benefits the tongue and speech', 'Stops cough and wheezing'],
    indications: ['Stiff tongue and slurred speech after a stroke', 'Loss of taste', 'Cough, wheezing', 'Wasting-thirst (diabetes) with strong thirst'],
    commentary:
      'One of a family of tongue points, with Haiquan, Jinjin and Yuye, used for disorders of the tongue itself. Its chief use today is the stiff tongue and slurred speech that follow a stroke, where it is pricked or briefly needled alongside CV23 and GV15; the traditional uses for cough, wheezing and the thirst of wasting-thirst are now seldom called on.\n\nThe patient must be able to hold the tongue out and keep still, which rules it out in confused or agitated patients. A quick, shallow prick is enough: the aim is a strong stimulus to the tongue, not depth.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'A light prick for heat in the heart and tongue.' },
    classificationNotes: {},
  },
  'EX-HN11': {
    area: 'Mouth — under the tongue',
    location: 'Under the tongue, at the midpoint of the frenulum.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The point is under the tongue, which the 3D body does not model: the marker sits on the lower lip at the midline as a stand-in.',
    howToLocate:
      'Ask the patient to open the mouth and curl the tip of the tongue up against the palate. The point is in the middle of the frenulum, the fold of membrane joining the underside of the tongue to the floor of the mouth.',
    needling: {
      directions: 'Prick lightly to let a drop or two of blood, or insert 0.1–0.2 cun. Stay on the midline, away from the veins on either side.',
    },
    sensation: 'A sharp sting under the tongue.',
    safety: { painful: 'The floor of the mouth is very sensitive; even a quick prick is sharp.' },
    cautions: 'The deep lingual veins run just to either side: keep to the midline. Sterile technique; avoid in bleeding disorders.',
    actions: ['Clears heat', 'Reduces swelling of the tongue', 'Generates fluids and stops thirst', 'Calms the mind'],
    indications: [
      'Swollen or flaccid tongue',
      'Wasting-thirst (diabetes) with strong thirst',
      'Vomiting, hiccup',
      'High fever with clouded consciousness',
      'Sore throat',
    ],
    commentary:
      'Locally it treats swelling of the tongue, thirst and throat pain, and it is pricked in high fever with clouded consciousness, which the old texts attributed to heat in the heart, the organ whose outward sign is the tongue.\n\nIt also has a place in the history of mental-health treatment: it is generally identified with Ghost Seal, the last of Sun Simiao’s thirteen ghost points, which was needled beneath the tongue in severe mania. Today it is used sparingly, always on the midline of the frenulum, away from the veins that Jinjin and Yuye deliberately open.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, Sun Simiao, 7th century)',
        note: 'Sets out the thirteen ghost points; the last of them, under the tongue, is usually equated with this point.',
      },
    ],
    therapyNotes: { bloodletting: 'A light prick for heat and swelling of the tongue.' },
    classificationNotes: { ghost: 'Ghost Seal (Guǐfēng), the thirteenth of Sun Simiao’s ghost points' },
  },
  'EX-HN12': {
    area: 'Mouth — under the tongue, left vein',
    location: 'Under the tongue, on the vein to the left of the frenulum.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. WHO gives Jinjin to the vein on the left and Yuye (EX-HN13) to the vein on the right, so Jinjin is drawn on the left only. The tongue is not modelled; the markers sit on the lips beside the midline as stand-ins.',
    howToLocate:
      'Ask the patient to curl the tongue up. Two bluish veins run along its underside, one on each side of the frenulum; Jinjin is on the vein on the patient’s left, level with the middle of the frenulum.',
    needling: {
      directions: 'Prick the vein with a sterile three-edged needle to let a few drops of blood; no deeper insertion.',
    },
    sensation: 'A brief sting, then a salty taste as the vein bleeds.',
    safety: {
      vessel: 'The point is a vein opened on purpose; bleeding can be heavy in clotting disorders or with blood thinners.',
      painful: 'The underside of the tongue is very sensitive.',
    },
    cautions: 'Use only a shallow prick; have gauze ready and ask the patient to press with the tongue afterwards. Avoid in bleeding disorders.',
    actions: ['Clears heat', 'Reduces swelling of the tongue', 'Generates fluids'],
    indications: ['Swollen tongue, mouth ulcers', 'Loss of speech or stiff tongue after a stroke', 'Vomiting', 'Wasting-thirst (diabetes)'],
    commentary:
      'Jinjin and Yuye, "golden fluid" and "jade fluid", take their names from the saliva that pools under the tongue, and they are almost always used together. Bleeding the two veins is an old way to relieve a swollen tongue and mouth ulcers from heat, and to help speech return after a stroke.\n\nThey are chosen when the tongue is swollen, dark or stiff and the veins beneath it look full; with a pale, thin tongue and little fluid, bleeding is the wrong method. The prick is quick and shallow, and the few drops that follow are enough.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'The usual and almost only method.' },
    classificationNotes: {},
  },
  'EX-HN13': {
    area: 'Mouth — under the tongue, right vein',
    location: 'Under the tongue, on the vein to the right of the frenulum.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. WHO gives Yuye to the vein on the right and Jinjin (EX-HN12) to the vein on the left, so Yuye is drawn on the right only. The tongue is not modelled; the markers sit on the lips beside the midline as stand-ins.',
    howToLocate:
      'Ask the patient to curl the tongue up. Two bluish veins run along its underside, one on each side of the frenulum; Yuye is on the vein on the patient’s right, level with the middle of the frenulum.',
    needling: {
      directions: 'Prick the vein with a sterile three-edged needle to let a few drops of blood; no deeper insertion.',
    },
    sensation: 'A brief sting, then a salty taste as the vein bleeds.',
    safety: {
      vessel: 'The point is a vein opened on purpose; bleeding can be heavy in clotting disorders or with blood thinners.',
      painful: 'The underside of the tongue is very sensitive.',
    },
    cautions: 'Use only a shallow prick; have gauze ready and ask the patient to press with the tongue afterwards. Avoid in bleeding disorders.',
    actions: ['Clears heat', 'Reduces swelling of the tongue', 'Generates fluids'],
    indications: ['Swollen tongue, mouth ulcers', 'Loss of speech or stiff tongue after a stroke', 'Vomiting', 'Wasting-thirst (diabetes)'],
    commentary:
      'The right-hand partner of Jinjin (EX-HN12); the two are bled together. Besides tongue and speech problems after a stroke, the pair is used for vomiting and for the dry mouth and thirst of wasting-thirst.\n\nAs with Jinjin, the vein is opened only when it looks full and dark, and the amount of blood is small. The patient keeps the tongue curled up during the prick and afterwards presses its underside down against the floor of the mouth to stop the bleeding.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'The usual and almost only method.' },
    classificationNotes: {},
  },
  'EX-HN14': {
    area: 'Neck — behind the ear, below the mastoid',
    location: 'Behind the ear, 1 cun posterior to TE17 (Yìfēng), at the lower edge of the mastoid process.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find TE17 in the hollow just behind the earlobe, between the mastoid process and the angle of the jaw. Move one cun straight back: the finger comes onto the lower edge of the mastoid, where the point lies.',
    needling: { directions: 'Straight in, 0.5–1 cun. Do not angle forward toward TE17 and the front of the mastoid.' },
    sensation: 'A local ache that may spread behind the ear or toward the eye on the same side.',
    safety: {
      nerve: 'The facial nerve leaves the skull just in front of the point; deep, forward-angled needling can irritate it.',
    },
    cautions:
      'Keep to the stated depth and a perpendicular needle: the facial nerve leaves the skull just in front of the point, and forward angling brings the needle toward it. Let the patient lie down in case of dizziness, and press after withdrawal, since the skin behind the ear bruises easily.',
    actions: ['Brightens the eyes', 'Benefits the ears', 'Calms the mind and helps sleep'],
    indications: ['Short or long sight, early cataract', 'Tinnitus', 'Insomnia', 'Dizziness, headache'],
    commentary:
      'A comparatively recent addition to the extra points, named for clearing a film (yì) from the eyes. It is chosen for failing vision and early cataract, and for insomnia and dizziness, often together with GB20.\n\nIt lies between TE17 and GB20 and shares something of both: like TE17 it serves the ear in tinnitus, like GB20 it clears the head and eyes. A patient who sleeps badly with a heavy head and tired eyes is a typical case; the needles are left in quietly while the patient rests.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Indirect, with a stick.',
      cupping: 'Behind the ear there is no flat surface for a cup.',
      guaSha: 'Downward strokes behind the ear onto the neck.',
    },
    classificationNotes: {},
  },
  'EX-HN15': {
    area: 'Neck — back, beside the midline',
    location: 'On the back of the neck, 2 cun above the lower border of the spinous process of C7 (GV14) and 1 cun lateral to the midline.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find C7, the most prominent spinous process at the base of the neck, which stays in place when the head is turned. From GV14 just below it, go 2 cun up the midline and then 1 cun to either side, onto the muscle beside the cervical spine.',
    needling: { directions: 'Straight in, 0.5–1 cun. Do not angle toward the midline at depth.' },
    sensation: 'A heavy ache in the neck that may spread to the shoulder.',
    safety: {},
    cautions: 'The spinal canal and vertebral artery lie beneath the deep neck muscles: keep to the stated depth and a perpendicular needle.',
    actions: ['Nourishes the lungs and stops cough', 'Clears heat from deficiency and stops sweating', 'Softens nodules in the neck', 'Relaxes the neck'],
    indications: ['Swollen lymph nodes of the neck (scrofula)', 'Chronic cough, asthma', 'Night sweats, afternoon fever', 'Stiff, painful neck'],
    commentary:
      'Bailao, "a hundred taxations", is the old term for chronic wasting illness such as tuberculosis. The point was used, often with moxa, for the cough, night sweats and swollen neck glands of such illness, and today it is mainly a local point for a stiff neck.\n\nOlder texts also give the name Bailao to GV14; the prefix Jing ("neck") keeps the two apart.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Traditional for chronic cough and night sweats.',
      guaSha: 'Downward strokes along the neck for stiffness.',
    },
    classificationNotes: {},
  },
  'EX-CA1': {
    area: 'Abdomen — lower, 3 cun from the midline',
    location: 'On the lower abdomen, 4 cun below the centre of the umbilicus and 3 cun lateral to the midline, level with CV3.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The 3 cun are transverse cun (8 between the nipples), as for the other lines of the abdomen.',
    howToLocate:
      'Find CV3 on the midline 4 cun below the umbilicus, one cun above the upper edge of the pubic bone. From there measure 3 cun out to either side; the point lies on the lower abdomen, a little inside and below the front of the hip bone.',
    needling: {
      directions:
        'Have the patient empty the bladder first. Insert straight in, 0.8–1.2 cun; for prolapse some practitioners angle the needle down toward the pubic bone to spread the sensation into the lower abdomen.',
    },
    sensation: 'A heavy distension in the lower abdomen, sometimes spreading toward the genitals.',
    safety: {
      pregnancy: 'A lower abdominal point acting directly on the uterus; not used in pregnancy.',
      organ: 'A full bladder and loops of bowel lie beneath: empty the bladder first and keep to the stated depth.',
    },
    cautions: 'Do not needle in pregnancy or through scars from abdominal surgery. Keep to the stated depth in thin patients.',
    actions: ['Raises what has sunk (prolapse)', 'Regulates menstruation', 'Warms the uterus and helps conception', 'Moves qi and stops pain'],
    indications: ['Prolapse of the uterus', 'Infertility', 'Irregular or painful periods', 'Heavy uterine bleeding'],
    commentary:
      'As the name says, the point of the womb. It is chosen for uterine prolapse, irregular or painful periods and in the treatment of infertility, typically with CV3, CV4 and SP6, and it is often warmed with moxa when the picture is one of cold.\n\nIt belongs to no channel: its line runs between the stomach line (2 cun from the midline) and the spleen line (4 cun), at the level of CV3.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Moxa box or warm needle for cold in the uterus; not in pregnancy.',
      guaSha: 'Gentle downward strokes over the lower abdomen.',
    },
    classificationNotes: {},
  },
  'EX-B1': {
    area: 'Upper back — beside C7',
    location: 'On the upper back, 0.5 cun lateral to the lower border of the spinous process of C7 (level with GV14).',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Have the patient bend the head forward: C7 is the most prominent spinous process at the base of the neck and it does not move when the head is turned. From GV14, in the hollow just below it, go half a cun to either side.',
    needling: {
      directions: 'Straight in or angled slightly toward the spine, 0.5–0.8 cun. Never angle outward or downward.',
    },
    sensation: 'A local ache or heaviness, sometimes spreading across the shoulder or into the chest.',
    safety: {
      lung: 'The apex of the lung rises near this level; keep the needle shallow and never aim it outward or down.',
    },
    cautions: 'Keep to the stated depth; a sudden cough, chest pain or breathlessness during or after needling needs urgent assessment.',
    actions: ['Calms wheezing and stops cough', 'Releases the exterior', 'Relaxes the neck and shoulders'],
    indications: ['Asthma, wheezing', 'Cough, bronchitis', 'Stiff neck, pain of the shoulder and upper back', 'Hives (urticaria)'],
    commentary:
      'As its name says, a point to calm wheezing. It is a relatively recent addition to the extra points and earned its place by its reliability in asthma, both during attacks and between them, typically with BL13 and CV17.\n\nCupping or moxa over the area suits long-standing asthma of the cold type.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'For chronic asthma with cold signs.',
      cupping: 'Cups over the base of the neck and upper back.',
      bloodletting: 'Pricking and cupping is used for acute heat-type wheezing.',
    },
    classificationNotes: {},
  },
  'EX-B2': {
    area: 'Back — beside the spine, T1 to L5',
    location: 'On the back, 0.5 cun lateral to the lower border of each spinous process from T1 to L5: 17 points on each side, 34 in all.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Some texts add cervical points or put the line anywhere from 0.3 to 1 cun from the midline; this atlas follows the WHO 17 pairs, T1 to L5, at 0.5 cun. Each member is level with the hollow below its spinous process (the GV point there, or the back-shu point level with it) on the 0.5 cun line of EX-B1 (Dingchuan).',
    howToLocate:
      'Count the spinous processes down from C7, the most prominent at the base of the neck, or up from L4, which lies level with the tops of the iliac crests. Each point is half a cun out from the lower edge of its spinous process, in the groove between the spine and the muscle beside it.',
    needling: {
      directions:
        'Lumbar members: straight in, 0.5–1 cun. Thoracic members: angled slightly toward the spine, 0.5–1 cun, so that the needle meets the bony lamina. The needle should come to rest on bone, not slip between the vertebrae.',
    },
    sensation: 'A local ache or distension, sometimes spreading around the trunk along the rib or down the limb at that level.',
    safety: {
      lung: 'Over the thoracic spine the pleura is not far beneath; keep the thoracic members shallow and never aim outward.',
      nerve: 'Each point lies over a spinal nerve root; an electric shock around the trunk or down a limb means withdraw a little.',
      pregnancy: 'The lower lumbar members belong to the lumbosacral area traditionally avoided in pregnancy.',
    },
    cautions: 'Do not drive the needle deep between the vertebrae toward the spinal canal. Choose the members by level rather than needling all 34.',
    actions: ['Regulates the organs at the level of each pair', 'Relaxes the back muscles and stops pain', 'Opens the channels of the limbs'],
    indications: [
      'Pain and stiffness of the spine and back',
      'Chest disorders (upper thoracic members), abdominal disorders (lower thoracic and lumbar members)',
      'Pain or weakness of the arms (T1–T3) and legs (lumbar members)',
      'Pain after shingles along a rib',
    ],
    commentary:
      'Tradition credits these points to Hua Tuo, the Han-dynasty physician, and they are often called Huatuo Jiaji. The line runs between the Governor Vessel and the inner bladder line, and each pair is read like a small back-shu point for the segment at its level: the upper thoracic ones for the chest and arms, the lower thoracic for the upper abdomen, the lumbar ones for the lower abdomen and legs.\n\nBecause they sit over the spinal nerve roots, they are widely used, often with electro-acupuncture, for spinal pain, sciatica and shingles. On the upper back many practitioners prefer them to the bladder points because they lie further from the lungs.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Along the line for cold and weakness of the back; not over the lumbar members in pregnancy.',
      cupping: 'Sliding cups along the line on both sides.',
      bloodletting: 'Pricking and cupping at a tender level.',
      guaSha: 'Downward strokes along both sides of the spine.',
    },
    classificationNotes: {},
    memberLabels: {
      '1': 'T1 level',
      '2': 'T2 level',
      '3': 'T3 level',
      '4': 'T4 level',
      '5': 'T5 level',
      '6': 'T6 level',
      '7': 'T7 level',
      '8': 'T8 level',
      '9': 'T9 level',
      '10': 'T10 level',
      '11': 'T11 level',
      '12': 'T12 level',
      '13': 'L1 level',
      '14': 'L2 level',
      '15': 'L3 level',
      '16': 'L4 level',
      '17': 'L5 level',
    },
  },
  'EX-B3': {
    area: 'Upper back — level of T8',
    location: 'On the back, 1.5 cun lateral to the lower border of the spinous process of T8.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. T8 has no bladder back-shu point; this point fills the gap on the inner bladder line, halfway between BL17 (T7) and BL18 (T9).',
    howToLocate:
      'With the arms by the sides, the lower angle of the scapula lies level with T7. Count one spinous process down to T8 and measure 1.5 cun out, halfway between the midline and the line of the medial border of the scapula.',
    needling: {
      directions: 'Insert obliquely toward the spine, 0.3–0.5 cun. Never straight in deeply or angled outward.',
    },
    sensation: 'A local ache that may spread around the lower ribs.',
    safety: { lung: 'The pleura lies close beneath the thin muscles here; oblique and shallow only.' },
    cautions:
      'Keep to the stated depth and angle, especially in thin patients: the pleura lies close beneath. Needle with the patient lying face down and breathing quietly, and stop at once if a cough, chest pain or breathlessness appears.',
    actions: ['Clears heat and generates fluids', 'Stops thirst', 'Harmonises the stomach and stops pain'],
    indications: ['Wasting-thirst (diabetes) with a dry throat', 'Epigastric pain, vomiting', 'Pain of the chest and flanks', 'Cough'],
    commentary:
      'The twelve back-shu points skip T8, and this point occupies the empty place on the inner bladder line. Its main use is wasting-thirst, the traditional picture of diabetes, with dry mouth and throat; modern texts sometimes call it Yishu, the pancreas shu.\n\nIn practice it is combined with BL20 and BL23 and with distal points that nourish yin, and it is also palpated: tenderness beside T8 is taken as a pointer to the stomach and pancreas. Like its neighbours BL17 and BL18 it lies over the chest wall, so the needle stays oblique and shallow.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, Sun Simiao, 7th century)',
        note: 'Records moxibustion at this point, under the name Weiguanxiashu, for wasting-thirst with a dry throat.',
      },
    ],
    therapyNotes: { moxibustion: 'The classical method for wasting-thirst.' },
    classificationNotes: {},
  },
  'EX-B4': {
    area: 'Lower back — level of L1',
    location: 'On the lower back, 3.5 cun lateral to the lower border of the spinous process of L1.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The rule takes the level of GV5 (below L1) on the 3 cun line through the medial border of the scapula and steps 0.5 cun further out.',
    howToLocate:
      'Find L4 level with the tops of the iliac crests and count up to L1. From the lower border of its spinous process measure 3.5 cun out, half a cun beyond BL51 on the outer bladder line.',
    needling: { directions: 'Straight in, 0.5–1 cun. Do not angle toward the midline.' },
    sensation: 'A deep ache in the loin that may spread toward the flank.',
    safety: { organ: 'The kidney lies beneath at this level; keep to the stated depth and a perpendicular needle.' },
    cautions:
      'Use the shallower end of the range in thin patients and keep the needle perpendicular; angled toward the midline it heads for the kidney. Direct moxa can leave small burns: agree on the method with the patient and keep the skin clean afterwards.',
    actions: ['Dissolves masses and lumps', 'Moves qi and blood', 'Relieves back pain'],
    indications: ['Abdominal masses, enlarged liver or spleen', 'Stomach pain and distension', 'Hernia pain', 'Low back pain'],
    commentary:
      'Pǐ is a feeling of blockage, or a lump that can be felt, in the abdomen; the point is its "root". Moxibustion is the traditional treatment, applied over many sessions for chronic abdominal masses and for an enlarged liver or spleen, typically with BL18 and BL20.\n\nIt lies just outside BL51 on the outer bladder line and is often tender when there is long-standing fullness under the ribs. Modern practice treats it as a supporting point: a mass that can be felt in the abdomen must be investigated medically before any course of moxa begins.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'The traditional method, cones or a moxa box.' },
    classificationNotes: {},
  },
  'EX-B5': {
    area: 'Lower back — midline, below L3',
    location: 'On the lower back midline, in the hollow below the spinous process of L3.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find L4 on the line joining the tops of the iliac crests and move one spinous process up to L3. The point is in the hollow just below its tip.',
    needling: { directions: 'Straight in, or angled slightly upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache or distension in the lower back, sometimes spreading down toward the sacrum.',
    safety: { pregnancy: 'A lumbar midline point; traditionally avoided in pregnancy.' },
    cautions: 'Stay within the stated depth: beyond it the needle approaches the spinal canal. An electric shock down the legs means withdraw at once.',
    actions: ['Strengthens the lower back', 'Benefits the kidneys and bladder', 'Stops abdominal pain and diarrhoea'],
    indications: ['Low back pain', 'Abdominal pain, diarrhoea', 'Frequent or difficult urination', 'Weak legs'],
    commentary:
      'The Governor Vessel has points below L2 (GV4) and L4 (GV3) but none below L3; this extra point fills that gap. It serves as a local point for lumbar pain and for lower-burner complaints such as loose stools and urinary trouble.\n\nIt is chosen when the pain or tenderness sits exactly at the L3 level, and is combined with BL23 and BL25. In chronic cold-type back pain and early-morning diarrhoea it is warmed with moxa rather than needled strongly.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'For cold, weak lower back and chronic diarrhoea; not in pregnancy.',
      bloodletting: 'Pricking and cupping for acute lumbar strain with bruising.',
    },
    classificationNotes: {},
  },
  'EX-B6': {
    area: 'Lower back — level of L4',
    location: 'On the lower back, 3 cun lateral to the lower border of the spinous process of L4.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The rule takes the level of GV3 (below L4) on the 3 cun line through the medial border of the scapula.',
    howToLocate:
      'Find L4 level with the tops of the iliac crests. From the lower border of its spinous process measure 3 cun out, level with BL25, to the outer edge of the long back muscles.',
    needling: { directions: 'Straight in, 1–1.5 cun.' },
    sensation: 'A deep ache in the lower back, sometimes spreading into the buttock.',
    safety: { pregnancy: 'A lumbosacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Use the shallower end of the range in thin patients and keep the needle perpendicular. Do not needle it in pregnancy. In acute strain, let the patient bend and turn the lower back gently after withdrawal.',
    actions: ['Strengthens the lower back', 'Relaxes the sinews and stops pain', 'Regulates the uterus'],
    indications: ['Low back pain, acute lumbar sprain', 'Chronic lumbar muscle strain', 'Uterine bleeding'],
    commentary:
      'A local point for the lower back at the level of L4, between the inner bladder line and Yaoyan. It is palpated for tenderness in lumbar strain and commonly combined with Yaoyan and BL25.\n\nIt sits over the outer edge of the long back muscles, where both an acute sprain and a chronic strain tend to leave a tender band. Pricking and cupping a tender spot suits a recent sprain with bruising; needling followed by gentle movement of the back suits chronic stiffness.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'For a cold, aching lower back; not in pregnancy.',
      bloodletting: 'Pricking and cupping for acute strain.',
    },
    classificationNotes: {},
  },
  'EX-B7': {
    area: 'Lower back — level of L4',
    location: 'On the lower back, in the hollow about 3.5 cun lateral to the lower border of the spinous process of L4.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The rule takes the level of GV3 (below L4) on the 3 cun line through the medial border of the scapula and steps 0.5 cun further out.',
    howToLocate:
      'With the patient standing or lying face down, look for the two dimples on the lower back level with the tops of the iliac crests; they deepen when the patient leans forward. The point is in each dimple, about 3.5 cun from the midline at the level of L4.',
    needling: { directions: 'Straight in, 1–1.5 cun.' },
    sensation: 'A deep ache or heaviness in the loin.',
    safety: { pregnancy: 'A lumbosacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Use the shallower end of the range in thin patients and keep the needle perpendicular. Do not needle or warm it in pregnancy. During moxa check the skin often to avoid burns.',
    actions: ['Strengthens the lower back and kidneys', 'Stops pain', 'Supports recovery from chronic wasting illness'],
    indications: ['Low back pain', 'Frequent urination', 'Irregular periods, vaginal discharge', 'Chronic cough and weakness in consumptive disease'],
    commentary:
      'The "lumbar eyes" are the two dimples on either side of the lower back. Besides their local use for back pain, they had a traditional role in consumptive illness, when they were given moxa, and they are still warmed for a cold, weak lower back.\n\nThey are chosen when the ache is felt deep in the loin on both sides, worse with cold and fatigue, and combine well with BL23 and GV4. Rubbing the two dimples with warm palms is an old self-care exercise for the lower back.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Moxa for cold and weakness of the lower back; not in pregnancy.' },
    classificationNotes: {},
  },
  'EX-B8': {
    area: 'Lower back — midline, below L5',
    location: 'On the lower back midline, in the hollow below the spinous process of L5.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find L4 on the line between the tops of the iliac crests, move one spinous process down to L5, then slip into the hollow just below it, at the top of the sacrum.',
    needling: { directions: 'Straight in, 0.5–1 cun.' },
    sensation: 'An ache at the base of the spine that may spread into the pelvis or down the legs.',
    safety: { pregnancy: 'A lumbosacral point used for the uterus; traditionally avoided in pregnancy.' },
    cautions: 'An electric shock down the legs means withdraw at once; do not go deeper than stated.',
    actions: ['Strengthens the lower back', 'Regulates the uterus and stops period pain', 'Benefits the legs'],
    indications: ['Painful periods', 'Uterine bleeding', 'Lumbosacral pain, sciatica', 'Weakness or paralysis of the legs', 'Difficult urination'],
    commentary:
      'Twelve thoracic and five lumbar vertebrae make seventeen, and the point lies below the last of them. It is one of the most reliable points for period pain, needled or pressed as the pain starts, and a local point for pain at the junction of the lumbar spine and sacrum.\n\nFor period pain it is often used with SP6 and CV4, and tenderness here before a period is a useful sign. With cold-type pain, moxa on the point works well and can be taught to the patient for home use, but never during pregnancy.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For period pain with cold; not in pregnancy.' },
    classificationNotes: {},
  },
  'EX-B9': {
    area: 'Sacrum — midline, above the coccyx',
    location: 'On the sacrum, on the midline 2 cun directly above the tip of the coccyx, in the hollow between the two sacral horns.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find the tip of the coccyx at the top of the cleft between the buttocks and measure 2 cun straight up the midline; a small hollow lies there between the two horns of the sacrum.',
    needling: { directions: 'Thread the needle upward under the skin along the midline, 1–2 cun.' },
    sensation: 'A spreading distension up the sacrum and lower back.',
    safety: { pregnancy: 'A sacral point; traditionally avoided in pregnancy.' },
    cautions:
      'Clean the skin well: the area is close to the anal cleft and prone to infection. Keep the needle flat under the skin so that it does not catch on the sacrum, and do not use the point in pregnancy.',
    actions: ['Calms the mind and stops convulsions', 'Relieves headache', 'Moves the bowels'],
    indications: ['Epilepsy', 'Headache', 'Insomnia', 'Constipation'],
    commentary:
      'An unusual point: on the sacrum, yet used mainly for the head. Its reputation is in epilepsy, where the needle is run a long way upward under the skin along the Governor Vessel, the vessel that climbs the spine into the brain.\n\nIt is part of a longer course of treatment for epilepsy, alongside GV20 and other calming points, rather than a measure during a fit. The same technique under the skin is used for headache and insomnia, and its place over the lower sacrum also helps a sluggish bowel.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Indirect moxa is occasionally used; not in pregnancy.',
      cupping: 'The sacral cleft makes a seal difficult.',
    },
    classificationNotes: {},
  },
  'EX-UE1': {
    area: 'Elbow — tip of the olecranon',
    location: 'At the back of the elbow, on the tip of the olecranon when the elbow is bent.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'Bend the elbow to about a right angle; the point is on the most prominent bony tip at the back of the elbow.',
    needling: {
      directions:
        'Seldom needled: bone lies directly under the skin and moxibustion is the usual treatment. If a needle is used at all, keep it to a brief superficial prick of 0.1–0.2 cun.',
    },
    sensation: 'Spreading warmth from the tip of the elbow under moxa; a sharp local prick if needled.',
    safety: {},
    cautions: 'Do not enter the olecranon bursa: an infection there is slow to clear. Protect the skin from burns during direct moxa.',
    actions: ['Softens nodules', 'Clears toxic heat and resolves abscesses'],
    indications: ['Scrofula (swollen lymph nodes of the neck)', 'Boils and carbuncles', 'Intestinal abscess (appendicitis)'],
    commentary:
      'A moxibustion point. Cones burned on the tip of the elbow were a traditional treatment for scrofula and for boils and abscesses; the method is rare today, but the point keeps its place in the standard list.\n\nIt was chosen for swollen glands of the neck and for deep abscesses, including intestinal abscess, as a distant point that draws toxic heat away. Modern practice uses it, if at all, alongside medical treatment, and the bursa under the bony tip makes a moxa stick safer than direct cones.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Small cones or a stick over the tip of the elbow, the traditional method.',
      cupping: 'A bony point gives no seal.',
    },
    classificationNotes: {},
  },
  'EX-UE2': {
    area: 'Forearm — palmar side, above the wrist',
    location:
      'On the front of the forearm, 4 cun above the palmar wrist crease, one point on each side of the tendon of flexor carpi radialis: two points on each arm.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Erbai is two points per arm, so it is shown as a group of two.',
    howToLocate:
      'Ask the patient to bend the wrist against resistance so that the tendons stand out. Four cun above the wrist crease (a third of the way to the elbow crease), find flexor carpi radialis, the tendon just to the thumb side of the central one. One point lies on its ulnar side, the other on its radial side.',
    needling: {
      directions: 'Straight in, 0.5–0.8 cun. Feel for the radial pulse first and keep the radial member clear of it.',
    },
    sensation: 'A local ache, sometimes with tingling toward the fingers.',
    safety: {
      vessel: 'The radial artery runs close to the radial member; feel the pulse and needle beside it, not into it.',
      nerve: 'The median nerve lies beneath the ulnar member; an electric shock into the fingers means it has been touched.',
    },
    cautions:
      'Withdraw slightly if a shock runs into the hand, and do not manipulate strongly there. Feel the radial pulse before inserting the radial member, and press both holes after withdrawal.',
    actions: ['Lifts prolapse of the rectum', 'Stops bleeding and pain from haemorrhoids', 'Relieves pain of the forearm and chest'],
    indications: ['Haemorrhoids, bleeding or painful', 'Prolapse of the rectum', 'Pain of the forearm', 'Pain of the chest and flanks'],
    commentary:
      'A distal point chosen for a target far from it: haemorrhoids and rectal prolapse. It is combined with BL57 and, for prolapse, with GV20; the ulnar member also serves as a local point for forearm pain.\n\nThe two points of each arm are usually needled together, and tenderness here is often found in people with haemorrhoids. Bleeding and painful haemorrhoids call for moderate, even stimulation; in prolapse from weakness GV20 is warmed with moxa while Erbai is needled.',
    classicalSources: [],
    therapyNotes: { cupping: 'The forearm is too narrow and tendinous here.', guaSha: 'Light strokes along the forearm.' },
    classificationNotes: {},
    memberLabels: { '1': 'Ulnar side of the tendon (on the pericardium line)', '2': 'Radial side of the tendon' },
  },
  'EX-UE3': {
    area: 'Wrist — back, dorsal crease',
    location:
      'On the back of the wrist, on the dorsal crease, in the hollow on the radial side of the tendon of extensor digitorum, midway between LI5 and TE4.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find LI5 in the anatomical snuffbox and TE4 in the hollow on the ulnar side of the finger extensor tendons on the wrist crease. Halfway between them, just on the thumb side of those tendons, is a small hollow: the point.',
    needling: { directions: 'Straight in, 0.3–0.5 cun.' },
    sensation: 'A local ache or distension in the wrist.',
    safety: {},
    cautions:
      'Avoid the tendon sheaths and any visible veins on the back of the wrist, and do not push into the joint. An ache is expected; a sharp pain when the wrist moves means the needle should be withdrawn a little.',
    actions: ['Regulates qi in the chest', 'Harmonises the stomach and sends rebellious qi down'],
    indications: ['Fullness and oppression in the chest', 'Cough, wheezing', 'Epigastric pain', 'Pain of the wrist'],
    commentary:
      'A little-used wrist point for the chest and stomach: fullness of the chest, cough and stomach pain. It lies between the two yang-channel points on the back of the wrist and doubles as a local point for wrist pain.\n\nIt is worth remembering when a tight chest and an upset stomach come together, with PC6 on the front of the same wrist. For a sprained or stiff wrist it combines with LI5 and TE4 on either side.',
    classicalSources: [],
    therapyNotes: { cupping: 'No flat surface for a cup.' },
    classificationNotes: {},
  },
  'EX-UE4': {
    area: 'Hand — back of the middle finger',
    location: 'On the back of the middle finger, at the centre of the proximal interphalangeal joint.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Bend the middle finger slightly. The point is on the back of the joint in the middle of the finger (the first joint beyond the knuckle), at the middle of the joint line.',
    needling: { directions: 'Straight in, 0.2–0.3 cun. Moxibustion is more usual than needling.' },
    sensation: 'A sharp local ache over the joint; warmth under moxa.',
    safety: {},
    cautions: 'Do not enter the joint space. Protect the thin skin from burns during moxa.',
    actions: ['Harmonises the stomach and sends rebellious qi down', 'Stops vomiting and hiccup'],
    indications: ['Nausea, vomiting, poor appetite', 'Hiccup', 'Nosebleed', 'Toothache'],
    commentary:
      'Best known as a moxibustion point for the stomach: small cones or a moxa stick over the back of the middle finger for nausea, vomiting and hiccup. It is simple enough to be used at home.\n\nIt is chosen for stubborn vomiting and hiccup when the main stomach points are not enough, or when needling is unwelcome, as in frail or elderly patients. Warmth over each middle finger, stopped before the skin becomes red and sore, is the usual dose.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Small cones or a stick over the joint.' },
    classificationNotes: {},
  },
  'EX-UE5': {
    area: 'Hand — back of the thumb',
    location: 'On the back of the thumb, at the centre of the interphalangeal joint.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'Bend the thumb slightly; the point is on the back of its single finger joint, at the middle of the joint line.',
    needling: { directions: 'Usually treated with moxibustion. If needled, a shallow insertion of 0.1–0.2 cun.' },
    sensation: 'Warmth over the thumb joint under moxa; a sharp local prick if needled.',
    safety: {},
    cautions: 'Do not enter the joint space. Protect the thin skin from burns during moxa.',
    actions: ['Brightens the eyes', 'Harmonises the stomach'],
    indications: ['Eye pain, clouding of the cornea or lens', 'Nosebleed', 'Vomiting, diarrhoea'],
    commentary:
      'With its partner on the little finger, a moxibustion point for the eyes: small cones over the thumb joint for eye pain and clouded vision. It is little used today but remains in the standard list.\n\nIt was used as a distant point that brings warmth and draws the problem away from the eye, usually with Xiaogukong (EX-UE6) and local eye points. Today a moxa stick often replaces cones, and any change in vision still needs an eye examination.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Small cones over the joint, the traditional method.' },
    classificationNotes: {},
  },
  'EX-UE6': {
    area: 'Hand — back of the little finger',
    location: 'On the back of the little finger, at the centre of the proximal interphalangeal joint.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Bend the little finger slightly; the point is on the back of its middle joint (the first beyond the knuckle), at the middle of the joint line.',
    needling: { directions: 'Usually treated with moxibustion. If needled, a shallow insertion of 0.1–0.2 cun.' },
    sensation: 'Warmth over the joint under moxa; a sharp local prick if needled.',
    safety: {},
    cautions: 'Do not enter the joint space. Protect the thin skin from burns during moxa.',
    actions: ['Brightens the eyes', 'Relieves pain and swelling'],
    indications: ['Red, swollen, painful eyes', 'Clouding of the cornea', 'Sore throat', 'Pain of the finger joints'],
    commentary:
      'The little-finger partner of Dagukong (EX-UE5), used the same way: moxa over the joint for painful or clouded eyes. It also serves as a local point for arthritis of the finger.\n\nWhen the eyes are red and sore from heat, a light prick here is an alternative to moxa. For a stiff, painful little finger it is combined with nearby points on the hand, such as the Baxie member between the ring and little fingers.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Small cones over the joint.' },
    classificationNotes: {},
  },
  'EX-UE7': {
    area: 'Hand — back, between the metacarpals',
    location:
      'On the back of the hand, between the 2nd and 3rd metacarpals and between the 4th and 5th metacarpals, each midway between the dorsal wrist crease and the knuckles: two points on each hand.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Yaotongdian is two points per hand, so it is shown as a group of two.',
    howToLocate:
      'Run a finger up the groove between the index and middle metacarpals from the knuckles toward the wrist; halfway to the wrist crease there is a tender hollow. Do the same in the groove between the ring and little metacarpals.',
    needling: {
      directions:
        'Insert obliquely from the back of the hand toward the centre of the palm, 0.5–0.8 cun, and stimulate strongly while the patient slowly bends and turns the lower back.',
    },
    sensation: 'A strong distension through the back of the hand.',
    safety: {},
    cautions: 'Strong stimulation can make a patient faint: keep them supported while they move, and stop if they feel light-headed.',
    actions: ['Moves qi and blood and stops acute pain', 'Relaxes the sinews'],
    indications: ['Acute lumbar sprain', 'Low back pain', 'Pain of the back of the hand and wrist'],
    commentary:
      'A "movement" point for acute low back sprain. The needles go in on the side of the pain or both sides, are stimulated strongly, and the patient moves the back gently while they are in; relief often comes within minutes.\n\nIt is not suited to chronic or weak-type back pain, where local and kidney points serve better.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'The point is used for its strong needle stimulus.' },
    classificationNotes: {},
    memberLabels: { '1': 'Between the 2nd and 3rd metacarpals', '2': 'Between the 4th and 5th metacarpals' },
  },
  'EX-UE8': {
    area: 'Hand — back, between the 2nd and 3rd metacarpals',
    location:
      'On the back of the hand, between the 2nd and 3rd metacarpals, about 0.5 cun proximal to the metacarpophalangeal joints, opposite PC8 on the palm.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Make a loose fist. Find the hollow between the heads of the index and middle metacarpals on the back of the hand and move half a cun toward the wrist; the point is in the groove between the two bones.',
    needling: {
      directions: 'Straight in, 0.5–0.8 cun, or obliquely toward the wrist. For a stiff neck, stimulate strongly while the patient slowly turns the head.',
    },
    sensation: 'A strong distension in the back of the hand.',
    safety: {},
    cautions:
      'Strong stimulation can cause fainting; seat or lay the patient down. Avoid the veins on the back of the hand, press after withdrawal, and warn the patient that the hand may ache for a while.',
    actions: ['Relaxes the neck and relieves stiffness', 'Harmonises the stomach and intestines', 'Relieves pain of the hand'],
    indications: [
      'Stiff neck after sleeping awkwardly',
      'Pain, numbness or swelling of the back of the hand',
      'Indigestion and diarrhoea in children',
      'Abdominal pain',
    ],
    commentary:
      'Today best known as the stiff-neck point. After a night in a bad position, a strongly stimulated needle here while the patient turns the head frees the neck in many cases.\n\nIn children’s massage the same spot is rubbed to warm the middle burner and stop diarrhoea; the name marks it as the back-of-hand partner of PC8, Laogong.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold-type diarrhoea and abdominal pain.' },
    classificationNotes: {},
  },
  'EX-UE9': {
    area: 'Hand — back, finger webs',
    location:
      'On the back of the hand, at the four webs between the fingers, just behind the margin of each web where the skin of the back meets the skin of the palm: four points on each hand, eight in all.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Each marker is set 0.3 cun back from the web margin toward the wrist, on the back of the web rather than in the cleft between the fingers. The member between the ring and little fingers corresponds to TE2 (Yèmén).',
    howToLocate:
      'Have the patient make a loose fist. Each point is on the back of the hand in the web between two fingers, just behind its free edge, where the colour and texture of the skin change.',
    needling: {
      directions:
        'With the hand in a loose fist, insert obliquely toward the wrist between the metacarpal heads, 0.5–0.8 cun; or prick each web to let a drop of blood.',
    },
    sensation: 'A sharp distension in the web, spreading into the neighbouring fingers.',
    safety: {},
    cautions: 'Clean the skin well; infection in the finger webs spreads easily along the tendon sheaths.',
    actions: ['Clears heat and reduces swelling', 'Dispels wind and opens the channels of the hand', 'Relieves pain and numbness of the fingers'],
    indications: [
      'Numbness, swelling or stiffness of the fingers',
      'Red, swollen back of the hand',
      'Headache, toothache, sore throat',
      'Fever',
      'Snake bite on the hand',
    ],
    commentary:
      'The eight "pathogens" are the eight webs of the two hands, where wind, heat and damp are said to lodge. Needled, they are the first choice for arthritis, swelling and numbness of the fingers; bled, they clear heat from the head and throat.\n\nThe matching points on the feet are Bafeng (EX-LE10).',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold, stiff fingers.', bloodletting: 'Pricking the webs for heat and swelling.' },
    classificationNotes: {},
    memberLabels: {
      '1': 'Between thumb and index finger',
      '2': 'Between index and middle fingers',
      '3': 'Between middle and ring fingers',
      '4': 'Between ring and little fingers (TE2)',
    },
  },
  'EX-UE10': {
    area: 'Hand — palm side of the fingers',
    location:
      'On the palm side of the index, middle, ring and little fingers, at the middle of the crease of the proximal interphalangeal joint: four points on each hand.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Turn the palm up and straighten the fingers. On each of the four fingers find the crease across the middle joint; the point is at the centre of that crease.',
    needling: {
      directions:
        'Prick each crease quickly, 0.1–0.2 cun, with a sterile three-edged or thick filiform needle, then squeeze out a little clear or yellowish fluid.',
    },
    sensation: 'A sharp sting in the finger.',
    safety: { painful: 'The palm side of the fingers is very sensitive, and the method is mostly used on children.' },
    cautions: 'Use sterile instruments and clean the skin well; infection in a finger joint is serious. Hold the child’s hand firmly.',
    actions: ['Dissolves accumulated food', 'Strengthens the spleen and stomach in children', 'Clears heat and stops cough'],
    indications: ['Malnutrition and food accumulation in children (gān jī)', 'Indigestion, poor appetite', 'Whooping cough', 'Intestinal worms'],
    commentary:
      'A children’s point above all. In a child who eats poorly, is thin and has a swollen belly (the old "gān" pattern), the four creases are pricked in turn and a drop of clear or yellowish fluid is squeezed from each; treatment is repeated every few days until no fluid comes.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'Pricking and squeezing is the standard method.' },
    classificationNotes: {},
    memberLabels: { '1': 'Index finger', '2': 'Middle finger', '3': 'Ring finger', '4': 'Little finger' },
  },
  'EX-UE11': {
    area: 'Hand — fingertips',
    location: 'At the tips of the ten fingers, about 0.1 cun from the free edge of each nail: five points on each hand.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'On each finger and thumb, take the very tip of the pad, a fraction of a cun in from the free edge of the nail.',
    needling: {
      directions: 'Prick each tip quickly, 0.1–0.2 cun, and squeeze out a drop of blood; or insert a filiform needle to the same depth.',
    },
    sensation: 'A sharp, intense sting at the fingertip.',
    safety: { painful: 'The fingertips are among the most sensitive places on the body.' },
    cautions: 'Use sterile lancets and clean the tips first. Keep it for emergencies and acute heat rather than routine care.',
    actions: ['Restores consciousness', 'Clears heat', 'Opens the orifices', 'Relieves numbness of the fingers'],
    indications: ['Loss of consciousness, fainting', 'High fever, heatstroke', 'Epileptic fits, convulsions', 'Sore, swollen throat', 'Numb fingertips'],
    commentary:
      'An emergency group. Pricking the fingertips and squeezing a drop of blood from each is a classic first-aid measure for collapse, heatstroke and high fever with convulsions, often together with GV26.\n\nThe intensity of the stimulus is part of the effect, and also the reason it is kept out of routine treatment.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'A drop from each fingertip is the usual method.' },
    classificationNotes: {},
    memberLabels: { '1': 'Thumb', '2': 'Index finger', '3': 'Middle finger', '4': 'Ring finger', '5': 'Little finger' },
  },
  'EX-LE1': {
    area: 'Thigh — front, above the knee',
    location:
      'On the front of the thigh, 1.5 cun to either side of ST34, which lies 2 cun above the outer end of the upper border of the patella: two points on each leg.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Kuangu is two points per leg, so it is shown as a group of two. Despite the name it lies above the knee, not at the hip.',
    howToLocate:
      'With the knee straight, find ST34 two cun above the outer corner of the upper edge of the kneecap, in the hollow between the rectus femoris and the vastus lateralis. Measure 1.5 cun outward and 1.5 cun inward from it.',
    needling: { directions: 'Straight in, 0.5–1 cun.' },
    sensation: 'A local ache or heaviness that may spread toward the knee.',
    safety: {},
    cautions:
      'The points lie over thick muscle and are safe at the stated depth. Avoid any visible veins, and let the patient bend and straighten the knee gently after withdrawal.',
    actions: ['Dispels wind-damp', 'Relieves pain of the knee and thigh', 'Strengthens the legs'],
    indications: ['Pain and swelling of the knee', 'Weakness of the legs', 'Pain of the lower thigh'],
    commentary:
      'A pair of local points above the knee, used with ST34 between them for a painful, swollen knee and for weakness of the legs. Together the three form a short row across the front of the lower thigh.\n\nThey act on the quadriceps and are chosen when pain and weakness sit above the kneecap, or when the thigh muscles have wasted after injury or long illness. With the knee eyes and Heding they form a ring around the knee; a cold, aching knee benefits from moxa along the row.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
    memberLabels: { '1': 'Lateral member, 1.5 cun lateral to ST34', '2': 'Medial member, 1.5 cun medial to ST34' },
  },
  'EX-LE2': {
    area: 'Knee — above the patella',
    location: 'Above the knee, in the hollow at the midpoint of the upper border of the patella.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'With the knee slightly bent and relaxed, find the upper edge of the kneecap and press at its middle; the fingertip sinks into a small hollow just above the bone.',
    needling: { directions: 'Straight in, 0.5–0.8 cun.' },
    sensation: 'A local ache or distension around the knee.',
    safety: {},
    cautions: 'The upper pouch of the knee joint lies beneath: clean the skin carefully, since a joint infection is serious.',
    actions: ['Dispels wind-damp', 'Benefits the knee', 'Strengthens the legs'],
    indications: ['Knee pain and swelling', 'Weakness or paralysis of the legs', 'Difficulty walking'],
    commentary:
      'The crane is a bird of thin legs and prominent knees, and the point treats exactly that picture: knees that are painful and swollen, or legs so wasted that the knee looks large. It is commonly combined with the two knee eyes.\n\nIt is the top of the group of points around the kneecap and suits pain felt above or behind it, especially on stairs. Moxa is welcome in a cold, stiff knee; a hot, swollen joint is needled only after it has been assessed.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold, aching knees.', cupping: 'The curve of the knee makes a seal difficult.' },
    classificationNotes: {},
  },
  'EX-LE3': {
    area: 'Thigh — inner side, above the knee',
    location: 'On the inner thigh, 3 cun above the medial end of the upper border of the patella, 1 cun above SP10.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'With the knee bent, find SP10 on the bulge of the vastus medialis, 2 cun above the inner corner of the upper edge of the kneecap. The point is 1 cun further up on the same line.',
    needling: {
      directions: 'Straight in, 1–1.5 cun (some texts to 2 cun). Do not angle backward toward the inner side of the thigh bone.',
    },
    sensation: 'A heavy ache in the thigh that may spread toward the knee.',
    safety: {},
    cautions:
      'The femoral vessels pass deep and behind the point on their way to the back of the knee: keep the needle perpendicular and within the stated depth.',
    actions: ['Cools the blood and dispels wind', 'Stops itching', 'Expels worms'],
    indications: ['Itching skin, hives, eczema', 'Sores on the lower body', 'Roundworm infestation'],
    commentary:
      '"Hundred insect burrow" points both to worms and to the crawling itch of skin disease. With SP10, one cun below, it is a chief point for itchy rashes, especially red and hot ones.\n\nIt is chosen when the itch is widespread and worse for heat, often with LI11; pricking and cupping add to its cooling effect. Its old use against worms survives in the name more than in practice.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Little used, since the rashes it treats are usually hot.',
      bloodletting: 'Pricking and cupping for hot, itchy rashes.',
    },
    classificationNotes: {},
  },
  'EX-LE4': {
    area: 'Knee — front, inner side of the patellar ligament',
    location: 'Below the kneecap, in the hollow on the inner side of the patellar ligament, seen when the knee is bent.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Bend the knee to about a right angle. Two hollows appear below the kneecap, one on each side of the thick patellar ligament; the point is in the inner one.',
    needling: {
      directions: 'With the knee bent, insert obliquely backward and toward the outer knee eye, 0.5–1 cun; some practitioners thread it through toward ST35.',
    },
    sensation: 'A deep ache or distension inside the knee.',
    safety: {},
    cautions:
      'The needle goes toward the knee joint: clean the skin thoroughly, since joint infection is serious. Keep the knee bent and still while the needle is in.',
    actions: ['Dispels wind-damp', 'Relieves knee pain', 'Benefits the joint'],
    indications: ['Knee pain and swelling', 'Stiffness and weakness of the knee', 'Leg weakness (beriberi)'],
    commentary:
      'The inner of the two knee eyes; the outer one is ST35. Together they make the basic local pair for almost any knee problem, often with moxa on the needle for cold, aching knees.\n\nOn its own it suits pain on the inner side of the knee joint, and it is often combined with SP9 and LR8 when the inner knee is stiff and swollen. Because the needle approaches the joint, careful skin preparation matters more here than at most points.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Warm needle is common for cold, aching knees.',
      cupping: 'The hollow is too small for a cup.',
    },
    classificationNotes: {},
  },
  'EX-LE5': {
    area: 'Knee — front, either side of the patellar ligament',
    location: 'The two hollows below the kneecap, on either side of the patellar ligament, seen when the knee is bent: two points on each knee.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. The inner knee eye is also listed on its own as Neixiyan (EX-LE4) and the outer one is ST35 (Dúbí); this entry names the pair.',
    howToLocate:
      'Bend the knee to about a right angle. Two hollows appear below the kneecap, one on each side of the thick patellar ligament; each is a point.',
    needling: {
      directions:
        'With the knee bent, insert each obliquely backward and toward the centre of the knee, 0.5–1 cun; the two needles can be angled toward each other.',
    },
    sensation: 'A deep ache or distension inside the knee.',
    safety: {},
    cautions:
      'The needles go toward the knee joint: clean the skin thoroughly, since joint infection is serious. Keep the knee bent and still while the needles are in.',
    actions: ['Dispels wind-damp', 'Relieves knee pain', 'Benefits the joint'],
    indications: ['Knee pain and swelling', 'Stiffness and weakness of the knee', 'Leg weakness (beriberi)'],
    commentary:
      'The two knee eyes treated as one unit, which is how they are almost always used. The standard pair for painful knees of any cause, with warm-needle moxa when cold and damp make the pain worse.\n\nThe needles are placed with the knee bent, and the patient keeps the leg still until they are removed. For a worn, aching knee they are combined with Heding, ST36 and GB34; a hot, red, swollen knee needs medical assessment before needling.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Warm needle on both eyes.', cupping: 'The hollows are too small for a cup.' },
    classificationNotes: {},
    memberLabels: { '1': 'Inner knee eye (Neixiyan, EX-LE4)', '2': 'Outer knee eye (ST35, Dubi)' },
  },
  'EX-LE6': {
    area: 'Leg — lateral, below the knee',
    location: 'On the outer side of the leg, 2 cun below GB34 (the hollow in front of and below the head of the fibula), at the most tender spot.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find GB34 in the hollow in front of and below the head of the fibula. Press down along the fibula for about 2 cun: the point is where tenderness is greatest, which in gallbladder disease may be a little above or below that level.',
    needling: { directions: 'Straight in, 1–1.5 cun; strong stimulation for acute pain.' },
    sensation: 'A strong ache or distension that may spread down the outer leg.',
    safety: {
      nerve: 'The common fibular nerve winds round the neck of the fibula just above and behind the point; a shock to the foot means it has been touched.',
    },
    cautions: 'Acute gallbladder pain with fever or jaundice needs medical assessment; the point supports, it does not replace, that care.',
    actions: ['Clears damp-heat from the gallbladder', 'Soothes the liver and moves qi', 'Stops pain in the flank'],
    indications: [
      'Acute and chronic inflammation of the gallbladder, gallstones',
      'Biliary colic',
      'Pain in the right flank',
      'Numbness or weakness of the lower leg',
    ],
    commentary:
      'A modern point, found from tenderness. In gallbladder disease a sore spot often appears on the leg just below GB34, and needling it strongly can ease biliary colic. The tenderness itself is also read as a diagnostic clue.\n\nIt is combined with GB34, GB24 and BL19 for gallbladder pain, and the most tender spot is needled rather than a measured one. The tenderness tends to fade as the condition improves, which gives a simple way to follow progress.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'The conditions it treats are usually damp-heat.' },
    classificationNotes: {},
  },
  'EX-LE7': {
    area: 'Leg — front, below the knee',
    location: 'On the front of the leg, 5 cun below ST35, one finger-breadth lateral to the anterior crest of the tibia, about 2 cun below ST36.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate:
      'Find ST36, 3 cun below the outer knee eye and a finger-breadth outside the shin bone, and press down the same line: the point is about 2 cun lower, where tenderness is greatest.',
    needling: { directions: 'Straight in, 1–1.5 cun (some texts to 2 cun); strong stimulation in acute pain.' },
    sensation: 'A strong ache spreading down the front of the leg toward the foot.',
    safety: {},
    cautions: 'Appendicitis is a surgical emergency: the point may ease pain but must never delay referral.',
    actions: ['Clears heat and resolves toxic swelling', 'Moves qi in the intestines', 'Relieves abdominal pain'],
    indications: [
      'Acute or chronic appendicitis (as support to medical care)',
      'Indigestion',
      'Abdominal pain',
      'Weakness or paralysis of the lower leg, foot drop',
    ],
    commentary:
      'Like Dannang, a modern point found from tenderness: in appendicitis a sore spot tends to appear on the stomach channel a little below ST36, and strong needling there eases the pain. Today it serves mainly as a diagnostic sign and as support to medical treatment.\n\nIt also works as an ordinary stomach-channel point for indigestion, abdominal pain and weakness of the lower leg, like ST36 and ST37 on either side of it. In suspected appendicitis the patient is referred first; needling is never a reason to wait.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  'EX-LE8': {
    area: 'Ankle — medial malleolus',
    location: 'On the inner side of the ankle, on the most prominent point of the medial malleolus.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'Find the bony knob on the inner side of the ankle; the point is on its highest, most prominent spot.',
    needling: {
      directions: 'Bone lies directly under the skin: treat with moxibustion, or prick lightly to let a drop of blood. No deeper insertion.',
    },
    sensation: 'Warmth over the ankle under moxa; a sharp prick if bled.',
    safety: {},
    cautions:
      'Protect the thin skin over the bone from burns during moxa, above all in diabetes or poor circulation, where blisters heal slowly. Prick only lightly, with sterile instruments.',
    actions: ['Clears heat', 'Relaxes the sinews', 'Relieves toothache'],
    indications: ['Toothache', 'Tonsillitis, sore throat', 'Cramp of the calf', 'Leg weakness (beriberi)'],
    commentary:
      'A point on bone, treated with moxa or by pricking rather than by needling. It was traditionally used for toothache, sore throat and cramp along the inner calf; its partner on the outer ankle is Waihuaijian (EX-LE9).\n\nA light prick to let a drop of blood suits toothache and sore throat from heat; moxa suits cramp and weakness of the legs from cold. As a distant point it is combined with local points at the jaw or throat.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'The usual method.',
      cupping: 'A bony prominence gives no seal.',
      bloodletting: 'A light prick for heat in the teeth or throat.',
    },
    classificationNotes: {},
  },
  'EX-LE9': {
    area: 'Ankle — lateral malleolus',
    location: 'On the outer side of the ankle, on the most prominent point of the lateral malleolus.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'Find the bony knob on the outer side of the ankle; the point is on its highest, most prominent spot.',
    needling: {
      directions: 'Bone lies directly under the skin: treat with moxibustion, or prick lightly to let a drop of blood. No deeper insertion.',
    },
    sensation: 'Warmth over the ankle under moxa; a sharp prick if bled.',
    safety: {},
    cautions:
      'Protect the thin skin over the bone from burns during moxa, above all in diabetes or poor circulation, where blisters heal slowly. Prick only lightly, with sterile instruments.',
    actions: ['Relaxes the sinews', 'Dispels wind-damp', 'Relieves toothache'],
    indications: ['Toothache', 'Cramp of the outer leg', 'Leg weakness (beriberi)', 'Swelling of the outer ankle'],
    commentary:
      'The outer-ankle partner of Neihuaijian (EX-LE8), used in the same ways: moxa or a light prick for toothache, cramp along the outer leg and weakness of the legs.\n\nA light prick suits toothache from heat, and moxa suits cramp and aching of the outer calf from cold. A swollen outer ankle after a sprain is treated with the points around the malleolus rather than on the bone itself.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'The usual method.',
      cupping: 'A bony prominence gives no seal.',
      bloodletting: 'A light prick for heat-type toothache.',
    },
    classificationNotes: {},
  },
  'EX-LE10': {
    area: 'Foot — top, toe webs',
    location:
      'On the top of the foot, at the four webs between the toes, just behind the margin of each web where the skin of the top meets the skin of the sole: four points on each foot, eight in all.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Three of the four members coincide with channel points: LR2 (big and 2nd toes), ST44 (2nd and 3rd) and GB43 (4th and 5th).',
    howToLocate:
      'Spread the toes gently. Each point is on the top of the foot in the web between two toes, just behind its free edge, where the colour and texture of the skin change.',
    needling: {
      directions: 'Insert obliquely toward the ankle between the metatarsal heads, 0.5–0.8 cun; or prick each web to let a drop of blood.',
    },
    sensation: 'A sharp distension in the web, spreading into the neighbouring toes.',
    safety: {},
    cautions: 'Clean the skin well, especially in people with diabetes or poor circulation in the feet, in whom infections heal slowly.',
    actions: ['Dispels wind and clears heat', 'Reduces swelling of the foot', 'Relieves pain and numbness of the toes'],
    indications: ['Numbness, pain or swelling of the toes', 'Red, swollen top of the foot', 'Leg weakness (beriberi)', 'Snake and insect bites on the foot'],
    commentary:
      'The foot counterpart of Baxie (EX-UE9). The eight webs are the first choice for arthritis and numbness of the toes and are much used for neuropathy of the feet; pricked, they help bring down heat and swelling in the foot.\n\nIn diabetic neuropathy they are needled gently, after the feet have been checked for cuts and poor circulation. A red, swollen top of the foot calls for bleeding the webs; cold, numb toes call for needling and warmth.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'For cold, numb toes; take care in diabetes.',
      bloodletting: 'Pricking the webs for heat and swelling.',
    },
    classificationNotes: {},
    memberLabels: {
      '1': 'Between the big and 2nd toes (LR2)',
      '2': 'Between the 2nd and 3rd toes (ST44)',
      '3': 'Between the 3rd and 4th toes',
      '4': 'Between the 4th and 5th toes (GB43)',
    },
  },
  'EX-LE11': {
    area: 'Foot — underside of the 2nd toe',
    location: 'On the sole side of the second toe, at the middle of the crease of the distal interphalangeal joint.',
    convention: 'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346.',
    howToLocate: 'Turn the foot to see the underside of the second toe; the point is at the middle of the crease nearest the tip.',
    needling: { directions: 'Straight in, 0.1–0.2 cun. Moxibustion is the more usual method.' },
    sensation: 'A sharp local prick; warmth spreading through the toe under moxa.',
    safety: { pregnancy: 'Traditionally used to hasten labour and expel a retained placenta; avoided in pregnancy.' },
    cautions: 'Do not use in pregnancy. Clean the skin well on the sole side of the toes.',
    actions: ['Regulates menstruation', 'Moves qi and stops pain', 'Helps deliver a retained placenta'],
    indications: ['Retained placenta, difficult labour', 'Irregular periods', 'Sudden pain in the chest and abdomen, vomiting', 'Hernia pain'],
    commentary:
      'The name points to its unusual place on the yin, sole side of a toe. Its traditional use is obstetric, with moxa to help a retained placenta or a slow labour, which is also why it is kept away from pregnant women. It is also used for hernia pain and sudden pain in the chest and abdomen.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Small cones, the traditional method; not in pregnancy.' },
    classificationNotes: {},
  },
  'EX-LE12': {
    area: 'Foot — tips of the toes',
    location: 'At the tips of the ten toes, about 0.1 cun from the free edge of each toenail: five points on each foot.',
    convention:
      'WHO 1991 extra-point list (WHO 2008 covers only the 361 channel points); location as described in China’s GB/T 12346. Qiduan is ten points in all, so it is shown as a group of five per foot.',
    howToLocate: 'On each toe, take the very tip of the pad, a fraction of a cun in from the free edge of the nail.',
    needling: {
      directions: 'Prick each tip quickly, 0.1–0.2 cun, and squeeze out a drop of blood; or insert a filiform needle to the same depth.',
    },
    sensation: 'A sharp, intense sting at the tip of the toe.',
    safety: { painful: 'The tips of the toes are very sensitive to a needle.' },
    cautions: 'Clean the skin well and avoid in people with poor circulation or diabetic feet, in whom small wounds heal badly.',
    actions: ['Restores consciousness', 'Opens the channels of the feet', 'Relieves numbness and pain of the toes'],
    indications: ['Numb or painful toes', 'Red, swollen top of the foot', 'Sudden collapse from stroke (first aid)', 'Leg weakness (beriberi)'],
    commentary:
      'The foot counterpart of Shixuan (EX-UE11). Pricking the toe tips is a first-aid measure for collapse and, more often today, a treatment for numbness and poor sensation in the toes.\n\nIt is chosen when numbness sits at the very ends of the toes, for example after a stroke or in neuropathy, and the tips are pricked lightly rather than deeply. In feet with poor circulation or diabetic changes, check the skin first and prefer the gentlest method.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'For cold, numb toes; take care where sensation is poor.',
      bloodletting: 'A drop from each tip is the usual method.',
    },
    classificationNotes: {},
    memberLabels: { '1': 'Big toe', '2': 'Second toe', '3': 'Third toe', '4': 'Fourth toe', '5': 'Little toe' },
  },
};
