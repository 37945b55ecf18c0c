import type { PointTextsByCode } from '../../textsSchema.ts';

/** Lung channel of hand taiyin, LU1–LU11: the English texts, in our own words. */
export const lungTexts: PointTextsByCode = {
  LU1: {
    area: 'Chest — upper lateral, below the clavicle',
    location:
      'On the front of the chest, level with the first intercostal space and 6 cun out from the midline, just lateral to the hollow under the clavicle. It lies 1 cun directly below LU2.',
    convention: 'WHO 2008; placed 1 B-cun below LU2, which puts it on the line of the first intercostal space.',
    howToLocate:
      'First find LU2 in the triangular hollow below the outer end of the clavicle, just inside the coracoid process (it stands out when the patient pushes the arm forward against resistance). Slide one cun straight down into the first intercostal space; the point is usually sore to firm pressure in lung disorders.',
    needling: {
      directions:
        'Insert obliquely, pointing out toward the shoulder, 0.5–0.8 cun. Never insert straight in or toward the midline: the pleura and lung are only a few centimetres below the skin here.',
    },
    sensation: 'A local ache or heaviness that may spread across the upper chest or toward the shoulder.',
    safety: {
      lung: 'The lung apex and pleura lie close under the chest wall; deep or medial needling risks a pneumothorax.',
    },
    cautions:
      'Keep the needle angled laterally and shallow, especially in thin patients and in people with emphysema. Stop if the patient suddenly coughs or feels chest pain or breathlessness.',
    actions: ['Regulates and descends lung qi', 'Clears heat from the lung and chest', 'Transforms phlegm and stops cough', 'Eases the chest and the shoulder'],
    indications: [
      'Cough and wheezing, with a full or oppressed chest',
      'Cough with thick yellow sputum',
      'Chest pain spreading to the back',
      'Pain of the shoulder and upper back',
      'Abdominal fullness with breathlessness',
    ],
    commentary:
      'The alarm (front-mu) point of the lung: it becomes tender when the lung is disturbed and is pressed as part of diagnosis as much as treatment. It is chosen above all for acute, full conditions of the chest such as cough with phlegm-heat, wheezing and a sense of pressure behind the sternum.\n\nThe lung channel starts in the middle burner and emerges on the surface here, which is also where it is said to take over the flow of qi from the liver channel at LR14. Its meeting with the spleen channel reflects the close link between digestion, phlegm and breathing.',
    classicalSources: [
      {
        work: 'Mai Jing (Pulse Classic, Wang Shuhe)',
        note: 'Gives it as the front-mu (alarm) point of the lung.',
      },
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Records it as a meeting point of the hand and foot taiyin channels.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Stick moxa for cold-type cough and chest pain.',
      cupping: 'Light cups over the upper chest in cough; not on very thin patients.',
      guaSha: 'Light strokes outward along the ribs.',
    },
    classificationNotes: {
      front_mu: 'Front-mu (alarm) point of the lung',
      meeting: 'Lung and spleen channels',
      entry: 'Receives the liver channel from LR14',
    },
  },
  LU2: {
    area: 'Chest — infraclavicular fossa',
    location: 'In the hollow below the lateral end of the clavicle, on the inner side of the coracoid process, 6 cun lateral to the front midline.',
    convention: 'WHO 2008; the centre of the deltopectoral triangle.',
    howToLocate:
      'Ask the patient to push the arm forward and slightly out against your hand: a small triangular hollow appears between the deltoid, the pectoralis major and the clavicle. The point is in its centre, just medial to the bony knob of the coracoid.',
    needling: {
      directions:
        'Oblique insertion aimed laterally, 0.5–0.8 cun. Do not go straight down or toward the midline: the lung lies beneath, and the axillary vessels run deep and below.',
    },
    sensation: 'Ache and distension in the front of the shoulder, sometimes spreading down the arm.',
    safety: {
      lung: 'The upper lobe of the lung lies under the thin chest wall here; medial or deep needling can cause a pneumothorax.',
      vessel: 'The axillary artery and vein pass deep to the hollow; keep the insertion shallow.',
    },
    cautions: 'Shallow, laterally directed needling only. Take extra care in thin or emphysematous patients.',
    actions: ['Descends lung qi and stops cough', 'Clears heat and fullness from the chest', 'Relieves pain of the shoulder'],
    indications: [
      'Cough and wheezing',
      'Fullness and pain of the chest',
      'Pain of the shoulder that stops the arm rising',
      'Heat and restlessness in the chest',
    ],
    commentary:
      'The name pictures the lung as the gate through which qi rises like cloud. In practice it shares most of the chest actions of LU1 just below it and is often combined with it.\n\nLocally it is a useful point for a painful front of the shoulder, where it lies over the deltopectoral groove.',
    classicalSources: [
      {
        work: 'Su Wen (Basic Questions), chapter 61',
        note: 'Names it, with three other points on each side, among the eight points that drain heat from the four limbs.',
      },
    ],
    therapyNotes: {
      cupping: 'A small cup sits well in the hollow.',
      guaSha: 'Gently, along the lower edge of the clavicle.',
    },
    classificationNotes: {},
  },
  LU3: {
    area: 'Upper arm — anterolateral, beside the biceps',
    location:
      'On the front-outer side of the upper arm, at the lateral edge of the biceps, 3 cun below the level of the anterior axillary fold (6 cun above the elbow crease).',
    convention: 'WHO 2008; the arm is divided into 9 cun from the axillary fold to the cubital crease.',
    howToLocate:
      'With the arm hanging, divide the distance from the front armpit fold to the elbow crease into thirds. At the junction of the upper and middle thirds, feel for the groove along the outer border of the biceps. An old check: when the patient raises the arm forward, the tip of the nose touches the arm near this point.',
    needling: {
      directions: 'Straight in, 0.5–1 cun, just lateral to the belly of the biceps; stay clear of the cephalic vein in the groove.',
    },
    sensation: 'Local aching, sometimes running down the outer arm toward the elbow.',
    safety: {
      classical_no_moxibustion: 'Several classical texts list it among the points not to be warmed with moxa.',
    },
    cautions: 'Avoid moxibustion, following the classical texts. The cephalic vein runs close by; press after withdrawal.',
    actions: ['Clears lung heat and cools the blood', 'Stops bleeding', 'Calms the corporeal soul (po)', 'Descends lung qi'],
    indications: [
      'Nosebleed or coughing of blood',
      'Wheezing and cough',
      'Sadness, forgetfulness, confused or dull spirit',
      'Goitre',
      'Pain of the inner side of the upper arm',
    ],
    commentary:
      'One of the window of heaven points, a group said to restore the flow between the head and the trunk. Its classical uses combine breath disorders with disturbances of the mind attributed to the po, the bodily soul housed in the lung: weeping, sadness and muddled thinking.\n\nIt is also an old point for heat pushing the blood upward, as in nosebleed. Moxibustion is traditionally avoided here.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 21',
        note: 'Names it among the five window of heaven points of the neck and arm.',
      },
    ],
    therapyNotes: { moxibustion: 'Traditionally forbidden.', guaSha: 'Downward strokes along the lung line of the arm.' },
    classificationNotes: {},
  },
  LU4: {
    area: 'Upper arm — anterolateral, beside the biceps',
    location:
      'On the front-outer side of the upper arm, at the lateral border of the biceps, 4 cun below the anterior axillary fold, which is 1 cun below LU3 and 5 cun above the elbow crease.',
    convention: 'WHO 2008',
    howToLocate: 'Find LU3 and move one cun further down the same groove on the outer edge of the biceps.',
    needling: { directions: 'Perpendicular insertion of 0.5–1 cun beside the biceps.' },
    sensation: 'Local distension, occasionally spreading toward the elbow.',
    safety: {},
    cautions:
      'Avoid the cephalic vein, which runs in the groove beside the biceps: look for it before inserting and press after withdrawal. Keep the needle beside the biceps and do not drive it toward the inner side of the arm, where the main vessels and nerves of the arm run.',
    actions: ['Descends lung qi', 'Regulates qi and blood in the chest', 'Eases pain of the arm'],
    indications: [
      'Cough and shortness of breath',
      'Pain of the heart region and chest oppression',
      'Retching with restlessness',
      'Pain of the inner upper arm',
    ],
    commentary:
      'A minor point, chosen mostly for local pain along the lung line of the upper arm and sometimes added to LU3 for cough and chest discomfort. The name refers to the "white" of the lung, which in five-phase terms is the colour of metal; the point flanks the chest when the arm hangs beside it.\n\nIn chest and arm complaints it is worth palpating the whole stretch of the channel between LU3 and LU5: a tender spot here points to the lung channel and makes a good local needle. Its older uses for pain in the heart region and for retching with restlessness are seldom called on today, but they show how closely this part of the channel was tied to the chest.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Records the point and places it on the upper arm below Tianfu (LU3).',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  LU5: {
    area: 'Elbow — front, on the crease',
    location: 'On the front of the elbow, on the cubital crease, in the hollow on the radial (thumb) side of the biceps tendon.',
    convention: 'WHO 2008; separated from PC3 by the biceps tendon.',
    howToLocate:
      'Have the patient bend the elbow slightly so the biceps tendon stands out in the crease. Slide off the tendon toward the thumb side; the point is in the soft hollow next to it, on the crease line.',
    needling: {
      directions:
        'Straight in, 0.8–1.2 cun, with the elbow slightly flexed. For acute vomiting and diarrhoea or fever the visible vein near the point is pricked to let a few drops of blood instead.',
    },
    sensation: 'An ache or electric feeling that often spreads down the forearm toward the thumb (the radial nerve runs deep here).',
    safety: {},
    cautions: 'The radial nerve lies deep and lateral; if a sharp electric shock is felt, withdraw slightly. Press firmly after bleeding the vein.',
    actions: ['Clears heat from the lung', 'Descends rebellious lung qi', 'Resolves phlegm', 'Opens the water passages', 'Relaxes the sinews of the elbow'],
    indications: [
      'Cough with yellow sputum, wheezing, fever',
      'Sore, swollen throat',
      'Acute vomiting and diarrhoea',
      'Frequent or difficult urination, oedema of the upper body',
      'Elbow pain and contraction of the arm',
    ],
    commentary:
      'The sea point of the lung and its water point, so by mother–child rules it is the point to drain the lung channel. It is the main choice for full heat in the lung: cough with thick yellow phlegm, a high fever, a hot sore throat.\n\nBecause the lung is the upper source of water, it is also used when fluids fail to move down, with swelling of the face and hands or scanty urine. Bleeding the superficial vein here is a classic first-aid measure for sudden vomiting and diarrhoea in summer.\n\nLocally it is one of the standard points for elbow pain and for stiffness after stroke.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the sea (he) point where the lung channel enters deep.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For cold-type elbow pain; less used for the heat patterns it is mainly chosen for.',
      cupping: 'The bent crease gives a poor seal.',
      bloodletting: 'Pricking the vein in acute vomiting and diarrhoea or high fever.',
      guaSha: 'Over the crease for summer heat and sore throat.',
    },
    classificationNotes: {},
  },
  LU6: {
    area: 'Forearm — anterolateral',
    location: 'On the front-outer side of the forearm, on the line from LU5 to LU9, 7 cun above the palmar wrist crease (5 cun below LU5).',
    convention: 'WHO 2008; 1 B-cun above the midpoint of the LU5–LU9 line.',
    howToLocate:
      'Mark the midpoint between the elbow crease (LU5) and the wrist crease (LU9); go one cun up from it toward the elbow. The point lies on the thumb side of the forearm and is usually the most tender spot in that area during acute lung problems.',
    needling: { directions: 'Perpendicular, 0.5–1 cun (some texts give up to 1.2 cun).' },
    sensation: 'A heavy ache spreading along the forearm, sometimes up to the elbow or down to the thumb.',
    safety: {},
    cautions: 'The cephalic vein and the superficial branch of the radial nerve are nearby; adjust if a sharp pain or shock is felt.',
    actions: ['Descends and regulates lung qi', 'Clears heat', 'Stops bleeding', 'Moistens the lung'],
    indications: [
      'Coughing of blood',
      'Acute cough and wheezing',
      'Sore throat and loss of voice',
      'Fever without sweating',
      'Bleeding haemorrhoids',
      'Pain of the elbow and forearm',
    ],
    commentary:
      "The cleft point of the lung, and like most cleft points of yin channels it is used for bleeding and for acute, severe episodes. Coughing of blood is its signature indication; an acute attack of wheezing or cough is another.\n\nIts use for fever without sweating reflects the lung's control of the pores. A noticeable tenderness here is often read as a sign of acute lung involvement.",
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the cleft (xi) point of the lung channel.',
      },
    ],
    therapyNotes: { moxibustion: 'Moxa is used for bleeding haemorrhoids.', cupping: 'Small cup on the fleshy forearm.' },
    classificationNotes: { cleft: 'Xi-cleft point of the lung channel' },
  },
  LU7: {
    area: 'Forearm — radial border above the wrist',
    location:
      'On the radial edge of the forearm, 1.5 cun above the palmar wrist crease, in the groove for the tendon of abductor pollicis longus just above the styloid process of the radius.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient join both hands in the web between thumb and index finger, one over the other. The tip of the upper index finger falls on the radial styloid of the other wrist; the point is in the small crevice just under that fingertip. Alternatively palpate up from the styloid to the first slit between the tendons.',
    needling: {
      directions:
        'The skin lies directly on bone and tendon, so insert obliquely toward the elbow, 0.3–0.5 cun; many texts thread it transversely under the skin up to 1 cun, upward for head and neck problems or downward toward the hand for local pain.',
    },
    sensation: 'Local soreness or a mild electric feeling running to the thumb and index finger.',
    safety: {},
    cautions:
      'The superficial branch of the radial nerve crosses here; a sharp shooting pain means the needle should be redirected. Do not needle deeply into the periosteum.',
    actions: [
      'Releases the exterior and expels wind',
      'Spreads and descends lung qi',
      'Benefits the head and the back of the neck',
      'Opens and regulates the conception vessel',
      'Opens the water passages',
    ],
    indications: [
      'Common cold with chills, headache and stiff neck',
      'Cough and wheezing',
      'One-sided headache, facial palsy, toothache',
      'Painful or difficult urination, blood in the urine',
      'Pain and weakness of the wrist and thumb',
    ],
    commentary:
      'One of the key points of the body. As the connecting point it links the lung with the large intestine, and its luo vessel runs to the index finger; it is also where the lung channel hands over to the large intestine channel, whose next station is LI4. The old verse of the four command points names it as the point for the head and the back of the neck.\n\nIn the first stage of a cold, when wind has just lodged in the exterior, it is combined with LI4 to open the pores and clear the head. It also treats cough and wheezing because it makes lung qi spread and descend.\n\nAs the opening point of the conception vessel, paired with KI6, it reaches the throat, chest and lower abdomen, which explains its use for urinary and genital disorders and for grief that is held in.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the luo-connecting point of the hand taiyin.',
      },
      {
        work: 'Zhen Jing Zhi Nan (Guide to the Classic of Acupuncture, Dou Hanqing, Jin–Yuan era)',
        note: 'Pairs it with KI6 among the eight points that open the extraordinary vessels.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Stick moxa for wind-cold.',
      cupping: 'Too narrow and bony.',
      guaSha: 'Short strokes along the forearm at the onset of a cold.',
    },
    classificationNotes: {
      connecting: 'Luo-connecting point of the lung channel',
      confluent: 'Conception vessel (Ren Mai)',
      command: 'Command point of the head and the back of the neck',
      exit: 'Passes the qi to the large intestine channel at LI4',
    },
  },
  LU8: {
    area: 'Forearm — palmar side just above the wrist',
    location: 'On the front-outer side of the forearm, 1 cun above the palmar wrist crease, between the styloid process of the radius and the radial artery.',
    convention: 'WHO 2008; 1 B-cun above LU9.',
    howToLocate:
      'Place a finger on the radial pulse at the level of the styloid process (the "guan" pulse position). The point is in the small groove between the pulsing artery and the bone, one cun above the wrist crease.',
    needling: {
      directions: 'Hold the artery aside with a finger and insert straight in, 0.3–0.5 cun, on its radial side.',
    },
    sensation: 'Mild local ache; a throbbing or sharp feeling suggests the needle is against the artery.',
    safety: {
      vessel: 'Lies right beside the radial artery; palpate and keep the needle on its radial side.',
      classical_no_moxibustion: 'The Zhen Jiu Jia Yi Jing forbids direct moxibustion here, close to the artery.',
    },
    cautions: 'Locate the pulse before inserting and press after withdrawal. Do not burn moxa on the point.',
    actions: ['Descends lung qi and stops cough', 'Relieves wheezing', 'Clears the throat'],
    indications: ['Cough and wheezing', 'Sore throat', 'Fever with chest pain', 'Pain of the wrist'],
    commentary:
      'The river point and the metal point of a metal channel, which makes it the horary point of the lung. Clinically it is a modest point, used for cough and wheezing and for local wrist pain.\n\nIt sits over the middle of the three radial pulse positions, a reminder of how closely this stretch of the channel is tied to pulse diagnosis.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the river (jing) point of the lung channel.',
      },
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'States that it should not be treated with moxibustion.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden, and the artery is immediately beneath.',
      guaSha: 'Only very light strokes over the artery.',
    },
    classificationNotes: { horary: 'Metal point of the metal channel' },
  },
  LU9: {
    area: 'Wrist — palmar, radial end of the crease',
    location:
      'At the wrist, between the styloid process of the radius and the scaphoid, in the hollow on the ulnar side of the abductor pollicis longus tendon and on the radial side of the radial artery; on the radial end of the palmar wrist crease.',
    convention: 'WHO 2008',
    howToLocate:
      'Turn the palm up and find the radial pulse at the wrist crease. The point is on the crease in the hollow where the pulse is felt, between the artery and the tendon running to the thumb.',
    needling: {
      directions: 'Feel the pulse, ease the artery aside and insert straight in on its radial side, 0.3–0.5 cun.',
    },
    sensation: 'A local ache; sometimes a faint pulsing transmitted through the needle.',
    safety: {
      vessel: 'The radial artery lies immediately on the ulnar side of the point; palpate it and needle beside it, not into it.',
    },
    cautions: 'Avoid puncturing the artery; press firmly for a minute after withdrawal. Moxa only indirectly.',
    actions: [
      'Tonifies the qi and yin of the lung',
      'Resolves phlegm and stops cough',
      'Promotes the circulation in the vessels and regulates the pulse',
      'Descends lung qi',
    ],
    indications: [
      'Chronic cough, weak voice, shortness of breath on exertion',
      'Dry cough from lung yin deficiency',
      'Weak or absent pulse, cold limbs',
      'Chest pain and palpitations',
      'Pain of the wrist',
    ],
    commentary:
      'Stream point, source point and the earth point of the lung, so by mother–child rules it is the point for tonifying the lung channel. It is the first choice for long-standing weakness of the lung: a chronic cough with little strength, a soft voice, breathlessness on effort and frequent colds.\n\nIt is also the influential point of the vessels, where the pulse gathers. That gives it a role in disorders of circulation, such as a faint or irregular pulse and some types of chest pain.\n\nBecause the radial pulse is read here, the point links the lung to the whole body: classical theory holds that all the vessels meet at the lung.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 45',
        note: 'Names it as the gathering (influential) point of the vessels.',
      },
      { work: 'Ling Shu (Spiritual Pivot), chapter 1', note: 'Lists it as the source point of the lung.' },
    ],
    therapyNotes: { moxibustion: 'Indirect moxa only; no cones on the artery.' },
    classificationNotes: { source: 'Yuan-source point of the lung channel', influential: 'Vessels (pulse)' },
  },
  LU10: {
    area: 'Hand — thenar eminence',
    location: 'On the palm, on the radial side of the midpoint of the first metacarpal bone, where the palm skin meets the back-of-hand skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger along the thumb side of the first metacarpal, on the edge of the thenar eminence. At the middle of the bone, on the line where the paler palm skin changes to the darker back skin, there is a tender spot against the bone.',
    needling: { directions: 'Straight in toward the palm side of the bone, 0.5–0.8 cun.' },
    sensation: 'Sharp local ache that can spread through the thumb.',
    safety: { painful: 'The thenar border is sensitive; needling is noticeably painful.' },
    cautions:
      'Use a fine needle and gentle manipulation in sensitive patients, and warn them that the needle will be felt sharply. Press after withdrawal, since the small veins along the thenar border bruise easily; pricking for a sore throat needs a sterile lancet.',
    actions: ['Clears heat from the lung', 'Benefits the throat', 'Descends rebellious qi'],
    indications: ['Sore, dry throat and loss of voice', 'Cough with blood-streaked sputum', 'Fever with cough', 'Pain in the thumb'],
    commentary:
      'The spring point and fire point of the lung, used to clear lung heat, especially heat lodged in the throat: a red, sore throat, hoarseness or loss of voice, and a hot cough with streaks of blood.\n\nIn paediatric massage the thenar area is worked for digestive weakness in children, and some practitioners prick nearby for infantile malnutrition.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the spring (ying) point of the lung channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'It is chosen for heat patterns.',
      bloodletting: 'Pricking for acute throat swelling.',
      guaSha: 'Firm strokes over the thenar eminence for sore throat.',
    },
    classificationNotes: {},
  },
  LU11: {
    area: 'Thumb — radial side of the nail',
    location:
      'On the thumb, on the radial side of the distal phalanx, 0.1 finger-cun from the radial corner of the nail, where a line along the radial nail edge meets a line across the nail base.',
    convention: 'WHO 2008',
    howToLocate:
      'Draw an imaginary line along the outer (radial) edge of the thumbnail and another across the base of the nail. Where they cross, about a millimetre or two beyond the nail corner, is the point.',
    needling: {
      directions: 'Shallow insertion of about 0.1 cun, angled toward the wrist; more often the point is pricked with a lancet to release a few drops of blood.',
    },
    sensation: 'A sharp, brief pain at the fingertip.',
    safety: {
      painful: 'Fingertip points are densely innervated and needling hurts.',
      classical_no_moxibustion: 'Listed in classical texts among points not treated with moxa.',
    },
    cautions:
      'Sterilise the skin well before pricking, use a fresh sterile lancet and squeeze out only a few drops. Avoid moxibustion. Do not prick in bleeding disorders or in people on blood-thinning medication, and warn the patient that the fingertip will sting for a short while.',
    actions: ['Clears heat and benefits the throat', 'Revives consciousness', 'Expels wind and calms the mind'],
    indications: ['Acute, swollen and painful throat, tonsillitis', 'High fever', 'Loss of consciousness, fainting', 'Mania and agitation', 'Nosebleed'],
    commentary:
      'The well point of the lung and its wood point, where the channel reaches its end at the thumb. Pricking it to let a few drops of blood is a standard, fast treatment for an acutely swollen, painful throat and for high fever.\n\nLike other well points it also restores consciousness in collapse or febrile delirium. Sun Simiao included it among his thirteen ghost points for mania.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it as the well (jing) point where the lung channel emerges.',
      },
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, Tang dynasty)',
        note: 'Includes it among the thirteen ghost points for mania.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically forbidden.',
      bloodletting: 'Prick and squeeze 3–5 drops for sore throat or fever.',
    },
    classificationNotes: { ghost: "One of Sun Simiao's thirteen ghost points" },
  },
};
