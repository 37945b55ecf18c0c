import type { PointTextsByCode } from '../../textsSchema.ts';

/** Large intestine channel of hand yangming, LI1–LI20: the English texts, in our own words. */
export const largeIntestineTexts: PointTextsByCode = {
  LI1: {
    area: 'Index finger — radial side of the nail',
    location:
      'On the index finger, on the radial side of the distal phalanx, 0.1 finger-cun from the radial corner of the nail, where a line along the radial nail edge crosses a line along the nail base.',
    convention: 'WHO 2008',
    howToLocate:
      'Follow the thumb-side edge of the index fingernail down to its base. Just beyond the corner, where the edge line and the base line would cross, is the point.',
    needling: {
      directions: 'Insert about 0.1 cun, angled toward the hand, or prick with a lancet and squeeze out a few drops of blood.',
    },
    sensation: 'A brief, sharp pain at the fingertip.',
    safety: { painful: 'Fingertip points are richly supplied with nerves; insertion is painful.' },
    cautions: 'Clean the skin carefully before pricking; use only in acute, full conditions.',
    actions: ['Clears heat and benefits the throat', 'Revives consciousness', 'Reduces swelling and relieves pain'],
    indications: [
      'Acute sore throat and swelling under the jaw',
      'Toothache of the lower jaw',
      'High fever without sweating',
      'Loss of consciousness in febrile disease or stroke',
      'Numbness of the fingertips',
    ],
    commentary:
      'The well point and metal point of the large intestine; being the metal point of a metal channel it is its horary point. Its main use is to drain heat from the yangming channel: a few drops of blood released here quickly ease an acutely painful throat or a hot toothache.\n\nWith the other well points it is part of the emergency set for revival from fainting or heat stroke.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the well (jing) point of the hand yangming channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'The point is used for heat patterns.',
      bloodletting: 'Prick and release a few drops for throat pain and fever.',
    },
    classificationNotes: { horary: 'Metal point of the metal channel' },
  },
  LI2: {
    area: 'Index finger — radial side, distal to the knuckle',
    location:
      'On the index finger, in the hollow just distal to the radial side of the second metacarpophalangeal joint, on the border between palm skin and back-of-hand skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to curl the fingers loosely. Slide along the thumb side of the index finger toward the knuckle; the point is in the little dip just in front of the joint, at the end of the crease, where the skin colour changes.',
    needling: { directions: 'Perpendicular, 0.2–0.3 cun, with the finger slightly flexed.' },
    sensation: 'Sharp local ache at the base of the finger.',
    safety: {},
    cautions: 'Shallow only; the joint capsule lies just behind the point.',
    actions: ['Clears heat and wind from the yangming channel', 'Reduces swelling and stops pain'],
    indications: ['Toothache, swollen gums', 'Nosebleed', 'Red, painful eyes', 'Sore throat', 'Pain and swelling of the index finger'],
    commentary:
      "The spring point and water point of the large intestine. Water is the child of metal, so this is the channel's sedation point, used to drain heat that has risen along yangming to the teeth, nose, eyes and throat.\n\nIt is chosen when the heat is strong and local: a throbbing toothache, an acute nosebleed, red eyes.",
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the spring (ying) point of the hand yangming channel.',
      },
    ],
    therapyNotes: { moxibustion: 'Chosen for heat.', bloodletting: 'Occasionally pricked for acute toothache.' },
    classificationNotes: {},
  },
  LI3: {
    area: 'Hand — radial side, behind the index knuckle',
    location: 'On the back of the hand, in the hollow on the radial side of the hand just proximal to the second metacarpophalangeal joint.',
    convention: 'WHO 2008',
    howToLocate:
      'With a loose fist, feel the head of the second metacarpal on the thumb side of the index knuckle. Slide just behind it toward the wrist into the hollow against the bone.',
    needling: {
      directions: 'With a loose fist, insert straight in along the palm side of the metacarpal, 0.5–0.8 cun (up to 1 cun toward the little-finger side).',
    },
    sensation: 'Distension in the hand, sometimes spreading to the fingers.',
    safety: {},
    cautions:
      'Needle with a loose fist so the tendons and the palm are relaxed. Keep along the bone and do not push into the palm with force; the small vessels between the metacarpals bleed easily, so press after withdrawal.',
    actions: ['Expels wind and clears heat', 'Benefits the throat and teeth', 'Eases swelling of the hand and fingers', 'Regulates the intestines'],
    indications: [
      'Sore throat and toothache',
      'Eye pain',
      'Swelling and redness of the back of the hand and fingers',
      'Borborygmus and diarrhoea',
      'Stiffness of the finger joints',
    ],
    commentary:
      'The stream point and wood point of the channel. Besides clearing heat from the face like its neighbours, it is a good local point for painful, swollen knuckles and for stiffness of the fingers, and can be threaded toward the little-finger side across the palm.\n\nClassical texts also list it for gurgling of the intestines and diarrhoea.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the stream (shu) point of the hand yangming channel.',
      },
    ],
    therapyNotes: { guaSha: 'Gentle strokes along the second metacarpal.' },
    classificationNotes: {},
  },
  LI4: {
    area: 'Hand — dorsum, between thumb and index',
    location: 'On the back of the hand, beside the radial edge of the second metacarpal bone at its midpoint.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger along the thumb side of the second metacarpal; the point is at the middle of the bone, where pressure is most tender. A quick check: press the thumb against the index finger and the point sits at the top of the muscle bulge that forms.',
    needling: {
      directions: 'Straight in, 0.5–1 cun, toward the palm side of the first web. Withdraw gently; the hand bleeds and bruises easily here.',
    },
    sensation: 'A strong spreading ache or distension in the hand, sometimes running up toward the index finger or the elbow.',
    safety: { pregnancy: 'Traditionally forbidden in pregnancy: with SP6 it is used to promote labour.' },
    cautions: 'Do not needle during pregnancy. In weak, elderly or exhausted patients use a gentle stimulus; a strong one can cause fainting.',
    actions: [
      'Releases the exterior and expels wind',
      'Stops pain',
      'Opens the channel and calms spasm',
      'Benefits the face, eyes, nose, mouth and ears',
      'Harmonises the ascending and descending of qi',
      'Promotes labour',
    ],
    indications: [
      'Headache, toothache, sore throat',
      'Common cold with fever and chills',
      'Facial paralysis, blocked nose',
      'Pain anywhere in the body',
      'Delayed or difficult labour',
    ],
    commentary:
      'Probably the most used point in acupuncture. The large intestine channel climbs to the face, so this point is the first choice for any disorder of the face and its openings: tooth and jaw pain, a blocked nose, a sore throat, facial palsy.\n\nIt also releases the exterior when wind-cold or wind-heat has just struck, and, paired with LR3 as the "four gates", it moves qi and blood through the whole body for pain and tension.\n\nIts strong downward and moving effect on the uterus is why it is avoided in pregnancy, and used, with SP6, to help labour along at term.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the source point of the hand yangming channel.',
      },
      {
        work: "Ma Danyang's Song of the Heavenly Star Points (Jin dynasty; later expanded by Xu Feng in Zhen Jiu Da Quan, Ming)",
        note: "Includes it among the heavenly star points, both in the earlier version of the song and in Xu Feng's later version with one more point.",
      },
    ],
    therapyNotes: {
      moxibustion: '3–5 cones or 10 minutes with a stick; not in pregnancy.',
      cupping: 'The area is too small and bony for a cup.',
      guaSha: 'Gentle strokes over the web for headache.',
    },
    classificationNotes: {
      source: 'Yuan-source point of the large intestine channel',
      entry: 'Receives the lung channel from LU7',
      command: 'Command point of the face and mouth',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  LI5: {
    area: 'Wrist — radial side, anatomical snuffbox',
    location:
      'On the back-outer side of the wrist, at the radial end of the dorsal wrist crease, just distal to the radial styloid, in the hollow of the anatomical snuffbox.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to lift the thumb up and back as far as it goes. Two tendons stand out at the base of the thumb; the hollow between them, just beyond the tip of the radius, is the point.',
    needling: {
      directions: 'Straight in between the tendons, 0.5–0.8 cun (many texts keep to 0.3–0.5 cun); feel for the radial artery in the floor of the hollow first.',
    },
    sensation: 'Local ache in the wrist, sometimes spreading to the thumb.',
    safety: { vessel: 'The radial artery crosses the floor of the snuffbox; palpate it and insert beside it.' },
    cautions: 'Avoid the radial artery and the superficial radial nerve branches over the tendons.',
    actions: ['Clears heat from yangming', 'Benefits the head, eyes and throat', 'Relieves pain of the wrist', 'Calms the mind'],
    indications: [
      'Frontal headache',
      'Red, painful eyes',
      'Toothache, sore throat, tinnitus',
      'Pain and weakness of the wrist',
      'Agitation and manic behaviour from heat',
    ],
    commentary:
      'The river point and fire point of the large intestine. Much of its use is local, for wrist pain and tenosynovitis at the base of the thumb.\n\nAs a fire point on a yangming channel it also clears heat that rises to the head, and old texts use it for restlessness and manic speech caused by heat.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the river (jing) point of the hand yangming channel.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold-type wrist pain.' },
    classificationNotes: {},
  },
  LI6: {
    area: 'Forearm — posterolateral, above the wrist',
    location: 'On the back-outer side of the forearm, on the line from LI5 to LI11, 3 cun above the dorsal wrist crease.',
    convention: 'WHO 2008; a quarter of the way from LI5 to LI11.',
    howToLocate:
      'Divide the line from LI5 (snuffbox) to LI11 (elbow) into four equal parts; the point is at the end of the lowest quarter, on the radial border.',
    needling: {
      directions: 'Oblique or perpendicular, 0.5–0.8 cun; angled toward the elbow when treating the face and ears.',
    },
    sensation: 'Local aching that may travel up the radial side of the forearm.',
    safety: {},
    cautions: 'The bone is close beneath; do not force the needle against the periosteum.',
    actions: ['Expels wind and clears heat', 'Opens the water passages', 'Benefits the ears, nose and teeth'],
    indications: ['Oedema of the face and upper body, scanty urine', 'Nosebleed', 'Tinnitus and deafness', 'Toothache', 'Pain of the forearm and wrist'],
    commentary:
      'The connecting point of the large intestine. Its luo vessel links with the lung channel and also branches to the teeth and the ear, which explains its use for toothache, tinnitus and deafness.\n\nThrough its link with the lung, whose task is to move water down, it is one of the classic points for swelling that starts in the face and hands.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the luo-connecting point of the hand yangming.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { connecting: 'Luo-connecting point of the large intestine channel' },
  },
  LI7: {
    area: 'Forearm — posterolateral, lower half',
    location: 'On the back-outer side of the forearm, on the line from LI5 to LI11, 5 cun above the dorsal wrist crease.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure 5 cun up from the wrist crease along the line joining LI5 and LI11; the point is on the radial side of the forearm, usually in a tender groove between the muscles.',
    needling: { directions: 'Perpendicular insertion of 0.5–1 cun.' },
    sensation: 'Distending ache in the forearm.',
    safety: {},
    cautions:
      'No particular hazards. The point lies between muscles rather than over a large vessel or nerve; if the patient feels a sharp or electric sensation, lift the needle slightly and redirect it.',
    actions: ['Clears heat and removes toxicity', 'Reduces swelling and stops pain', 'Regulates the intestines'],
    indications: [
      'Swollen face, painful mouth and tongue ulcers',
      'Acute sore throat',
      'Boils and carbuncles',
      'Borborygmus and abdominal pain',
      'Acute pain of the shoulder and forearm',
    ],
    commentary:
      'The cleft point of the large intestine. On yang channels, cleft points are mainly used for acute pain and swelling, and this one serves for sudden swelling and pain of the face, mouth and throat, and for boils with heat.\n\nIt is also a useful distal point for an acutely painful shoulder along the yangming line.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the cleft (xi) point of the hand yangming channel.',
      },
    ],
    therapyNotes: { cupping: 'Small cup over the muscle belly.' },
    classificationNotes: { cleft: 'Xi-cleft point of the large intestine channel' },
  },
  LI8: {
    area: 'Forearm — posterolateral, upper half',
    location: 'On the back-outer side of the forearm, on the line from LI5 to LI11, 4 cun below the elbow crease (LI11).',
    convention: 'WHO 2008; one third of the way from LI11 to LI5.',
    howToLocate: 'From LI11, go 4 cun down along the line to LI5, one cun below LI9, in the muscle on the radial side of the forearm.',
    needling: { directions: 'Perpendicular, 0.5–1 cun, into the radial extensor muscles.' },
    sensation: 'Heavy aching in the forearm.',
    safety: {},
    cautions: 'The deep branch of the radial nerve lies in the muscle; a sudden electric feeling means the needle should be lifted slightly.',
    actions: ['Regulates the intestines', 'Relieves pain of the elbow and arm', 'Clears wind and heat'],
    indications: ['Abdominal pain and distension', 'Pain and weakness of the elbow and forearm', 'Headache and dizziness', 'Eye pain'],
    commentary:
      'A minor point on the forearm, used mainly for local pain and weakness of the elbow and forearm and, following the old texts, for abdominal pain and distension. Its name pairs it with LI9 just above: together they mark the lower and upper ends of the ridge of muscle on the radial side of the forearm.\n\nIn practice it is seldom chosen on its own. It is needled as part of a line of points along the channel, for example in arm paralysis, or where it is distinctly tender in a forearm strain; for digestive complaints LI10 and the points of the abdomen are used far more.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Xialian on the forearm with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  LI9: {
    area: 'Forearm — posterolateral, upper third',
    location: 'On the back-outer side of the forearm, on the line from LI5 to LI11, 3 cun below the elbow crease (LI11).',
    convention: 'WHO 2008',
    howToLocate: 'Go 3 cun down from LI11 along the line to LI5, one cun below LI10.',
    needling: { directions: 'Perpendicular insertion, 0.5–1 cun.' },
    sensation: 'Aching and distension through the forearm.',
    safety: {},
    cautions: 'As at LI8, the deep radial nerve runs in the muscle below.',
    actions: ['Regulates the large intestine', 'Opens the channel and relieves pain', 'Benefits the arm after stroke'],
    indications: ['Borborygmus and abdominal pain', 'Numbness and paralysis of the arm', 'Pain of the shoulder and elbow', 'Headache'],
    commentary:
      'Another forearm point, used chiefly in a chain of points along the channel for pain, numbness or paralysis of the arm. Classical texts also list it for gurgling of the intestines and abdominal pain.\n\nIt lies between LI10, the more used point just above, and LI8 below; of the three it is the one to add when tenderness is found there, or when the whole radial side of the forearm is to be treated after a stroke.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Shanglian on the forearm with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  LI10: {
    area: 'Forearm — posterolateral, below the elbow',
    location: 'On the back-outer side of the forearm, on the line from LI5 to LI11, 2 cun below the elbow crease (LI11).',
    convention: 'WHO 2008',
    howToLocate:
      'Measure two cun below LI11 along the line toward the snuffbox. Press into the bulk of the radial extensor muscles: the point is almost always very tender.',
    needling: { directions: 'Perpendicular, 0.8–1.2 cun (some texts allow up to 1.5 cun in a muscular forearm).' },
    sensation: 'A strong ache that often spreads down to the hand or up to the elbow.',
    safety: {},
    cautions: 'Stimulation is usually felt strongly; start gently.',
    actions: ['Regulates qi and blood', 'Opens the channel and stops pain', 'Harmonises the stomach and intestines', 'Tonifies qi'],
    indications: [
      'Pain, numbness or paralysis of the arm',
      'Tennis elbow and forearm strain',
      'Abdominal pain, diarrhoea',
      'Toothache and swollen cheek',
      'Pain of the shoulder and neck',
    ],
    commentary:
      'Its name matches ST36 (Leg Three Li) and, like it, the point is thought to support qi, though much less strongly. In practice it is one of the most used arm points for pain and weakness after stroke, for repetitive strain of the forearm and for lateral elbow pain.\n\nIts tenderness is useful diagnostically: marked soreness here is common in people with long-standing neck and shoulder tension.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Shousanli below the elbow with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Warm needle or stick for chronic arm pain.',
      guaSha: 'Strokes down the forearm for overuse strain.',
    },
    classificationNotes: {},
  },
  LI11: {
    area: 'Elbow — lateral end of the crease',
    location:
      'On the outer side of the elbow, midway between LU5 and the lateral epicondyle of the humerus. With the elbow fully bent, it lies in the hollow at the outer end of the elbow crease.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient bend the elbow fully, hand on chest. The point is in the dip at the outer end of the crease, midway between the crease end on the biceps side and the bony lateral epicondyle.',
    needling: {
      directions: 'With the elbow bent, insert perpendicularly 1–1.5 cun toward PC3/HT3 on the inner side of the elbow.',
    },
    sensation: 'A strong ache or electric feeling spreading down the forearm.',
    safety: {},
    cautions:
      'The radial nerve lies deep and medial; if a shooting pain runs to the hand, lift the needle. Strong stimulation can make sensitive patients feel faint.',
    actions: [
      'Clears heat from the whole body',
      'Cools the blood and eases itching',
      'Resolves dampness',
      'Expels wind from the exterior',
      'Regulates qi and blood and opens the channel',
      'Benefits the elbow and arm',
    ],
    indications: [
      'Fever, sore throat, red eyes, toothache',
      'Itchy skin rashes: urticaria, eczema',
      'High blood pressure, dizziness',
      'Abdominal pain with vomiting or diarrhoea',
      'Pain or paralysis of the elbow and arm',
    ],
    commentary:
      'The sea point and earth point of the large intestine; earth is the mother of metal, so it is the tonification point of the channel. In daily practice, though, it is above all a point for clearing heat, whether it sits in the exterior (a cold with fever), in the yangming channel (throat, teeth, eyes) or in the blood (itchy red skin).\n\nIts combination of cooling the blood and expelling wind makes it the main distal point for skin disease, usually with SP10. It is also commonly chosen for high blood pressure with a flushed face.\n\nLocally it is the key elbow point and a standard point for arm paralysis. Sun Simiao counted it among his thirteen ghost points, and Ma Danyang among the heavenly star points.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the sea (he) point of the hand yangming channel.',
      },
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, Tang dynasty)',
        note: 'Includes it among the thirteen ghost points.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold-type elbow pain; not when used for heat.',
      cupping: 'With the arm straight; also used with bleeding for skin heat.',
      bloodletting: 'Pricking and cupping for high fever or acute urticaria.',
      guaSha: 'Over the elbow for fever and summer heat.',
    },
    classificationNotes: { ghost: "One of Sun Simiao's thirteen ghost points" },
  },
  LI12: {
    area: 'Elbow — posterolateral, above the epicondyle',
    location: 'On the back-outer side of the elbow, just above the lateral epicondyle of the humerus and in front of the lateral supracondylar ridge.',
    convention: 'WHO 2008; placed 1 B-cun above the lateral epicondyle, as most textbooks describe it.',
    howToLocate:
      'Bend the elbow. From LI11 move about one cun up and slightly outward onto the front edge of the ridge of the humerus above the lateral epicondyle.',
    needling: { directions: 'Perpendicular, 0.5–1 cun, in front of the bony ridge.' },
    sensation: 'Local ache around the elbow.',
    safety: {},
    cautions: 'The radial nerve winds round the humerus not far above; a sharp shock calls for redirection.',
    actions: ['Relaxes the sinews and benefits the elbow', 'Opens the channel and relieves pain'],
    indications: ['Pain, stiffness or numbness of the elbow', 'Tennis elbow', 'Contraction of the arm'],
    commentary:
      'A local point for the elbow, used especially in lateral epicondylitis together with LI11 and LI10 and the tender ashi points around the epicondyle. It also treats stiffness, numbness and contraction of the arm.\n\nIt is the point to choose when the pain sits a little above the epicondyle, along the ridge of the humerus, rather than at the crease. Chronic, cold-type elbow pain responds well to moxibustion here, and the needle stays in front of the bony ridge.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Zhouliao above the elbow with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'Good for chronic cold-type elbow pain.', cupping: 'Bony site.' },
    classificationNotes: {},
  },
  LI13: {
    area: 'Upper arm — lateral, above the elbow',
    location: 'On the outer side of the upper arm, on the line from LI11 to LI15, 3 cun above the elbow crease.',
    convention: 'WHO 2008',
    howToLocate: 'From LI11 measure 3 cun up along the line toward the front of the shoulder (LI15), on the lateral border of the humerus.',
    needling: {
      directions: 'If needled at all, perpendicular 0.5–1 cun after feeling for the pulse of the artery; moxibustion is the traditional method.',
    },
    sensation: 'Local ache; a shooting pain toward the hand suggests contact with the radial nerve.',
    safety: {
      classical_no_needling: 'The early classics warn against needling here; it is one of the traditionally forbidden points.',
      nerve: 'The radial nerve and its companion artery pass through the lateral arm near this level.',
    },
    cautions: 'Needle only with care, shallowly and without strong manipulation; moxibustion is preferred.',
    actions: ['Regulates qi and blood', 'Transforms phlegm and dissipates nodules', 'Relieves pain of the elbow and arm'],
    indications: ['Scrofula (swollen neck glands)', 'Pain and contraction of the elbow and upper arm', 'Cough with blood', 'Fear and lethargy'],
    commentary:
      'This point carries one of the oldest needling prohibitions: the Ling Shu warns that needling here, over the artery, can exhaust the qi of the organs. Later writers kept it on the list of forbidden points and used moxibustion instead.\n\nIts traditional indications are swollen lymph glands of the neck and arm pain.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Warns that the pulsing vessel at Wuli on the arm must not be needled.',
      },
    ],
    therapyNotes: { moxibustion: 'The traditional way to use this point.' },
    classificationNotes: {},
  },
  LI14: {
    area: 'Upper arm — lateral, at the lower deltoid',
    location: 'On the outer side of the upper arm, just in front of the border of the deltoid muscle, 7 cun above LI11.',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to raise the arm slightly against resistance so the deltoid stands out. On the line from LI11 to LI15, 7 cun above LI11, the point is at the front edge of the lower end of the muscle, near its insertion.',
    needling: { directions: 'Perpendicular 0.5–1 cun, or obliquely upward into the deltoid, 0.8–1.5 cun.' },
    sensation: 'Heavy ache in the shoulder and arm, sometimes spreading up to the shoulder.',
    safety: {},
    cautions: 'No particular hazard; avoid forceful manipulation in a thin arm.',
    actions: ['Opens the channel and relieves pain', 'Dissipates phlegm nodules', 'Benefits the eyes'],
    indications: ['Pain and stiffness of the shoulder and arm', 'Inability to lift the arm', 'Scrofula', 'Eye disorders: redness, pain, poor vision'],
    commentary:
      'A local point for the shoulder and upper arm, often needled toward LI15 for a stiff, painful shoulder. It is also an old empirical point for eye diseases, for which it is sometimes threaded upward.\n\nIt is usually described as a meeting point of the large intestine channel with the yang linking vessel; some texts add the small intestine and bladder channels.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Binao on the upper arm with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { cupping: 'Fits well on the deltoid.' },
    classificationNotes: {
      meeting: 'Large intestine channel and yang linking vessel (some texts add small intestine and bladder)',
    },
  },
  LI15: {
    area: 'Shoulder — front of the acromion',
    location: 'On the shoulder, in the hollow between the front end of the lateral border of the acromion and the greater tubercle of the humerus.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient lift the arm sideways to shoulder height. Two dimples appear at the tip of the shoulder; the point is in the front one, which is usually the deeper, just in front of and below the acromion. (TE14 is in the back dimple.)',
    needling: {
      directions:
        'With the arm abducted, insert perpendicularly into the joint space 0.8–1.5 cun; with the arm at rest, insert obliquely downward along the humerus toward the elbow.',
    },
    sensation: 'A deep ache in the shoulder joint, often spreading down the arm.',
    safety: {},
    cautions: 'Use a sterile technique; the needle may reach the joint capsule and subacromial bursa.',
    actions: ['Benefits the shoulder joint', 'Expels wind-damp and stops pain', 'Opens the channel', 'Expels wind and clears heat from the skin'],
    indications: [
      'Shoulder pain and stiffness, frozen shoulder',
      'Inability to raise the arm',
      'Paralysis of the arm after stroke',
      'Urticaria and itchy rashes',
      'Goitre and scrofula',
    ],
    commentary:
      'The principal point for disorders of the shoulder joint, whatever their cause: wind-damp painful obstruction, injury, stiffness or paralysis. It is commonly combined with TE14 and the extra point in front of the shoulder to surround the joint.\n\nIt is a meeting point with the yang motility vessel, which is linked with movement and with the limbs. Like LI11 it is also used for wind rashes.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Jianyu at the tip of the shoulder, as a meeting point of the hand yangming channel and the yang motility vessel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Warm needle or stick for cold, stiff shoulders.',
      cupping: 'With the arm at rest, over the deltoid.',
      bloodletting: 'Pricking and cupping for acute local stasis.',
    },
    classificationNotes: { meeting: 'Large intestine channel and yang motility vessel' },
  },
  LI16: {
    area: 'Shoulder — top, between clavicle and scapular spine',
    location: 'On top of the shoulder, in the hollow between the lateral (acromial) end of the clavicle and the spine of the scapula.',
    convention: 'WHO 2008; lateral to the supraspinous fossa.',
    howToLocate:
      'Follow the clavicle out to its end near the acromion, and the spine of the scapula forward to the same place. The two bones form a V; the point is in the notch between them on top of the shoulder.',
    needling: {
      directions:
        'Insert straight down or tilted slightly laterally, 0.5–1 cun. Never angle medially or forward: in a thin patient the needle can reach the apex of the lung.',
    },
    sensation: 'A heavy ache in the top of the shoulder, sometimes spreading into the shoulder blade.',
    safety: { lung: 'Deep or medially angled needling can reach the apex of the lung beneath the shoulder.' },
    cautions: 'Stay within the stated depth and angle, especially in slim patients.',
    actions: ['Benefits the shoulder joint', 'Moves qi and blood and relieves pain', 'Dissipates nodules'],
    indications: ['Pain of the shoulder and upper back', 'Inability to lift the arm', 'Scrofula and goitre', 'Coughing of blood from stasis in the chest'],
    commentary:
      'A strong local point for the shoulder, used when the pain sits in the top of the joint or the movement is blocked when raising the arm overhead. It is a meeting point with the yang motility vessel.\n\nClassical texts also give it for blood stasis in the chest after injury.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Jugu on top of the shoulder, as a meeting point of the hand yangming channel and the yang motility vessel.',
      },
    ],
    therapyNotes: { cupping: 'Narrow bony notch.', guaSha: 'Along the top of the shoulder.' },
    classificationNotes: { meeting: 'Large intestine channel and yang motility vessel' },
  },
  LI17: {
    area: 'Neck — lateral, at the posterior border of the sternocleidomastoid',
    location:
      'On the side of the neck, level with the cricoid cartilage, just behind the border of the sternocleidomastoid muscle; directly below LI18 and at the same level as ST10.',
    convention: 'WHO 2008',
    howToLocate:
      "Find LI18 level with the top of the Adam's apple. Move straight down to the level of the cricoid ring (the firm ring just below the thyroid cartilage); the point is at the back edge of the sternocleidomastoid there.",
    needling: {
      directions: 'Perpendicular, 0.5–0.8 cun (many texts keep to 0.3–0.5 cun), without strong lifting and thrusting.',
    },
    sensation: 'A local ache, sometimes spreading to the throat or down to the shoulder.',
    safety: {
      vessel: 'The external jugular vein crosses nearby and the carotid sheath lies deep and medial.',
      nerve: 'The brachial plexus and phrenic nerve run deep in this part of the neck.',
    },
    cautions: 'Keep the depth modest and do not aim medially. Watch for an electric shock into the arm and withdraw if it occurs.',
    actions: ['Benefits the throat and voice', 'Dissipates nodules in the neck'],
    indications: ['Sudden loss of voice', 'Sore, swollen throat', 'Difficulty swallowing', 'Goitre and scrofula'],
    commentary:
      'A local point for the throat and voice, used for sudden loss of voice, throat obstruction, difficulty swallowing and swellings in the neck. It is usually combined with distal points such as LI4 or LU11.\n\nFor the throat most practitioners reach first for LI18, the window of heaven point just above; this point is added when the swelling or tenderness lies lower, level with the cricoid ring. The neck here is crowded with vessels and nerves, so the needle stays shallow and is not manipulated strongly.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Tianding on the side of the neck with its location and its needling and moxibustion.',
      },
    ],
    therapyNotes: { moxibustion: 'Light stick moxa only.', guaSha: 'Very light strokes only on the neck.' },
    classificationNotes: {},
  },
  LI18: {
    area: 'Neck — lateral, over the sternocleidomastoid',
    location:
      "On the side of the neck, level with the upper border of the thyroid cartilage (the Adam's apple), between the front and back borders of the sternocleidomastoid muscle.",
    convention: 'WHO 2008; level with ST9 and SI16, midway between them across the muscle.',
    howToLocate:
      "Ask the patient to turn the head away against your hand so the sternocleidomastoid stands out. Level with the top of the Adam's apple, the point is in the middle of the muscle, between its two borders.",
    needling: {
      directions: 'Perpendicular into the muscle, 0.5–0.8 cun; do not go deeper or angle toward the front of the neck.',
    },
    sensation: 'A local ache, sometimes spreading to the throat.',
    safety: {
      vessel: 'The carotid artery and internal jugular vein lie deep to the muscle; deep needling could reach them.',
    },
    cautions: 'Keep within the depth given and avoid vigorous manipulation.',
    actions: ['Benefits the throat and voice', 'Relieves cough and wheezing', 'Dissipates nodules'],
    indications: ['Cough with much phlegm, wheezing', 'Sudden loss of voice, hoarseness', 'Sore throat, difficulty swallowing', 'Goitre'],
    commentary:
      'A window of heaven point. Such points are used when qi rebels upward and the connection between head and body is blocked; here this shows as cough, wheezing, choking and loss of voice.\n\nIt is a standard local point for the throat and thyroid.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 21',
        note: 'Names it among the five window of heaven points.',
      },
    ],
    therapyNotes: { moxibustion: 'Light stick moxa only.', guaSha: 'Very light strokes only.' },
    classificationNotes: {},
  },
  LI19: {
    area: 'Face — upper lip, below the nostril',
    location: 'On the upper lip, level with the midpoint of the philtrum, directly below the lateral margin of the nostril, about 0.5 cun lateral to GV26.',
    convention:
      'WHO 2008 main location (level with the midpoint of the philtrum). WHO also accepts an alternative at the junction of the upper third and lower two thirds of the philtrum, the level most Chinese textbooks give for GV26.',
    howToLocate:
      'Find the midpoint of the groove between nose and upper lip. Move straight across to the side until you are directly below the outer edge of the nostril; the point is there, on the lip.',
    alternative:
      'Alternative location: on the upper lip directly below the lateral margin of the nostril, at the level of the junction of the upper third and lower two thirds of the philtrum (slightly higher than the main location).',
    needling: { directions: 'Oblique insertion 0.3–0.5 cun (some texts insert perpendicularly to the same depth).' },
    sensation: 'Local soreness, sometimes with watering of the eyes or a tingling in the nose.',
    safety: {
      classical_no_moxibustion: 'Several classical texts advise against moxibustion on this point of the lip.',
      painful: 'The upper lip is sensitive and needling here smarts.',
    },
    cautions: 'Avoid moxibustion. The labial artery runs in the lip; press after withdrawal.',
    actions: ['Expels wind and opens the nose', 'Benefits the mouth'],
    indications: ['Blocked nose and loss of smell', 'Nosebleed', 'Nasal polyps', 'Deviation of the mouth, lockjaw'],
    commentary:
      'A minor point, chosen for blocked nose, loss of smell and nosebleed when LI20 alone is not enough, and for facial palsy affecting the upper lip.\n\nIts level depends on where GV26 is placed, which is one of the few locations on which the WHO working groups did not agree; the atlas shows both. The lip is sensitive and bleeds easily, so a fine needle and pressure afterwards are advisable, and moxibustion is not used.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Heliao on the upper lip beside the philtrum with its location and needling.',
      },
    ],
    therapyNotes: { moxibustion: 'Traditionally avoided on the lip.' },
    classificationNotes: {},
  },
  LI20: {
    area: 'Face — beside the nose, in the nasolabial groove',
    location: 'In the nasolabial groove, level with the midpoint of the lateral border of the wing (ala) of the nose.',
    convention: 'WHO 2008 main location. WHO also records an alternative at the level of the lower border of the ala, in the same groove.',
    howToLocate:
      'Find the outer edge of the wing of the nose and its midpoint. Move sideways into the crease between nose and cheek; the point is in the crease at that height, often slightly tender.',
    alternative: 'Alternative location: in the nasolabial groove at the level of the lower border of the ala of the nose, a little below the main location.',
    needling: {
      directions:
        'Insert obliquely or transversely upward and inward along the side of the nose, 0.3–0.5 cun; for blocked nose it can be threaded up toward the top of the nasolabial groove (Bitong).',
    },
    sensation: 'A sharp local ache, often with watering of the eyes and a feeling that the nose opens.',
    safety: {
      classical_no_moxibustion: 'On the classical list of points not treated with moxa.',
      painful: 'The skin beside the nose is sensitive.',
    },
    cautions: 'Do not use moxa. Superficial facial vessels bruise easily; press after withdrawal.',
    actions: ['Opens the nose', 'Expels wind and clears heat from the face', 'Relieves itching and swelling of the face'],
    indications: [
      'Blocked or runny nose, sinusitis, hay fever',
      'Loss of smell',
      'Nosebleed',
      'Facial palsy, itching or swelling of the face',
      'Biliary colic from roundworms (modern use)',
    ],
    commentary:
      'The last point of the large intestine channel and the most important local point for the nose: almost any nasal complaint, acute or chronic, is treated here, usually with LI4 as the distal point.\n\nIt is a meeting point with the stomach channel, and the hand yangming passes its qi on to the foot yangming at ST1 below the eye.\n\nA modern Chinese use is threading it toward ST2 for pain from roundworms in the bile ducts.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259), volume 3',
        note: 'Lists Yingxiang beside the nose, as a meeting point of the hand and foot yangming channels.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden; the face scars easily.',
      guaSha: 'Acupressure or gentle rubbing is used instead.',
    },
    classificationNotes: { meeting: 'Large intestine and stomach channels', exit: 'Passes the qi to the stomach channel at ST1' },
  },
};
