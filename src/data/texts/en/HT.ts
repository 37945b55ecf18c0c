import type { PointTextsByCode } from '../../textsSchema.ts';

/** Heart channel of hand shaoyin, HT1–HT9: the English texts, in our own words. */
export const heartTexts: PointTextsByCode = {
  HT1: {
    area: 'Axilla — centre of the armpit',
    location: 'In the armpit, at the centre of the axillary fossa, over the axillary artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient lift the arm out to the side or rest the hand behind the head. Feel for the pulse of the axillary artery at the top of the armpit hollow; the point is at the centre of the hollow, beside the pulse.',
    needling: {
      directions:
        'With the arm abducted, find the pulse and insert beside it, 0.3–0.5 cun, pointing up toward the shoulder rather than into the chest (some texts allow 0.5–1 cun). No lifting and thrusting.',
    },
    sensation: 'An electric sensation running down the inside of the arm to the fingers is common and expected here.',
    safety: {
      vessel: 'Lies directly over the axillary artery and vein; palpate the pulse and keep beside it.',
      nerve: 'The cords of the brachial plexus surround the artery; avoid repeated strong stimulation.',
    },
    cautions:
      'Do not aim toward the chest wall. Press after withdrawal to prevent a haematoma. Avoid the point if the armpit is infected or the glands are inflamed.',
    actions: ['Opens the chest and unbinds constraint', 'Clears heat from the heart', 'Benefits the arm and activates the channel'],
    indications: [
      'Pain in the heart region, chest oppression, palpitations',
      'Pain in the side of the chest and armpit',
      'Numbness, coldness or paralysis of the arm after stroke',
      'Dry throat with thirst',
      'Swollen glands in the armpit',
    ],
    commentary:
      'The first point of the heart channel, where it comes out from the chest and receives the flow of qi from the spleen channel at SP21. Its main uses are local: stiffness, numbness and paralysis of the arm, and pain in the armpit and side of the chest.\n\nIt also helps when the chest feels tight and the heart is oppressed by emotional strain. Pressing or plucking the cords in the armpit is a traditional massage technique for the same purposes.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'First records the point in the armpit with its indications.',
      },
    ],
    therapyNotes: { moxibustion: 'Hair-bearing and sensitive skin; rarely warmed.' },
    classificationNotes: { entry: 'Receives the spleen channel from SP21' },
  },
  HT2: {
    area: 'Upper arm — medial, beside the biceps',
    location: 'On the inner side of the upper arm, just medial to the biceps, 3 cun above the elbow crease; on the line from HT1 to HT3.',
    convention: 'WHO 2008; at the junction of the upper two thirds and lower third of the HT1–HT3 line.',
    howToLocate: 'With the elbow bent and the arm abducted, go 3 cun up from HT3 along the groove on the inner edge of the biceps.',
    needling: {
      directions:
        'Traditionally moxibustion is used and the point is not needled. Where needling is chosen, insert perpendicularly 0.5–1 cun away from the pulsing brachial artery.',
    },
    sensation: 'Local ache; an electric feeling into the forearm means the needle is near the ulnar or median nerve.',
    safety: {
      classical_no_needling: 'Listed among the classical points where needling is avoided; moxa is used instead.',
      vessel: 'The brachial artery and basilic vein run in the groove beside the biceps.',
    },
    cautions: 'Prefer moxibustion. If needling, feel for the artery first and avoid strong manipulation.',
    actions: ['Activates the channel and relieves pain', 'Benefits the arm'],
    indications: ['Pain of the shoulder and upper arm', 'Inability to raise the arm', 'Headache with shivering', 'Yellow eyes, pain in the side of the chest'],
    commentary:
      'A little-used point on the inner arm, classically treated with moxibustion rather than needles. It is mainly a local point for pain along the heart channel in the upper arm.\n\nIt comes into play when pain or numbness runs down the inner side of the upper arm toward the little finger, or when the shoulder cannot be raised because of pain in the armpit and inner arm: palpate the groove beside the biceps and warm the tender spot with a moxa stick. For the heart itself HT7 and PC6 are far more useful; if needling is chosen here, keep clear of the brachial artery.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'The traditional method for this point.', guaSha: 'Light strokes on the inner arm.' },
    classificationNotes: {},
  },
  HT3: {
    area: 'Elbow — medial end of the crease',
    location:
      'On the front-inner side of the elbow, just in front of the medial epicondyle of the humerus, level with the elbow crease. With the elbow bent, it is midway between the inner end of the crease and the epicondyle.',
    convention: 'WHO 2008',
    howToLocate: 'Bend the elbow fully. Find the inner end of the elbow crease and the bony medial epicondyle; the point is halfway between them.',
    needling: { directions: 'Perpendicular, 0.5–1 cun, with the elbow bent; it may be directed toward LI11.' },
    sensation: 'Local ache, sometimes a tingling toward the little finger.',
    safety: {},
    cautions: 'The ulnar nerve lies just behind the epicondyle and the median nerve in front; redirect if an electric shock is felt.',
    actions: ['Calms the mind', 'Clears heat and transforms phlegm', 'Activates the channel and benefits the elbow'],
    indications: [
      'Heart pain, anxiety, poor memory',
      'Tremor of the hand and arm, numbness',
      "Pain of the elbow, golfer's elbow",
      'Scrofula',
      'Toothache and headache with dizziness',
    ],
    commentary:
      'The sea point and water point of the heart channel. Water balances the fire of the heart, so the point is used to calm agitation and clear heat that disturbs the mind.\n\nIt is also an old point for tremor, numbness and pain of the arm, and for swollen glands in the neck and armpit.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives the heart channel its own set of five transporting points, with this one as the sea point.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  HT4: {
    area: 'Forearm — anteromedial, above the wrist',
    location:
      'On the front-inner side of the forearm, just radial to the tendon of flexor carpi ulnaris, 1.5 cun above the palmar wrist crease (1.5 cun above HT7).',
    convention: 'WHO 2008; level with the upper border of the head of the ulna.',
    howToLocate:
      'Find the tendon of flexor carpi ulnaris on the little-finger side of the wrist (it tightens when the wrist is flexed against resistance). Slide onto its thumb side and measure 1.5 cun up from the wrist crease.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun, on the radial edge of the tendon.' },
    sensation: 'A local ache, sometimes an electric feeling toward the little finger.',
    safety: {
      vessel: 'The ulnar artery and ulnar nerve run just beneath the tendon edge; insert gently and not deeply.',
    },
    cautions:
      'The ulnar artery and nerve lie just under the edge of the tendon: keep the needle shallow, on the radial side of the tendon, and redirect if a strong electric shock is felt. Press after withdrawal to prevent a bruise. A sudden loss of voice with weakness of the face or limbs may be a stroke and needs emergency care first.',
    actions: ['Calms the mind', 'Benefits the voice', 'Relaxes the sinews'],
    indications: ['Sudden loss of voice', 'Heart pain, palpitations', 'Sadness and fear', 'Pain and spasm of the elbow and forearm'],
    commentary:
      'The river point and metal point of the heart channel. Its special use is for a voice lost suddenly, often after a shock or strong emotion, and for heart pain with anxiety.\n\nIt sits at the top of a row of four points at the wrist (HT4 to HT7), each 0.5 cun apart.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the river point of the heart channel.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  HT5: {
    area: 'Forearm — anteromedial, above the wrist',
    location: 'On the front-inner side of the forearm, radial to the tendon of flexor carpi ulnaris, 1 cun above the palmar wrist crease (1 cun above HT7).',
    convention: 'WHO 2008',
    howToLocate: 'From HT7 on the wrist crease, move one cun up along the thumb side of the flexor carpi ulnaris tendon.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun, beside the tendon.' },
    sensation: 'Ache at the wrist, sometimes spreading toward the little finger.',
    safety: { vessel: 'The ulnar artery and nerve lie directly under the edge of the tendon.' },
    cautions:
      'The ulnar artery and nerve lie directly under the edge of the tendon: insert shallowly beside the tendon and avoid heavy manipulation, lifting the needle if an electric sensation runs into the little finger. Press after withdrawal. Palpitations with an irregular pulse, chest pain or breathlessness need medical assessment; the point can support that care but does not replace it.',
    actions: ['Calms the mind', 'Benefits the tongue and the voice', 'Regulates the heart rhythm', 'Benefits the bladder'],
    indications: [
      'Stiff tongue and difficult speech, aphasia after stroke',
      'Sudden loss of voice',
      'Palpitations, irregular heartbeat',
      'Anxiety, fright and restlessness',
      'Bedwetting',
    ],
    commentary:
      'The connecting point of the heart. According to the Ling Shu, its luo vessel rises to the root of the tongue, which makes it the main distal point for speech problems: a stiff tongue after stroke, stammering, loss of voice.\n\nIt is also chosen for palpitations and an irregular pulse, and through the link with the small intestine and bladder channels it appears in prescriptions for bedwetting. Ma Danyang listed it among his heavenly star points.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the luo-connecting point of the hand shaoyin and traces its vessel to the root of the tongue.',
      },
    ],
    therapyNotes: {},
    classificationNotes: { connecting: 'Luo-connecting point of the heart channel' },
  },
  HT6: {
    area: 'Forearm — anteromedial, just above the wrist',
    location: 'On the front-inner side of the forearm, radial to the tendon of flexor carpi ulnaris, 0.5 cun above the palmar wrist crease.',
    convention: 'WHO 2008; level with the lower border of the head of the ulna.',
    howToLocate: 'Half a cun above HT7, on the thumb side of the flexor carpi ulnaris tendon.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun.' },
    sensation: 'Local ache, sometimes tingling into the little finger.',
    safety: { vessel: 'The ulnar artery and nerve run just beneath; insert gently.' },
    cautions:
      'Shallow only, without strong stimulation: the ulnar artery and nerve run just beneath. Press after withdrawal to prevent a haematoma. Night sweats that persist, especially with weight loss or fever, need medical investigation before they are treated as yin deficiency.',
    actions: ['Nourishes heart yin and clears heat from deficiency', 'Stops night sweating', 'Calms the mind', 'Stops bleeding'],
    indications: [
      'Night sweats, steaming bone fever',
      'Acute heart pain, palpitations from fright',
      'Coughing of blood, nosebleed',
      'Sudden loss of voice',
      'Anxiety and insomnia with heat',
    ],
    commentary:
      'The cleft point of the heart. As with other yin cleft points it is used for bleeding and for acute pain, here in the region of the heart.\n\nIts best-known use, though, is for night sweating: sweat being the fluid of the heart, the point is combined with KI7 when yin deficiency lets heat push sweat out at night.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the cleft (xi) point of the hand shaoyin.',
      },
    ],
    therapyNotes: { moxibustion: 'Mostly chosen for heat from deficiency.' },
    classificationNotes: { cleft: 'Xi-cleft point of the heart channel' },
  },
  HT7: {
    area: 'Wrist — palmar, ulnar end of the crease',
    location:
      'At the front-inner side of the wrist, on the palmar wrist crease, on the radial side of the tendon of flexor carpi ulnaris, in the hollow just above the pisiform bone.',
    convention: 'WHO 2008',
    howToLocate:
      'Feel the small round pisiform bone at the little-finger end of the wrist crease. Just above it, on the thumb side of the tendon that runs to it, there is a small hollow on the crease: that is the point.',
    needling: {
      directions:
        'Perpendicular, 0.3–0.5 cun, on the radial side of the tendon; another method slides the needle in from the ulnar side, under the tendon, toward the radial side.',
    },
    sensation: 'A local ache or tingling running into the little finger; many patients notice a calming heaviness.',
    safety: { vessel: 'The ulnar artery and nerve lie just radial to and under the tendon; needle gently.' },
    cautions: 'Do not needle deeply or manipulate vigorously; an electric shock into the little finger means the nerve has been touched.',
    actions: ['Calms the mind and settles the spirit', 'Nourishes heart blood', 'Regulates and tonifies the heart', 'Clears heat from the heart'],
    indications: [
      'Insomnia, dream-disturbed sleep',
      'Anxiety, palpitations, fright',
      'Poor memory and concentration',
      'Depression, mania, epilepsy',
      'Heart pain',
      'Pain of the wrist',
    ],
    commentary:
      'The stream point, earth point and source point of the heart channel, and by far its most used point. As the gate through which the spirit (shen) comes and goes, it is the main point for sleep and mental restlessness of any type: insomnia, anxiety, palpitations with fear, forgetfulness.\n\nEarth is the child of fire, so in mother–child terms it is the draining point of the heart, yet as the source point it also supports the heart when blood or yin are weak. Practitioners therefore use it freely in both full and empty patterns.\n\nIn auricular acupuncture an unrelated point on the ear carries the same name.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the stream point of the heart channel, which earlier texts had described through the pericardium points.',
      },
    ],
    therapyNotes: { moxibustion: 'Gentle stick moxa for heart blood deficiency.' },
    classificationNotes: { source: 'Yuan-source point of the heart channel' },
  },
  HT8: {
    area: 'Palm — between the 4th and 5th metacarpals',
    location: 'In the palm, in the hollow between the fourth and fifth metacarpal bones, just proximal to the fifth metacarpophalangeal joint, level with PC8.',
    convention: 'WHO 2008; level with PC8.',
    howToLocate:
      'Ask the patient to make a loose fist. The tip of the little finger lands in the palm between the fourth and fifth metacarpals; that spot is the point.',
    needling: { directions: 'Perpendicular, 0.3–0.5 cun between the metacarpals.' },
    sensation: 'A sharp ache in the palm that may spread to the little and ring fingers.',
    safety: { painful: 'The palm is sensitive and insertion here is painful.' },
    cautions:
      'The palm is sensitive: use a fine needle and little manipulation. Clean the skin well, since an infection of the palm can spread along the tendon sheaths. Burning urination that persists, or blood in the urine, needs medical assessment.',
    actions: ['Clears heat from the heart and small intestine', 'Calms the mind', 'Regulates heart qi', 'Activates the channel'],
    indications: [
      'Palpitations, chest pain, agitation',
      'Itching or pain of the genitals',
      'Painful or difficult urination, bedwetting',
      'Contraction of the little finger, hot palms',
    ],
    commentary:
      'The spring point and fire point of the heart channel, so the fire point of a fire channel and its horary point. It clears heart fire, which shows as agitation, palpitations, a red tongue tip, and heat passed to the small intestine and bladder with burning urination or genital itching.\n\nLocally it treats contraction of the little finger and heat in the palms.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the spring point of the heart channel.',
      },
    ],
    therapyNotes: { moxibustion: 'It is a point for heat.' },
    classificationNotes: { horary: 'Fire point of the fire channel' },
  },
  HT9: {
    area: 'Little finger — radial side of the nail',
    location:
      'On the little finger, on the radial side of the distal phalanx, 0.1 finger-cun from the radial corner of the nail, where a line along the radial nail edge meets a line along the nail base.',
    convention: 'WHO 2008',
    howToLocate:
      'Look at the little fingernail from the ring-finger side. Extend its edge and its base as two lines; they cross just beyond the nail corner, and that is the point.',
    needling: { directions: 'About 0.1 cun, angled toward the hand, or pricked to let a few drops of blood.' },
    sensation: 'A sharp prick at the fingertip.',
    safety: { painful: 'Fingertip points are very sensitive to needling.' },
    cautions:
      'Keep the skin clean; reserve for acute and emergency use. Use a sterile lancet and press the puncture with a dry swab afterwards. When consciousness is lost, call for emergency help first; pricking the well points is a supporting measure, not a substitute.',
    actions: ['Revives consciousness', 'Clears heat from the heart', 'Calms the mind', 'Subdues wind'],
    indications: ['Loss of consciousness, stroke, high fever', 'Palpitations and heart pain', 'Mania, severe agitation', 'Pain in the chest and side'],
    commentary:
      'The well point and wood point of the heart, and since wood is the mother of fire, its tonification point. In practice it is an emergency point: pricked to bleed with the other well points when consciousness is lost in stroke or high fever.\n\nIt is the last point of the heart channel, and its qi passes to the small intestine channel at SI1 on the other side of the same finger.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion)',
        note: 'Gives it as the well point of the heart channel.',
      },
    ],
    therapyNotes: { bloodletting: 'Prick and release a few drops in loss of consciousness or fever.' },
    classificationNotes: { exit: 'Passes the qi to the small intestine channel at SI1' },
  },
};
