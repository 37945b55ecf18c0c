import type { PointTextsByCode } from '../../textsSchema.ts';

/** Kidney channel of foot shaoyin, KI1–KI27: the English texts, in our own words. */
export const kidneyTexts: PointTextsByCode = {
  KI1: {
    area: 'Foot — sole',
    location:
      'On the sole, in the deepest hollow that appears when the toes are curled, roughly one third of the way from the base of the second and third toes back to the heel.',
    convention: 'WHO 2008; the one-third line runs from the web of the 2nd/3rd toes to the back of the heel.',
    howToLocate:
      'Have the patient curl the toes. Find the hollow that forms just behind the ball of the foot, between the second and third metatarsal heads; it sits on the midline of the sole, about a third of the way from the toe webs to the heel. It is usually tender.',
    needling: {
      directions: 'Insert straight into the sole, 0.3–0.5 cun (some texts allow up to 0.8 cun). Keep it shallow: the plantar arterial arch lies deeper.',
    },
    sensation: 'A sharp, immediate ache or an electric feeling spreading through the sole; often followed by warmth or tingling over the whole foot.',
    safety: {
      vessel: 'The deep plantar arterial arch lies beneath; stay shallow.',
      painful: 'The sole is densely innervated, so needling here hurts more than at most points.',
    },
    cautions:
      'Because it hurts, reserve needling for emergencies and severe conditions; acupressure or moxibustion serve for routine care. Strong stimulation can further weaken a patient who is already markedly deficient.',
    actions: [
      'Descends excess from the head',
      'Nourishes yin and clears heat from deficiency',
      'Calms the mind (shen)',
      'Restores consciousness',
      'Subdues interior wind',
      'Regulates qi of the lower burner',
    ],
    indications: [
      'Fainting, collapse, loss of consciousness',
      'Headache or dizziness at the vertex',
      'Insomnia, anxiety, restlessness',
      'Dry throat, night sweats from yin deficiency',
      'Difficult urination or defecation',
      'Hot soles',
    ],
    commentary:
      'The first point of the kidney channel and the lowest point on the body, it is the classic place to pull things downward: rising yang, wind or heat that disturbs the head and the mind. That is why it appears in emergency protocols for fainting and loss of consciousness, where it is pressed or needled strongly.\n\nAs the well point, it is where the kidney channel picks up the qi handed on by the bladder channel from BL67 at the little toe; the same hand-over happens at the first or last point of every channel that begins or ends on a finger or toe.\n\nIn daily practice it is rarely needled because of the pain. Self-massage of the sole and moxibustion are the usual ways to use it, for example for insomnia and for cold feet with heat above.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names this point as the well point where the kidney channel begins.',
      },
      {
        work: 'Zhen Jiu Da Cheng (Great Compendium of Acupuncture and Moxibustion, 1601)',
        note: 'Lists it among the nine points for returning the yang in collapse.',
      },
    ],
    therapyNotes: {
      moxibustion: '5–10 minutes with a moxa stick; also used for heat above and cold below.',
      cupping: 'The sole gives no seal and the skin is thick.',
    },
    classificationNotes: {
      entry: 'Receives the bladder channel from BL67',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  KI2: {
    area: 'Foot — medial border',
    location:
      'On the inner edge of the foot, in the hollow just below the tuberosity of the navicular bone, on the line where the paler skin of the sole meets the skin of the instep.',
    convention: 'WHO 2008',
    howToLocate:
      'From the medial malleolus slide forward and down until the finger meets a firm bony knob, roughly halfway to the ball of the big toe: this is the navicular tuberosity. Drop just under its lower edge onto the border of the sole, where the skin changes colour, and press into the small hollow.',
    needling: {
      directions: 'Straight in along the underside of the bone, 0.5–1 cun. Insert briskly; the edge of the sole is sensitive.',
    },
    sensation: 'Local soreness and fullness, often radiating across the sole.',
    safety: {},
    cautions:
      'Insert quickly through the sensitive skin of the sole border. Skip needling on feet with poor circulation, ulcers or numbness (for example in diabetes), where a small wound heals badly.',
    actions: [
      'Clears heat arising from yin deficiency',
      'Regulates the kidneys and the lower burner',
      'Benefits the throat',
      'Firms the essence and regulates menstruation',
    ],
    indications: [
      'Hot soles, night sweats, evening flushing',
      'Dry or sore throat, spitting blood',
      'Irregular menstruation, genital itching, uterine prolapse',
      'Seminal emission, impotence',
      'Thirst with frequent urination',
      'Pain and swelling of the instep',
    ],
    commentary:
      'Rangu is the fire point of a water channel. It is chosen when the kidney water is too low to hold its fire, so that heat rises: hot palms and soles, sweating at night, a dry sore throat, a red face late in the day. It cools this heat without weakening the kidney.\n\nIts name refers to the navicular, once called the "blazing bone". The yin qiao vessel is said to branch off just behind that bone, which links this point closely with KI6.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the spring point of the kidney channel, below the navicular bone.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Mild moxa for cold feet; avoid in marked heat signs.',
      cupping: 'Bony border of the foot; a cup will not hold.',
    },
    classificationNotes: {},
  },
  KI3: {
    area: 'Ankle — medial, behind the malleolus',
    location: 'Behind the inner ankle, in the hollow between the highest point of the medial malleolus and the Achilles tendon.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the peak of the medial malleolus and move straight back, at the same height, into the soft hollow in front of the Achilles tendon. The pulse of the posterior tibial artery is usually felt in or beside the hollow.',
    needling: {
      directions:
        'Feel the arterial pulse first and insert just beside it, straight in toward the front edge of the Achilles tendon, 0.5–1 cun. Some practitioners thread the needle through toward BL60 on the outer side.',
    },
    sensation: 'Soreness and heaviness around the ankle, sometimes spreading to the heel or the sole.',
    safety: {
      vessel: 'The posterior tibial artery runs through the hollow; locate the pulse and avoid it.',
      nerve: 'The tibial nerve lies with the artery; an electric jolt to the sole means withdraw a little.',
    },
    cautions:
      'Palpate the pulse before inserting and do not press on through a sharp or shooting sensation. Do not lift and thrust forcefully near the vessel.',
    actions: [
      'Tonifies kidney yin and kidney yang',
      'Anchors the qi and helps the lungs receive it',
      'Strengthens the lower back, knees and bones',
      'Clears heat from deficiency',
      'Steadies the mind and the will',
      'Benefits the essence',
    ],
    indications: [
      'Weak, aching lower back and knees',
      'Tinnitus, hearing loss, dizziness',
      'Chronic wheezing with difficulty breathing in',
      'Insomnia, poor memory, night sweats',
      'Frequent urination, impotence, irregular menstruation',
      'Toothache or sore throat from deficiency heat',
    ],
    commentary:
      'The source point of the kidney channel and one of the most used tonifying points in the body. Because the source point reaches the organ directly, Taixi supports both the yin and the yang of the kidney, and is chosen for almost every chronic deficiency that involves the lower back, the ears, the bones or the reproductive system.\n\nThe kidney is said to grasp the qi that the lungs bring down; when it fails, breathing in becomes hard and asthma turns chronic. Taixi is the usual point for this pattern, often paired with LU9 or BL23.\n\nThe pulse felt here was one of the places used in early pulse diagnosis to judge the strength of the kidney in serious illness. The point is also one of the nine needles for returning the yang.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 1',
        note: 'Lists Taixi as the source point of the kidney.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the stream point of the kidney channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Warming moxa for kidney yang deficiency: cold back, frequent pale urine.',
      cupping: 'The hollow is too small and uneven for a cup.',
    },
    classificationNotes: {
      source: 'Yuan-source point of the kidney channel',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  KI4: {
    area: 'Ankle — medial, at the heel',
    location:
      'Below and behind the medial malleolus, above the calcaneus, in the hollow just in front of the place where the Achilles tendon attaches on its inner side.',
    convention: 'WHO 2008',
    howToLocate:
      'Start at KI3 and move about half a cun down and slightly back. The finger comes to rest in a small dip on top of the heel bone, against the front edge of the Achilles tendon.',
    needling: { directions: 'Straight in, 0.3–0.5 cun, stopping when the needle meets the heel bone.' },
    sensation: 'A local ache at the heel, occasionally spreading into the sole.',
    safety: {},
    cautions: 'The tissue over the bone is thin; do not force the needle against the calcaneus. Keep clear of the artery behind KI3.',
    actions: [
      'Strengthens the kidney and anchors the qi',
      'Lifts the spirit and firms the will',
      'Benefits the lower back and the heel',
      'Regulates urination and the bowels',
    ],
    indications: [
      'Heel pain',
      'Wheezing, shortness of breath, coughing blood',
      'Listlessness, desire to lie down, fearfulness',
      'Urinary retention or dribbling',
      'Constipation',
      'Stiffness and pain of the lower back',
    ],
    commentary:
      'The connecting point of the kidney channel, where a branch leaves for the bladder channel. The classics describe the connecting vessel of the kidney by its two faces: when full it blocks urination, when empty it leaves the lower back aching.\n\nIt is also used when a person has lost drive and spirit, wants only to lie down and avoids people, a picture read as the kidney failing to support the will. Locally it is a good point for heel pain.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names Dazhong as the connecting point of the foot shaoyin, running behind the ankle around the heel.',
      },
    ],
    therapyNotes: { moxibustion: 'Useful for cold, aching heels.', cupping: 'No flat area for a cup.' },
    classificationNotes: { connecting: 'Luo-connecting point of the kidney channel, linking to the bladder channel' },
  },
  KI5: {
    area: 'Ankle — medial, at the heel',
    location: 'On the inner side of the heel, 1 cun directly below KI3, in the hollow in front of the calcaneal tuberosity.',
    convention: 'WHO 2008',
    howToLocate:
      'From KI3 go straight down one cun. The finger slips into a depression on the inner face of the heel bone, just in front of its rounded back part.',
    needling: { directions: 'Straight in, 0.3–0.5 cun, onto the heel bone.' },
    sensation: 'A dull ache around the heel.',
    safety: {},
    cautions: 'Shallow tissue over bone: stop at the periosteum. Do not needle through cracked or infected heel skin.',
    actions: ['Regulates the penetrating and conception vessels', 'Regulates menstruation', 'Benefits urination', 'Stops acute pain'],
    indications: ['Painful, delayed or absent menstruation', 'Uterine prolapse', 'Difficult or painful urination', 'Blurred or dim vision', 'Acute heel pain'],
    commentary:
      'The cleft point of the kidney channel. Cleft points treat acute and painful conditions of their channel, and those of yin channels also treat bleeding; Shuiquan is applied mainly to acute menstrual problems: painful, delayed or stopped periods.\n\nIts name, "water spring", links it with the regulation of urination as well.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Records it as the cleft point of the foot shaoyin channel.',
      },
    ],
    therapyNotes: { moxibustion: 'For menstrual pain with cold.', cupping: 'No flat area for a cup.' },
    classificationNotes: { cleft: 'Xi-cleft point of the kidney channel' },
  },
  KI6: {
    area: 'Ankle — medial, below the malleolus',
    location: 'On the inner side of the foot, 1 cun below the peak of the medial malleolus, in the depression under the malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Put a fingertip on the peak of the inner ankle bone and slide straight down off its lower edge. About one cun below the peak, in a hollow between two tendons, the finger sinks in; turning the sole slightly inward makes the hollow easier to feel.',
    needling: {
      directions: 'Straight in, 0.5–0.8 cun. Some authors prefer a shallower 0.3–0.5 cun insertion angled slightly upward under the malleolus.',
    },
    sensation: 'Soreness and distension at the ankle, sometimes spreading into the sole or up the inner leg.',
    safety: {},
    cautions: 'The posterior tibial vessels and nerve pass nearby behind the malleolus; keep the insertion below the bone and not backward.',
    actions: [
      'Nourishes kidney yin and cools heat from deficiency',
      'Benefits the throat',
      'Calms the mind and helps sleep',
      'Regulates the yin qiao vessel',
      'Regulates the lower burner and the uterus',
    ],
    indications: [
      'Insomnia, especially with night waking',
      'Dry, sore throat, worse at night',
      'Irregular menstruation, uterine prolapse, genital itching',
      'Constipation from dryness',
      'Epilepsy occurring at night',
      'Frequent urination',
    ],
    commentary:
      'The opening point of the yin qiao vessel, which begins here and rises along the inner leg to the throat and the inner corner of the eye. Through it KI6 governs sleep: together with BL62, the opening point of the yang qiao, it balances the hours of waking and sleeping.\n\nIt is the main point for a dry throat that worsens at night, a classic sign of kidney yin failing to moisten upward, and it is paired with LU7 to open the conception vessel for throat, chest and gynaecological problems.\n\nThe two qiao vessels are also linked with the opening and closing of the eyes, so KI6 appears in treatments for dry or sore eyes.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 17',
        note: 'Describes the yin qiao vessel as a branch of the kidney channel that starts behind the navicular, where this point lies.',
      },
      {
        work: 'Dou Hanqing, Zhen Jing Zhi Nan (Guide to the Needling Classic, 13th century)',
        note: 'Includes it in the eight confluent points, as the opening point of the yin qiao vessel.',
      },
    ],
    therapyNotes: { moxibustion: 'Gentle moxa; avoid when heat signs dominate.', cupping: 'No flat area for a cup.' },
    classificationNotes: {
      confluent: 'Yin qiao vessel (paired with LU7 for the conception vessel)',
      meeting: 'Kidney channel and yin qiao vessel',
    },
  },
  KI7: {
    area: 'Leg — posteromedial, above the ankle',
    location: 'On the back of the inner leg, just in front of the Achilles tendon, 2 cun above the peak of the medial malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'From KI3 move straight up two cun, keeping to the front edge of the Achilles tendon. The point lies in the groove between the tendon and the deeper muscles, half a cun behind KI8.',
    needling: {
      directions: 'Straight in, 0.5–1 cun, just in front of the tendon. Chinese textbooks allow up to 1.2 cun in a muscular leg.',
    },
    sensation: 'A sore, heavy ache that may run down to the sole or up the calf.',
    safety: {},
    cautions: 'The posterior tibial vessels lie deeper toward the tibia; stay close to the tendon and do not angle forward into them.',
    actions: [
      'Tonifies the kidneys',
      'Regulates sweating',
      'Regulates the water passages and reduces swelling',
      'Drains damp and clears damp-heat',
      'Strengthens the lower back',
    ],
    indications: [
      'Oedema, especially of the legs',
      'Night sweats, spontaneous sweating, or absence of sweating',
      'Lower back pain and stiffness',
      'Diarrhoea, swelling of the abdomen',
      'Dry mouth and tongue',
      'Cold, weak or atrophied legs',
    ],
    commentary:
      'The metal point of the kidney channel and therefore its mother point, tonified when the kidney is deficient. It supports both the yin and yang of the kidney, but its speciality is fluid: it moves water out of swollen legs and regulates sweating in both directions.\n\nCombined with LI4, it is the classic pair for sweating: reducing LI4 and tonifying KI7 to stop excessive sweating, the reverse to induce sweat when the pores are closed.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the river point of the kidney channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For oedema with cold and for kidney yang deficiency.',
      cupping: 'Narrow area beside a tendon.',
      guaSha: 'Light strokes along the inner calf.',
    },
    classificationNotes: {},
  },
  KI8: {
    area: 'Leg — medial, above the ankle',
    location:
      'On the inner leg, in the hollow just behind the medial border of the tibia, 2 cun above the peak of the medial malleolus and half a cun in front of KI7.',
    convention: 'WHO 2008',
    howToLocate:
      'Find KI7 two cun above the inner ankle, then move half a cun forward until the fingertip touches the back edge of the tibia. The point is in the soft dip against the bone, one cun below the level of SP6.',
    needling: { directions: 'Straight in, 0.5–1 cun, close behind the tibia.' },
    sensation: 'Soreness and distension, sometimes travelling up the inner leg.',
    safety: {},
    cautions:
      'Varicose veins are common here; needle away from them. The great saphenous vein and the posterior tibial vessels run close to the tibia, so palpate before inserting and press after withdrawal.',
    actions: [
      'Regulates the penetrating and conception vessels',
      'Regulates menstruation and stops uterine bleeding',
      'Clears damp-heat from the lower burner',
      'Regulates the intestines',
    ],
    indications: [
      'Irregular menstruation, heavy or prolonged bleeding',
      'Uterine prolapse',
      'Pain and swelling of the testicles',
      'Diarrhoea or dysentery, constipation',
      'Pain of the inner leg',
    ],
    commentary:
      'The cleft point of the yin qiao vessel. As a cleft point on a yin pathway it is used mainly for bleeding and acute disorders, above all heavy or untimely uterine bleeding; its alternative name refers to the regular "message" of the menses.\n\nThe spleen channel crosses close by at SP6, and the point is often combined with it for gynaecological work.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Records it as the cleft point of the yin qiao vessel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For bleeding with cold and deficiency.',
      cupping: 'Narrow area against the bone.',
      guaSha: 'Light strokes along the inner calf.',
    },
    classificationNotes: { cleft: 'Xi-cleft point of the yin qiao vessel', meeting: 'Kidney channel and yin qiao vessel' },
  },
  KI9: {
    area: 'Leg — posteromedial, lower calf',
    location:
      'On the back of the inner leg, between the soleus muscle and the Achilles tendon, 5 cun above the peak of the medial malleolus, on the line from KI3 to KI10.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure five cun up from KI3 along the line toward KI10 at the knee crease. The point is where the fleshy lower end of the calf muscles meets the tendon; it is often tender.',
    needling: { directions: 'Straight in, 1–1.5 cun, into the muscle in front of the tendon.' },
    sensation: 'Heavy ache in the calf, often spreading downward.',
    safety: {},
    cautions: 'Avoid visible varicose veins. Needle into muscle, not forward against the tibia.',
    actions: ['Calms the mind', 'Transforms phlegm', 'Regulates the yin wei vessel', 'Relieves spasm and pain of the leg'],
    indications: [
      'Agitation, mania, raving, vomiting of foam',
      'Anxiety with a sense of oppression in the chest',
      'Pain of hernia, including in children',
      'Cramp and pain in the calf',
    ],
    commentary:
      'The cleft point of the yin wei vessel, which links the yin channels and is associated with the heart and chest; through it Zhubin is used for anxiety and disturbed mental states, especially when phlegm clouds the mind.\n\nLater folk tradition used it to "clear toxins", which explains its occasional appearance in treatments for poisoning and drug withdrawal; the evidence for this is slight.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Records it as the cleft point of the yin wei vessel.',
      },
    ],
    therapyNotes: { cupping: 'A small cup on the lower calf.', guaSha: 'Along the inner calf for cramps.' },
    classificationNotes: { cleft: 'Xi-cleft point of the yin wei vessel', meeting: 'Kidney channel and yin wei vessel' },
  },
  KI10: {
    area: 'Knee — back, medial end of the crease',
    location: 'At the back of the knee, on the popliteal crease, just lateral to the semitendinosus tendon.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient bend the knee slightly against resistance so the two tendons on the inner side of the crease stand out. The point is on the crease, in the gap just outside the semitendinosus (the more lateral, thinner tendon of the pair).',
    needling: { directions: 'With the knee slightly flexed, straight in, 1–1.5 cun (some texts 0.8–1.2).' },
    sensation: 'Local ache and distension at the knee, sometimes running down the inner leg.',
    safety: {},
    cautions:
      'The popliteal artery and vein lie in the middle of the fossa, lateral to the point; keep the needle on the medial side and do not angle laterally.',
    actions: ['Tonifies the kidneys', 'Clears damp-heat from the lower burner', 'Benefits the knee'],
    indications: [
      'Pain of the inner knee and thigh',
      'Painful or difficult urination',
      'Impotence, genital pain or itching',
      'Vaginal discharge, uterine bleeding',
      'Distension of the lower abdomen',
    ],
    commentary:
      'The water point of the water channel, and its sea point. Sea points of the yin channels act deeply on their organ and on the lower burner; Yingu is used for damp-heat in the genitals and bladder as well as for kidney deficiency.\n\nLocally it treats pain on the inner side of the knee, often with LR8 and SP9 nearby.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Gives it as the sea point of the kidney channel.',
      },
    ],
    therapyNotes: { cupping: 'Uneven surface at the back of the knee.', guaSha: 'Gentle strokes behind the knee.' },
    classificationNotes: { horary: 'Water point of the water channel' },
  },
  KI11: {
    area: 'Abdomen — lower, above the pubic bone',
    location: 'On the lower abdomen, 5 cun below the centre of the navel and half a cun from the front midline, on the upper border of the pubic bone.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the upper edge of the pubic symphysis in the midline (CV2), then move half a cun to the side. The point lies on the upper border of the pubic bone.',
    needling: {
      directions: 'After the patient has emptied the bladder, straight in 0.5–1 cun (Chinese textbooks up to 1.5 cun).',
    },
    sensation: 'Distension in the lower abdomen, sometimes spreading to the genitals.',
    safety: {
      organ: 'A full bladder rises behind this point; have the patient urinate first.',
      pregnancy: 'Lower abdominal point over the uterus, traditionally avoided in pregnancy.',
      classical_no_needling: 'Listed in older texts among the points not to be needled.',
    },
    cautions:
      'Empty the bladder before treatment and never needle deep if urine is retained. Avoid in pregnancy. The old prohibition on needling is no longer followed in modern texts, but shallow insertion remains prudent.',
    actions: ['Benefits the lower burner and the bladder', 'Firms the kidney and the essence', 'Relieves genital pain'],
    indications: [
      'Difficult urination, retention of urine, enuresis',
      'Seminal emission, impotence',
      'Pain of the genitals, hernia',
      'Fullness and pain of the lower abdomen',
    ],
    commentary:
      'The first of eleven abdominal kidney points that the penetrating vessel shares as it rises beside the midline. It sits on the pubic bone and works on the organs just behind it: the bladder and the genitals.\n\nIt is used for urinary retention and genital pain, usually with CV3 or CV2 nearby.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'For cold in the lower burner, enuresis and impotence; not in pregnancy.',
      cupping: 'Possible over the lower abdomen, but the area is close to the pubic hair and genitals.',
    },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI12: {
    area: 'Abdomen — lower',
    location: 'On the lower abdomen, 4 cun below the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV3, four cun below the navel (one cun above the pubic bone), and move half a cun to the side.',
    needling: {
      directions: 'With the bladder empty, straight in 0.8–1.2 cun; textbooks range from 0.5 to 1.5 cun depending on build.',
    },
    sensation: 'Distension and heaviness in the lower abdomen, sometimes spreading to the genitals.',
    safety: {
      pregnancy: 'Lower abdominal point over the uterus, traditionally avoided in pregnancy.',
      organ: 'The bladder lies close behind when full; empty it before needling.',
    },
    cautions: 'Have the patient urinate first; avoid in pregnancy; use the shallower range in thin patients.',
    actions: ['Tonifies the kidneys', 'Firms the essence', 'Stops vaginal discharge'],
    indications: ['Seminal emission, premature ejaculation, impotence', 'Vaginal discharge', 'Uterine prolapse', 'Pain of the genitals', 'Infertility'],
    commentary:
      'A point for the reproductive function of the kidney. It is used to hold the essence in: seminal emission, premature ejaculation, chronic vaginal discharge, a sagging uterus.\n\nLike its neighbours it meets the penetrating vessel, the "sea of blood", which explains its use in infertility.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Warming moxa for cold and deficiency in the lower burner; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI13: {
    area: 'Abdomen — lower',
    location: 'On the lower abdomen, 3 cun below the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV4, three cun below the navel, and move half a cun to the side.',
    needling: { directions: 'With the bladder empty, straight in 0.8–1.2 cun (0.5–1.5 cun in the literature).' },
    sensation: 'Distension spreading through the lower abdomen.',
    safety: {
      pregnancy: 'Lower abdominal point over the uterus, traditionally avoided in pregnancy.',
      organ: 'A full bladder can reach this level; empty it first.',
    },
    cautions:
      'Ask the patient to urinate before treatment; avoid in pregnancy. Use the shallow end of the range in thin patients, and do not needle deep where urine is retained or the lower abdomen is distended and tender.',
    actions: ['Tonifies the kidneys', 'Regulates the penetrating and conception vessels', 'Regulates the lower burner'],
    indications: [
      'Irregular menstruation, infertility',
      'Difficult urination',
      'Diarrhoea',
      'Qi surging up from the lower abdomen ("running piglet")',
      'Lower back pain',
    ],
    commentary:
      'Level with CV4, it shares that point\'s role in strengthening the original qi of the lower abdomen. It is chosen for infertility and menstrual disorders on the one hand and for chronic diarrhoea and weak urination from kidney deficiency on the other.\n\nIt also treats the "running piglet" sensation of qi rushing up from the lower belly to the chest, a disorder classically tied to the penetrating vessel.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Warming moxa for cold in the lower burner, infertility and weak urination; not in pregnancy.',
    },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI14: {
    area: 'Abdomen — lower',
    location: 'On the lower abdomen, 2 cun below the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV5, two cun below the navel, and move half a cun to the side.',
    needling: { directions: 'Straight in 0.8–1.2 cun (0.5–1.5 cun in the literature), less in thin patients.' },
    sensation: 'Distension and a feeling of movement in the lower abdomen.',
    safety: { pregnancy: 'Lower abdominal point over the uterus, traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy; in thin patients keep to the shallow end of the range. Have the bladder emptied first, and do not needle deep into a distended, tender abdomen or over an abdominal mass.',
    actions: ['Regulates qi and moves stagnant blood', 'Regulates the lower burner', 'Promotes urination and reduces swelling'],
    indications: ['Abdominal masses and pain from blood stasis', 'Painful or irregular menstruation', 'Pain after childbirth', 'Oedema', 'Diarrhoea'],
    commentary:
      'The name points to fullness, and the point is used to move it: stagnant qi and blood forming painful lumps in the lower abdomen, period pain with clots, retained lochia after birth. It also helps move water in oedema.\n\nAmong the row of kidney points beside the lower midline it is the one for stasis, where its neighbours lean toward tonifying. Choose it when the lower belly is distended and tender to the touch, and combine it with points on the leg that move the blood.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Warming moxa for cold with stasis in the lower abdomen; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI15: {
    area: 'Abdomen — lower',
    location: 'On the lower abdomen, 1 cun below the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV7, one cun below the navel, and move half a cun to the side.',
    needling: { directions: 'Straight in 0.8–1.2 cun (0.5–1.5 cun in the literature).' },
    sensation: 'Distension around and below the navel.',
    safety: { pregnancy: 'Lower abdominal point over the uterus, traditionally avoided in pregnancy.' },
    cautions:
      'Avoid in pregnancy; shallower in thin patients, where the bowel lies close beneath. Do not needle into an abdominal mass or a hernia, and have the bladder emptied first.',
    actions: ['Regulates the intestines', 'Regulates the lower burner and menstruation'],
    indications: ['Constipation', 'Diarrhoea', 'Irregular menstruation', 'Lower abdominal pain'],
    commentary:
      'A minor point used mostly for the bowels, in particular dry constipation, and for lower abdominal pain. It is often added locally to treatments built around CV7 and ST26.\n\nIts name speaks of pouring into the centre: the kidney qi flowing into the abdomen here helps moisten the intestines, so it suits constipation from dryness in older or depleted patients better than constipation from heat. Let palpation decide: take it when the area just below and beside the navel is tight or tender.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold abdominal pain and loose stools; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI16: {
    area: 'Abdomen — beside the navel',
    location: 'On the abdomen, half a cun lateral to the centre of the navel.',
    convention: 'WHO 2008',
    howToLocate: 'Place a fingertip half a cun out from the centre of the navel, level with it; the point is just outside the navel rim.',
    needling: {
      directions: 'Straight in 0.8–1.2 cun (0.5–1.5 cun in the literature), keeping clear of the navel itself.',
    },
    sensation: 'Distension around the navel, sometimes spreading through the abdomen.',
    safety: { pregnancy: 'Beside the navel; avoid deep needling once the uterus has risen to this level.' },
    cautions: 'Do not needle into the navel. Avoid in pregnancy. Shallow in thin patients, where the bowel lies close.',
    actions: ['Tonifies the kidneys', 'Regulates the intestines and relieves abdominal pain', 'Warms and regulates the lower burner'],
    indications: ['Pain around the navel', 'Constipation or diarrhoea', 'Abdominal distension and cold', 'Hernia', 'Irregular menstruation'],
    commentary:
      'The word "huang" refers to the tissues around the organs, and this point shares it with BL51 on the back. It treats the abdomen around the navel: cramping pain, constipation, diarrhoea with cold.\n\nThe penetrating vessel, running beside the navel with the kidney channel, passes here, and the point is used in treatments aimed at that vessel.',
    classicalSources: [
      {
        work: 'Su Wen (Basic Questions), chapter 60',
        note: 'Describes the penetrating vessel running up beside the kidney channel on either side of the navel.',
      },
    ],
    therapyNotes: { moxibustion: 'Warming moxa for cold abdominal pain; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI17: {
    area: 'Abdomen — upper',
    location: 'On the upper abdomen, 2 cun above the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV10, two cun above the navel, and move half a cun to the side.',
    needling: { directions: 'Straight in 0.5–1 cun.' },
    sensation: 'Local distension in the upper abdomen.',
    safety: { pregnancy: 'Abdominal point; avoid deep needling in later pregnancy.' },
    cautions: 'Shallow in thin patients and after meals. Avoid in later pregnancy.',
    actions: ['Regulates the intestines', 'Dispels accumulation and relieves pain'],
    indications: ['Abdominal pain', 'Constipation', 'Diarrhoea', 'Abdominal masses'],
    commentary:
      '"Shang" is the musical note of metal, the phase of the large intestine, and the name hints at the bend of the colon beneath. The point is used for intestinal pain, constipation and diarrhoea.\n\nIt serves as a local point for the colon, added when cramping or a mass is felt in the band above the navel. It combines with CV10 beside it and with a distal point of the stomach channel on the leg; needle it before a meal rather than after.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold abdominal pain and diarrhoea; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI18: {
    area: 'Abdomen — upper',
    location: 'On the upper abdomen, 3 cun above the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV11, three cun above the navel, and move half a cun to the side.',
    needling: { directions: 'Straight in 0.5–1 cun.' },
    sensation: 'Local distension in the upper abdomen.',
    safety: { pregnancy: 'Abdominal point; avoid deep needling in later pregnancy.' },
    cautions: 'Shallow in thin patients and after meals. Avoid in later pregnancy.',
    actions: ['Regulates the stomach and lowers rebellious qi', 'Regulates the lower burner and the uterus', 'Moves stagnation'],
    indications: ['Vomiting, hiccup', 'Constipation', 'Abdominal pain after childbirth', 'Infertility'],
    commentary:
      'A point that bridges the stomach above and the uterus below. It lowers rising stomach qi (vomiting, hiccup) and, through the penetrating vessel, is used for infertility and for pain after giving birth.\n\nIn practice it is chosen by palpation: a hard, tender spot beside CV11 in a patient with nausea or hiccup. For its gynaecological uses it works as one link in a chain of kidney points on the abdomen rather than alone.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold in the stomach and abdominal pain; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI19: {
    area: 'Abdomen — upper',
    location: 'On the upper abdomen, 4 cun above the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV12, halfway between the navel and the lower end of the sternum, and move half a cun to the side.',
    needling: { directions: 'Straight in 0.5–1 cun.' },
    sensation: 'Distension in the epigastrium.',
    safety: { pregnancy: 'Abdominal point; avoid deep needling in later pregnancy.' },
    cautions: 'Shallow in thin patients and after a full meal. Avoid in later pregnancy.',
    actions: ['Harmonises the stomach', 'Lowers rebellious qi', 'Relieves pain'],
    indications: ['Epigastric pain and fullness', 'Borborygmus', 'Nausea, vomiting', 'Infertility'],
    commentary:
      'Level with CV12, the front collecting point of the stomach, and used in the same way for stomach problems: fullness, pain, rumbling, nausea. It is a local point, added rather than chosen alone.\n\nIt is useful when the upper belly is tender slightly off the midline, or when CV12 itself cannot be needled. Its old use for infertility comes from the penetrating vessel that runs through all the abdominal kidney points.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold in the stomach; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI20: {
    area: 'Abdomen — upper',
    location: 'On the upper abdomen, 5 cun above the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV13, five cun above the navel, and move half a cun to the side.',
    needling: { directions: 'Straight in 0.5–0.8 cun; do not go deeper over the upper abdomen.' },
    sensation: 'Local distension below the ribs.',
    safety: {
      pregnancy: 'Abdominal point; avoid deep needling in later pregnancy.',
      organ: 'The left lobe of the liver can lie beneath; needle shallow, especially if it is enlarged.',
    },
    cautions: 'Keep shallow; examine for an enlarged liver first. Avoid in later pregnancy.',
    actions: ['Harmonises the middle burner', 'Opens the chest', 'Calms the heart'],
    indications: ['Vomiting, indigestion', 'Epigastric pain and fullness', 'Palpitations, anxiety', 'Sudden loss of voice'],
    commentary:
      'The name is shared with BL66 on the foot, hence the prefix "fu", abdomen. It works on the stomach and the chest together: vomiting and fullness under the ribs, but also palpitations and anxiety felt in the upper belly.\n\nChoose it when digestive complaints come with a sense of pressure rising into the chest, and for sudden loss of voice. Examine the upper abdomen before needling and keep the insertion shallow, since the liver may lie beneath.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold in the stomach; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI21: {
    area: 'Abdomen — upper, below the sternum',
    location: 'On the upper abdomen, 6 cun above the centre of the navel and half a cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find CV14, two cun below the lower end of the sternum, and move half a cun to the side, just inside the rib margin.',
    needling: { directions: 'Straight in 0.5–0.8 cun. Never deep, and never angled upward under the ribs.' },
    sensation: 'Local distension at the top of the abdomen.',
    safety: {
      organ: 'The liver lies beneath on the right side; deep or upward needling can injure it, all the more if it is enlarged.',
      pregnancy: 'Abdominal point; avoid deep needling in later pregnancy.',
    },
    cautions: 'Palpate for an enlarged liver first. Keep shallow and perpendicular. Avoid in later pregnancy.',
    actions: ['Strengthens the spleen and harmonises the stomach', 'Lowers rebellious qi and stops vomiting', 'Benefits the breasts'],
    indications: ['Nausea and vomiting', 'Epigastric pain, hiccup', 'Diarrhoea', 'Breast pain, poor milk flow'],
    commentary:
      'The last of the kidney points on the abdomen and the highest point shared with the penetrating vessel, which goes on to spread through the chest. It is chiefly a point for nausea and vomiting.\n\nIts name, "dark gate", was also the old term for the pylorus, the lower outlet of the stomach.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For vomiting and diarrhoea from cold; not in pregnancy.' },
    classificationNotes: { meeting: 'Kidney channel and penetrating vessel' },
  },
  KI22: {
    area: 'Chest — front, beside the sternum',
    location: 'On the chest, in the fifth intercostal space, 2 cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the fifth intercostal space, one space below the nipple level in men, and follow it inward to two cun from the midline, about halfway between the sternal edge and the nipple line.',
    needling: {
      directions: 'Obliquely or transversely outward along the intercostal space, 0.5–0.8 cun. Never perpendicular or deep.',
    },
    sensation: 'Local distension over the chest wall.',
    safety: {
      lung: 'The pleura and lung lie under the thin chest wall; oblique and shallow only.',
      organ: 'On the left side the heart lies close beneath this space, where the lung edge leaves it uncovered.',
    },
    cautions:
      'Keep the needle flat along the space; thin patients and those with emphysema need extra care. Stop if the patient develops a cough or sudden chest pain.',
    actions: ['Descends lung and stomach qi', 'Unbinds the chest', 'Benefits the breasts'],
    indications: ['Cough, wheezing', 'Fullness and pain of the chest and side ribs', 'Breast abscess', 'Vomiting, poor appetite'],
    commentary:
      'The first of six kidney points on the chest, each two cun from the midline in consecutive spaces. They share uses for cough, wheeze and chest oppression, and are usually chosen by tenderness.\n\nIn the entry and exit system this is the point where the kidney channel hands on to the pericardium channel at PC1.',
    classicalSources: [],
    therapyNotes: {
      cupping: 'A small cup is possible on a flat chest; not over breast tissue.',
      guaSha: 'Light strokes outward along the ribs.',
    },
    classificationNotes: { exit: 'Passes to the pericardium channel at PC1' },
  },
  KI23: {
    area: 'Chest — front, beside the sternum',
    location: 'On the chest, in the fourth intercostal space, 2 cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find the fourth intercostal space (level with the nipple in men) and follow it inward to two cun from the midline.',
    needling: {
      directions: 'Obliquely or transversely outward along the intercostal space, 0.5–0.8 cun. Never perpendicular or deep.',
    },
    sensation: 'Local distension over the chest wall.',
    safety: {
      lung: 'The pleura and lung lie under the thin chest wall; oblique and shallow only.',
      organ: 'On the left side the heart lies close beneath this space.',
    },
    cautions: 'Keep the needle flat along the space; take special care in thin patients. Stop if a cough or sudden chest pain appears.',
    actions: ['Descends lung qi and unbinds the chest', 'Benefits the breasts', 'Calms the heart'],
    indications: ['Cough, wheezing', 'Chest fullness', 'Breast abscess, breast swelling', 'Palpitations, anxiety'],
    commentary:
      'Like the other kidney points of the upper chest, Shenfeng combines cough and chest oppression with an effect on the heart and the spirit: its name speaks of the spirit being enclosed or sealed. It is also used for painful swellings of the breast.\n\nChoose it over its neighbours when the cough or tightness is felt at the level of the nipples, or when the breast is swollen and tender; in women the point often lies under breast tissue, and acupressure then replaces the needle. On the left side take particular care with the depth.',
    classicalSources: [],
    therapyNotes: { cupping: 'Small cup only, not over breast tissue.', guaSha: 'Light strokes outward along the ribs.' },
    classificationNotes: {},
  },
  KI24: {
    area: 'Chest — front, beside the sternum',
    location: 'On the chest, in the third intercostal space, 2 cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Count down from the second rib at the sternal angle to the third intercostal space and follow it to two cun from the midline.',
    needling: {
      directions: 'Obliquely or transversely outward along the intercostal space, 0.5–0.8 cun. Never perpendicular or deep.',
    },
    sensation: 'Local distension over the chest wall.',
    safety: { lung: 'The pleura and lung lie under the thin chest wall; oblique and shallow only.' },
    cautions: 'Keep the needle flat along the space; stop if a cough or sudden chest pain appears.',
    actions: ['Descends lung qi and unbinds the chest', 'Benefits the breasts', 'Calms the spirit'],
    indications: ['Cough, wheezing', 'Fullness and pain of the chest and side ribs', 'Breast abscess', 'Palpitations, anxiety, fearfulness'],
    commentary:
      'A local chest point, tender in many patients with chronic cough or chest oppression. The spirit in its name reflects its second use, for anxiety and palpitations felt in the chest.\n\nThe kidney points on the chest are best chosen by touch: press along the row and needle the one that is sore. This one often responds in people whose anxiety settles as a weight on the upper chest, and it combines well with points on the midline of the sternum.',
    classicalSources: [],
    therapyNotes: { cupping: 'Small cup only, not over breast tissue.', guaSha: 'Light strokes outward along the ribs.' },
    classificationNotes: {},
  },
  KI25: {
    area: 'Chest — front, beside the sternum',
    location: 'On the chest, in the second intercostal space, 2 cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the sternal angle (the ridge where the second rib joins the sternum), drop into the space below the second rib and follow it to two cun from the midline.',
    needling: {
      directions: 'Obliquely or transversely outward along the intercostal space, 0.5–0.8 cun. Never perpendicular or deep.',
    },
    sensation: 'Local distension over the upper chest.',
    safety: { lung: 'The pleura and lung lie under the thin chest wall; oblique and shallow only.' },
    cautions: 'Keep the needle flat along the space; stop if a cough or sudden chest pain appears.',
    actions: ['Descends lung qi and stops cough', 'Unbinds the chest', 'Calms the spirit'],
    indications: ['Cough, wheezing', 'Chest pain and oppression', 'Anxiety, restlessness', 'Vomiting'],
    commentary:
      'Used like its neighbours for cough and wheeze, and for the tight, anxious chest that accompanies them. It pairs naturally with CV17 and LU1 when the chest feels blocked.\n\nThe name, "spirit storehouse", reflects an effect on the mind as well as on the lungs. It is a sensible choice when a chronic cough worsens with worry, or when restlessness makes the breath short. Needle flat and outward, as everywhere on the chest.',
    classicalSources: [],
    therapyNotes: { cupping: 'Small cup only.', guaSha: 'Light strokes outward along the ribs.' },
    classificationNotes: {},
  },
  KI26: {
    area: 'Chest — front, below the clavicle',
    location: 'On the chest, in the first intercostal space, 2 cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find the first rib just under the clavicle, drop into the space below it and follow the space to two cun from the midline.',
    needling: {
      directions: 'Obliquely or transversely outward along the intercostal space, 0.5–0.8 cun. Never perpendicular or deep.',
    },
    sensation: 'Local distension below the collarbone.',
    safety: { lung: 'The pleura and lung lie under the thin chest wall; oblique and shallow only.' },
    cautions: 'Keep the needle flat along the space; stop if a cough or sudden chest pain appears.',
    actions: ['Descends lung qi', 'Transforms phlegm', 'Unbinds the chest'],
    indications: ['Cough with copious phlegm', 'Wheezing', 'Fullness of the chest and side ribs', 'Poor appetite'],
    commentary:
      'Chosen when phlegm fills the chest: a rattling cough, wheezing, a sense of pressure under the collarbones. It is a local point and usually tender in such patients.\n\nIt combines with points on the leg that transform phlegm and with the upper chest points beside it. Gentle cupping or light scraping below the collarbone can be added; needle only flat and outward along the space.',
    classicalSources: [],
    therapyNotes: { cupping: 'Small cup only.', guaSha: 'Light strokes outward below the clavicle.' },
    classificationNotes: {},
  },
  KI27: {
    area: 'Chest — front, below the clavicle',
    location: 'On the upper chest, just under the lower border of the clavicle, 2 cun from the front midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger outward along the underside of the clavicle from the sternoclavicular joint. At about two cun from the midline, directly above KI26, it meets a small hollow between the clavicle and the first rib.',
    needling: {
      directions: 'Obliquely or transversely outward, 0.5–0.8 cun, staying under the clavicle. Never perpendicular or deep.',
    },
    sensation: 'Local distension below the collarbone, sometimes a sense of the chest opening.',
    safety: {
      lung: 'The apex of the lung and the pleura are close beneath; oblique and shallow only.',
      vessel: 'The subclavian vessels run deep behind the clavicle; do not angle upward under the bone.',
    },
    cautions: 'Keep the needle shallow and flat; do not direct it up behind the clavicle or toward the midline.',
    actions: ['Descends rebellious lung and stomach qi', 'Stops cough and wheezing', 'Unbinds the chest'],
    indications: ['Cough, wheezing, shortness of breath', 'Chest pain and oppression', 'Nausea and vomiting', 'Poor appetite'],
    commentary:
      'The last point of the kidney channel on the surface; an inner branch goes on from the lungs to the throat and the root of the tongue. Its name links it with the transporting points of the back, and it is used to send rebellious qi down: chronic cough and wheeze, belching and vomiting.\n\nIt is often tender in asthma and is a practical point for acupressure during an attack, together with CV17.',
    classicalSources: [],
    therapyNotes: { cupping: 'Uneven surface at the clavicle.', guaSha: 'Light strokes below the clavicle.' },
    classificationNotes: {},
  },
};
