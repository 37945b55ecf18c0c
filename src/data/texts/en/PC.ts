import type { PointTextsByCode } from '../../textsSchema.ts';

/** Pericardium channel of hand jueyin, PC1–PC9: the English texts, in our own words. */
export const pericardiumTexts: PointTextsByCode = {
  PC1: {
    area: 'Chest — lateral to the nipple',
    location: 'On the chest, in the fourth intercostal space, 1 cun lateral to the nipple and 5 cun from the front midline.',
    convention: 'WHO 2008; in women the point is found in the fourth intercostal space by counting ribs, not from the nipple.',
    howToLocate:
      'Count the ribs down to the fourth intercostal space; in men the nipple lies in it. Follow the space one cun outward from the nipple line. In women, or where the nipple is low, keep to the space and measure five cun from the midline.',
    needling: {
      directions: 'Obliquely or transversely outward along the space, 0.3–0.5 cun (some texts allow 0.8 cun along the rib). Never perpendicular.',
    },
    sensation: 'Local distension, sometimes spreading across the side of the chest.',
    safety: { lung: 'The pleura lies close under the intercostal space; oblique and shallow only.' },
    cautions: 'Keep the needle flat and follow the rib; extra care in thin or emphysematous chests. Avoid needling through inflamed breast tissue.',
    actions: ['Unbinds the chest and descends rebellious qi', 'Transforms phlegm and disperses nodules', 'Benefits the breasts'],
    indications: [
      'Chest fullness, cough, wheezing',
      'Breast pain, breast abscess, poor milk flow',
      'Swollen glands in the armpit or neck',
      'Pain of the side ribs',
    ],
    commentary:
      'The first point of the pericardium channel, which picks up the flow from the kidney channel in the chest. Most of the channel runs on the arm; this is its only point on the trunk.\n\nIt is a local point for the breast and the chest, and one of the window of heaven points, used when qi is blocked between the body and the head. It also meets the gall bladder channel, which gives it a role in swellings along the side of the body.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Places Tianchi three cun below the armpit and assigns it to the hand jueyin.',
      },
    ],
    therapyNotes: {
      cupping: 'Small cup on the side of the chest; not on breast tissue.',
      guaSha: 'Light strokes along the ribs.',
    },
    classificationNotes: {
      entry: 'Receives the kidney channel from KI22',
      meeting: 'Pericardium and gall bladder channels (some texts add the liver and triple energizer)',
    },
  },
  PC2: {
    area: 'Upper arm — front',
    location: 'On the front of the upper arm, between the long and short heads of the biceps, 2 cun below the lower end of the anterior axillary fold.',
    convention: 'WHO 2008',
    howToLocate:
      'With the arm resting at the side, palm forward, find the lower end of the front fold of the armpit. Go two cun down toward PC3 at the elbow; the point is in the groove between the two bellies of the biceps.',
    needling: { directions: 'Straight in between the heads of the biceps, 0.5–1 cun (Chinese textbooks 1–1.5 cun).' },
    sensation: 'A heavy ache in the upper arm, sometimes running down to the elbow.',
    safety: {},
    cautions: 'The brachial artery and median nerve run along the inner side of the arm, medial to the point; do not angle inward.',
    actions: ['Unbinds the chest', 'Moves blood and relieves pain', 'Benefits the arm'],
    indications: ['Heart pain, palpitations', 'Cough, chest fullness', 'Pain of the chest, back and inner arm', 'Pain of the upper arm'],
    commentary:
      'A minor point of the channel, used locally for pain in the front of the arm and, through the channel, for pain that spreads from the chest into the arm.\n\nWhen chest pain or palpitations radiate down the inner arm, palpate this point and along the channel: the tender spot is often the one to needle, commonly with PC6 to open the chest. Chest pain that spreads down the inner arm can be angina, though, and needs a medical diagnosis first; the point only supports that care. It also suits pain at the front of the upper arm from strain of the front of the shoulder and the biceps.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Records the point on the front of the upper arm below the fold of the armpit.',
      },
    ],
    therapyNotes: { cupping: 'Over the biceps belly.', guaSha: 'Downward strokes on the front of the arm.' },
    classificationNotes: {},
  },
  PC3: {
    area: 'Elbow — front crease',
    location: 'At the front of the elbow, on the cubital crease, in the hollow just medial to the biceps tendon.',
    convention: 'WHO 2008',
    howToLocate:
      'Bend the elbow a little against resistance so the biceps tendon stands out in the crease. The point is on the crease, in the soft hollow on the little-finger side of the tendon. The brachial pulse is usually felt just beside it.',
    needling: {
      directions:
        'With the elbow slightly bent, straight in 0.8–1.2 cun beside the tendon (textbooks up to 1.5 cun), or prick the visible veins to let a few drops of blood.',
    },
    sensation: 'Ache and distension at the elbow; an electric shock into the forearm means the median nerve was touched.',
    safety: {
      vessel: 'The brachial artery runs just medial to the biceps tendon; feel the pulse and insert beside it.',
      nerve: 'The median nerve lies next to the artery; withdraw on a shooting sensation.',
    },
    cautions: 'Palpate the pulse first. When bleeding the veins, press firmly afterwards; avoid in patients on anticoagulants.',
    actions: [
      'Clears heat from the nutritive and blood levels',
      'Harmonises the stomach and stops vomiting',
      'Calms the heart and the mind',
      'Relaxes the sinews of the elbow',
    ],
    indications: [
      'High fever, heatstroke',
      'Sudden vomiting and diarrhoea',
      'Palpitations, restlessness, heart pain',
      'Elbow and arm pain, tremor of the hand',
      'Dry mouth with thirst',
    ],
    commentary:
      'The sea point of the pericardium channel. Its best-known use is to clear intense heat: letting a little blood from the veins at the elbow crease, often together with BL40 at the knee, is a traditional treatment for summer-heat with fever, vomiting and diarrhoea.\n\nIt also calms the heart when heat agitates it, and is used locally for elbow pain.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the sea point of the channel, given there under the heart.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Rarely used; the point is mostly for heat.',
      cupping: 'The crease will not hold a cup when the arm is straight.',
      bloodletting: 'Pricking the superficial veins for heatstroke and acute vomiting.',
      guaSha: 'Scraping the elbow crease is a folk remedy for summer-heat.',
    },
    classificationNotes: {},
  },
  PC4: {
    area: 'Forearm — front, middle',
    location: 'On the front of the forearm, between the tendons of palmaris longus and flexor carpi radialis, 5 cun above the palmar wrist crease.',
    convention: 'WHO 2008',
    howToLocate:
      'Make a fist and flex the wrist slightly so the two central tendons stand out. Measure five cun up from the wrist crease (a little below the middle of the forearm) and press between the tendons.',
    needling: { directions: 'Straight in between the tendons, 0.5–1 cun.' },
    sensation: 'Distension in the forearm, sometimes an electric feeling into the middle fingers.',
    safety: { nerve: 'The median nerve lies deep between the tendons; withdraw a little on a shooting sensation.' },
    cautions:
      'The median nerve lies deep between the tendons, and the anterior interosseous vessels deeper still: stay within the stated depth. If the patient feels an electric shock into the fingers, withdraw slightly and do not keep stimulating. Acute chest pain needs urgent medical assessment; the point can support that care but never replaces it.',
    actions: ['Moves blood and relieves acute pain', 'Cools the blood and stops bleeding', 'Calms the heart and the mind'],
    indications: [
      'Acute chest or heart pain',
      'Palpitations',
      'Coughing or vomiting blood, nosebleed',
      'Fear, anxiety, feeling of dread',
      'Boils and abscesses',
    ],
    commentary:
      'The cleft point of the pericardium channel. Cleft points treat acute, painful conditions, and those of the yin channels also act on the blood; Ximen is therefore used for sudden chest pain and for bleeding caused by heat.\n\nIt also settles fear and a sense of foreboding in the chest.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Records it as the cleft point of the hand jueyin channel.',
      },
    ],
    therapyNotes: { cupping: 'Small cup on a fleshy forearm only.', guaSha: 'Strokes down the middle of the forearm.' },
    classificationNotes: { cleft: 'Xi-cleft point of the pericardium channel' },
  },
  PC5: {
    area: 'Forearm — front, above the wrist',
    location: 'On the front of the forearm, between the tendons of palmaris longus and flexor carpi radialis, 3 cun above the palmar wrist crease.',
    convention: 'WHO 2008',
    howToLocate: 'Measure three cun (a hand-width of four fingers) above the wrist crease and press between the two central tendons, one cun above PC6.',
    needling: { directions: 'Straight in between the tendons, 0.5–1 cun.' },
    sensation: 'Distension in the forearm, often an electric feeling into the middle finger.',
    safety: {
      nerve: 'The median nerve runs directly under the tendons here; withdraw a little on a shooting sensation.',
    },
    cautions: 'Avoid repeated strong stimulation of the nerve; withdraw slightly and redirect if it is struck.',
    actions: ['Transforms phlegm that clouds the heart', 'Calms the mind', 'Regulates the heart', 'Harmonises the stomach', 'Treats malarial fever'],
    indications: [
      'Mania, epilepsy, disturbed behaviour',
      'Palpitations, heart pain',
      'Nausea, vomiting, stomach pain',
      'Alternating fever and chills',
      'Loss of voice',
      'Irregular menstruation',
    ],
    commentary:
      'The river point of the channel. Its name suggests a messenger between the heart and the rest of the body, and it is used above all when phlegm mists the mind: confused speech, manic or withdrawn states, epilepsy.\n\nIt is also a traditional point for malaria-like fevers that come and go, a shaoyang and jueyin pattern.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the river point of the channel, given there under the heart.',
      },
    ],
    therapyNotes: { cupping: 'Narrow area between tendons.', guaSha: 'Strokes down the middle of the forearm.' },
    classificationNotes: {},
  },
  PC6: {
    area: 'Forearm — front, above the wrist',
    location: 'On the front of the forearm, between the tendons of palmaris longus and flexor carpi radialis, 2 cun above the palmar wrist crease.',
    convention: 'WHO 2008; where palmaris longus is absent, the point lies on the ulnar side of flexor carpi radialis.',
    howToLocate:
      'Lay three fingers across the forearm with the edge of the ring finger on the wrist crease; the point is under the edge of the index finger, between the two tendons that stand out when the fist is clenched and the wrist flexed.',
    needling: {
      directions:
        'Straight in between the tendons, 0.5–1 cun. Some practitioners needle obliquely up the arm for chest complaints, or through toward TE5 on the back of the forearm.',
    },
    sensation: 'Distension at the wrist; frequently a tingling or electric sensation into the middle fingers.',
    safety: {
      nerve: 'The median nerve lies directly below; on an electric shock into the fingers withdraw slightly and do not keep stimulating.',
    },
    cautions:
      'The median nerve is easily touched; avoid forceful lifting and thrusting. For nausea during pregnancy or travel, use acupressure or a wrist band rather than the needle.',
    actions: [
      'Unbinds the chest and regulates the heart',
      'Harmonises the stomach and stops nausea and vomiting',
      'Calms the mind',
      'Opens the yin wei vessel',
      'Regulates qi and relieves pain',
    ],
    indications: [
      'Nausea and vomiting of any cause (travel, pregnancy, after surgery or chemotherapy)',
      'Chest pain, tightness, palpitations',
      'Anxiety, insomnia, low mood',
      'Epigastric pain, hiccup, belching',
      'Pain of the side ribs',
      'Numbness and pain of the wrist and fingers',
    ],
    commentary:
      'One of the most used points in acupuncture. Three roles overlap here: the connecting point of the pericardium, linking it to the triple energizer; the opening point of the yin wei vessel, which governs the heart, chest and stomach; and, in later tradition, the command point of the chest.\n\nIts best-known effect is on nausea. Pressure on PC6 for nausea after anaesthesia, in early pregnancy and during chemotherapy has been studied in many controlled trials, and wrist bands that press it are sold widely.\n\nThe point also opens a tight chest and calms the heart, and is combined with SP4 (opening point of the penetrating vessel) for chest, heart and stomach complaints.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names Neiguan as the connecting point of the hand jueyin, two cun above the wrist between the tendons.',
      },
      {
        work: 'Dou Hanqing, Zhen Jing Zhi Nan (Guide to the Needling Classic, 13th century)',
        note: 'Includes it in the eight confluent points, as the opening point of the yin wei vessel.',
      },
    ],
    therapyNotes: { cupping: 'Narrow area between tendons.', guaSha: 'Gentle strokes down the forearm.' },
    classificationNotes: {
      connecting: 'Luo-connecting point of the pericardium channel, linking to the triple energizer',
      confluent: 'Yin wei vessel (paired with SP4 for the penetrating vessel)',
      command: 'Command point of the chest (later addition to the four command points)',
    },
  },
  PC7: {
    area: 'Wrist — palmar crease',
    location: 'On the front of the wrist, on the palmar wrist crease, between the tendons of palmaris longus and flexor carpi radialis.',
    convention: 'WHO 2008',
    howToLocate:
      'Flex the wrist slightly against resistance. Find the most distinct crease at the base of the palm and press between the two central tendons on it.',
    needling: {
      directions: 'Straight in between the tendons, 0.3–0.5 cun. For carpal tunnel pain some needle obliquely toward the palm under the retinaculum.',
    },
    sensation: 'Local distension, commonly with tingling into the fingers.',
    safety: {
      nerve: 'The median nerve enters the carpal tunnel directly below; shallow insertion, withdraw on an electric shock.',
    },
    cautions: 'Keep shallow; no strong manipulation in carpal tunnel syndrome, where the nerve is already irritated.',
    actions: ['Clears heat from the heart', 'Calms the mind', 'Harmonises the stomach', 'Unbinds the chest', 'Relieves pain of the wrist'],
    indications: [
      'Anxiety, agitation, insomnia, mania',
      'Mouth ulcers, bad breath',
      'Palpitations, chest pain',
      'Nausea, stomach pain',
      'Wrist pain, carpal tunnel syndrome',
      'Itching skin, eczema of the hand',
    ],
    commentary:
      'The stream and source point of the channel, and its earth point, hence its child point for reducing. It drains heat from the heart: when the mind is agitated, sleep is broken and the tongue and mouth are sore.\n\nSun Simiao counted it among his thirteen ghost points for mania. Because the early classics did not needle the heart channel itself, Daling was given as the source point of the heart.\n\nLocally it is a standard point for wrist pain and for carpal tunnel syndrome.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 1',
        note: 'Gives Daling as the source point of the heart.',
      },
      {
        work: 'Sun Simiao, Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, 7th century)',
        note: 'Includes it among the thirteen ghost points, under the name Ghost Heart.',
      },
    ],
    therapyNotes: { moxibustion: 'Rarely needed; the point is mostly for heat.', cupping: 'Wrist crease: no seal.' },
    classificationNotes: { source: 'Yuan-source point of the pericardium channel', ghost: 'Ghost Heart' },
  },
  PC8: {
    area: 'Hand — palm, centre',
    location:
      'In the palm, in the hollow between the second and third metacarpal bones, just proximal to the metacarpophalangeal joints; this is where the tip of the middle finger lands when a loose fist is made.',
    convention: 'WHO 2008 main location (between the 2nd and 3rd metacarpals); WHO also gives an alternative between the 3rd and 4th.',
    howToLocate:
      'Ask the patient to make a loose fist: the tip of the middle finger rests on the point, between the second and third metacarpals, proximal to the knuckle joints. For the alternative location, move one bone toward the little finger, where the ring finger tip lands.',
    alternative:
      'In the palm between the third and fourth metacarpal bones, just proximal to the metacarpophalangeal joints, where the tip of the ring finger touches in a loose fist.',
    needling: { directions: 'Straight in between the metacarpals, 0.3–0.5 cun.' },
    sensation: 'A sharp local ache spreading through the palm.',
    safety: { painful: 'The palm is densely innervated and needling here hurts.' },
    cautions: 'Painful: use only where its action is needed, or press instead. Clean the palm well; palmar infections spread along the tendon sheaths.',
    actions: [
      'Clears heat from the pericardium and the heart',
      'Calms the mind',
      'Revives consciousness',
      'Clears heat from the mouth',
      'Harmonises the stomach',
    ],
    indications: [
      'Mouth and tongue ulcers, bad breath',
      'Mania, agitation, anxiety',
      'Fainting, loss of consciousness, heatstroke',
      'Sweaty or hot palms',
      'Fungal infection or eczema of the hand',
      'Vomiting, poor appetite',
    ],
    commentary:
      'The fire point of a fire channel and its spring point, so it is strongly cooling. It drains heat from the heart and pericardium that shows in the mouth (ulcers, bad breath, a red tip of the tongue) and in the mind (agitation, mania).\n\nWith KI1 it forms a classic emergency pair for restoring consciousness, and it belongs to both the thirteen ghost points and the nine needles for returning the yang.\n\nIn qigong the palm centre is the spot through which practitioners feel and project qi. In the entry and exit system a branch leaves here for TE1 on the ring finger.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the spring point of the channel, given there under the heart.',
      },
      {
        work: 'Sun Simiao, Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, 7th century)',
        note: 'Includes it among the thirteen ghost points, under the name Ghost Cave.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Heat-clearing point; moxa is seldom used on the palm.',
      cupping: 'The hollow palm gives no seal.',
    },
    classificationNotes: {
      horary: 'Fire point of the fire channel',
      ghost: 'Ghost Cave',
      revive_yang: 'One of the nine needles for returning the yang',
      exit: 'Passes to the triple energizer channel at TE1',
    },
  },
  PC9: {
    area: 'Hand — tip of the middle finger',
    location: 'At the centre of the tip of the middle finger.',
    convention: 'WHO 2008 main location (fingertip); WHO also gives an alternative beside the radial corner of the nail.',
    howToLocate:
      'The point is the very tip of the middle finger, at the centre of the pulp. The alternative location is found by taking a line along the radial (index-finger) side of the nail and a line along the nail base: the point is where they cross, 0.1 cun from the nail corner.',
    alternative: 'On the radial side of the middle finger, 0.1 cun proximal to the radial corner of the fingernail, level with the base of the nail.',
    needling: { directions: 'Prick 0.1–0.2 cun, or prick with a lancet to let a few drops of blood.' },
    sensation: 'A sharp, stinging pain at the fingertip.',
    safety: {
      painful: 'Fingertips are among the most sensitive areas of the body.',
      classical_no_moxibustion: 'On the classical list of points not treated with moxa.',
    },
    cautions: 'Very painful; keep for emergencies and acute heat. Use a sterile lancet and press the puncture afterwards.',
    actions: ['Restores consciousness', 'Clears heat', 'Benefits the tongue'],
    indications: [
      'Loss of consciousness, windstroke, fainting',
      'High fever, heatstroke',
      'Stiff, swollen or painful tongue, difficult speech',
      'Night crying in children',
      'Heart pain with agitation',
    ],
    commentary:
      'The well point of the channel, its wood point and so its mother point. Like the other well points it is used in emergencies: bleeding the tip of the middle finger, often on both hands, is a traditional first step in windstroke and collapse.\n\nThe channel connects with the tongue, and the point is used for a stiff tongue and slurred speech after stroke.\n\nWHO keeps both a tip location and a nail-corner location, because two established conventions could not be reconciled during the standardisation.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the well point of the channel, listed there under the heart.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Classically not given moxa.',
      bloodletting: 'A few drops for fever, heatstroke and loss of consciousness.',
    },
    classificationNotes: {},
  },
};
