import type { PointTextsByCode } from '../../textsSchema.ts';

/** Governor Vessel, GV1–GV28: the English texts, in our own words. */
export const governorVesselTexts: PointTextsByCode = {
  GV1: {
    area: 'Perineum — below the tip of the coccyx',
    location: 'Below the tip of the coccyx on the midline, halfway between the coccyx tip and the anus.',
    convention:
      'WHO 2008. The figure has no anus landmark, so the rule goes one third of the way from the coccyx tip to the centre of the perineum, which is about halfway to the anus on an average build.',
    howToLocate:
      'With the patient prone or in the knee–chest position, follow the sacrum down to the coccyx and feel for its tip. The point is in the soft hollow just beyond the tip, about halfway between it and the anal margin.',
    needling: {
      directions:
        'Slant the needle upward so that it runs close in front of the coccyx, roughly parallel to it, 0.5–1 cun (some texts go to 1.5 cun). Never drive it straight forward toward the rectum.',
    },
    sensation: 'A heavy, distending ache around the coccyx and anus, sometimes spreading up into the sacrum.',
    safety: {
      organ: 'The rectum lies just in front of the coccyx; a needle aimed forward can enter it.',
      pregnancy: 'A pelvic-floor point at the base of the spine, in the region traditional lists avoid in pregnancy.',
    },
    cautions:
      'Keep the needle hugging the front of the coccyx. Clean the skin thoroughly: the area is close to the anus and easily infected. Not in pregnancy. Explain the location before treating and keep the patient draped.',
    actions: [
      'Regulates the governor and conception vessels',
      'Clears damp-heat from the lower burner',
      'Benefits the anus and stops bleeding from haemorrhoids',
      'Settles convulsions and calms the mind',
      'Eases pain of the coccyx and lower spine',
    ],
    indications: [
      'Haemorrhoids, prolapse of the rectum, rectal bleeding',
      'Diarrhoea, dysentery, constipation',
      'Pain of the coccyx, sacrum or lower back',
      'Epilepsy, convulsions in children',
      'Itching or dampness of the perineum and genitals',
    ],
    commentary:
      'The governor vessel surfaces here at the bottom of the spine and climbs the back to the head, so its first point is also its connecting point: from here a branch spreads over the back and joins the conception vessel.\n\nIn the clinic it is a local point for the anus and rectum, above all for haemorrhoids and prolapse, and for coccyx pain after a fall. Its older use for convulsions and mania follows the vessel up into the brain.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 10',
        note: 'Names Changqiang as the connecting (luo) point of the governor vessel and describes the disorders of that collateral.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick held nearby for prolapse and chronic cold diarrhoea; cones are impractical here. Not in pregnancy.',
      cupping: 'No flat surface for a cup.',
    },
    classificationNotes: {
      connecting: 'Luo-connecting point of the governor vessel',
      meeting: 'Governor vessel with the kidney and gallbladder channels (some texts add the conception vessel)',
    },
  },
  GV2: {
    area: 'Sacrum — midline, at the sacral hiatus',
    location: 'On the midline of the sacrum, in the sacral hiatus.',
    convention: 'WHO 2008',
    howToLocate:
      'Slide a finger down the median crest of the sacrum. Just above the top of the buttock cleft the crest ends in a small notch framed by two bony knobs (the sacral cornua); the point lies in that notch.',
    needling: {
      directions: 'Angle the needle upward into the hiatus, 0.5–1 cun. Do not push on if the tip meets resistance or the patient feels shooting pain.',
    },
    sensation: 'Local distension over the sacrum, sometimes spreading to the buttocks or down the legs.',
    safety: {
      nerve: 'The hiatus opens into the sacral canal, which holds the lowest nerve roots; keep the needle short.',
      pregnancy: 'Lumbosacral points are on the traditional list to avoid in pregnancy.',
    },
    cautions: 'Stop if an electric sensation shoots into the legs or perineum. Avoid in pregnancy.',
    actions: [
      'Strengthens the lower back and spine',
      'Expels wind-damp and cold from the lumbar region',
      'Regulates menstruation',
      'Clears heat from the lower burner',
    ],
    indications: ['Lower back and sacral pain, stiff spine', 'Weakness, numbness or pain of the legs', 'Irregular menstruation', 'Haemorrhoids', 'Epilepsy'],
    commentary:
      'A local point for the sacrum and the lumbar spine, used where pain sits low, across the sacrum, or where the legs feel weak and cold. It is a natural partner for GV3 and GV4 when the whole lower back is treated.\n\nThe sacral hiatus is also where anaesthetists place a caudal block, a reminder that the spinal canal is close beneath the skin.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Cones on ginger or a moxa box over the sacrum for cold pain; not in pregnancy.',
      cupping: 'A medium cup sits well on the flat sacrum.',
      guaSha: 'Downward strokes along the sacral midline.',
    },
    classificationNotes: {},
  },
  GV3: {
    area: 'Lower back — midline, below L4',
    location: 'On the posterior midline of the lower back, in the hollow below the spinous process of the fourth lumbar vertebra (L4).',
    convention: 'WHO 2008',
    howToLocate:
      'Rest the hands on the highest points of the two iliac crests; the line between them crosses the spine at about the L4 spinous process. Feel for the gap just below that process.',
    needling: {
      directions: 'Insert between the spinous processes with the tip slanted a little upward, 0.5–1 cun; the interspinous gap guides the needle.',
    },
    sensation: 'A local ache or distension, sometimes spreading across the lower back or down the legs.',
    safety: {
      nerve: 'The dural sac with the cauda equina lies beyond the interspinous ligaments; do not needle deep.',
      pregnancy: 'Lumbosacral points are on the traditional list to avoid in pregnancy.',
    },
    cautions: 'Stay within 1 cun and stop at any sharp, shooting pain. Avoid in pregnancy.',
    actions: ['Strengthens the lower back and legs', 'Expels wind-damp and cold', 'Regulates the lower burner and the reproductive organs'],
    indications: [
      'Lower back pain and stiffness',
      'Painful obstruction, weakness or numbness of the legs',
      'Impotence, seminal emission',
      'Irregular menstruation, vaginal discharge',
    ],
    commentary:
      'Level with the iliac crests, this is the main governor-vessel point for pain in the lower lumbar spine, especially pain that worsens with cold and damp weather or that spreads into the legs.\n\nWarming it with moxa also supports the lower burner, so it appears in treatments for reproductive weakness alongside GV4 and BL23.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Cones or a box for chronic cold low back pain; not in pregnancy.',
      cupping: 'Cups beside and over the lumbar midline, or sliding cupping.',
      bloodletting: 'Pricking and cupping for acute sprain with local stasis.',
    },
    classificationNotes: {},
  },
  GV4: {
    area: 'Lower back — midline, below L2',
    location: 'On the posterior midline of the lower back, in the hollow below the spinous process of the second lumbar vertebra (L2).',
    convention: 'WHO 2008',
    howToLocate:
      'Find L4 on the line between the iliac crests and count two spinous processes up to L2. The point is in the gap just below it, level with BL23 on either side; in many people it lies roughly opposite the navel.',
    needling: {
      directions: 'Insert between the spinous processes, tip slanted slightly upward, 0.5–1 cun. Moxibustion is used at least as often as the needle.',
    },
    sensation: 'A deep ache or warmth in the lower back, sometimes spreading around the waist or toward the abdomen.',
    safety: {
      nerve: 'At this level the spinal canal holds the lower end of the spinal cord and the cauda equina; stay shallow.',
      pregnancy: 'Lumbosacral points are on the traditional list to avoid in pregnancy.',
    },
    cautions:
      'Do not needle beyond 1 cun. Use strong moxibustion with care where there is heat from yin deficiency (night sweats, red tongue without coat). Avoid in pregnancy.',
    actions: [
      'Tonifies kidney yang and warms the fire of the gate of life',
      'Strengthens the lower back and knees',
      'Secures essence and stops leakage',
      'Warms and expels cold',
      'Supports the original qi',
    ],
    indications: [
      'Chronic low back pain worse for cold and fatigue',
      'Impotence, premature ejaculation, infertility from cold',
      'Frequent clear urination, bedwetting',
      'Chronic early-morning diarrhoea',
      'Cold limbs, exhaustion, aversion to cold',
      'Chronic vaginal discharge',
    ],
    commentary:
      'The point sits on the spine between the two kidney back-shu points (BL23), and its name ties it to the "gate of life": the warming, activating fire that later theory placed between the kidneys and regarded as the root of the body\'s yang.\n\nIt is therefore the governor-vessel point for cold and depleted yang — a cold, aching lower back, impotence, clear copious urine, diarrhoea at dawn, a constant feeling of cold. Moxibustion is the classic way to use it, often together with BL23 and CV4 in front.\n\nBecause it warms so strongly, practitioners hold back when heat signs dominate; in that case the kidney yin is nourished first.',
    classicalSources: [
      {
        work: 'Nan Jing (Classic of Difficulties), chapter 36',
        note: 'Develops the idea of the gate of life as a second, fiery aspect of the kidneys, the concept this point is later named after.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Cones on ginger or aconite cake, or a moxa box; the main way the point is used for yang deficiency. Not in pregnancy.',
      guaSha: 'Gentle strokes only; the point is usually tonified, not drained.',
    },
    classificationNotes: {},
  },
  GV5: {
    area: 'Lower back — midline, below L1',
    location: 'On the posterior midline of the lower back, in the hollow below the spinous process of the first lumbar vertebra (L1).',
    convention: 'WHO 2008',
    howToLocate: 'Locate L2 (see GV4) and move up one spinous process to L1. The point is in the gap just below L1.',
    needling: { directions: 'Slant slightly upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache or distension across the upper lumbar spine.',
    safety: {
      nerve: 'The lower tip of the spinal cord lies in the canal at about this level; never needle deep.',
      pregnancy: 'Lumbar points are on the traditional list to avoid in pregnancy.',
    },
    cautions: 'Do not exceed 1 cun; withdraw at once if an electric sensation runs down the legs. Avoid in pregnancy.',
    actions: ['Strengthens the lumbar spine', 'Supports the spleen and stops diarrhoea', 'Relieves abdominal pain'],
    indications: ['Stiffness and pain of the lumbar spine', 'Diarrhoea with undigested food', 'Abdominal pain and distension', 'Prolapse of the rectum'],
    commentary:
      'At the junction of the thoracic and lumbar spine, this point is used for stiffness at that hinge and, like the back-shu points of the spleen and stomach region, for chronic diarrhoea and undigested food in the stool.\n\nIts name describes the position: the "pivot" on which the lower back turns while the body is held suspended above it.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'For cold diarrhoea and a weak, aching back; not in pregnancy.' },
    classificationNotes: {},
  },
  GV6: {
    area: 'Back — midline, below T11',
    location: 'On the posterior midline of the back, in the hollow below the spinous process of the eleventh thoracic vertebra (T11).',
    convention: 'WHO 2008',
    howToLocate: 'Count up from L1 (see GV5): T12, then T11. The point is in the gap below T11, level with the spleen back-shu points (BL20).',
    needling: { directions: 'Slant upward between the spinous processes, following their downward tilt, 0.5–1 cun.' },
    sensation: 'A local ache, sometimes spreading around the lower ribs.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.' },
    cautions: 'Keep within 1 cun. Several older texts advise against moxibustion here; apply it, if at all, gently.',
    actions: ['Strengthens the spleen and resolves dampness', 'Benefits the spine', 'Calms convulsions'],
    indications: ['Diarrhoea, poor appetite, jaundice', 'Haemorrhoids, prolapse of the rectum in children', 'Stiffness and pain of the back', 'Epilepsy'],
    commentary:
      'Sitting in the middle of the spine by the old count of its vertebrae, this point shares the level of BL20, the spleen back-shu point, and takes on its use for dampness: loose stools, jaundice, heaviness.\n\nIt is a minor point, usually added to a treatment of the spleen and stomach or to a chain of points along a stiff back.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Puts Jizhong on its list of points that must not be given moxibustion, the origin of the later caution about moxa here.',
      },
    ],
    therapyNotes: { moxibustion: 'Older sources list it as unsuitable for moxibustion; modern use is mild.' },
    classificationNotes: {},
  },
  GV7: {
    area: 'Back — midline, below T10',
    location: 'On the posterior midline of the back, in the hollow below the spinous process of the tenth thoracic vertebra (T10).',
    convention: 'WHO 2008',
    howToLocate: 'Find T11 (see GV6) and move up one spinous process to T10. The point is in the gap below T10, level with BL19.',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local dull ache in the mid-back.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.' },
    cautions:
      'Keep within 1 cun and keep the needle slanted upward between the spinous processes; the spinal cord lies beneath. Stop at once if an electric sensation runs around the trunk or into the legs. Cupping and moxa along the midline are safe alternatives.',
    actions: ['Harmonises the middle burner', 'Benefits the spine and relieves back pain'],
    indications: ['Epigastric pain, poor appetite, vomiting', 'Jaundice', 'Stiffness and pain of the mid-back'],
    commentary:
      'A point of modest importance in the middle of the back. It lies level with the gallbladder back-shu point (BL19) and is used with the neighbouring points of the middle back for digestive complaints — epigastric pain, poor appetite, vomiting — and for jaundice, where it supports the points of the liver and gallbladder.\n\nIt is rarely chosen on its own. Palpate the middle back: when the hollow below T10 is the tender one, it earns its place, and it is then a good local point for stiffness at this level. Moxa or cupping along the midline serves as well as the needle.',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  GV8: {
    area: 'Back — midline, below T9',
    location: 'On the posterior midline of the back, in the hollow below the spinous process of the ninth thoracic vertebra (T9).',
    convention: 'WHO 2008',
    howToLocate:
      'Start at T7, level with the lower angles of the shoulder blades (see GV9), and count down two spinous processes to T9. The point is in the gap below T9, level with the liver back-shu points (BL18).',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache, at times spreading along the spine.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.' },
    cautions:
      'Keep within 1 cun and slant the needle upward along the spinous processes; the spinal cord lies beneath. Withdraw at once if an electric sensation runs around the ribs or into the legs. In a patient prone to convulsions, treat lying down.',
    actions: ['Relaxes the sinews and stops spasm', 'Pacifies liver wind', 'Calms the mind'],
    indications: ['Epilepsy, convulsions, rigidity of the spine', 'Spasm and stiffness of the back', 'Mania, agitation', 'Epigastric pain'],
    commentary:
      "The name points to its use: the sinews (tendons and muscles) that have tightened and will not let go. Sharing a level with BL18, the liver back-shu point, it addresses the liver's hold over the sinews and its tendency to stir up wind, hence its place in treatments for convulsions, arching of the back and spasm.\n\nToday it is mostly chosen for spasm and rigidity of the back muscles, for muscular tension that comes with stress and irritability, and as a supporting point in epilepsy. Prefer it to its neighbours when the complaint is cramping or stiffness rather than dull pain, and combine it with BL18 on either side.",
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  GV9: {
    area: 'Back — midline, below T7',
    location: 'On the posterior midline of the back, in the hollow below the spinous process of the seventh thoracic vertebra (T7).',
    convention: 'WHO 2008',
    howToLocate:
      'With the arms hanging loosely, the line joining the lower angles of the two shoulder blades crosses the spine at about T7. The point is in the gap just below that spinous process, level with BL17.',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache that may spread around the ribs toward the chest.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.' },
    cautions:
      'Keep within 1 cun and slant the needle upward between the spinous processes; the spinal cord lies beneath. Withdraw at once at any electric sensation. Firm finger pressure is a safe first-aid alternative for acute epigastric pain.',
    actions: ['Regulates the liver and gallbladder and clears damp-heat', 'Opens the chest and diaphragm', 'Relieves pain in the epigastrium and back'],
    indications: ['Jaundice', 'Fullness and pain of the chest and flanks', 'Cough, wheezing', 'Epigastric pain', 'Stiffness and pain of the back, heavy limbs'],
    commentary:
      'The governor vessel climbs out of the "yin" part of the back below the diaphragm into the "yang" part above it, and this point marks the arrival — hence the name. It is the main governor-vessel point for jaundice and damp-heat of the liver and gallbladder.\n\nIt is often tender in people with stomach or gallbladder pain, and in Chinese practice firm pressure on it is a common first-aid measure for an acute epigastric spasm.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'Pricking and cupping in damp-heat patterns.' },
    classificationNotes: {},
  },
  GV10: {
    area: 'Back — midline, below T6',
    location: 'On the posterior midline of the back, in the hollow below the spinous process of the sixth thoracic vertebra (T6).',
    convention: 'WHO 2008',
    howToLocate: 'Find T7 at the level of the lower shoulder-blade angles (see GV9) and move up one spinous process to T6. The point is in the gap below T6.',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache between the shoulder blades.',
    safety: {
      nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.',
      classical_no_needling: 'Older texts count it among the points that should not be needled.',
    },
    cautions: 'Keep within 1 cun. Note the classical prohibition; many practitioners use moxa or pricking here instead.',
    actions: ['Clears heat and resolves toxic swellings', 'Stops cough and wheezing', 'Relieves pain of the back'],
    indications: ['Boils and carbuncles, especially on the back', 'Cough, wheezing', 'Stiffness and pain of the back and neck', 'Fever'],
    commentary:
      'Its chief traditional use is for boils, carbuncles and furuncles, for which it is often pricked to bleed. It also helps chronic cough and wheezing with back pain between the shoulder blades.\n\nOlder sources warn against needling it; in practice it is needled shallowly or treated with moxa and bleeding.',
    classicalSources: [],
    therapyNotes: { bloodletting: 'Pricking and cupping for boils and heat.' },
    classificationNotes: {},
  },
  GV11: {
    area: 'Back — midline, below T5',
    location: 'On the posterior midline of the back, in the hollow below the spinous process of the fifth thoracic vertebra (T5).',
    convention: 'WHO 2008',
    howToLocate:
      'Count up two spinous processes from T7 (level with the lower shoulder-blade angles) to T5. The point is in the gap below T5, level with the heart back-shu points (BL15).',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache, sometimes felt through toward the chest.',
    safety: {
      nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.',
      classical_no_needling: 'Older texts count it among the points that should not be needled.',
    },
    cautions: 'Keep within 1 cun. Note the classical prohibition; moxa is a common substitute.',
    actions: ['Calms the mind and steadies the heart', 'Clears heat', 'Relieves pain and stiffness of the spine'],
    indications: ['Palpitations, anxiety, poor memory, insomnia', 'Convulsions in children, epilepsy', 'Cough', 'Stiffness and pain of the back'],
    commentary:
      "Level with the heart back-shu points, this point carries the governor vessel's link to the heart and the mind (shen). It is chosen for nervousness, palpitations and poor memory, and was used in children for fright and convulsions.\n\nIt combines naturally with BL15 on either side.",
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  GV12: {
    area: 'Upper back — midline, below T3',
    location: 'On the posterior midline of the upper back, in the hollow below the spinous process of the third thoracic vertebra (T3).',
    convention: 'WHO 2008',
    howToLocate:
      'The inner ends of the two scapular spines lie at about the level of T3. Find that spinous process, or count down three from C7, and press into the gap just below it. BL13, the lung back-shu point, lies on the same level.',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache that may spread across the upper back.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.' },
    cautions: 'Keep within 1 cun. For children, moxa or massage is preferred to needling.',
    actions: [
      'Clears heat from the lungs and stops cough',
      'Calms the mind and stops convulsions',
      "Strengthens the body and supports children's constitution",
      'Relieves stiffness of the back',
    ],
    indications: ['Cough, wheezing, fever', 'Epilepsy, convulsions in children, agitation', 'Stiffness and pain of the upper back', 'Boils and skin eruptions'],
    commentary:
      'The "pillar of the body" is used for lung heat and cough and, along with GV11 and GV14, for agitation and convulsions.\n\nIn Japanese practice it is the classic point for gentle moxa in small children, given to strengthen a weak constitution and prevent frequent illness.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Very gentle, brief moxa in children to build resistance.',
      bloodletting: 'Pricking and cupping for lung heat.',
    },
    classificationNotes: {},
  },
  GV13: {
    area: 'Upper back — midline, below T1',
    location: 'On the posterior midline of the upper back, in the hollow below the spinous process of the first thoracic vertebra (T1).',
    convention: 'WHO 2008',
    howToLocate:
      'Find C7, the prominent spinous process at the base of the neck that moves when the head turns, and the next one down, T1. The point is in the gap below T1.',
    needling: { directions: 'Slant upward between the spinous processes, 0.5–1 cun.' },
    sensation: 'A local ache, sometimes spreading over the shoulders.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; a deep needle can reach it.' },
    cautions:
      'Keep within 1 cun, slant upward and never thrust; the spinal cord lies beneath at the base of the neck. Withdraw at once if an electric sensation shoots into the arms or legs. For fever, pricking and cupping serve well without deep needling.',
    actions: ['Clears heat and releases the exterior', 'Regulates alternating chills and fever', 'Calms the mind', 'Relieves stiffness of the neck and back'],
    indications: ['Fever with chills, malaria-like alternating fever', 'Headache, stiff neck', 'Stiffness of the spine', 'Restlessness, mania'],
    commentary:
      'A close neighbour of GV14 with similar uses, mostly for fever and for fever that alternates with chills. It meets the bladder channel here, the channel that first bears the brunt of wind and cold, so it also releases a stiff neck and headache at the start of a cold.\n\nWhere GV14 is tender, bruised or already in use, this point takes its place, and the two are often cupped together. It has an old reputation for calming restlessness and mania, and it is a useful local point for stiffness where the neck meets the upper back.',
    classicalSources: [],
    therapyNotes: { cupping: 'Often cupped with GV14 for fever and stiff upper back.' },
    classificationNotes: { meeting: 'Governor vessel with the bladder channel' },
  },
  GV14: {
    area: 'Upper back — base of the neck, below C7',
    location: 'On the posterior midline at the base of the neck, in the hollow below the spinous process of the seventh cervical vertebra (C7).',
    convention: 'WHO 2008',
    howToLocate:
      'Ask the patient to bend the head forward: the most prominent bump at the base of the neck is usually C7. Check by turning the head from side to side; C7 moves slightly under the finger while T1 below stays still. The point is in the gap between them.',
    needling: {
      directions:
        'With the head bent forward, insert between C7 and T1 and slant the tip upward, 0.5–1 cun. A sudden electric shock into the limbs means the needle is too deep: withdraw at once.',
    },
    sensation: 'A spreading ache or distension at the base of the neck, often moving down the spine or out to the shoulders.',
    safety: { nerve: 'The spinal cord lies in the canal beneath; deep or forceful needling can injure it.' },
    cautions: 'Keep within 1 cun and never thrust. In high fever, bleeding and cupping are preferred to strong moxa.',
    actions: [
      'Clears heat and reduces fever',
      'Releases the exterior and expels wind',
      'Regulates the nutritive and defensive qi',
      'Clears the mind and stops convulsions',
      'Tonifies deficiency when warmed with moxa',
      'Relieves stiffness of the neck and spine',
    ],
    indications: [
      'Fever of any origin, including high fever',
      'Common cold, aversion to cold, stiff neck',
      'Alternating chills and fever, malaria',
      'Cough, wheezing',
      'Epilepsy, mania',
      'Exhaustion, chronic weakness, night sweats',
    ],
    commentary:
      'All six yang channels of the arms and legs meet the governor vessel at this point, which makes it the great yang junction of the body. Its first use is therefore to clear heat: fever in a cold or flu, persistent fever, heat in the skin with acne or eruptions. Pricking it and placing a cup over it is a common way to do this.\n\nThe same point, warmed with moxa, also strengthens: long-standing weakness, chronic cough and a tendency to catch cold all respond. Ling Shu chapter 33 names the area above and below the "pillar bone" of the neck as a place where the sea of qi can be reached, read as GV14 and GV15.\n\nLocally it treats stiffness of the neck and upper back.',
    classicalSources: [
      {
        work: 'Su Wen (Basic Questions), chapter 60',
        note: "Says that moxibustion for cold and heat disorders begins at Dazhui, with the number of cones set by the patient's age.",
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Places the transport points of the sea of qi above and below the pillar bone of the neck; this point is usually taken as the lower one.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For deficiency, chronic cough and recurrent colds; not in high fever.',
      cupping: 'Often after pricking, for fever, acne and stiff upper back.',
      bloodletting: 'Prick a few times and cup for high fever or heat in the skin.',
      guaSha: 'Downward strokes from the nape for fever and colds.',
    },
    classificationNotes: {
      meeting: 'Governor vessel with the three yang channels of the hand and the three of the foot',
      sea: 'Point of the sea of qi',
    },
  },
  GV15: {
    area: 'Neck — back, midline, above C2',
    location: 'At the back of the neck on the midline, in the hollow above the spinous process of the second cervical vertebra (C2), half a cun below GV16.',
    convention: 'WHO 2008: taken 0.5 B-cun below GV16, which places it about 0.5 cun above the posterior hairline.',
    howToLocate:
      'Find GV16 in the hollow under the occipital bone. Slide half a cun down the midline: the first bony knob that meets the finger is the spinous process of C2 (the atlas above has no palpable spine), and the point is in the soft spot just above it.',
    needling: {
      directions:
        'Seat the patient with the head bent slightly forward and the neck relaxed. Insert slowly, aiming at the chin, 0.5–1 cun (some texts allow up to 1.5 cun). Never slant upward toward the skull and never go deeper.',
    },
    sensation: 'A local distension in the nape; an electric shock into the limbs is a warning sign, not deqi.',
    safety: {
      medulla: 'The medulla oblongata lies deep to this point through the gap below the skull; an upward or deep needle can injure it.',
      classical_no_moxibustion: 'Classical lists forbid moxa here; it was said to make the patient mute.',
    },
    cautions:
      'Only practitioners trained in this technique should needle it. Keep the head flexed, go slowly, do not lift and thrust, and stop at once if the patient feels a shock. No moxibustion.',
    actions: [
      'Benefits the tongue and restores the voice',
      'Clears the mind and opens the senses',
      'Expels wind and benefits the neck',
      'Revives yang in collapse',
    ],
    indications: [
      'Loss of voice, stiff tongue after stroke, muteness',
      'Deafness with muteness',
      'Epilepsy, mania',
      'Occipital headache, stiff neck',
      'Nosebleed',
    ],
    commentary:
      'As its name says, this is the point for the voice: sudden loss of speech, a stiff tongue after a stroke and, in children, deafness with muteness. The governor vessel here enters the root of the tongue as well as the brain.\n\nIt belongs to the nine points for returning the yang in collapse and, with GV14, to the sea of qi. It is also one of the more dangerous points on the body: the medulla lies a few centimetres deep, so it is needled slowly, with the head bent forward and the needle kept toward the chin.',
    classicalSources: [
      {
        work: 'Zhen Jiu Da Cheng (Great Compendium of Acupuncture and Moxibustion, 1601)',
        note: 'Lists it among the nine points for returning the yang.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Places the transport points of the sea of qi above and below the pillar bone of the neck; this point is usually taken as the upper one.',
      },
    ],
    therapyNotes: {
      moxibustion: 'Forbidden on the classical lists.',
      cupping: 'The hollow and hairline give a poor seal.',
      guaSha: 'Light strokes down the nape.',
    },
    classificationNotes: {
      meeting: 'Governor vessel with the yang linking vessel',
      sea: 'Point of the sea of qi',
      revive_yang: 'One of the nine needles for returning the yang',
    },
  },
  GV16: {
    area: 'Neck — back, below the occiput',
    location: 'At the back of the neck on the midline, directly below the external occipital protuberance, in the hollow between the two trapezius muscles.',
    convention:
      'WHO 2008. The rule places it 1 B-cun above the posterior hairline, the textbook figure, which is where the hollow under the protuberance lies on an average head.',
    howToLocate:
      'With the head tilted slightly back to slacken the trapezius, run a finger up the midline from the posterior hairline until it stops against the occipital bone. The point is in the hollow just there, under the protuberance and between the two trapezius bellies; GB20 lies on the same level further out.',
    needling: {
      directions:
        'Seat the patient with the head bent slightly forward and the neck relaxed. Insert slowly, aiming at the chin, 0.5–1 cun. Never slant upward toward the skull and never go deeper.',
    },
    sensation: 'A local heaviness or distension at the base of the skull, sometimes spreading over the back of the head.',
    safety: {
      medulla: 'The medulla oblongata lies beneath, through the opening at the base of the skull; an upward or deep needle can injure it.',
      classical_no_moxibustion: 'Classical lists forbid moxibustion at this point.',
    },
    cautions:
      'Only practitioners trained in this technique should needle it. Keep the head flexed, go slowly, no lifting and thrusting, stop at any electric sensation. No moxibustion.',
    actions: [
      'Expels wind, both external and internal',
      'Benefits the head and neck',
      'Clears the mind and calms the spirit',
      'Benefits the brain and the throat',
    ],
    indications: [
      'Headache, stiff neck and chills after exposure to wind',
      'Dizziness, stroke with loss of speech',
      'Nosebleed, sore throat',
      'Mania, agitation, epilepsy',
      'Heavy head, blurred vision',
    ],
    commentary:
      'The "palace of wind" is where wind gathers and where it can be driven out. Su Wen already sends wind-struck patients with chills, sweating and headache to this point. Later it was also used for wind arising inside — dizziness, stroke, tremor.\n\nIt is one of the two points of the sea of marrow (with GV20), a window of heaven point and one of Sun Simiao\'s ghost points, so its range extends to the brain and to severe mental disturbance. Its depth and the medulla beneath call for the same care as GV15.',
    classicalSources: [
      {
        work: 'Su Wen (Basic Questions), chapter 60',
        note: 'Directs that wind entering from outside, with shivering, sweating and headache, be treated at Fengfu.',
      },
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Gives Fengfu as the lower transport point of the sea of marrow.',
      },
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, 7th century)',
        note: 'Includes it among the thirteen ghost points for mania.',
      },
    ],
    therapyNotes: {
      moxibustion: 'On the classical list of points not given moxa.',
      guaSha: 'Strokes down the nape for a wind cold.',
    },
    classificationNotes: {
      meeting: 'Governor vessel with the yang linking vessel',
      sea: 'Point of the sea of marrow',
      ghost: "One of Sun Simiao's thirteen ghost points",
    },
  },
  GV17: {
    area: 'Head — back, above the occipital protuberance',
    location: 'On the back of the head, on the midline, in the hollow just above the external occipital protuberance.',
    convention:
      'WHO 2008. The rule uses the textbook distance of 2.5 B-cun above the posterior hairline (1.5 B-cun above GV16), which marks the upper edge of the protuberance on an average head.',
    howToLocate:
      'Feel the bump of the external occipital protuberance on the back of the head. The point is in the small hollow on its upper edge, on the midline, level with BL9 on either side.',
    needling: {
      directions: 'Slide the needle under the scalp along the midline, usually upward, 0.5–0.8 cun. Never insert perpendicularly.',
    },
    sensation: 'A local tightness or distension over the back of the head.',
    safety: {
      classical_no_needling: 'On the classical list of points not to be needled; Su Wen warns that piercing the brain here kills.',
      classical_no_moxibustion: 'Also on the classical list of points not given moxa.',
    },
    cautions: 'Transverse insertion only. Respect the classical prohibition: many practitioners prefer pressure or a neighbouring point.',
    actions: ['Expels wind and stops pain', 'Benefits the head and eyes', 'Calms the spirit'],
    indications: ['Heaviness and pain of the head, dizziness', 'Stiff neck', 'Eye pain, blurred vision', 'Epilepsy', 'Loss of voice'],
    commentary:
      'The governor vessel enters the brain near here, which explains both the name, "door of the brain", and the old fear of needling it. Today it is needled flat under the scalp, never into the bone, for occipital headache and heaviness of the head.\n\nIt suits pain and heaviness that sit over the occipital bump, often with the midline point below it and BL9 on either side, and dizziness or blurred vision that come from the head. Because it stands on both the no-needling and the no-moxa lists of the classics, many practitioners use firm pressure here or choose a point on the neck instead.',
    classicalSources: [
      {
        work: 'Su Wen (Basic Questions), chapter 52',
        note: 'Warns that a needle reaching the brain at Naohu causes immediate death.',
      },
    ],
    therapyNotes: {
      moxibustion: 'On the classical list of points not given moxa.',
      cupping: 'Hair-covered scalp.',
      guaSha: 'Scalp combing with a horn comb.',
    },
    classificationNotes: { meeting: 'Governor vessel with the bladder channel' },
  },
  GV18: {
    area: 'Head — back, on the midline',
    location: 'On the back of the head, on the midline, 4 cun above the posterior hairline (1.5 cun above GV17).',
    convention: 'WHO 2008',
    howToLocate: 'From GV17 above the occipital protuberance, move 1.5 cun up the midline; a slight hollow is often felt where the skull plates meet.',
    needling: { directions: 'Slide the needle under the scalp along the midline, 0.5–0.8 cun.' },
    sensation: 'A local tightness or heaviness over the scalp.',
    safety: {},
    cautions:
      'Scalp points bleed freely; press for a moment after withdrawal. Keep the needle flat under the scalp rather than into the bone, and check the scalp for wounds or infection first.',
    actions: ['Calms the mind', 'Pacifies wind and stops pain', 'Relieves stiffness of the neck'],
    indications: ['Occipital headache, dizziness', 'Stiff neck', 'Insomnia, agitation', 'Epilepsy, mania'],
    commentary:
      'A local scalp point for headache at the back of the head and a stiff neck. Like the other governor-vessel points on the scalp, it is also used to settle the mind in agitation and sleeplessness.\n\nAmong the midline points between GV17 and the crown, pick the one that is tender or where the headache is felt; this one suits pain that climbs from the nape over the occiput. A needle threaded under the scalp from here toward GV17 or toward the crown covers the whole back of the head.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the hair.',
      cupping: 'Hair-covered scalp.',
      guaSha: 'Scalp combing.',
    },
    classificationNotes: {},
  },
  GV19: {
    area: 'Head — top, behind the vertex',
    location: 'On the top of the head, on the midline, 5.5 cun above the posterior hairline (1.5 cun behind GV20).',
    convention: 'WHO 2008',
    howToLocate: 'Find GV20 at the crown and move 1.5 cun back along the midline.',
    needling: { directions: 'Slide the needle under the scalp along the midline, 0.5–0.8 cun.' },
    sensation: 'A local tightness or heaviness over the crown.',
    safety: {},
    cautions:
      'Scalp points bleed freely; press for a moment after withdrawal. Keep the needle flat under the scalp rather than into the bone, and check the scalp for wounds or infection first.',
    actions: ['Calms the mind', 'Pacifies wind and stops headache'],
    indications: ['Headache at the vertex or back of the head', 'Dizziness', 'Insomnia, anxiety', 'Epilepsy, mania'],
    commentary:
      'A helper to GV20 for pain at the crown and back of the head and for sleeplessness. It is often the tender spot in people whose headaches sit at the top of the head.\n\nWhen GV20 alone does not reach the pain, a needle here, slid forward under the scalp toward GV20, joins the two. It is also added for dizziness and for restless, anxious states, where the points of the crown together calm the mind.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the hair.',
      cupping: 'Hair-covered scalp.',
      guaSha: 'Scalp combing.',
    },
    classificationNotes: {},
  },
  GV20: {
    area: 'Head — vertex',
    location: 'On the top of the head, on the midline, 5 cun behind the anterior hairline, which is 1 cun in front of the midpoint between the two hairlines.',
    convention: 'WHO 2008',
    howToLocate:
      'Fold both ears forward and run a line over the head joining their highest points; where it crosses the midline a small hollow is usually felt. Check it: 5 cun back from the front hairline, or 8 cun above the point between the eyebrows when the hairline has receded.',
    needling: {
      directions:
        'Slide the needle under the scalp 0.5–0.8 cun (up to 1 cun in some texts). It may run backward, forward or toward the four Sishencong points as the treatment requires.',
    },
    sensation: 'A tight, heavy or spreading feeling over the crown, sometimes a sense of lifting or of warmth.',
    safety: {},
    cautions:
      'Avoid moxibustion and strong stimulation when yang is rising (high blood pressure with a red face, throbbing headache). In infants check that the anterior fontanelle, just in front, has closed. Press after withdrawal; the scalp bleeds easily.',
    actions: [
      'Raises sinking yang and lifts prolapse',
      'Calms the mind and clears the senses',
      'Pacifies interior wind and subdues rising yang',
      'Benefits the head and brain',
      'Restores consciousness',
    ],
    indications: [
      'Headache at the vertex, dizziness',
      'Prolapse of the rectum or uterus, chronic diarrhoea',
      'Insomnia, poor memory, anxiety, low mood',
      'Stroke, loss of consciousness',
      'Tinnitus, blocked nose',
      'Haemorrhoids',
    ],
    commentary:
      'At the highest point of the body the governor vessel meets the bladder, gallbladder, triple energizer and liver channels; all yang gathers here, which is what the name "hundred convergences" expresses. It is also the upper point of the sea of marrow.\n\nIts effect runs in two directions. Warmed with moxa it lifts what has sunk: prolapse of the rectum or uterus, chronic diarrhoea, haemorrhoids, a heavy, drooping exhaustion. Needled with a draining method it does the opposite and calms what has risen too far: liver yang, wind, dizziness and headache.\n\nIt is also among the most used points for the mind, paired with Yintang (EX-HN3) for anxiety and insomnia, and the centre of many scalp acupuncture systems.',
    classicalSources: [
      {
        work: 'Ling Shu (Spiritual Pivot), chapter 33',
        note: 'Names the top of the head as the upper transport point of the sea of marrow, read as Baihui.',
      },
    ],
    therapyNotes: {
      moxibustion: 'A moxa stick or cones on a protected scalp for prolapse and sinking; not when yang is rising.',
      cupping: 'Hair-covered scalp.',
      bloodletting: 'A few drops by pricking for severe headache of excess type.',
      guaSha: 'Scalp combing strokes radiating from the crown.',
    },
    classificationNotes: {
      meeting: 'Governor vessel with the bladder, gallbladder, triple energizer and liver channels',
      sea: 'Point of the sea of marrow',
    },
  },
  GV21: {
    area: 'Head — top, in front of the vertex',
    location: 'On the top of the head, on the midline, 3.5 cun behind the anterior hairline (1.5 cun in front of GV20).',
    convention: 'WHO 2008',
    howToLocate: 'Find GV20 at the crown and move 1.5 cun forward along the midline; or measure 3.5 cun back from the front hairline.',
    needling: { directions: 'Slide the needle under the scalp along the midline, 0.5–0.8 cun.' },
    sensation: 'A local tightness over the top of the head.',
    safety: {
      fontanelle: 'In infants the back edge of the open anterior fontanelle can reach this point; do not needle until it has closed.',
    },
    cautions: 'Not in infants with an open fontanelle. Press after withdrawal.',
    actions: ['Pacifies wind and stops pain', 'Benefits the head and nose'],
    indications: ['Headache at the top of the head, dizziness', 'Blocked or runny nose', 'Redness and swelling of the face', 'Convulsions in children'],
    commentary:
      "A local point for pain and heaviness at the front of the crown. It sits over the back part of the region of the infant fontanelle and shares its neighbours' use for childhood convulsions, treated by massage or gentle moxa rather than the needle.\n\nIn adults it is chosen for headache and dizziness felt between the front hairline and the crown, and for a blocked nose with headache. It combines with GV20 behind it; a single needle threaded under the scalp toward GV20 covers both.",
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'A moxa stick held above the hair.',
      cupping: 'Hair-covered scalp.',
      guaSha: 'Scalp combing.',
    },
    classificationNotes: {},
  },
  GV22: {
    area: 'Head — front of the scalp',
    location: 'On the head, on the midline, 2 cun behind the anterior hairline.',
    convention: 'WHO 2008',
    howToLocate:
      'Measure 2 cun back from the midpoint of the front hairline (5 cun above the glabella if the hairline is unclear). In an infant this is the soft, pulsing anterior fontanelle.',
    needling: { directions: 'In adults only: slide the needle under the scalp along the midline, 0.5–0.8 cun.' },
    sensation: 'A local tightness over the front of the scalp.',
    safety: {
      fontanelle: 'Lies over the anterior fontanelle, which stays open in infants until 12–18 months or later: never needle it then.',
      classical_no_needling: 'On the classical list of points not to be needled.',
    },
    cautions: 'Never in infants or small children with an open fontanelle. Note the classical prohibition even in adults; shallow transverse insertion only.',
    actions: ['Benefits the nose', 'Pacifies wind and stops headache', 'Calms the mind'],
    indications: ['Blocked nose, nasal polyps, nosebleed, loss of smell', 'Headache, dizziness', 'Convulsions in children (by moxa or massage)', 'Drowsiness'],
    commentary:
      'Named for the fontanelle that lies here in infancy, this point is mainly used for the nose — blockage, polyps, bleeding, lost smell — and for frontal headache.\n\nIts classical prohibition and the fontanelle in children make it a point for adults only, and even then a gentle one: a short, flat insertion, or moxa held above the hair. For the nose it works best together with the points beside the nostrils; for headache, take whichever point in this row along the midline is tender.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Gentle moxa for nasal congestion.',
      cupping: 'Hair-covered scalp.',
      guaSha: 'Only light scalp combing; never in infants.',
    },
    classificationNotes: {},
  },
  GV23: {
    area: 'Head — front of the scalp',
    location: 'On the head, on the midline, 1 cun behind the anterior hairline.',
    convention: 'WHO 2008',
    howToLocate: 'Measure 1 cun back from the midpoint of the front hairline, or 4 cun above the glabella where the hairline has receded.',
    needling: {
      directions: 'Slide the needle under the scalp along the midline, 0.5–0.8 cun; it may also be pricked to bleed for nosebleed.',
    },
    sensation: 'A local tightness over the forehead, sometimes felt down toward the nose.',
    safety: {
      fontanelle: 'In infants the front part of the open anterior fontanelle reaches this point; do not needle until it has closed.',
    },
    cautions: 'Not in infants with an open fontanelle. Press after withdrawal.',
    actions: ['Opens the nose', 'Benefits the eyes', 'Clears heat and calms the mind'],
    indications: ['Blocked nose, rhinitis, sinusitis, nosebleed', 'Frontal headache', 'Eye pain, redness of the eyes', 'Mania'],
    commentary:
      'The main governor-vessel point for the nose, especially for chronic blockage and recurrent nosebleeds, and a local point for frontal headache.\n\nAs Sun Simiao\'s "ghost hall" it was also used for severe mental disturbance.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, 7th century)',
        note: 'Includes it among the thirteen ghost points for mania.',
      },
    ],
    therapyNotes: {
      moxibustion: 'For chronic nasal congestion with clear discharge.',
      cupping: 'Hair-covered scalp.',
      bloodletting: 'Pricking for nosebleed and heat in the head.',
      guaSha: 'Light strokes over the forehead and scalp.',
    },
    classificationNotes: { ghost: "One of Sun Simiao's thirteen ghost points" },
  },
  GV24: {
    area: 'Head — just inside the front hairline',
    location: 'On the head, on the midline, 0.5 cun behind the anterior hairline.',
    convention: 'WHO 2008',
    howToLocate:
      'Find the midpoint of the front hairline and move half a cun back onto the scalp; if the hairline has receded, measure 3.5 cun up from the glabella.',
    needling: {
      directions: 'Slide the needle under the scalp, usually backward along the midline, 0.5–0.8 cun (some texts allow 1 cun).',
    },
    sensation: 'A local tightness over the forehead.',
    safety: { classical_no_needling: 'On the classical list of points not to be needled.' },
    cautions: 'Shallow transverse insertion only, in view of the classical prohibition; acupressure is a good substitute.',
    actions: ['Calms the mind', 'Benefits the nose and eyes', 'Pacifies wind and stops headache'],
    indications: [
      'Anxiety, insomnia, palpitations, poor memory',
      'Mania, epilepsy',
      'Frontal headache, dizziness',
      'Blocked or runny nose, nosebleed',
      'Watering or painful eyes',
    ],
    commentary:
      'The "court of the spirit" is one of the main points for calming the mind, used for anxiety, insomnia and agitation, often with GV20 and Yintang (EX-HN3), or with GB13 on each side.\n\nIt also treats the nose and eyes and frontal headache. Its place on the old lists of points not to be needled is respected by keeping the insertion shallow and flat.',
    classicalSources: [
      {
        work: 'Zhen Jiu Jia Yi Jing (Systematic Classic of Acupuncture and Moxibustion, 3rd century)',
        note: 'Places Shenting on its list of points that must not be needled, the source of the prohibition respected today by shallow, flat insertion.',
      },
    ],
    therapyNotes: { cupping: 'Over the hairline; no room for a cup.', guaSha: 'Light strokes over the forehead.' },
    classificationNotes: { meeting: 'Governor vessel with the bladder and stomach channels' },
  },
  GV25: {
    area: 'Face — tip of the nose',
    location: 'On the face, at the tip of the nose.',
    convention: 'WHO 2008',
    howToLocate: 'Find the very tip of the nose; the point is at its centre, where the two alar cartilages meet.',
    needling: {
      directions: 'Insert obliquely upward, 0.2–0.3 cun (Chinese texts up to 0.5 cun), or prick to let a drop of blood.',
    },
    sensation: 'A sharp local pain that makes the eyes water.',
    safety: { painful: 'The nasal tip is very sensitive; needling here stings sharply.' },
    cautions: 'Very painful; warn the patient. Clean the skin well, as the nose carries many bacteria.',
    actions: ['Opens the nose', 'Clears heat', 'Restores consciousness'],
    indications: ['Blocked nose, nasal polyps, runny nose', 'Nosebleed', 'Red nose, rosacea', 'Fainting, loss of consciousness'],
    commentary:
      'A local point for the nose and for redness of the nasal tip, as in rosacea, for which it is usually pricked to let a drop of blood. In modern Chinese emergency use it has a second role alongside GV26: strong stimulation to rouse a patient who has fainted or is in shock.\n\nFor routine nasal complaints gentler points around the nose are preferred, because needling the tip is very painful. Keep this one for the red nose, for blockage that has not responded elsewhere, and for first aid.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Face; risk of a burn.', bloodletting: 'Pricking for a red nose or nasal heat.' },
    classificationNotes: {},
  },
  GV26: {
    area: 'Face — philtrum, below the nose',
    location: 'On the face, at the midpoint of the philtrum, the vertical groove between the nose and the upper lip.',
    convention:
      'WHO 2008 places it at the midpoint of the philtrum. WHO left the location disputed and records the Chinese textbook position, where the upper third meets the middle third, as the alternative; both are shown. Both rules measure up the philtrum from the lip margin, so the tape never starts in the crease under the nose.',
    howToLocate:
      'Find the philtrum groove running from the base of the columella down to the red margin of the upper lip. The WHO point is halfway down the groove; the alternative, used in most Chinese texts, is a third of the way down from the nose.',
    alternative:
      'At the junction of the upper third and the middle third of the philtrum, nearer the nose: the location given in Chinese textbooks and the national standard.',
    needling: {
      directions:
        'Slant the needle upward toward the base of the nose, 0.3–0.5 cun. To revive a patient, stimulate strongly with repeated pecking until they respond; firm pressure with a fingernail is the substitute when no needle is at hand.',
    },
    sensation: 'A sharp, intense pain that makes the eyes water; in a fainted patient it is often what brings them round.',
    safety: { painful: 'The upper lip is densely supplied with nerves; the needle is very painful.' },
    cautions: 'Loss of consciousness needs medical emergency care: use this point while help is called, not instead. Warn conscious patients of the pain.',
    actions: [
      'Restores consciousness and revives the patient',
      'Calms the mind',
      'Benefits the face and nose and expels wind',
      'Benefits the lumbar spine and relieves acute pain',
    ],
    indications: [
      'Fainting, collapse, coma, heatstroke',
      'Epilepsy, mania, sudden emotional collapse',
      'Acute lumbar sprain',
      'Facial paralysis, swelling of the face, lockjaw',
      'Blocked nose, nosebleed',
    ],
    commentary:
      'The best-known first-aid point in Chinese medicine. Pressing or needling it hard rouses a person who has fainted, had a seizure or collapsed from heat, and it appears in almost every emergency protocol. Later lists add it, with PC6, to the four command points.\n\nIt treats acute lumbar sprain at the far end of the same vessel: the needle is placed and the patient is asked to bend and twist gently while it is stimulated.\n\nIts place in the philtrum is one of the six locations WHO could not settle. WHO takes the midpoint; most Chinese texts put it higher, a third of the way down from the nose.',
    classicalSources: [
      {
        work: 'Bei Ji Qian Jin Yao Fang (Sun Simiao, 7th century)',
        note: 'Heads the list of thirteen ghost points for mania.',
      },
    ],
    therapyNotes: { moxibustion: 'Face; risk of a burn.' },
    classificationNotes: {
      meeting: 'Governor vessel with the large intestine and stomach channels',
      ghost: "One of Sun Simiao's thirteen ghost points",
      command: 'Later addition to the command points, for resuscitation',
    },
  },
  GV27: {
    area: 'Face — upper lip',
    location: 'On the face, at the midpoint of the tubercle of the upper lip, where the philtrum meets the red of the lip.',
    convention: 'WHO 2008',
    howToLocate: 'Follow the philtrum down to the upper lip; the point is on the small central bulge of the lip, at the junction of skin and red margin.',
    needling: { directions: 'Insert obliquely upward, 0.2–0.3 cun.' },
    sensation: 'A sharp local pain in the lip.',
    safety: {},
    cautions:
      'Sensitive area: use a fine needle and a light hand. Clean the lip first, as the mouth carries many bacteria, and warn the patient that the point stings. Avoid moxa, which can burn the lip.',
    actions: ['Clears heat from the mouth and gums', 'Calms the mind', 'Benefits the lips'],
    indications: ['Mouth ulcers, swollen painful gums, toothache', 'Twitching or deviation of the lips', 'Excessive thirst', 'Epilepsy, loss of consciousness'],
    commentary:
      'A small local point for the lips, gums and teeth. Standing next to GV26, it shares a little of its use for fainting and fits.\n\nIt is chosen for mouth ulcers, swollen gums and twitching of the upper lip, usually together with a distal point on the hand. The lip is sensitive but heals quickly, and a shallow prick is often all that is needed.',
    classicalSources: [],
    therapyNotes: { moxibustion: 'Lip; risk of a burn.' },
    classificationNotes: {},
  },
  GV28: {
    area: 'Mouth — inside the upper lip',
    location: 'Inside the mouth, where the frenulum of the upper lip joins the upper gum.',
    convention:
      'WHO 2008. The figure has no mouth cavity, so the marker sits on the lower edge of the upper lip, directly in front of the true location behind the lip.',
    howToLocate:
      'Lift the upper lip and find the small fold of mucosa (the frenulum) that ties it to the gum in the midline. The point is where this fold meets the gum.',
    needling: { directions: 'With the lip lifted, insert obliquely upward 0.1–0.2 cun, or prick to bleed.' },
    sensation: 'A sharp sting in the gum.',
    safety: {},
    cautions:
      'Use a sterile needle or lancet and have the patient rinse afterwards. Lift the lip gently and keep the insertion shallow; the gum bleeds easily. Do not treat a patient who cannot keep still or may bite.',
    actions: ['Clears heat from the gums', 'Benefits the nose', 'Treats haemorrhoids', 'Relieves acute lumbar pain'],
    indications: ['Swollen, painful or bleeding gums, bad breath', 'Blocked nose, nasal polyps', 'Haemorrhoids', 'Acute lumbar sprain', 'Mania'],
    commentary:
      'The governor vessel ends here inside the mouth, meeting the conception vessel and the stomach channel. Besides treating the gums it has an unexpected use: small tags or nodules on the frenulum are said to reflect haemorrhoids, and pricking them to bleed is a traditional treatment for them.\n\nLike GV26, it is used for acute lumbar sprain, the opposite end of the same vessel.',
    classicalSources: [],
    therapyNotes: {
      moxibustion: 'Inside the mouth.',
      bloodletting: 'Pricking the frenulum for haemorrhoids and gum heat.',
    },
    classificationNotes: { meeting: 'Governor and conception vessels (some texts add the stomach channel)' },
  },
};
