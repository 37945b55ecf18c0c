import type { PointTextsByCode } from '../../textsSchema.ts';

/** Liver channel of foot jueyin, LR1–LR14: the English texts, in our own words. */
export const liverTexts: PointTextsByCode = {
  LR1: {
    area: 'Foot — big toe, outer side of the nail',
    location:
      'On the big toe, on the side facing the second toe, 0.1 finger-cun from the corner of the nail, where the line of the nail’s outer edge crosses the line of its base.',
    convention: 'WHO 2008 (lateral corner of the nail). Some texts place it on the dorsum of the big toe, midway between the nail and the joint crease.',
    howToLocate:
      'Look at the big toenail from above. Trace its outer edge (toward the second toe) and its base; the point is where those lines meet, just behind and outside the nail corner.',
    needling: { directions: 'Insert 0.1–0.2 cun, or prick to let a few drops of blood.' },
    sensation: 'A sharp, brief pain at the toe.',
    safety: { painful: 'The nail fold is densely innervated and needling hurts.' },
    cautions: 'Warn the patient that it is painful; for bleeding disorders use moxibustion rather than pricking.',
    actions: [
      'Regulates qi in the lower burner and treats hernia-type pain',
      'Stops uterine bleeding',
      'Regulates the liver and restores consciousness',
      'Benefits urination',
    ],
    indications: [
      'Pain and swelling of the testicles or groin (shan disorder)',
      'Heavy or unstoppable uterine bleeding',
      'Prolapse of the uterus',
      'Bedwetting, frequent or blocked urination',
      'Sudden loss of consciousness',
    ],
    commentary:
      'The liver channel starts here, taking over the qi that the gallbladder channel sends across from GB41. It is the well point and wood point of a wood channel, which also makes it the horary point of the liver.\n\nThe liver channel encircles the genitals, so the point is a classic distal point for pain and swelling of the genitals and groin. With SP1 it is the traditional moxibustion treatment for uterine bleeding that will not stop.\n\nLike other well points it can be pricked to revive consciousness.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the well point where the liver channel begins.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Small cones for uterine bleeding, often with SP1.',
      cupping: 'No surface for a cup.',
      bloodletting: 'Pricking for acute genital swelling or loss of consciousness.',
    },
    classificationNotes: { entry: 'Receives the gallbladder channel from GB41', horary: 'Wood point of the wood channel' },
  },
  LR2: {
    area: 'Foot — web between the 1st and 2nd toes',
    location: 'On the top of the foot, between the 1st and 2nd toes, just behind the web margin, at the border of the red and white skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Separate the big and second toes. The point is at the end of the web between them, where the skin of the top of the foot changes to the paler skin of the sole.',
    needling: { directions: 'Insert obliquely back toward the ankle, 0.5–0.8 cun, or perpendicularly 0.3–0.5 cun.' },
    sensation: 'A sharp ache in the web that may spread over the top of the foot.',
    safety: {},
    cautions: 'The web is sensitive; use a fine needle and a quick insertion.',
    actions: [
      'Clears liver fire',
      'Calms rising liver yang and liver wind',
      'Cools the blood and stops bleeding',
      'Spreads liver qi',
      'Eases pain in the lower burner',
    ],
    indications: [
      'Headache, red eyes, dizziness, a flushed face',
      'Irritability, outbursts of anger, insomnia',
      'Nosebleed, heavy periods or vomiting of blood from heat',
      'Pain under the ribs',
      'Burning or painful urination, genital itching and pain',
      'Painful periods',
    ],
    commentary:
      'The spring point and fire point of the liver channel. Fire is the child of wood, so this is the sedation point of the liver and the strongest point on the body for clearing liver fire: a red face and eyes, a pounding headache, a quick temper and bleeding from heat.\n\nIt is commonly reduced together with points on the head such as GB20, and with LR3 when both fire and stagnation are present.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the spring point of the liver channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Used for heat; warming is usually counter-productive.',
      cupping: 'Bony surface; a cup seals poorly.',
      bloodletting: 'Pricking for acute liver fire.',
      guaSha: 'Gentle strokes along the channel.',
    },
    classificationNotes: {},
  },
  LR3: {
    area: 'Foot — dorsum, between the 1st and 2nd metatarsals',
    location:
      'On the top of the foot, between the 1st and 2nd metatarsal bones, in the hollow just in front of the junction of their bases, over the pulse of the dorsalis pedis artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger from the web of the big toe back along the groove between the 1st and 2nd metatarsals. Where the two bones meet, the finger is stopped; the point is in the hollow just in front of that junction. A pulse is often felt there, and the point is usually tender.',
    needling: {
      directions:
        'Feel for the artery and insert beside it, straight in 0.5–1 cun, or obliquely toward KI1 on the sole, 1–1.5 cun. Withdraw slowly and press if it bleeds.',
    },
    sensation: 'A strong ache or electric feeling spreading over the top of the foot, sometimes into the toes.',
    safety: { vessel: 'The dorsalis pedis artery runs through the point; feel the pulse and insert beside it.' },
    cautions: 'Avoid the artery. Strong stimulation can make sensitive or exhausted patients faint.',
    actions: [
      'Spreads liver qi and relieves stagnation',
      'Subdues liver yang and extinguishes wind',
      'Nourishes liver blood and liver yin',
      'Clears the head and eyes',
      'Regulates menstruation',
      'Calms spasm and stops pain',
    ],
    indications: [
      'Headache at the vertex or temples, dizziness, high blood pressure',
      'Irritability, frustration, depression, stress',
      'Pain and distension under the ribs, frequent sighing',
      'Irregular or painful periods, premenstrual tension',
      'Red, painful eyes or blurred vision',
      'Convulsions, tics, cramps',
    ],
    commentary:
      'The most important point of the liver channel. As source point and stream point it reaches the liver organ itself and treats both sides of liver disorder: the full side, with stagnant qi, rising yang and wind, and the empty side, with deficient blood and yin.\n\nStagnation of liver qi is among the commonest patterns in practice, showing as tension, irritability, sighing, premenstrual swelling and pain that comes and goes. Needled with LI4 on both sides, it forms the "four gates", a combination that moves qi and blood through the whole body and calms the mind.\n\nIts action on rising yang and wind makes it a standard point for headache, dizziness and high blood pressure, and for the spasms and tremors of internal wind. In the Ming version of Ma Danyang’s song it is one of the twelve heavenly star points.',
    classicalSources: [
      { work: 'Ling Shu (Spiritual Pivot), chapter 1', note: 'Lists it as the source point of the liver.' },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the stream point of the liver channel.',
      },
      {
        work: 'Xu Feng, Zhen Jiu Da Quan (Complete Collection of Acupuncture and Moxibustion, Ming)',
        note: 'Gives Ma Danyang’s song in its later form of twelve heavenly star points, which adds Taichong to the eleven points of the earlier version.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Bony surface; a cup seals poorly.',
      guaSha: 'Gentle strokes along the channel.',
    },
    classificationNotes: {
      source: 'Yuan-source point of the liver channel',
      heavenly_star: 'One of Ma Danyang’s twelve heavenly star points (in the Ming version of the song)',
    },
  },
  LR4: {
    area: 'Foot — front of the ankle, inner side',
    location:
      'At the front inner side of the ankle, in the hollow just medial to the tendon of tibialis anterior, in front of the medial malleolus; midway between SP5 and ST41.',
    convention: 'WHO 2008',
    howToLocate:
      'Pull the foot up toward the shin so the tibialis anterior tendon stands out at the front of the ankle. Between that tendon and the front of the medial malleolus there is a hollow; the point is in it, level with the lower part of the malleolus.',
    needling: { directions: 'Insert straight in, 0.5–0.8 cun, with the foot relaxed.' },
    sensation: 'A local ache spreading around the ankle.',
    safety: {},
    cautions: 'The great saphenous vein runs just in front of the medial malleolus; look for it and avoid it.',
    actions: ['Spreads liver qi in the lower burner', 'Clears damp-heat from the liver channel', 'Benefits the ankle'],
    indications: [
      'Pain and swelling of the genitals, hernia-type pain',
      'Seminal emission, difficult urination',
      'Pain of the lower abdomen',
      'Pain and swelling of the inner ankle',
      'Yellowing of the skin (classical)',
    ],
    commentary:
      'The river point and metal point of the liver channel. It is used mainly for stagnation and damp-heat in the lower burner along the course of the channel, such as genital pain, hernia and difficult urination, and as a local point for the ankle. Classical texts also give it for yellowing of the skin, a sign of damp-heat in the liver and gallbladder.\n\nAmong the liver points of the foot, Taichong is the usual choice for stagnation and Xingjian for fire; this point is kept for trouble that lies low in the channel, in the genitals and the urine, or at the inner ankle itself. Look for the great saphenous vein in front of the malleolus before inserting.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it the river point of the liver channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 5–10 minutes or 3–5 small cones.',
      cupping: 'Bony surface; a cup seals poorly.',
      guaSha: 'Gentle strokes along the channel.',
    },
    classificationNotes: {},
  },
  LR5: {
    area: 'Leg — inner side, on the face of the tibia',
    location: 'On the inner side of the leg, at the centre of the flat medial surface of the tibia, 5 cun above the prominence of the medial malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure 5 cun above the medial malleolus (one third of the way from the malleolus to the knee on the 15-cun scale, or 8 cun below the medial tibial condyle on the 13-cun scale). The point is in the middle of the flat inner face of the shin bone at that level.',
    needling: { directions: 'Insert transversely along the surface of the bone, usually upward, 0.5–0.8 cun.' },
    sensation: 'A local soreness that may spread up the inner leg toward the knee.',
    safety: {},
    cautions: 'The bone lies immediately under the skin; insert along it, not into it.',
    actions: ['Spreads liver qi', 'Clears damp-heat from the lower burner', 'Benefits the genitals', 'Regulates menstruation'],
    indications: [
      'Itching, swelling or pain of the genitals',
      'Vaginal discharge, difficult urination',
      'Swelling of the testicles, hernia-type pain',
      'Irregular periods',
      'A feeling of a lump in the throat (plum-stone qi)',
    ],
    commentary:
      'The connecting point of the liver channel, where a vessel branches to the gallbladder channel; the connecting vessel then climbs to the genitals. It is the main distal point for itching, swelling and pain of the genitals of any kind, and for damp-heat discharge.\n\nIts name compares the narrow channel along the shin to a furrow bored by woodworm.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Describes the connecting vessel of the foot jueyin branching from this point toward the genitals.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 10–15 minutes.',
      cupping: 'A small or medium cup.',
      guaSha: 'Light pressure; the inner thigh bruises easily.',
    },
    classificationNotes: { connecting: 'Luo-connecting point, linking to the gallbladder channel' },
  },
  LR6: {
    area: 'Leg — inner side, on the face of the tibia',
    location: 'On the inner side of the leg, at the centre of the flat medial surface of the tibia, 7 cun above the prominence of the medial malleolus.',
    convention: 'WHO 2008',
    howToLocate: 'From LR5 go 2 cun straight up the middle of the inner face of the tibia, to 7 cun above the medial malleolus.',
    needling: { directions: 'Insert transversely along the surface of the bone, 0.5–0.8 cun.' },
    sensation: 'A local soreness spreading along the shin.',
    safety: {},
    cautions:
      'The bone lies immediately under the skin: insert along its surface, not into it, since striking the periosteum hurts. The great saphenous vein runs along the inner edge of the tibia; avoid it and press after withdrawal. In heavy bleeding the point is only part of the treatment; refer when bleeding is severe or unexplained.',
    actions: ['Spreads liver qi and stops pain', 'Regulates the blood and stops bleeding', 'Clears dampness from the leg'],
    indications: [
      'Acute pain of the lower abdomen or under the ribs',
      'Hernia-type pain',
      'Heavy uterine bleeding, lochia that does not stop after birth',
      'Pain and weakness of the leg',
    ],
    commentary:
      'The cleft point of the liver channel. Cleft points of yin channels treat acute pain and bleeding, and this one is used for sudden pain in the liver channel’s territory (lower abdomen, groin, ribs) and for uterine bleeding, including bleeding that persists after childbirth.\n\nIt is chosen when the complaint is acute: a sudden attack of hernia-type pain or pain under the ribs, or a heavy period that will not stop. The point is often tender at such times, and pressing along the inner face of the tibia for the tender spot is a good guide. Thread the needle along the bone, not into it.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Names it the cleft point of the foot jueyin channel.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 10–15 minutes.',
      cupping: 'A small or medium cup.',
      guaSha: 'Light pressure; the inner thigh bruises easily.',
    },
    classificationNotes: { cleft: 'Cleft (xi) point of the liver channel' },
  },
  LR7: {
    area: 'Knee — inner side, below the tibial condyle',
    location: 'On the inner side of the leg, below the medial condyle of the tibia, 1 cun behind SP9.',
    convention: 'WHO 2008',
    howToLocate:
      'Find SP9 in the hollow under the medial condyle of the tibia. Move 1 cun straight back toward the calf; the point lies at the front of the medial head of the gastrocnemius.',
    needling: { directions: 'Insert straight in, 0.8–1 cun (some texts 1–1.5 cun).' },
    sensation: 'An ache spreading into the knee.',
    safety: {},
    cautions:
      'No special risks. The great saphenous vein runs on the inner side of the knee: look for it, avoid it, and press after withdrawal. In a hot, swollen joint rule out infection before needling.',
    actions: ['Expels wind and dampness', 'Benefits the knee'],
    indications: ['Pain and swelling of the inner knee', 'Difficulty bending and straightening the knee', 'Wind-damp pain of the knee', 'Weakness of the leg'],
    commentary:
      'A local point for the inner side of the knee, combined with SP9, LR8 and the knee eyes for arthritis and pain of the joint. It suits pain and swelling along the inner knee, especially wind-damp pain that worsens in cold, wet weather, and a knee that will not bend or straighten fully.\n\nIt is one of the few points of this channel used almost only for its local effect. Press around the inner knee and needle where it is tender; in cold-type pain add a warm needle or a moxa stick.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point below the knee and its use for knee pain.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or warm needle for cold, painful knees.',
      cupping: 'A small or medium cup.',
      guaSha: 'Light pressure; the inner thigh bruises easily.',
    },
    classificationNotes: {},
  },
  LR8: {
    area: 'Knee — inner end of the popliteal crease',
    location:
      'On the inner side of the knee, at the inner end of the popliteal crease, in the hollow in front of the tendons of semitendinosus and semimembranosus.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient bend the knee. Follow the crease behind the knee to its inner end; the point is in the hollow just in front of the two hamstring tendons that stand out there, behind the medial condyle of the femur.',
    needling: { directions: 'With the knee bent, insert straight in, 1–1.5 cun.' },
    sensation: 'An ache filling the inner knee, sometimes spreading up the thigh.',
    safety: {},
    cautions: 'The great saphenous vein lies nearby; avoid it and press after withdrawal.',
    actions: [
      'Nourishes liver blood and yin',
      'Clears damp-heat from the lower burner',
      'Benefits the genitals and urination',
      'Relaxes the sinews and benefits the knee',
    ],
    indications: [
      'Itching, pain or swelling of the genitals, vaginal discharge',
      'Impotence, seminal emission',
      'Difficult urination',
      'Prolapse of the uterus, lower abdominal pain, painful periods',
      'Pain and swelling of the inner knee',
    ],
    commentary:
      'The sea point and water point of the liver channel. Water is the mother of wood, so this is the tonification point of the liver, used to nourish liver blood and yin where they are deficient, for example in scanty periods, dry eyes or numbness.\n\nIt also shares the channel’s main role in the lower burner: damp-heat in the genitals and bladder, and prolapse. Locally it is a point for the inner knee.',
    classicalSources: [{ work: 'Ling Shu (Spiritual Pivot), chapter 2', note: 'Names it the sea point of the liver channel.' }],
    therapyNotes: {
      moxibustion: 'Moxa stick 10–15 minutes.',
      cupping: 'The hollow at the inner knee is too uneven for a cup.',
      guaSha: 'Light pressure; the inner thigh bruises easily.',
    },
    classificationNotes: {},
  },
  LR9: {
    area: 'Thigh — inner side, above the knee',
    location: 'On the inner side of the thigh, between the gracilis and sartorius muscles, 4 cun above the base of the patella.',
    convention: 'WHO 2008',
    howToLocate:
      'With the thigh slightly turned out, measure 4 cun above the upper edge of the kneecap and move round to the inner side of the thigh. Tense the muscles by pressing the knee inward against resistance: the point is in the groove between sartorius in front and gracilis behind.',
    needling: {
      directions: 'Insert straight in, 1–1.5 cun (some texts up to 2 cun), avoiding the great saphenous vein.',
    },
    sensation: 'An ache spreading along the inner thigh.',
    safety: {},
    cautions: 'The great saphenous vein runs along the inner thigh; avoid it.',
    actions: ['Regulates menstruation', 'Regulates the lower burner and benefits urination'],
    indications: [
      'Irregular periods',
      'Pain of the lower abdomen',
      'Difficult urination, bedwetting',
      'Pain of the lower back spreading to the lower abdomen',
      'Pain of the inner thigh',
    ],
    commentary:
      'A point of the inner thigh used mainly for the lower burner: irregular periods, lower abdominal pain and urinary difficulty, including bedwetting. The name, yin wrapping, places it among the muscles that wrap the inner thigh, on the liver channel’s course toward the genitals.\n\nIt is seldom the first choice but is a useful local point when the inner thigh is tender, and for pain that runs from the lower back into the lower abdomen. Needle away from the great saphenous vein.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the inner thigh and its use for urinary disorders.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick 10–15 minutes.',
      cupping: 'A small or medium cup.',
      guaSha: 'Light pressure; the inner thigh bruises easily.',
    },
    classificationNotes: {},
  },
  LR10: {
    area: 'Thigh — inner side, below the groin',
    location:
      'On the inner side of the thigh, 3 cun below ST30 (itself level with the upper border of the pubic symphysis, 2 cun from the midline), over the femoral artery.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the upper edge of the pubic bone and move 2 cun out from the midline (ST30). From there go 3 cun straight down onto the thigh; the femoral pulse can be felt nearby, and the point lies close to the edge of the adductor longus.',
    needling: {
      directions: 'Feel for the femoral artery and insert away from it, straight in 0.5–1 cun (some texts up to 1.5 cun).',
    },
    sensation: 'An ache spreading into the groin or down the inner thigh.',
    safety: { vessel: 'The femoral artery and vein run close by; locate the pulse and needle away from it.' },
    cautions:
      'Palpate the femoral artery first and insert beside it, never toward the pulse. No strong lifting and thrusting; press firmly after withdrawal to prevent a haematoma. Take particular care in patients on anticoagulants.',
    actions: ['Clears damp-heat from the lower burner', 'Benefits urination', 'Spreads qi in the groin'],
    indications: [
      'Difficult urination, urinary retention',
      'Fullness of the lower abdomen',
      'Itching or swelling of the scrotum or vulva',
      'Pain of the groin and inner thigh',
      'Fatigue with a desire to lie down (classical)',
    ],
    commentary:
      'A point of the upper inner thigh for urinary and genital problems: difficult or retained urination, fullness of the lower abdomen, and itching or swelling of the scrotum or vulva. It is chosen when the liver channel is affected where it passes through the groin, and for local pain of the groin and inner thigh.\n\nThe "foot" in its name distinguishes it from LI13 on the arm, also called Wuli. The femoral vessels run close by: locate the pulse first and keep the needle away from it; moxibustion held at a distance is a gentler alternative.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point on the upper inner thigh.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick held at a distance; the skin here is thin.',
      cupping: 'Over the femoral vessels and the inguinal fold.',
      bloodletting: 'Large vessels lie beneath.',
    },
    classificationNotes: {},
  },
  LR11: {
    area: 'Thigh — inner side, just below the groin',
    location: 'On the inner side of the thigh, 2 cun below ST30, near the upper edge of the adductor longus.',
    convention: 'WHO 2008',
    howToLocate: 'From ST30 (2 cun lateral to the midline, level with the upper edge of the pubic bone) go 2 cun straight down; the point is 1 cun above LR10.',
    needling: { directions: 'Insert straight in, 0.5–1 cun (some texts up to 1.5 cun), away from the femoral pulse.' },
    sensation: 'An ache spreading into the groin or lower abdomen.',
    safety: { vessel: 'The femoral vessels pass close by; locate the pulse and needle away from it.' },
    cautions:
      'Palpate the femoral artery before needling and insert away from it. No strong manipulation; press firmly after withdrawal to prevent a haematoma. Keep moxibustion at a safe distance, since the skin of the groin is thin.',
    actions: ['Benefits the uterus and regulates menstruation', 'Opens the channel of the groin and thigh'],
    indications: ['Infertility', 'Irregular periods', 'Pain of the groin and inner thigh', 'Pain of the lower abdomen'],
    commentary:
      'Another point of the groin. Its traditional speciality is infertility in women, for which it was given moxibustion; it also treats local pain of the groin and inner thigh, and irregular periods.\n\nIt reaches the uterus through the liver channel and is chosen when infertility goes with irregular cycles and lower abdominal pain. Because the femoral vessels lie close by, moxibustion at a safe distance remains the usual method; if it is needled, find the pulse first.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259)',
        note: 'Records the point and its use for infertility.',
      },
    ],
    therapyNotes: {
      moxibustion: 'The traditional method for infertility; moxa stick at a safe distance.',
      cupping: 'Over the femoral vessels and the inguinal fold.',
      bloodletting: 'Large vessels lie beneath.',
    },
    classificationNotes: {},
  },
  LR12: {
    area: 'Groin — beside the pubic bone',
    location: 'In the groin, level with the upper border of the pubic symphysis, 2.5 cun lateral to the midline, over the pulsing femoral vessels.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the upper edge of the pubic bone on the midline and move 2.5 cun outward at the same level, into the fold of the groin. The pulse of the femoral artery is felt nearby.',
    needling: {
      directions: 'Locate the pulse and insert beside it, straight in 0.5–0.8 cun. Many practitioners prefer moxibustion here.',
    },
    sensation: 'A local ache spreading into the groin or genitals.',
    safety: {
      vessel: 'The femoral artery and vein lie directly beneath the groin here.',
      pregnancy: 'A point of the lower abdomen and groin, acting on the uterus: do not needle in pregnancy.',
    },
    cautions: 'Palpate the artery and never needle into it. Moxibustion is a safer choice for many patients.',
    actions: ['Spreads liver qi in the lower burner', 'Eases pain of the groin and genitals'],
    indications: [
      'Pain of the groin, hernia',
      'Pain of the penis or testicles',
      'Prolapse of the uterus',
      'Pain of the lower abdomen spreading to the inner thigh',
    ],
    commentary:
      'The name, "urgent pulse", refers to the strong pulsation of the femoral artery felt here. It is a local point for hernia and for pain of the groin and genitals.\n\nIt was added to the list of the liver channel’s points much later than most, and its closeness to the femoral vessels makes it one of the least needled points of the channel.',
    classicalSources: [
      {
        work: 'Su Wen (Plain Questions)',
        note: 'Mentions a pulsing spot of the jueyin in the pubic hair, the origin of this point and its name.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick held at a distance; the skin here is thin. Not in pregnancy.',
      cupping: 'Over the femoral vessels and the inguinal fold.',
      bloodletting: 'Large vessels lie beneath.',
    },
    classificationNotes: {},
  },
  LR13: {
    area: 'Abdomen — side, below the tip of the 11th rib',
    location: 'On the side of the abdomen, just below the free end of the 11th rib.',
    convention: 'WHO 2008',
    howToLocate:
      'With the patient lying on the back or side, follow the lower margin of the rib cage outward and back until you reach the free tip of the 11th rib, roughly where the elbow touches the side when the arm hangs down. The point is just below that tip.',
    needling: {
      directions: 'Insert obliquely, 0.5–0.8 cun (some texts allow perpendicular insertion to 1 cun in sturdy patients).',
    },
    sensation: 'A distension that may spread around the waist or into the abdomen.',
    safety: {
      organ: 'The liver lies beneath on the right and the spleen on the left; deep needling risks them, above all when enlarged.',
    },
    cautions: 'Keep the needle oblique and shallow, particularly if the liver or spleen is enlarged.',
    actions: [
      'Harmonises the liver and spleen',
      'Strengthens the spleen and helps digestion',
      'Spreads liver qi and eases the sides',
      'Dissolves accumulations and masses',
      'Benefits all the zang organs',
    ],
    indications: [
      'Abdominal distension, poor appetite, indigestion',
      'Diarrhoea with undigested food, rumbling intestines',
      'Pain under the ribs and in the sides',
      'Masses in the abdomen, enlarged liver or spleen',
      'Vomiting, tiredness and thin body',
    ],
    commentary:
      'The front-mu point of the spleen and the meeting point of the five zang organs. It lies where the liver channel meets the spleen’s domain, and its great use is the disharmony in which a tense, stagnant liver upsets a weak spleen: bloating, a poor or erratic appetite, loose stools and tension under the ribs.\n\nIt is also a point for abdominal masses and for enlargement of the liver or spleen, where its closeness to those organs calls for careful, shallow needling.\n\nIt is a meeting point of the liver and gallbladder channels.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 45',
        note: 'Lists it as the meeting point of the zang organs.',
      },
      {
        work: 'Mai Jing (Pulse Classic), Wang Shuhe',
        note: 'Lists it as the collecting (front-mu) point of the spleen.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick or cones for spleen deficiency with cold.',
      cupping: 'Over the side of the waist.',
      guaSha: 'Along the lower margin of the ribs.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the spleen',
      influential: 'Zang organs',
      meeting: 'Liver and gallbladder channels',
    },
  },
  LR14: {
    area: 'Chest — below the nipple, 6th intercostal space',
    location: 'On the front of the chest, in the 6th intercostal space, 4 cun lateral to the midline, directly below the nipple in a man.',
    convention: 'WHO 2008',
    howToLocate:
      'From the nipple (4th space) count two rib spaces down, or in women use the midclavicular line 4 cun from the midline. The point is in the 6th intercostal space, one space above GB24.',
    needling: {
      directions: 'Insert transversely or obliquely outward along the intercostal space, 0.3–0.5 cun (some texts up to 0.8 cun). Never perpendicular or deep.',
    },
    sensation: 'A distension spreading along the rib space and into the upper abdomen.',
    safety: {
      lung: 'The lung and pleura lie under the 6th rib space; needle only along it.',
      organ: 'The liver lies beneath on the right; deep needling can puncture it.',
    },
    cautions: 'Never needle perpendicularly or deep; the lung and, on the right, the liver lie close beneath.',
    actions: [
      'Spreads liver qi and eases the chest and sides',
      'Harmonises the liver and stomach',
      'Moves blood and dissolves masses',
      'Clears heat from the blood chamber',
    ],
    indications: [
      'Distension and pain of the chest and under the ribs',
      'Nausea, vomiting, sour regurgitation, hiccup',
      'Swelling and pain of the breasts, breast abscess',
      'Fever and chills after childbirth or during the period (heat in the blood chamber)',
      'Masses under the ribs',
      'Cough and breathlessness with fullness of the chest',
    ],
    commentary:
      'The front-mu point of the liver and the last point of the channel. It treats the liver directly and is the main local point for pain and distension under the ribs, as well as for the liver overacting on the stomach, with nausea, belching and acid.\n\nThe Shang Han Lun advised needling it when heat enters the "blood chamber", the uterus, during menstruation or after childbirth, and when the liver invades the spleen or lung; it is still used for fever linked with the menstrual cycle.\n\nIt is a meeting point of the liver and spleen channels and the yin linking vessel. From here an internal branch passes to the lung, where the cycle of the twelve channels begins again at LU1.',
    classicalSources: [
      {
        work: 'Shang Han Lun (Treatise on Cold Damage), Zhang Zhongjing',
        note: 'Recommends needling it when heat enters the blood chamber and when the liver overacts on the spleen or lung.',
      },
      {
        work: 'Mai Jing (Pulse Classic), Wang Shuhe',
        note: 'Lists it as the collecting (front-mu) point of the liver.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Moxa stick; avoided with heat.',
      cupping: 'A light cup only, over the lower ribs.',
      guaSha: 'Gently along the rib space.',
    },
    classificationNotes: {
      front_mu: 'Front-mu point of the liver',
      meeting: 'Liver and spleen channels and yin linking vessel (yin wei mai)',
      exit: 'An internal branch hands over to the lung channel at LU1',
    },
  },
};
