import type { PointTextsByCode } from '../../textsSchema.ts';

/** Spleen channel of foot taiyin, SP1–SP21: the English texts, in our own words. */
export const spleenTexts: PointTextsByCode = {
  SP1: {
    area: 'Foot — big toe, medial nail corner',
    location:
      'On the big toe, on the medial side of the distal phalanx, about 0.1 finger-cun from the medial corner of the toenail, where the lines of the nail’s medial border and its base meet.',
    convention: 'WHO 2008',
    howToLocate:
      'Follow the inner edge of the big toenail back to its base. The point is just beyond that corner, on the inner side of the toe, at the meeting of a line along the nail’s side and a line across its base.',
    needling: {
      directions: 'Obliquely upward, 0.1–0.2 cun, or prick to let a few drops of blood. For bleeding disorders moxibustion is used instead of the needle.',
    },
    sensation: 'A sharp local pain.',
    safety: { painful: 'The tip of the toe is richly innervated; needling here hurts.' },
    cautions: 'Painful: warn the patient and insert quickly. Use strict skin cleaning before pricking.',
    actions: ['Stops bleeding', 'Strengthens the spleen', 'Calms the mind and eases dreaming', 'Restores consciousness'],
    indications: [
      'Heavy or prolonged menstrual bleeding, uterine bleeding',
      'Blood in the stool or urine, nosebleed',
      'Abdominal distension and vomiting',
      'Excessive dreaming and restlessness',
      'Fainting and loss of consciousness',
    ],
    commentary:
      'The well point and wood point of the spleen channel, where it begins at the big toe after taking over the qi of the stomach channel from ST42.\n\nOne function of the spleen in Chinese medicine is to keep the blood in the vessels, and this point is the classic treatment for bleeding when that function fails, above all heavy uterine bleeding. The usual method is moxibustion with small cones or a stick until the area is warm and red, often at both big toes.\n\nSun Simiao counted it among his thirteen ghost points; with ST45 it also treats dream-disturbed sleep.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Names it as the well point where the spleen channel begins.',
      },
      {
        work: 'Sun Simiao, Bei Ji Qian Jin Yao Fang (Essential Prescriptions Worth a Thousand Gold, 7th century)',
        note: 'Includes it among the thirteen ghost points, under a ghost name.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Small cones or a stick for heavy uterine bleeding.',
      bloodletting: 'Pricking for a few drops in heat or loss of consciousness.',
    },
    classificationNotes: { entry: 'Receives the stomach channel from ST42', ghost: 'One of Sun Simiao’s thirteen ghost points' },
  },
  SP2: {
    area: 'Foot — medial side of the big toe',
    location: 'On the big toe, in the hollow just distal to the first metatarsophalangeal joint, at the border between the red and white skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Feel the bony bump of the big toe joint on the inner side of the foot. Slide forward off it onto the base of the toe: the point is in the small hollow there, on the line where the skin of the top of the foot meets the paler skin of the sole.',
    needling: { directions: 'Straight in, 0.3–0.5 cun, or obliquely toward the sole.' },
    sensation: 'A local ache, sometimes sharp.',
    safety: {},
    cautions:
      'Avoid needling over an inflamed, gouty joint or a bunion. The skin at the edge of the sole is tough and the point sensitive: insert briskly, and keep the foot clean and dry afterwards in patients with diabetes or poor circulation.',
    actions: ['Strengthens the spleen and resolves damp', 'Harmonises the middle burner', 'Clears heat'],
    indications: [
      'Abdominal distension and fullness',
      'Diarrhoea, constipation, epigastric pain',
      'Fever without sweating',
      'Pain and swelling of the big toe',
    ],
    commentary:
      'The spring point and fire point of the spleen channel. Fire nourishes earth, so this is the spleen’s mother point, used to tonify when the spleen is weak according to the mother–child rule.\n\nAs a spring point it also clears heat, and it was used in fevers that will not break into a sweat.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the spring point of the spleen channel.',
      },
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 69',
        note: 'States the rule of tonifying the mother point, which makes this fire point the spleen’s tonification point.',
      },
    ],
    therapyNotes: { moxibustion: 'For a weak, cold spleen.' },
    classificationNotes: {},
  },
  SP3: {
    area: 'Foot — medial side, behind the big toe joint',
    location:
      'On the inner side of the foot, in the hollow just proximal to the first metatarsophalangeal joint, at the border between the red and white skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the bony bump of the big toe joint on the inner side of the foot and slide back off it along the shaft of the first metatarsal. The finger drops into a hollow just behind and below the head of the bone; the point is there, at the edge of the sole skin.',
    needling: { directions: 'Straight in, 0.5–0.8 cun, under the metatarsal toward the sole.' },
    sensation: 'A local ache spreading over the inner edge of the foot.',
    safety: {},
    cautions: 'No special cautions; avoid needling into a painful bunion.',
    actions: ['Tonifies the spleen', 'Resolves damp and damp-heat', 'Harmonises the spleen and stomach', 'Strengthens the spine'],
    indications: [
      'Poor appetite, tiredness, a heavy body',
      'Abdominal distension, loose stools, borborygmus',
      'Epigastric pain and nausea',
      'Aching and heaviness of the lower back',
      'Pain of the big toe joint',
    ],
    commentary:
      'The source (yuan) point of the spleen, its stream point and earth point, on an earth channel. It is the direct way to strengthen the spleen when digestion is weak, the body heavy and tired, and damp accumulates.\n\nIn the source–connecting method it is paired with ST40, the stomach’s connecting point, particularly for phlegm and damp.\n\nSome classical sources also use it for aching and weakness of the spine, a less common application.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the stream point of the spleen channel.',
      },
      { work: 'Ling Shu (Spiritual Pivot), chapter 1', note: 'Names it as the source point of the spleen.' },
    ],
    therapyNotes: { moxibustion: 'For spleen deficiency with cold and damp.' },
    classificationNotes: { source: 'Yuan-source point of the spleen channel', horary: 'Earth point of the earth channel' },
  },
  SP4: {
    area: 'Foot — medial arch',
    location: 'On the inner side of the foot, in front of and below the base of the first metatarsal, at the border between the red and white skin.',
    convention: 'WHO 2008',
    howToLocate:
      'Run a finger back along the underside of the first metatarsal from SP3 until it meets the knob at the base of the bone. The point is in the hollow just in front of and below that knob, at the edge of the sole.',
    needling: {
      directions: 'Straight in under the metatarsal, 0.5–1 cun (up to 1.2 cun in some texts), toward the sole.',
    },
    sensation: 'A strong ache spreading through the arch of the foot.',
    safety: {},
    cautions: 'No special cautions; the arch is sensitive, so insert briskly.',
    actions: [
      'Strengthens the spleen and harmonises the middle burner',
      'Regulates the Penetrating Vessel (Chong Mai)',
      'Calms the mind',
      'Stops bleeding and regulates menstruation',
      'Relieves fullness of the chest and epigastrium',
    ],
    indications: [
      'Epigastric pain, vomiting and distension',
      'Abdominal pain, diarrhoea, dysentery',
      'Irregular or painful periods, uterine bleeding',
      'Pain of the heart and chest',
      'Restlessness and insomnia',
    ],
    commentary:
      'The connecting (luo) point of the spleen channel, linking it with the stomach, and the confluent point of the Penetrating Vessel (Chong Mai). Both roles point to the middle of the body: it relieves pain and fullness in the epigastrium and abdomen, and through the Penetrating Vessel it reaches the chest, the heart and the uterus.\n\nIt is most often used with PC6, the confluent point of the Yin Linking Vessel, a pair that treats the heart, chest and stomach together: nausea, a knotted feeling under the heart, and chest pain.\n\nThe name recalls the Yellow Emperor, whose family name was Gongsun, and is read as the point that governs the spleen channel’s network of branches.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the connecting vessel of foot taiyin.',
      },
      {
        work: 'Dou Hanqing, Zhen Jing Zhi Nan (Guide to the Classic of Acupuncture, 13th century)',
        note: 'Gives the eight confluent points, among them this one for the Penetrating Vessel.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold in the stomach and abdomen.' },
    classificationNotes: {
      connecting: 'Luo-connecting point of the spleen channel, to the stomach',
      confluent: 'Penetrating Vessel (Chong Mai)',
    },
  },
  SP5: {
    area: 'Ankle — medial, in front of and below the malleolus',
    location:
      'On the inner side of the foot, in front of and below the medial malleolus, in the hollow halfway between the tuberosity of the navicular and the prominence of the medial malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the prominence of the inner ankle bone and the knob of the navicular in front of it on the arch. The point is in the hollow halfway between them, roughly where a line along the front of the malleolus crosses one along its lower edge.',
    needling: { directions: 'Straight in, 0.3–0.5 cun, or transversely toward ST41 or KI6 for ankle pain.' },
    sensation: 'A local ache around the ankle.',
    safety: {},
    cautions: 'The long saphenous vein passes nearby; avoid it.',
    actions: ['Strengthens the spleen and resolves damp', 'Benefits the sinews and bones', 'Calms the mind', 'Benefits the ankle'],
    indications: [
      'Pain, swelling and sprain of the ankle',
      'Abdominal distension, borborygmus, diarrhoea or constipation',
      'Stiffness and pain of the root of the tongue',
      'Haemorrhoids',
    ],
    commentary:
      'The river point and metal point of the spleen channel. Metal is the child of earth, so this is the sedation point of the spleen under the mother–child rule.\n\nIn practice it is used most often as a local point for the medial ankle, and for damp in the spleen giving distension and loose or sluggish stools.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the river point of the spleen channel.',
      },
      {
        work: 'Nan Jing (Classic of Difficulties), difficulty 69',
        note: 'States the rule of reducing the child point, which makes this metal point the spleen’s sedation point.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  SP6: {
    area: 'Leg — medial, above the ankle',
    location: 'On the inner side of the leg, just behind the medial border of the tibia, 3 cun above the prominence of the medial malleolus.',
    convention: 'WHO 2008',
    howToLocate:
      'Place four fingers (3 cun) above the highest point of the inner ankle bone and feel for the back edge of the tibia. The point is in the slight hollow just behind that edge; it is often tender, especially before a period.',
    needling: { directions: 'Straight in, 1–1.5 cun, or obliquely upward to carry the sensation up the leg.' },
    sensation: 'A strong ache or electric feeling that can spread down to the sole or up toward the knee.',
    safety: { pregnancy: 'Traditionally forbidden in pregnancy: it promotes labour, especially with LI4.' },
    cautions: 'Do not needle during pregnancy, except by experienced practitioners to help labour at term. The great saphenous vein runs close by; avoid it.',
    actions: [
      'Strengthens the spleen and resolves damp',
      'Nourishes blood and yin',
      'Regulates the liver and kidneys',
      'Regulates menstruation and the uterus',
      'Benefits urination and the genitals',
      'Calms the mind',
    ],
    indications: [
      'Irregular, painful, absent or heavy periods',
      'Infertility and difficult or delayed labour',
      'Poor appetite, distension and loose stools',
      'Difficult urination, bed-wetting, impotence, seminal emission',
      'Insomnia and palpitations',
      'Itching and eczema of the skin',
    ],
    commentary:
      'One of the most used points of all. The three yin channels of the leg, spleen, liver and kidney, cross here, so one point reaches all three: digestion, the blood and the storing of essence. That makes it the first point for gynaecology, for menstrual problems of almost any kind, for fertility, and in labour.\n\nIt nourishes blood and yin, so it is chosen in sleep problems, dryness and hot flushes as well as in digestive weakness with damp. It also treats the lower burner: urination, the genitals and seminal problems.\n\nWith LI4 it moves qi and blood so strongly that the pair is used to bring on labour, and for the same reason it is avoided earlier in pregnancy.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point and its meeting of the three leg yin channels.',
      },
      {
        work: 'Zhen Jiu Da Cheng (Great Compendium of Acupuncture and Moxibustion, 1601)',
        note: 'Lists it among the nine points for returning the yang in collapse.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold in the uterus and spleen; not in pregnancy.', guaSha: 'Along the inner shin.' },
    classificationNotes: {
      meeting: 'Spleen, liver and kidney channels',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  SP7: {
    area: 'Leg — medial, lower half',
    location: 'On the inner side of the leg, just behind the medial border of the tibia, 6 cun above the prominence of the medial malleolus.',
    convention: 'WHO 2008',
    howToLocate: 'Measure 3 cun above SP6, keeping to the hollow just behind the back edge of the tibia.',
    needling: { directions: 'Straight in, 1–1.5 cun.' },
    sensation: 'A local ache spreading along the inner leg.',
    safety: {},
    cautions: 'Keep to the back edge of the tibia; the great saphenous vein runs nearby, so avoid visible veins and press after withdrawal.',
    actions: ['Strengthens the spleen and resolves damp', 'Promotes urination', 'Activates the channel'],
    indications: ['Abdominal distension and borborygmus', 'Difficult urination and oedema', 'Numbness, cold and pain of the knee and leg'],
    commentary:
      'A lesser local point of the inner leg between SP6 and SP8, used for damp in the spleen with abdominal distension, gurgling and water retention, and for cold, numb or aching legs.\n\nIt can be chosen instead of SP6 when that point is not to be used, for example for leg and digestive complaints in pregnancy, where SP6 is avoided. In practice the tender spot along the back edge of the tibia between the two neighbours is often the one to needle.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the inner leg.',
      },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  SP8: {
    area: 'Leg — medial, upper third',
    location: 'On the inner side of the leg, just behind the medial border of the tibia, 3 cun below SP9.',
    convention: 'WHO 2008',
    howToLocate:
      'Find SP9 in the hollow below the inner knee and measure 3 cun down along the back edge of the tibia. The point is often distinctly tender in painful periods.',
    needling: { directions: 'Straight in, 1–1.5 cun; strong stimulation for acute period pain.' },
    sensation: 'A strong ache that can spread up toward the knee or down the inner leg.',
    safety: {},
    cautions:
      'Keep to the back edge of the tibia and avoid the great saphenous vein. Strong stimulation can be uncomfortable: warn the patient, and let anyone who feels faint lie down.',
    actions: ['Regulates menstruation and relieves pain', 'Moves blood stasis in the uterus', 'Strengthens the spleen and resolves damp'],
    indications: ['Painful periods', 'Irregular periods and abdominal masses', 'Abdominal distension and poor appetite', 'Diarrhoea and oedema'],
    commentary:
      'The xi-cleft point of the spleen. Cleft points of the yin channels are used for bleeding and acute conditions of the blood, and this one is the main distal point for acute period pain, often needled strongly as the pain begins.\n\nIt also treats damp and water in the spleen.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Gives the xi-cleft points of the channels, this one among them.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold-type period pain.' },
    classificationNotes: { cleft: 'Xi-cleft point of the spleen channel' },
  },
  SP9: {
    area: 'Leg — medial, below the knee',
    location: 'On the inner side of the leg, in the hollow between the lower border of the medial condyle of the tibia and the medial border of the tibia.',
    convention: 'WHO 2008',
    howToLocate:
      'Slide a finger up the back edge of the tibia from the inner ankle. Where the bone flares out into the condyle below the knee, the finger stops in a hollow under the curve; the point is there.',
    needling: { directions: 'Straight in, 1–2 cun, toward GB34 on the outside of the leg.' },
    sensation: 'A strong ache spreading down the inner leg.',
    safety: {},
    cautions: 'The great saphenous vein runs near the point; avoid it.',
    actions: ['Resolves damp and drains water', 'Promotes urination', 'Strengthens the spleen', 'Benefits the lower burner', 'Benefits the knee'],
    indications: [
      'Oedema and swelling of the legs',
      'Difficult, painful or scanty urination',
      'Diarrhoea, abdominal distension',
      'Leucorrhoea and genital pain',
      'Jaundice',
      'Swelling and pain of the knee',
    ],
    commentary:
      'The sea point and water point of the spleen channel, and the chief point for damp: wherever damp or water collects, in the legs as oedema, in the bladder as difficult urination, in the bowels as loose stools, in the genitals as discharge, or in the joints as swelling, this is the point to drain it.\n\nIt is also a local point for the medial knee, and combined with GB34 opposite for knee problems.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 2',
        note: 'Lists it as the sea point of the spleen channel.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold damp; avoid in damp-heat.' },
    classificationNotes: {},
  },
  SP10: {
    area: 'Thigh — anteromedial, above the knee',
    location: 'On the front and inner side of the thigh, on the bulge of vastus medialis, 2 cun above the medial end of the base of the patella.',
    convention: 'WHO 2008',
    howToLocate:
      'Have the patient straighten the knee: vastus medialis bulges above the inner corner of the kneecap. Measure 2 cun up from that corner onto the bulge. A quick method: cup the patient’s kneecap in your opposite palm (right hand on the left knee), fingers up the thigh; the thumb, at about 45 degrees, rests on the point.',
    needling: { directions: 'Straight in, 1–1.5 cun (0.8–1.2 cun in some texts).' },
    sensation: 'A strong ache in the thigh, sometimes spreading to the knee.',
    safety: {},
    cautions:
      'Strong stimulation here aches a good deal; warn the patient. When bleeding and cupping, use a clean technique, keep the amount small and avoid it in patients with bleeding disorders or on anticoagulants.',
    actions: ['Cools the blood', 'Moves blood and dispels stasis', 'Regulates menstruation', 'Benefits the skin'],
    indications: [
      'Irregular, painful or absent periods; uterine bleeding',
      'Urticaria, eczema and itching of the skin',
      'Skin sores and boils',
      'Pain of the inner thigh and knee',
    ],
    commentary:
      'As the name says, a point for the blood. It cools hot blood, which rises to the skin as itching, hives and rashes, and it moves stagnant blood in the uterus, causing painful or irregular periods.\n\nWith LI11 and SP6 it is a standard combination for skin disease with heat and itching; with SP6 and SP8 for menstrual pain.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point above the knee.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For blood stasis with cold; not for heat in the blood.',
      cupping: 'Including bleeding cupping for hot skin disorders.',
      bloodletting: 'Pricking with cupping for heat in the blood.',
    },
    classificationNotes: {},
  },
  SP11: {
    area: 'Thigh — medial, upper third',
    location:
      'On the inner side of the thigh, a third of the way down the line from SP12 to the medial end of the base of the patella, between sartorius and adductor longus, over the femoral artery.',
    convention: 'WHO 2008 (junction of the upper third and lower two thirds of the SP12–patella line). Chinese texts often place it lower, 6 cun above SP10.',
    howToLocate:
      'Draw a line from SP12 in the groin to the inner corner of the top of the kneecap. At one third of the way down, feel the groove between sartorius and adductor longus, where the femoral pulse can be felt deep down; the point is there.',
    needling: {
      directions: 'Feel for the femoral pulse and keep clear of it; straight in, 0.3–0.5 cun (0.5–1 cun in some texts). No strong lifting and thrusting.',
    },
    sensation: 'Local distension spreading along the inner thigh.',
    safety: {
      vessel: 'The femoral artery and vein lie beneath the point.',
      classical_no_needling: 'Listed in classical texts among the points not to needle.',
    },
    cautions: 'Palpate the femoral artery and avoid it; press after withdrawal. Moxibustion is the traditional alternative.',
    actions: ['Promotes urination and drains damp-heat', 'Benefits the groin'],
    indications: ['Difficult urination and retention of urine', 'Bed-wetting', 'Swelling and pain of the groin', 'Swollen inguinal glands'],
    commentary:
      'A point of the inner thigh used for the lower burner: retention of urine, painful urination and bed-wetting, and swelling and pain in the groin.\n\nThe femoral vessels run beneath it, which is why the classics warned against needling it and why it is used relatively little; moxibustion was the traditional way to treat it. If it is needled, the artery is felt first and the needle kept shallow and clear of it. For urinary complaints most practitioners prefer SP9 and the lower abdominal points, which do the same work with less risk.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the inner thigh.',
      },
    ],
    therapyNotes: {
      moxibustion: 'The traditional method here.',
      cupping: 'Light suction only, over the vessels.',
      guaSha: 'Gentle strokes; the inner thigh bruises easily.',
    },
    classificationNotes: {},
  },
  SP12: {
    area: 'Groin — inguinal crease',
    location: 'In the groin, on the inguinal crease, just lateral to the femoral artery.',
    convention:
      'WHO 2008 (lateral to the femoral artery). Its height follows the Chinese standard: level with the upper border of the pubic symphysis, about 3.5 cun from the midline.',
    howToLocate:
      'Feel the femoral pulse in the middle of the groin crease, with the patient lying flat and the thigh relaxed. The point is on the crease just outside the pulse.',
    needling: { directions: 'Palpate the artery and keep lateral to it; straight in, 0.5–1 cun.' },
    sensation: 'Distension spreading into the groin and lower abdomen.',
    safety: {
      vessel: 'The femoral artery lies immediately medial to the point.',
      nerve: 'The femoral nerve runs just lateral to the artery, close beneath the point.',
      pregnancy: 'A point of the lower abdomen and groin: avoided in pregnancy.',
    },
    cautions: 'Locate the artery first and stay lateral to it; withdraw if a sharp pain shoots down the front of the thigh. Not in pregnancy.',
    actions: ['Regulates qi and relieves pain', 'Drains damp and promotes urination', 'Moves stagnation in the lower abdomen'],
    indications: ['Abdominal pain and masses', 'Hernia pain', 'Difficult urination', 'Leucorrhoea and uterine bleeding'],
    commentary:
      'Where the spleen channel enters the abdomen. It is used for pain, masses and stagnation in the lower belly and groin, for hernia pain, and for urinary and gynaecological complaints such as discharge and uterine bleeding.\n\nThe name describes the qi surging through the groin, like the pulse of the artery beside it. That artery, and the femoral nerve beside it, are the reason it is needled only after careful palpation, keeping lateral to the pulse; for most lower abdominal complaints points higher on the abdomen are easier to use.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point in the groin.',
      },
    ],
    therapyNotes: {
      cupping: 'The groin crease gives a poor seal.',
      guaSha: 'Light strokes, no pressure over the artery.',
      moxibustion: 'A stick for cold pain in the groin and lower abdomen; not in pregnancy.',
    },
    classificationNotes: { meeting: 'Spleen and liver channels' },
  },
  SP13: {
    area: 'Lower abdomen — lateral',
    location: 'On the lower abdomen, 4.3 cun below the centre of the umbilicus and 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'On the midclavicular line (4 cun from the midline), measure 4.3 cun down from the level of the navel; the point lies a little above and outside SP12.',
    needling: { directions: 'Straight in, 1–1.5 cun (0.7–1 cun in some texts); less in thin patients.' },
    sensation: 'Local distension in the lower abdomen.',
    safety: { pregnancy: 'A lower abdominal point: not needled in pregnancy.' },
    cautions: 'Not in pregnancy. Have the patient empty the bladder first and keep to the shallower depth in thin patients; the bowel lies close beneath.',
    actions: ['Regulates qi and relieves pain', 'Moves stagnation and dissolves masses'],
    indications: ['Lower abdominal pain', 'Hernia pain', 'Abdominal masses', 'Constipation'],
    commentary:
      'A local point for pain and masses in the lower abdomen, for hernia pain and for constipation. Here the spleen channel meets the liver channel and the Yin Linking Vessel, and from here the vessels are said to pass deep into the abdomen.\n\nIt is chosen by palpation when pain or a hard, tender area lies low and to the side of the abdomen, above the groin. It is needled with the patient lying relaxed, and kept shallower in thin patients.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the lower abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'A stick or a box for cold pain in the lower abdomen; not in pregnancy.' },
    classificationNotes: { meeting: 'Spleen and liver channels with the Yin Linking Vessel (Yin Wei Mai)' },
  },
  SP14: {
    area: 'Abdomen — lateral, below the umbilical level',
    location: 'On the lower abdomen, 1.3 cun below the centre of the umbilicus and 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'On the midclavicular line, 1.3 cun below SP15 (which is level with the navel).',
    needling: { directions: 'Straight in, 1–1.5 cun; less in thin patients.' },
    sensation: 'Local distension.',
    safety: { pregnancy: 'A lower abdominal point: not needled in pregnancy.' },
    cautions: 'Not in pregnancy. Keep shallower in thin patients, in whom the bowel lies close beneath the wall of the abdomen.',
    actions: ['Regulates qi in the intestines', 'Warms the abdomen and relieves pain'],
    indications: ['Pain around the navel', 'Diarrhoea and dysentery', 'Constipation', 'Hernia pain'],
    commentary:
      'A local point for the bowels, used for pain around the navel and for both loose stools and constipation, particularly when the abdomen feels cold and knotted.\n\nIt is often chosen by palpation, when the left side is tender over a sluggish descending colon; needled with SP15 above it and ST25, it moves the bowels. Moxibustion suits the cold, cramping type of pain.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'For cold abdominal pain and diarrhoea; not in pregnancy.' },
    classificationNotes: {},
  },
  SP15: {
    area: 'Abdomen — lateral, level with the umbilicus',
    location: 'On the abdomen, level with the centre of the umbilicus, 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008; the 4-cun line is the midclavicular line.',
    howToLocate:
      'Move sideways from the navel to the midclavicular line, 4 cun from the midline; the point is usually just outside the lateral edge of the rectus abdominis.',
    needling: { directions: 'Straight in, 1–1.5 cun (0.7–1.2 cun in some texts); less in thin patients.' },
    sensation: 'A heavy distension spreading across the abdomen.',
    safety: { pregnancy: 'Abdominal points are avoided in pregnancy, above all after the third month.' },
    cautions: 'Not in pregnancy. Keep shallower in thin patients; the bowel lies close beneath.',
    actions: ['Regulates qi and moves the intestines', 'Strengthens the spleen and the limbs', 'Resolves damp'],
    indications: [
      'Constipation, especially from weakness in the elderly',
      'Diarrhoea and dysentery',
      'Lower abdominal pain',
      'Weakness and heaviness of the limbs',
    ],
    commentary:
      'The most used spleen point on the abdomen. It regulates the large intestine and is paired with ST25 on the same horizontal line for constipation, especially the kind caused by weak qi rather than heat, as in elderly or convalescent patients.\n\nIt is a meeting point of the spleen channel with the Yin Linking Vessel, and also treats heavy, weak limbs from spleen deficiency. For chronic diarrhoea with cold it is warmed with moxa rather than needled strongly.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'For chronic diarrhoea and cold in the abdomen; not in pregnancy.' },
    classificationNotes: { meeting: 'Spleen channel and Yin Linking Vessel (Yin Wei Mai)' },
  },
  SP16: {
    area: 'Upper abdomen — lateral',
    location: 'On the upper abdomen, 3 cun above the centre of the umbilicus and 4 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'On the midclavicular line, 3 cun above the level of the navel, level with CV11; it often lies near the lower edge of the rib cage.',
    needling: {
      directions: 'Straight in, 0.7–1 cun. Shallower on the right if the liver or gall bladder is enlarged.',
    },
    sensation: 'Local distension in the upper abdomen.',
    safety: {
      organ: 'On the right, the liver edge and gall bladder lie close; do not needle deep.',
      pregnancy: 'An abdominal point: the atlas flags every point of the abdomen from the level of CV14 down. Do not needle in pregnancy.',
    },
    cautions: 'Palpate for an enlarged liver or gall bladder on the right before needling.',
    actions: ['Regulates the intestines', 'Helps digestion and relieves pain'],
    indications: ['Abdominal pain around the navel', 'Indigestion with undigested food in the stool', 'Constipation', 'Dysentery with blood and pus'],
    commentary:
      'A local point for the digestion, used for cramping pain and poor digestion with undigested food.\n\nThe name, abdominal lament, refers to the cries of pain it treats. It is a meeting point of the spleen channel with the Yin Linking Vessel.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the upper abdomen.',
      },
    ],
    therapyNotes: { moxibustion: 'Not in pregnancy.' },
    classificationNotes: { meeting: 'Spleen channel and Yin Linking Vessel (Yin Wei Mai)' },
  },
  SP17: {
    area: 'Chest — fifth intercostal space, lateral',
    location: 'On the chest, in the fifth intercostal space, 6 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the fifth intercostal space on the midclavicular line (one space below the nipple in men, ST18) and follow it 2 cun further out toward the side of the chest.',
    needling: {
      directions: 'Obliquely or transversely along the intercostal space toward the side, 0.5–0.8 cun. Never perpendicular and deep.',
    },
    sensation: 'Local distension along the rib space.',
    safety: { lung: 'The pleura lies under the intercostal space; deep needling can cause a pneumothorax.' },
    cautions: 'Oblique or transverse only, along the space, in every patient.',
    actions: ['Opens the chest and relieves fullness', 'Lowers rebellious qi', 'Helps digestion and drains fluid'],
    indications: ['Fullness and pain of the chest and ribs', 'Belching and acid reflux', 'Abdominal distension with gurgling of fluid', 'Oedema'],
    commentary:
      'The first of the spleen channel’s chest points, on the line 6 cun from the midline. It is used for fullness in the chest and flanks and for food and fluid that do not move down, shown by belching and a sloshing, distended belly.\n\nAs with all points over the ribs, shallow oblique needling is essential.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the side of the chest.',
      },
    ],
    therapyNotes: { cupping: 'Small cups only on a well-covered chest.', guaSha: 'Along the intercostal space.' },
    classificationNotes: {},
  },
  SP18: {
    area: 'Chest — fourth intercostal space, lateral',
    location: 'On the chest, in the fourth intercostal space, 6 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'In men, go 2 cun straight out from the nipple along the fourth intercostal space. In women, follow the fourth space by counting ribs.',
    needling: { directions: 'Obliquely or transversely along the intercostal space toward the side, 0.5–0.8 cun.' },
    sensation: 'Local distension spreading along the rib space or into the breast.',
    safety: { lung: 'The pleura lies under the intercostal space; deep needling can cause a pneumothorax.' },
    cautions:
      'Oblique or transverse only, along the rib space; the pleura lies close beneath. Take extra care in thin patients, and do not needle into inflamed breast tissue.',
    actions: ['Opens the chest and lowers rebellious qi', 'Benefits the breasts and promotes lactation'],
    indications: ['Fullness and pain of the chest', 'Cough and hiccup', 'Breast abscess and breast pain', 'Insufficient breast milk'],
    commentary:
      'A local point for the chest and the outer part of the breast: cough, hiccup and a tight chest, and breast pain, swelling, abscess or poor milk flow.\n\nThe name pictures the qi flowing along the rib spaces like a stream in a ravine. For the breast it is combined with CV17 and ST18; it is needled shallowly along the rib space, never into the chest.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the side of the chest.',
      },
    ],
    therapyNotes: { cupping: 'Not over breast tissue.', guaSha: 'Along the intercostal space.' },
    classificationNotes: {},
  },
  SP19: {
    area: 'Chest — third intercostal space, lateral',
    location: 'On the chest, in the third intercostal space, 6 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate:
      'Count down to the third intercostal space (one space above the nipple in men) and follow it to 6 cun from the midline, near the front of the armpit.',
    needling: { directions: 'Obliquely or transversely along the intercostal space toward the side, 0.5–0.8 cun.' },
    sensation: 'Local distension spreading along the rib space.',
    safety: { lung: 'The pleura lies under the intercostal space; deep needling can cause a pneumothorax.' },
    cautions: 'Oblique or transverse only, along the rib space; the pleura lies close beneath, and thin patients need particular care.',
    actions: ['Opens the chest and regulates qi', 'Relieves pain of the chest and flanks'],
    indications: ['Fullness and pain of the chest and flanks', 'Chest pain spreading to the back', 'Pain that prevents lying down or turning over'],
    commentary:
      'A local point for pain in the chest wall and flanks, especially pain that spreads through to the back and makes it hard to lie down or turn in bed.\n\nIt is used mainly when tender on palpation, together with the other points on the side of the chest; it adds little beyond its local effect. As over all the ribs, the needle stays shallow and follows the rib space.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the side of the chest.',
      },
    ],
    therapyNotes: { cupping: 'Small cups only on a well-covered chest.', guaSha: 'Along the intercostal space.' },
    classificationNotes: {},
  },
  SP20: {
    area: 'Chest — second intercostal space, lateral',
    location: 'On the chest, in the second intercostal space, 6 cun lateral to the anterior midline.',
    convention: 'WHO 2008',
    howToLocate: 'Find the second rib at the sternal angle, follow the space below it outward to 6 cun from the midline, about 1 cun below LU1.',
    needling: { directions: 'Obliquely or transversely along the intercostal space toward the side, 0.5–0.8 cun.' },
    sensation: 'Local distension over the upper chest.',
    safety: { lung: 'The lung lies close under the upper chest wall; deep needling can cause a pneumothorax.' },
    cautions: 'Oblique or transverse only; take special care in thin patients.',
    actions: ['Opens the chest and lowers rebellious qi', 'Transforms phlegm and stops cough'],
    indications: ['Cough with copious or purulent phlegm', 'Fullness of the chest and flanks', 'Difficulty swallowing', 'Wheezing'],
    commentary:
      'The highest spleen point on the chest, close to LU1 and used in much the same way: cough with copious phlegm, wheezing and a full chest.\n\nFrom here the channel turns down again to end at SP21 on the side of the chest. In practice it is chosen when the upper outer chest is tender in cough, and needled shallowly along the rib space, since the lung lies close beneath.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, c. 259 CE)',
        note: 'Records the point on the upper chest.',
      },
    ],
    therapyNotes: { cupping: 'Small cups only on a well-covered chest.', guaSha: 'Along the intercostal space.' },
    classificationNotes: {},
  },
  SP21: {
    area: 'Chest — lateral, midaxillary line',
    location: 'On the side of the chest, in the sixth intercostal space, on the midaxillary line.',
    convention: 'WHO 2008. Older texts place it 6 cun below the armpit, which falls in about the same place.',
    howToLocate:
      'With the arm raised, drop a vertical line from the centre of the armpit down the side of the chest and count the rib spaces along it; the point is in the sixth, roughly halfway between the armpit and the free end of the eleventh rib.',
    needling: {
      directions: 'Obliquely or transversely along the intercostal space, 0.5–0.8 cun. Never perpendicular and deep.',
    },
    sensation: 'Distension spreading around the side of the chest.',
    safety: { lung: 'The lung lies directly under the side of the chest; deep needling can cause a pneumothorax.' },
    cautions: 'Oblique or transverse along the rib space only; the chest wall is thin on the side.',
    actions: ['Moves qi and blood through the network vessels', 'Relieves pain throughout the body', 'Strengthens slack, weak limbs', 'Opens the chest'],
    indications: [
      'Aching and pain all over the body',
      'Weakness and slackness of all the joints and limbs',
      'Pain of the chest and flanks',
      'Cough and shortness of breath',
    ],
    commentary:
      'The last point of the spleen channel and the great connecting (luo) point of the spleen, a network vessel that spreads over the chest and flanks and is said to gather the blood of all the small connecting vessels.\n\nThe Ling Shu gives it two opposite patterns: when it is full, the whole body aches; when it is empty, all the joints go slack. Practitioners use it accordingly for widespread pain that moves about, and for generalised weakness.\n\nIt is also the exit point of the spleen channel: from here the qi passes to the heart channel at HT1.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names it as the great connecting vessel of the spleen and describes its full and empty patterns.',
      },
    ],
    therapyNotes: {
      cupping: 'Over the side of the chest for generalised aching.',
      guaSha: 'Along the rib spaces on the side of the chest.',
    },
    classificationNotes: { connecting: 'Great luo-connecting point of the spleen', exit: 'Hands on to the heart channel at HT1' },
  },
};
