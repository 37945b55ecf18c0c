import type { PointTextsByCode } from '../../textsSchema.ts';

const who = '依 WHO 2008 标准';
const jiaYi = '《针灸甲乙经》';

/** 头皮部穴位共用的灸、拔罐、刮痧说明 */
const scalpNotes = {
  moxibustion: '艾条悬灸数分钟，注意远离头发。',
  cupping: '有头发阻隔，火罐无法吸附。',
  guaSha: '用梳齿状刮具沿头部经络轻刮。',
};

/** 面部穴位共用的说明 */
const faceNotes = {
  moxibustion: '只宜短时间间接温灸；此处一旦烫伤会留下明显瘢痕。',
  cupping: '部位狭小且弯曲，不宜拔罐；面部闪罐属专门技法。',
  guaSha: '面部只宜极轻刮拭。',
};

/** 下腹侧部带脉诸穴共用的灸法说明 */
const daiMaiMoxa = '艾条灸10～15分钟或艾炷灸数壮；孕妇禁灸。';
const trunkMoxa = '艾条灸10～15分钟或艾炷灸数壮。';

/** 小腿外侧诸穴共用的说明 */
const legNotes = {
  moxibustion: '艾条灸5～10分钟或小艾炷灸3～5壮。',
  cupping: '骨上组织薄，小罐亦难吸牢。',
  guaSha: '沿小腿经络刮拭。',
};

/** 足少阳胆经 GB1–GB44：简体中文穴位文字。 */
export const gallbladderTexts: PointTextsByCode = {
  GB1: {
    area: '面部，目外眦旁',
    location: '在面部，目外眦外侧约半寸，眼眶外侧缘外方的小凹陷中。',
    convention: who,
    howToLocate: '令患者轻闭双目，以指尖置于目外眦，向外侧滑动，至指下越过眼眶外侧骨缘、落入浅凹处即是，距目外眦约半寸。',
    needling: { directions: '向颞部平刺0.3～0.5寸，针尖始终背离眼球。治急性目赤，亦可点刺放血一两滴。' },
    sensation: '局部胀重或压迫感，可扩散至颞部或眼周。',
    safety: {},
    cautions: '针尖务必背离眼球。此处皮肤薄，易生瘀青，出针后宜按压片刻。',
    actions: ['疏风清热', '清头明目', '止颞部疼痛'],
    indications: ['目赤肿痛', '迎风流泪、目痒、畏光', '视物模糊、目翳初起', '目外眦及颞部头痛', '口眼㖞斜'],
    commentary:
      '足少阳胆经起于目外眦，即本穴所在。手少阳三焦经的支脉自耳前行至目外眦，在此将经气交予胆经。本穴主要用于风热所致的眼病，以及痛在眼外侧的头痛。\n\n本穴为胆经、三焦经与小肠经的交会穴，所以治疗眼病的处方中，常与这三条经的穴位配合使用。',
    classicalSources: [{ work: jiaYi, note: '载录本穴，记其位于目旁，主治眼疾。' }],
    therapyNotes: { moxibustion: '距眼过近，不宜温热刺激。', bloodletting: '急性目赤肿痛时点刺放血。' },
    classificationNotes: { entry: '承接三焦经自TE22传来的经气', meeting: '足少阳胆经、手少阳三焦经、手太阳小肠经交会' },
  },
  GB2: {
    area: '面部，耳屏下方之前',
    location: '在面部，屏间切迹与下颌骨髁突之间的凹陷中；张口时凹陷最为明显。',
    convention: who,
    howToLocate:
      '令患者尽量张口，以指尖置于耳屏下方切迹之前：张口时髁突前移，指下即现一凹陷。耳前三穴中本穴居最下，位于听宫（SI19）、耳门（TE21）之下。',
    needling: { directions: '张口，直刺0.5～1寸（多数教材为0.5～0.8寸）。留针期间保持张口，出针后再让患者慢慢闭口。' },
    sensation: '耳内及耳周深部胀感，有时可达下颌或头侧。',
    safety: {},
    cautions: '颞浅动、静脉行于耳前，进针前先触及搏动，从其后方刺入。出针后按压，以防血肿。',
    actions: ['聪耳开窍', '疏风清热', '利颊止痛'],
    indications: ['耳鸣、耳聋，尤以暴聋为主', '耳痛、耳内流脓', '齿痛、颞下颌关节痛', '口噤不开', '口眼㖞斜'],
    commentary:
      '耳前自上而下排列三穴：耳门（TE21）居上，听宫（SI19）居中，本穴居下。三穴均治耳病；若病证循胆经而发，如因恼怒突发耳鸣耳聋，伴头侧疼痛、口苦，则首选本穴。\n\n本穴也是治疗颞下颌关节疼痛、弹响的常用局部穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于耳前，主治耳聋、耳鸣。' }],
    therapyNotes: {
      moxibustion: '虚寒性耳疾可用艾条温和灸。',
      cupping: faceNotes.cupping,
      guaSha: faceNotes.guaSha,
    },
    classificationNotes: {},
  },
  GB3: {
    area: '头部，颧弓上方，耳前',
    location: '在头侧部，颧弓上缘中央的凹陷中，下关（ST7）直上。',
    convention: who,
    howToLocate: '先在耳前颧弓下缘的凹陷中找到下关（ST7）（张口时此凹陷闭合），由此向上越过颧弓，在颧弓上缘的凹陷中取穴。',
    needling: { directions: '直刺0.3～0.5寸。古籍告诫本穴不可深刺，现代教材所定深度亦较浅。' },
    sensation: '局部酸胀，可扩散至耳部、上齿或颞部。',
    safety: {},
    cautions: '遵古训浅刺；附近有颞中血管经过，出针后须按压。',
    actions: ['聪耳开窍', '祛面部风邪', '止齿痛、面痛'],
    indications: ['耳鸣、耳聋', '上牙痛', '口眼㖞斜', '口噤、咀嚼困难', '颞部头痛'],
    commentary:
      '本穴古名客主人，最早的文献中均用此名。本穴为胆经、三焦经与胃经的交会穴，作为局部穴用于耳病、上齿病及颞颌部病证。\n\n因古籍有深刺之戒，临床需要较强刺激时，常改取邻近的下关（ST7）或听会（GB2）。',
    classicalSources: [{ work: '《素问·刺禁论》', note: '论针刺禁忌时告诫：刺客主人过深，可致耳聋。' }],
    therapyNotes: faceNotes,
    classificationNotes: { meeting: '足少阳胆经、手少阳三焦经、足阳明胃经交会' },
  },
  GB4: {
    area: '头部，颞部发际内',
    location: '在头部颞区发际内，头维（ST8）至曲鬓（GB7）弧形连线的上四分之一与下四分之三交点处。',
    convention: who,
    howToLocate:
      '沿颞部发际弧线，自额角的头维（ST8，入发际半寸）向下至平耳尖的曲鬓（GB7），将此弧线四等分，本穴在第一等分的末端。令患者咬牙，指下可感到颞肌隆起。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，一般顺经向后或向下。' },
    sensation: '颞部扩散性沉重或胀感。',
    safety: {},
    cautions: '头皮穴位易出血，出针后按压片刻。',
    actions: ['疏风清热', '通络止头痛', '息风止痉'],
    indications: ['偏头痛', '眩晕、视物模糊', '耳鸣', '齿痛', '目外眦痛'],
    commentary:
      '颔厌、悬颅、悬厘三穴沿颞部发际自上而下排列，是治疗偏头痛的一组穴，尤宜于肝阳上亢所致的搏动性头痛。三穴通常顺经平刺，亦常一针透下一穴。\n\n本穴为胆经、三焦经与胃经的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴于颞部，列在头侧诸穴之中。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、手少阳三焦经、足阳明胃经交会' },
  },
  GB5: {
    area: '头部，颞部发际内',
    location: '在头部颞区发际内，头维（ST8）至曲鬓（GB7）弧形连线的中点处。',
    convention: who,
    howToLocate: '先找到额角发际的头维（ST8）和平耳尖的曲鬓（GB7），沿两者间的颞部发际弧线，取其中点，即颔厌与悬厘之间。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，顺经向后或向下。' },
    sensation: '局部沉重感，扩散至头侧。',
    safety: {},
    cautions:
      '颞部头皮血管丰富，颞浅动脉的分支行于其下，出针后须按压片刻以防血肿。针宜在帽状腱膜下平刺，不宜反复提插。若颞部皮肤有破损或感染，应改取他穴。',
    actions: ['清热消肿', '疏散风邪', '止头面疼痛'],
    indications: ['偏头痛', '面肿、面痛', '目外眦痛', '齿痛', '热证鼻衄'],
    commentary:
      '颞部三穴中居中的一穴，与上下邻穴一样，主要作为局部穴治疗偏头痛和面痛。穴名“悬颅”，意指其位置高悬于头侧。\n\n临床上常与颔厌、悬厘一线平刺，或逐一按压，选三穴中压痛最明显者。',
    classicalSources: [{ work: jiaYi, note: '载录本穴，主治头面热痛。' }],
    therapyNotes: scalpNotes,
    classificationNotes: {},
  },
  GB6: {
    area: '头部，颞部发际内',
    location: '在头部颞区发际内，头维（ST8）至曲鬓（GB7）弧形连线的上四分之三与下四分之一交点处。',
    convention: who,
    howToLocate: '沿颞部发际自头维（ST8）向曲鬓（GB7）循按，将弧线四等分，本穴在最后一等分的起点，上为悬颅（GB5），下为曲鬓（GB7）。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，向后或向下。' },
    sensation: '颞部胀感，有时向眼部放散。',
    safety: {},
    cautions:
      '颞浅血管的分支就在附近，出针后按压可防瘀青。宜浅层平刺，避免针尖反复刺激骨膜引起疼痛；头皮有疮疖或破损时不宜针刺。',
    actions: ['清热', '疏风', '止头面疼痛'],
    indications: ['偏头痛', '面肿、面痛', '目外眦痛', '耳鸣', '热病无汗'],
    commentary:
      '颞部三穴中居下的一穴，与颔厌、悬颅同治偏头痛和面痛；古代文献还用于头部发热伴身热之证。\n\n三穴之间可凭按压取舍：压痛最明显的一穴，往往疗效最好。',
    classicalSources: [{ work: jiaYi, note: '载录本穴于颞部，主治头痛与热病。' }],
    therapyNotes: scalpNotes,
    classificationNotes: {},
  },
  GB7: {
    area: '头部，耳尖前方',
    location: '在头部，鬓角发际后缘的垂线与耳尖水平线的交点处；约当角孙（TE20）前一横指。',
    convention: who,
    howToLocate: '将耳廓向前折，找到耳尖，由耳尖向前作一水平线，此线与鬓发后缘相交处即是，约在耳尖前一横指。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，顺经向后或向下。' },
    sensation: '局部胀感，可扩散至颞部及下颌。',
    safety: {},
    cautions: '颞浅动脉行于附近，进针前先触知其搏动，出针后按压。',
    actions: ['疏风', '消颊颔肿', '止头痛'],
    indications: ['颞部头痛', '颊颔肿痛', '口噤', '暴喑', '齿痛'],
    commentary:
      '经脉行至此处，由颞部折向后方绕耳而行。本穴为胆经与膀胱经的交会穴，作为局部穴用于颞部、颊部及下颌病证。\n\n古代文献记载本穴主治颊颔肿痛、张口困难。',
    classicalSources: [{ work: jiaYi, note: '载录本穴，称其为足太阳、少阳之会。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经交会' },
  },
  GB8: {
    area: '头部，耳上方',
    location: '在头部，耳尖直上入发际1.5寸。',
    convention: who,
    howToLocate: '将耳廓向前折，标出耳尖，由此直上1.5寸（约两横指）入发际处即是。咀嚼时可在此摸到颞肌上的凹陷。',
    needling: { directions: '沿头皮平刺0.5～1寸（部分教材可达1.5寸）。可刺向痛处，治偏头痛时亦可顺经透刺。' },
    sensation: '沉重或胀感扩散至头侧。',
    safety: {},
    cautions:
      '颞浅动脉顶支行经附近，出针后须按压片刻，以防皮下血肿。针宜在帽状腱膜下平刺，进针受阻或疼痛明显时应调整角度，不可强行推进。头皮有感染或破损时不宜针刺。',
    actions: ['清头止痛', '祛风', '和胃利膈', '止呕'],
    indications: ['偏头痛、头重', '头晕、眩晕', '头痛伴恶心呕吐', '酒后头痛恶心', '小儿惊风'],
    commentary:
      '治疗偏头痛的要穴，尤宜于头痛伴恶心、呕吐者。传统上认为本穴可解醉酒后头重昏沉，古代文献亦记载其治呕吐烦闷。\n\n本穴为胆经与膀胱经的交会穴。凡颞部头痛，都可先在此处按寻压痛点。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于耳上，为足太阳、少阳之会。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经交会' },
  },
  GB9: {
    area: '头部，耳后上方',
    location: '在头部，耳根后缘直上，入发际2寸；率谷（GB8）后约半寸。',
    convention: who,
    howToLocate: '找到耳廓与头部相连处的后缘，直上入发际2寸即是。可与率谷（GB8）对照：本穴在其后约半寸，位置略高。',
    needling: { directions: '沿头皮平刺0.5～1寸。' },
    sensation: '头侧及后部局部沉重感。',
    safety: {},
    cautions:
      '耳后头皮下有耳后动脉及枕动脉分支，出针后按压片刻。平刺进针，勿直刺抵骨；癫痫、惊厥患者针刺时应取卧位，并有人在旁照看。',
    actions: ['清泄胆经之热', '镇惊止痉', '止头痛'],
    indications: ['头痛', '癫痫、惊厥', '惊悸', '牙龈肿痛', '风邪所致的痉挛强直'],
    commentary:
      '经脉自率谷向后下方绕耳而行，天冲为此弧线的起点。本穴与邻穴同治头痛，但古代文献更多用于神志病证，如惊恐、心悸与抽搐。\n\n本穴为胆经与膀胱经的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于耳尖后方，为足太阳、少阳之会。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经交会' },
  },
  GB10: {
    area: '头部，耳后，乳突后上方',
    location: '在头部，乳突后上方，天冲（GB9）与完骨（GB12）弧形连线的上三分之一与下三分之二交点处。',
    convention: who,
    howToLocate: '沿耳后弧线，自天冲（GB9）向下至乳突尖后方凹陷中的完骨（GB12），将此弧线三等分，本穴在上三分之一的末端。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，一般沿经脉弧线向下。' },
    sensation: '耳后胀感，有时可传入耳内。',
    safety: {},
    cautions:
      '耳后动脉分支行于附近，出针后按压以防血肿。此处头皮紧贴颅骨，应平刺而不宜直刺。耳后皮肤有湿疹或感染时，应避开本穴。',
    actions: ['清头聪耳', '通络止痛'],
    indications: ['头痛、头重', '耳鸣、耳聋', '颈项强痛', '耳后痛', '肩臂不举'],
    commentary:
      '耳后弧线上的局部穴，用于耳病及牵及颈部的头痛。古代文献还记载其治瘿气及下肢痿软，今已少用。\n\n本穴为胆经与膀胱经的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于耳后，为足太阳、少阳之会。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经交会' },
  },
  GB11: {
    area: '头部，耳后，乳突后上方',
    location: '在头部，乳突后上方，天冲（GB9）与完骨（GB12）弧形连线的上三分之二与下三分之一交点处。',
    convention: who,
    howToLocate: '在取浮白所用的同一耳后弧线上，找天冲（GB9）至完骨（GB12）之间中、下三分之一的交点，本穴即位于乳突上部、耳廓后方。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，沿弧线向下。' },
    sensation: '耳后胀感，有时感觉在耳内。',
    safety: {},
    cautions:
      '穴下即为乳突骨面，宜平刺，勿直刺抵骨。耳后动脉分支经过此处，出针后按压。中耳有急性炎症、耳后红肿压痛时，应先明确诊断，不可只在局部针刺。',
    actions: ['聪耳清头', '舒颈止痛'],
    indications: ['耳鸣、耳聋', '耳痛', '耳后头痛', '颈项强痛', '口苦'],
    commentary:
      '穴名中的“窍阴”指头面诸窍；足部的足窍阴（GB44）与本穴同名，故分别冠以“头”“足”以示区别。本穴作为局部穴，用于耳病及耳后疼痛。\n\n本穴为胆经与膀胱经的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于耳后，主治耳疾。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经交会' },
  },
  GB12: {
    area: '头部，乳突后下方',
    location: '在颈部，耳后乳突后下方的凹陷中。',
    convention: who,
    howToLocate: '手指沿乳突后缘向下摸至乳突尖，在乳突尖后下方、胸锁乳突肌附着处上缘，可触到一小凹陷，即是本穴。',
    needling: { directions: '向下斜刺0.5～0.8寸。不可向上、向内朝颅底方向进针。' },
    sensation: '耳后酸胀，可沿颈侧向下或向头部放散。',
    safety: {},
    cautions: '针尖保持向下、向外；不可朝颅底深刺。',
    actions: ['祛风', '宁神', '清利头项'],
    indications: ['头痛、项强', '失眠、烦躁', '口眼㖞斜、颊肿', '耳后痛、耳鸣', '齿痛、咽喉肿痛'],
    commentary:
      '耳后弧线上的最后一穴。本穴既治外风（受风后颈项强直、口眼㖞斜），也治内风；配神门（HT7）或邻近的经外奇穴安眠，是治疗失眠的常用局部穴。\n\n本穴为胆经与膀胱经的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于乳突后方，为足太阳、少阳之会。' }],
    therapyNotes: {
      moxibustion: '艾条灸数分钟。',
      cupping: '穴在耳后发际处，火罐很难吸牢。',
      guaSha: '沿耳后向下刮至颈侧。',
    },
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经交会' },
  },
  GB13: {
    area: '头部，前额发际上方',
    location: '在头部，前发际上半寸，前正中线旁开3寸；当神庭（GV24）与头维（ST8）连线的内三分之二与外三分之一交点处。',
    convention: who,
    howToLocate:
      '先取前正中线上、前发际后半寸的神庭（GV24），以及额角发际内半寸的头维（ST8）。将两穴连线三等分，本穴在由内向外三分之二处，距正中线约3寸。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，一般向后刺。' },
    sensation: '前额局部沉重或紧束感。',
    safety: {},
    cautions:
      '额部头皮血供丰富，出针后须按压，以防出血和血肿。宜平刺于帽状腱膜下，不可直刺抵骨。用于惊厥、癫痫患者时，应在患者平卧、发作已止时施针，不可于抽搐中强行留针。',
    actions: ['宁神', '聚精于头', '祛风止痉'],
    indications: ['焦虑、忧思、思虑不休', '癫痫、惊厥、小儿惊风', '头痛、眩晕', '失眠', '中风后颈项强直'],
    commentary:
      '经脉绕耳之后，又折向前至额部。穴名“本神”，意为神之根本，本穴是治神志之穴，主治烦躁、反复忧思、惊恐，古代文献还用于癫痫与狂证。临床常与神庭（GV24）、头临泣（GB15）配合，沿前发际排成一线以安神。\n\n本穴为胆经与阳维脉的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于发际处，主治癫痫与惊风。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、阳维脉交会' },
  },
  GB14: {
    area: '面部，前额，眉上',
    location: '在前额部，眉上1寸，瞳孔直上。',
    convention: who,
    howToLocate: '令患者两眼平视，沿瞳孔中线向上至眉，再向上1寸（一拇指同身寸）即是。额肌此处常可触到轻微凹陷。',
    needling: { directions: '提捏局部皮肤，向下朝眉毛方向平刺0.3～0.5寸。治面瘫可透向经外奇穴鱼腰，或沿眉向外平刺。' },
    sensation: '前额局部胀感，有时扩散至眼部。',
    safety: {},
    cautions: '额部易生瘀青，出针后按压。本穴距眼甚近，不宜施灸。',
    actions: ['祛风', '明目', '止前额疼痛'],
    indications: ['前额头痛、眉棱骨痛', '面瘫，不能抬眉', '眼睑下垂或眼睑瞤动', '目痛、目痒、目赤', '视物模糊、夜盲'],
    commentary:
      '治疗前额和眼部病证的重要局部穴。面瘫患者不能皱额或闭目时，几乎每次治疗都会选用本穴；前额头痛，尤其痛在一侧眉上者，亦常取之。\n\n本穴为胆经与阳维脉的交会穴；部分文献另加胃经、大肠经和三焦经。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于眉上，主治目痛。' }],
    therapyNotes: faceNotes,
    classificationNotes: { meeting: '足少阳胆经、阳维脉交会' },
  },
  GB15: {
    area: '头部，前额上方，瞳孔直上',
    location: '在头部，前发际上半寸，瞳孔直上；当神庭（GV24）与头维（ST8）连线的中点处。',
    convention: who,
    howToLocate: '沿经过瞳孔与阳白的垂线继续上行，入前发际半寸即是；亦即正中线上的神庭（GV24）与额角的头维（ST8）连线中点。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，一般向后刺。' },
    sensation: '前头部局部紧束感，有时感觉在眼内。',
    safety: {},
    cautions:
      '额部头皮出血较多，出针后按压片刻。宜平刺，进针有阻力时稍退针调整方向，勿硬推抵骨。治眼病时，眼部本身的急性感染须另作诊治。',
    actions: ['明目', '通鼻窍', '宁神', '祛风'],
    indications: ['迎风流泪、目痛、目翳', '鼻塞', '头痛、眩晕', '惊痫', '目外眦痛'],
    commentary:
      '穴名“临泣”，意指其主治泪出，用于眼病，尤其迎风流泪。本穴又可通鼻窍，并与邻近的本神一样能安定神志。\n\n足部的足临泣（GB41）与本穴同名，二者均治眼病及头侧病证。本穴为胆经、膀胱经与阳维脉的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于瞳孔直上、发际之内。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、足太阳膀胱经、阳维脉交会' },
  },
  GB16: {
    area: '头部，前头部，瞳孔直上',
    location: '在头部，前发际上1.5寸，瞳孔直上；头临泣（GB15）后1寸。',
    convention: who,
    howToLocate: '自头临泣（GB15）沿瞳孔线向后1寸（一拇指宽），在该线上的轻微凹陷中取穴，即入前发际1.5寸处。',
    needling: { directions: '沿头皮平刺0.5～0.8寸。' },
    sensation: '头皮局部紧束或沉重感。',
    safety: {},
    cautions:
      '头皮血管丰富，出针后按压以防出血。针宜平刺于帽状腱膜下，不宜直刺。头皮有疮疖、破损者不宜在此针刺。',
    actions: ['明目', '祛风', '清利头目'],
    indications: ['目赤肿痛、视物模糊', '头痛、眩晕', '面部浮肿', '鼻塞', '恶寒发热无汗'],
    commentary:
      '穴名“目窗”，主治眼病：风热所致的目赤疼痛，或久视劳损所致的视物昏花；亦治前头部头痛。\n\n自头临泣至脑空，经脉沿瞳孔线直行向后过头顶，五穴均与阳维脉交会，同治头痛、眩晕及五官病证。',
    classicalSources: [{ work: jiaYi, note: '载录本穴于头皮之上，主治眼疾。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、阳维脉交会' },
  },
  GB17: {
    area: '头部，头顶，瞳孔直上',
    location: '在头部，前发际上2.5寸，瞳孔直上；目窗（GB16）后1寸。',
    convention: who,
    howToLocate: '自目窗（GB16）沿瞳孔线再向后1寸即是，入前发际2.5寸，与膀胱经的通天（BL6）相平。',
    needling: { directions: '沿头皮平刺0.5～0.8寸。' },
    sensation: '沉重感扩散至头顶。',
    safety: {},
    cautions:
      '出针后按压，以防头皮出血。宜平刺，勿直刺抵骨。头晕明显或血压很高的患者应取卧位针刺，刺激不宜过强，针后观察片刻再让其起身。',
    actions: ['清头止痛', '平肝潜阳'],
    indications: ['偏头痛', '头晕、眩晕', '上牙痛', '唇吻强急', '头痛伴恶心'],
    commentary:
      '头顶部的局部穴，用于阳气上扰头部所致的头痛与眩晕。古代文献另载其治上齿痛及唇吻强急。本穴为胆经与阳维脉的交会穴。\n\n本穴与前后的目窗、承灵同处瞳孔线上，功用相近；临床多按压比较，取痛点最明显者，顺经向后平刺。头痛伴眩晕、面红、脉弦者，常配太冲、风池远近相合。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于头顶部。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、阳维脉交会' },
  },
  GB18: {
    area: '头部，头顶，瞳孔直上',
    location: '在头部，前发际上4寸，瞳孔直上；正营（GB17）后1.5寸。',
    convention: who,
    howToLocate: '自正营（GB17）沿瞳孔线再向后1.5寸，本穴位于颅骨后上部，入前发际4寸。',
    needling: { directions: '现代教材虽有古代禁针之说，仍允许沿头皮平刺0.5～0.8寸（参见注意事项）。' },
    sensation: '头顶沉重感。',
    safety: { classical_no_needling: '古代文献将本穴列为禁针穴。' },
    cautions: '古籍禁针；许多医者至今仍改取邻穴，或只作浅层平刺。出针后按压。',
    actions: ['清利头目', '通利鼻窍', '祛风'],
    indications: ['头痛、眩晕', '鼻塞、鼻衄', '目痛', '咳嗽、气喘', '发热恶风'],
    commentary:
      '头顶部一个较少使用的穴位，人们记住它，主要因为它列在古代禁针穴之中。其主治与邻穴相同，为头痛、眩晕，并偏重于鼻病。\n\n本穴为胆经与阳维脉的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴于头皮之上，列在瞳孔线诸穴之中。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、阳维脉交会' },
  },
  GB19: {
    area: '头部，后头部，枕骨旁',
    location: '在头部，横平枕外隆凸的上缘，风池（GB20）直上。',
    convention: who,
    howToLocate: '先摸到后正中线上的枕外隆凸，从其上缘向外作一水平线，此线与风池（GB20）的直上线相交处，即为本穴，位于枕骨的小凹陷中。',
    needling: { directions: '沿头皮平刺0.5～0.8寸，一般向下朝风池（GB20）方向刺。' },
    sensation: '后头部酸痛，扩散至颈项。',
    safety: {},
    cautions:
      '枕动脉及枕大神经的分支行于附近，出针后按压以防血肿。须平刺沿骨面进针，不可向前下方朝颅底深刺。颈部转动受限明显者，宜先明确颈椎有无外伤再行针刺。',
    actions: ['祛风', '清利头目', '舒筋利项'],
    indications: ['后头痛', '颈项强痛、不能回顾', '眩晕', '耳鸣、耳聋', '癫痫、惊恐'],
    commentary:
      '瞳孔线上的最后一穴，位于颅骨后部。本穴用于后头痛及颈项强痛，常与其正下方的风池（GB20）同用。本穴为胆经与阳维脉的交会穴。\n\n后头痛而痛点偏于枕骨上方时，本穴往往比风池更贴近痛处；可自本穴向下平刺透向风池，一针兼顾两处。伏案劳损所致的颈项僵痛，针后配合颈部缓慢活动，效果更好。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于枕骨旁。' }],
    therapyNotes: scalpNotes,
    classificationNotes: { meeting: '足少阳胆经、阳维脉交会' },
  },
  GB20: {
    area: '颈部，枕骨下，两条大肌之间',
    location: '在颈后区，枕骨之下，胸锁乳突肌上端与斜方肌上端之间的凹陷中，横平风府（GV16）。',
    convention: who,
    howToLocate:
      '令患者头稍前倾，以拇指沿颅底下缘自乳突向正中线推按，在到达斜方肌隆起之前，拇指会陷入一明显凹陷，约与耳垂相平。按压此处多有酸痛，并可传向眼部。',
    needling: {
      directions:
        '针尖朝向鼻尖，斜刺0.8～1.2寸；部分教材允许针尖朝向对侧眼，或向对侧GB20平刺透穴。切不可向上、向内朝枕骨大孔方向进针，也不可深刺。',
    },
    sensation: '后头部强烈酸胀，常扩散至同侧颞部、前额或眼部。',
    safety: {
      medulla: '深部内侧为延髓；针尖须朝向鼻尖，切不可向上、向内深刺。',
      vessel: '椎动脉行于本区深部；进针不可超过规定深度。',
    },
    cautions:
      '务必严格掌握针刺方向与深度：刺入过深，或针尖斜向对侧颅底，可伤及延髓和椎动脉。患者宜有依靠的坐位或俯卧位，因本穴针感强烈，可能引起晕针。',
    actions: ['祛风散邪，内外风皆治', '清头明目', '聪耳通鼻', '平肝潜阳', '通经活络，舒利颈项'],
    indications: ['各类头痛、眩晕、高血压', '感冒恶寒发热、颈项强痛', '目赤肿痛、视物模糊、流泪', '鼻塞流涕、鼻衄', '耳鸣、耳聋', '中风后遗症：半身不遂、口眼㖞斜'],
    commentary:
      '全身治风最重要的穴位之一。外风从项后侵入，感冒初起出现项强、恶寒、头痛时，本穴配风府（GV16）、天柱（BL10）可疏散风邪。内风亦经此上扰头部，肝阳上亢、肝风内动者，同样取之，故又用于眩晕、高血压及中风后遗症。\n\n本穴是头部五官病的主要局部穴，眼、耳、鼻之疾皆可取用，眼病更是首选穴之一。紧张性头痛和颈项僵硬时，这里通常是按压最痛之处。\n\n本穴为胆经与阳维脉、阳跷脉的交会穴；部分文献另加三焦经。',
    classicalSources: [
      { work: '《伤寒论》（张仲景）', note: '太阳病初服桂枝汤而烦不解者，主张先刺本穴与风府，再服药。' },
      { work: jiaYi, note: '载录本穴位于枕骨下，为足少阳与阳维脉之会。' },
    ],
    therapyNotes: {
      moxibustion: '风寒证用艾条灸；近发处不宜用艾炷。',
      cupping: '凹陷位于发际，火罐难以吸牢。',
      guaSha: '感冒或颈项强痛时，自颅底向下刮至颈部。',
    },
    classificationNotes: { meeting: '足少阳胆经与阳维脉、阳跷脉交会' },
  },
  GB21: {
    area: '肩部，斜方肌上缘',
    location: '在肩上，第7颈椎（C7）棘突与肩峰外端连线的中点。',
    convention: who,
    howToLocate:
      '先找到颈根部最突起的第七颈椎棘突，以及肩峰外端，两者中点即斜方肌的最高处。以拇指与其余四指捏起肌肉，穴在肌肉皱襞的顶部，按之多有明显酸痛。',
    needling: {
      directions:
        '以手指提起斜方肌，向后斜刺入肌肉0.3～0.8寸。主张直刺0.5～0.8寸的教材都同时告诫：其下为肺尖，切不可深刺或向下刺。',
    },
    sensation: '肩部沉重酸胀，有时向手臂或颈部放散。',
    safety: {
      pregnancy: '本穴降气作用强，传统上孕妇禁针。',
      lung: '穴下为肺尖；深刺或向下刺可致气胸。',
    },
    cautions: '孕妇禁针。针宜浅，斜向后方刺入肌肉，切勿直刺向下。强刺激可使体弱者晕针，应让其卧位接受治疗。',
    actions: ['舒筋活络，松解颈肩', '降逆气', '通乳', '化痰散结'],
    indications: ['颈肩强痛、上肢不举', '难产、胞衣不下（古代用法）', '乳痈、乳汁不足', '瘰疬', '气逆所致的头痛、眩晕'],
    commentary:
      '肩上积聚的紧张，无论源于压力、姿势还是受寒，本穴都是最常用的穴位之一。按压或拿捏肩井，也是推拿的基本手法。\n\n本穴降气作用强，古人曾用以催产、下胞衣，孕妇禁针之说即由此而来。同样的降气、疏散作用，使其善治乳房病：乳房胀痛、乳痈以及乳汁不通。\n\n本穴为胆经、三焦经、胃经与阳维脉的交会穴。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于肩上，为手足少阳与阳维脉之会。' }],
    therapyNotes: {
      moxibustion: '肩部冷僵可用艾条灸或温针灸；孕妇禁灸。',
      cupping: '在肩上留罐或走罐。',
      bloodletting: '急性项强伴有热象时，点刺后加拔火罐。',
      guaSha: '自颈部向肩外侧刮拭。',
    },
    classificationNotes: { meeting: '足少阳胆经、手少阳三焦经、足阳明胃经与阳维脉交会' },
  },
  GB22: {
    area: '胸部，腋下侧胸',
    location: '在胸外侧区，第4肋间隙中，腋中线上，约当腋窝顶点下3寸。',
    convention: who,
    howToLocate: '令患者举臂，自腋窝顶点沿腋中线直下3寸，摸到肋间隙，本穴即在第4肋间隙中；男性约与乳头相平或略高。',
    needling: { directions: '沿肋间隙平刺或斜刺0.3～0.5寸（部分教材为0.5～0.8寸）。不可直刺。' },
    sensation: '局部胀感，沿肋间放散。',
    safety: {
      lung: '肋间肌之下即为胸膜和肺；只可沿肋间隙进针，不可深刺，以防刺伤肺脏引起气胸。',
      classical_no_moxibustion: '多部古代文献将本穴列为禁灸穴。',
    },
    cautions: '只可沿肋间隙浅刺。古代文献告诫本穴不宜施灸。',
    actions: ['宽胸理气', '利腋胁', '通上肢经络'],
    indications: ['胸满', '胸胁痛', '腋下肿、腋下淋巴结肿大', '上肢不举'],
    commentary:
      '经脉过肩后下入腋窝，沿侧胸下行。渊腋是治疗该处疼痛、胀满及腋下肿块的局部穴。\n\n本穴较少使用，主要应注意两点：肺脏贴近，以及古代禁灸之说。',
    classicalSources: [{ work: jiaYi, note: '载录本穴位于腋下，主治腋下肿。' }],
    therapyNotes: { moxibustion: '多部古籍列为禁灸。', cupping: '令患者举臂，仅可在侧胸用小罐。', guaSha: '沿肋间隙刮拭。' },
    classificationNotes: {},
  },
};
