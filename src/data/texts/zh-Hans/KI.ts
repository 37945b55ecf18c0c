import type { PointTextsByCode } from '../../textsSchema.ts';

/** 足少阴肾经 KI1–KI27：简体中文穴位文字。 */
export const kidneyTexts: PointTextsByCode = {
  KI1: {
    area: '足部——足底',
    location: '在足底，屈足卷趾时足心最明显的凹陷中，约当第二、三趾趾缝端与足跟连线的前三分之一处。',
    convention: '依 WHO 2008 标准；三分之一的连线自第2、3趾趾蹼缘量至足跟后缘。',
    howToLocate:
      '令患者屈足卷趾，在前脚掌后方、第二与第三跖骨头之间会出现一凹陷，位于足底中线上，约当趾蹼至足跟的前三分之一处。此处通常有压痛。',
    needling: { directions: '直刺0.3～0.5寸（有的书可达0.8寸）。宜浅刺，足底动脉弓位于深层。' },
    sensation: '即刻出现锐利的酸痛或触电感，扩散至整个足底；随后常有全足温热或麻胀感。',
    safety: {
      vessel: '深层有足底动脉弓，宜浅刺。',
      painful: '足底神经分布密集，针刺较大多数穴位更痛。',
    },
    cautions: '因针刺疼痛，针法宜留作急救及重症之用；日常调理以指压或艾灸为主。对明显虚弱的患者，强刺激可使其更加虚弱。',
    actions: ['引上逆之邪下行', '滋阴降火', '宁心安神', '苏厥开窍', '平息内风', '调理下焦气机'],
    indications: ['昏厥、虚脱、神志不清', '巅顶痛、眩晕', '失眠、焦虑、烦躁', '阴虚咽干、盗汗', '小便不利、大便难', '足心热'],
    commentary:
      '本穴为肾经首穴，也是人体最低的穴位，历来用于引上逆之邪下行：上亢之阳、内风或上扰头目心神之热。因此它见于昏厥、神志不清的急救方案中，以重按或强刺激针刺使用。\n\n作为井穴，肾经在此承接膀胱经自小趾 BL67 传来之气；凡起止于指（趾）端的经脉，其首穴或末穴都有同样的交接。\n\n日常临床因疼痛而很少针刺。多以按摩足心或艾灸的方式使用，例如治疗失眠，以及上热下寒之足冷。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '指出本穴为肾经起始的井穴。' },
      { work: '《针灸大成》', note: '将其列入回阳九针，用于亡阳虚脱。' },
    ],
    therapyNotes: {
      moxibustion: '艾条灸5～10分钟；亦用于上热下寒。',
      cupping: '足底无法密封且皮肤厚，不宜拔罐。',
    },
    classificationNotes: {
      entry: '承接自 BL67 传来的膀胱经',
      revive_yang: '回阳九针穴之一',
    },
  },
  KI2: {
    area: '足部——足内侧缘',
    location: '在足内侧，足舟骨粗隆下方凹陷中，赤白肉际处。',
    convention: '依 WHO 2008 标准',
    howToLocate:
      '自内踝向前下方推按，约在内踝至第一跖趾关节的中途可触及一坚硬的骨性突起，即足舟骨粗隆。在其下缘下方、足底皮肤颜色改变的交界处按压，可得一小凹陷。',
    needling: { directions: '沿骨下缘直刺0.5～1寸。足内侧缘皮肤敏感，宜快速进针。' },
    sensation: '局部酸胀，常扩散至足底。',
    safety: {},
    cautions: '足缘皮肤敏感，宜快速透皮。足部血循环差、有溃疡或感觉麻木者（如糖尿病），小伤口难以愈合，不宜针刺。',
    actions: ['滋阴清虚热', '调肾气，理下焦', '利咽喉', '固精调经'],
    indications: ['足心热、盗汗、午后潮热', '咽干咽痛、咯血', '月经不调、阴痒、阴挺', '遗精、阳痿', '消渴、小便频数', '足背肿痛'],
    commentary:
      '然谷是水经之火穴（荥穴）。用于肾水不足、不能制火而虚火上炎之证：手足心热、夜间盗汗、咽干咽痛、午后面赤。它能清此虚热而不伤肾气。\n\n穴名指足舟骨，古称“然骨”。阴跷脉据说由此骨之后分出，故本穴与 KI6 关系密切。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为肾经荥穴，位于然骨之下。' },
    ],
    therapyNotes: {
      moxibustion: '足冷可施温和灸；热象明显者不宜。',
      cupping: '足缘多骨，火罐难以吸附。',
    },
    classificationNotes: {},
  },
  KI3: {
    area: '踝部——内踝后方',
    location: '在踝区，内踝尖与跟腱之间的凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到内踝尖，平其高度向后推，至跟腱前方的软凹陷处。凹陷内或其旁常可触及胫后动脉搏动。',
    needling: { directions: '先触清动脉搏动，于其旁进针，向跟腱前缘直刺0.5～1寸。有人向外侧透向 BL60。' },
    sensation: '踝周酸胀沉重，有时扩散至足跟或足底。',
    safety: {
      vessel: '胫后动脉行经凹陷中，须先触清搏动以避开。',
      nerve: '胫神经与动脉伴行；如有触电感传至足底，应稍退针。',
    },
    cautions: '进针前先触按动脉搏动，遇锐痛或放射痛不可强行深入。血管附近不宜大幅度提插。',
    actions: ['滋补肾阴、温补肾阳', '纳气归肾', '强腰膝、壮筋骨', '清虚热', '宁神定志', '益精'],
    indications: ['腰膝酸软疼痛', '耳鸣、耳聋、眩晕', '久喘，吸气困难', '失眠、健忘、盗汗', '尿频、阳痿、月经不调', '虚火牙痛、咽痛'],
    commentary:
      '本穴为肾经原穴，是全身最常用的补益穴之一。原穴直通脏腑，故太溪兼补肾阴肾阳，凡涉及腰、耳、骨或生殖系统的慢性虚证，几乎都可选用。\n\n肾主纳气，受纳肺所肃降之气；肾不纳气则吸气困难，哮喘缠绵难愈。太溪是治疗此证的常用穴，多配 LU9 或 BL23。\n\n此处的动脉搏动是古代脉诊部位之一，用以在重病时判断肾气的强弱。本穴亦为回阳九针之一。',
    classicalSources: [
      { work: '《灵枢·九针十二原》', note: '以太溪为肾之原穴。' },
      { work: '《灵枢·本输》', note: '以其为肾经输穴。' },
    ],
    therapyNotes: {
      moxibustion: '肾阳虚腰冷、小便频数清长者，宜温灸。',
      cupping: '凹陷窄小不平，不宜拔罐。',
    },
    classificationNotes: {
      source: '肾经原穴',
      revive_yang: '回阳九针穴之一',
    },
  },
  KI4: {
    area: '踝部——内侧，足跟处',
    location: '在跟区，内踝后下方，跟骨上缘，跟腱附着部内侧前方凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自 KI3 向下并稍向后约半寸，手指落在跟骨上面、紧贴跟腱前缘的小凹陷中。',
    needling: { directions: '直刺0.3～0.5寸，针尖触及跟骨即止。' },
    sensation: '足跟局部酸痛，偶可扩散至足底。',
    safety: {},
    cautions: '骨面上软组织菲薄，不可强行将针抵向跟骨。注意避开 KI3 后方的动脉。',
    actions: ['益肾纳气', '振奋精神，坚定意志', '强腰、利足跟', '通调二便'],
    indications: ['足跟痛', '气喘、气短、咯血', '神疲、嗜卧、善恐', '癃闭、遗尿', '便秘', '腰脊强痛'],
    commentary:
      '本穴为肾经络穴，由此别出一支走向膀胱经。古籍以虚实两面描述肾之络脉：实则小便闭塞，虚则腰痛。\n\n本穴亦用于精神萎靡、只想卧床、回避与人交往者，此种表现被理解为肾虚而不能充养意志。局部可用于足跟痛，效果颇佳。',
    classicalSources: [
      { work: '《灵枢·经脉》', note: '以大钟为足少阴之络穴，当踝后绕跟而行。' },
    ],
    therapyNotes: {
      moxibustion: '适用于足跟冷痛。',
      cupping: '无平坦之处，不宜拔罐。',
    },
    classificationNotes: {
      connecting: '肾经络穴，联络膀胱经',
    },
  },
  KI5: {
    area: '踝部——内侧，足跟处',
    location: '在跟区，KI3 直下1寸，跟骨结节内侧前方凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自 KI3 直下一寸，手指滑入跟骨内侧面、其圆隆后部稍前方的凹陷中。',
    needling: { directions: '直刺0.3～0.5寸，抵跟骨即止。' },
    sensation: '足跟周围隐隐酸痛。',
    safety: {},
    cautions: '骨面上组织浅薄，触及骨膜即止。足跟皮肤皲裂或感染处不可针刺。',
    actions: ['调理冲任', '调经', '利小便', '止急痛'],
    indications: ['痛经、月经后期、闭经', '阴挺', '小便不利、淋痛', '目昏、视物不清', '急性足跟痛'],
    commentary:
      '本穴为肾经郄穴。郄穴治本经急性病证及痛证，阴经郄穴又善治血证；水泉主要用于月经方面的急症：痛经、月经后期或骤停。\n\n穴名“水泉”，也点出其调理小便的作用。',
    classicalSources: [
      { work: '《针灸甲乙经》', note: '记载其为足少阴经郄穴。' },
    ],
    therapyNotes: {
      moxibustion: '用于寒性痛经。',
      cupping: '无平坦之处，不宜拔罐。',
    },
    classificationNotes: {
      cleft: '肾经郄穴',
    },
  },
  KI6: {
    area: '踝部——内侧，内踝下方',
    location: '在踝区，内踝尖下1寸，内踝下缘凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate:
      '指尖置于内踝尖上，向下滑过内踝下缘。在内踝尖下约一寸、两肌腱之间的凹陷处，手指可陷入其中；足底稍内翻时凹陷更易触及。',
    needling: { directions: '直刺0.5～0.8寸。也有医家主张在内踝下方针尖略向上浅刺0.3～0.5寸。' },
    sensation: '踝部酸胀，有时扩散至足底或沿小腿内侧上传。',
    safety: {},
    cautions: '胫后血管和神经从内踝后方经过，进针应在骨下方，不可向后刺。',
    actions: ['滋肾阴，清虚热', '利咽喉', '宁心安神，助眠', '调理阴跷脉', '调理下焦与胞宫'],
    indications: ['失眠，尤以夜间易醒为主', '咽干咽痛，入夜加重', '月经不调、阴挺、阴痒', '燥结便秘', '夜发癫痫', '尿频'],
    commentary:
      '本穴为阴跷脉的交会穴（八脉交会穴），阴跷脉起于此处，沿下肢内侧上行至咽喉及目内眦。本穴因此主司睡眠：与阳跷脉的交会穴 BL62 相配，可调节寤寐。\n\n本穴是治疗夜间加重之咽干的主穴，此症是肾阴不能上润的典型表现；又与 LU7 相配以通任脉，治疗咽喉、胸部及妇科病症。\n\n两跷脉还与目之开合相关，故 KI6 亦见于目干、目痛的治疗。',
    classicalSources: [
      { work: '《灵枢·脉度》', note: '记述阴跷脉为足少阴之别，起于然骨之后，即本穴所在之处。' },
      { work: '窦汉卿《针经指南》', note: '将其列入八脉交会穴，为通阴跷脉之穴。' },
    ],
    therapyNotes: {
      moxibustion: '宜温和灸；热象为主者不宜。',
      cupping: '无平坦之处，不宜拔罐。',
    },
    classificationNotes: {
      confluent: '通阴跷脉（与 LU7 相配通任脉）',
      meeting: '足少阴经与阴跷脉交会',
    },
  },
  KI7: {
    area: '小腿——后内侧，踝上',
    location: '在小腿内侧后部，内踝尖上2寸，跟腱前缘。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自 KI3 直上2寸，紧贴跟腱前缘，穴在跟腱与深层肌肉之间的沟中，KI8 后方半寸。',
    needling: { directions: '紧贴跟腱前方直刺0.5～1寸。中国教材对肌肉丰厚者可至1.2寸。' },
    sensation: '酸重感，可下传至足底或上传至小腿。',
    safety: {},
    cautions: '胫后血管位于深层近胫骨处；应靠近跟腱进针，不可向前斜刺。',
    actions: ['补肾益阴', '调节汗液', '通调水道，利水消肿', '利湿，清湿热', '强腰'],
    indications: ['水肿，尤其下肢水肿', '盗汗、自汗或无汗', '腰痛、腰强', '泄泻、腹胀', '口干舌燥', '下肢冷、痿软或萎缩'],
    commentary:
      '本穴为肾经经穴，五行属金，金生水，故为本经母穴，肾虚时用补法。它兼顾肾阴肾阳，而专长在于水液：既能利下肢水肿，又能双向调节汗液。\n\n与 LI4 相配是治汗的经典组合：泻 LI4、补 KI7 以止汗出过多；反之则可发汗以开腠理。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为肾经经穴。' },
    ],
    therapyNotes: {
      moxibustion: '用于寒性水肿及肾阳虚。',
      cupping: '位于肌腱旁，部位狭窄。',
      guaSha: '沿小腿内侧轻刮。',
    },
    classificationNotes: {},
  },
  KI8: {
    area: '小腿——内侧，踝上',
    location: '在小腿内侧，胫骨内侧缘后方凹陷中，内踝尖上2寸，KI7 前方半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到内踝上2寸的 KI7，再向前半寸，指尖触到胫骨后缘，穴在紧贴骨缘的软凹处，比 SP6 低1寸。',
    needling: { directions: '紧贴胫骨后缘直刺0.5～1寸。' },
    sensation: '酸胀，有时沿小腿内侧上传。',
    safety: {},
    cautions: '此处常有静脉曲张，进针应避开。大隐静脉及胫后血管行于胫骨附近，进针前先触按，出针后按压。',
    actions: ['调理冲任', '调经止崩', '清利下焦湿热', '调理肠腑'],
    indications: ['月经不调、月经过多或经期延长', '阴挺', '睾丸肿痛', '泄泻、痢疾、便秘', '小腿内侧痛'],
    commentary:
      '本穴为阴跷脉郄穴。作为阴经郄穴，主要用于血证和急症，尤其是崩漏及非时下血；其名中的“信”，即指月经按期而至的“信息”。\n\n脾经在附近的 SP6 经过，妇科治疗中本穴常与之相配。',
    classicalSources: [
      { work: '《针灸甲乙经》', note: '记载其为阴跷脉郄穴。' },
    ],
    therapyNotes: {
      moxibustion: '用于虚寒性出血。',
      cupping: '紧贴骨缘，部位狭窄。',
      guaSha: '沿小腿内侧轻刮。',
    },
    classificationNotes: {
      cleft: '阴跷脉郄穴',
      meeting: '足少阴经与阴跷脉交会',
    },
  },
  KI9: {
    area: '小腿——后内侧，小腿下部',
    location: '在小腿后内侧，比目鱼肌与跟腱之间，内踝尖上5寸，当 KI3 与 KI10 的连线上。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自 KI3 沿其与膝部 KI10 的连线向上量5寸，穴在小腿肌腹下端与跟腱相接处，常有压痛。',
    needling: { directions: '于跟腱前方刺入肌肉，直刺1～1.5寸。' },
    sensation: '小腿沉重酸胀，常向下扩散。',
    safety: {},
    cautions: '避开明显的静脉曲张。针刺入肌肉，不可向前抵向胫骨。',
    actions: ['宁心安神', '化痰', '调理阴维脉', '缓急止痛'],
    indications: ['烦躁、癫狂、妄言、呕吐涎沫', '焦虑伴胸闷', '疝痛，包括小儿疝气', '小腿抽筋、疼痛'],
    commentary:
      '本穴为阴维脉郄穴。阴维脉维系诸阴经，与心胸相关，故筑宾用于焦虑及神志失常，尤其是痰蒙心窍者。\n\n后世民间用以“解毒”，故偶见于中毒及戒断的治疗中；但这方面的依据很少。',
    classicalSources: [
      { work: '《针灸甲乙经》', note: '记载其为阴维脉郄穴。' },
    ],
    therapyNotes: {
      cupping: '小腿下段可用小罐。',
      guaSha: '小腿抽筋时沿小腿内侧刮拭。',
    },
    classificationNotes: {
      cleft: '阴维脉郄穴',
      meeting: '足少阴经与阴维脉交会',
    },
  },
  KI10: {
    area: '膝部——后方，腘横纹内侧端',
    location: '在膝后区，腘横纹上，半腱肌肌腱外侧缘。',
    convention: '依 WHO 2008 标准',
    howToLocate: '令患者微屈膝并对抗阻力，腘横纹内侧的两条肌腱即显现。穴在腘横纹上，紧贴半腱肌腱（两腱中偏外侧、较细的一条）外侧的间隙中。',
    needling: { directions: '微屈膝，直刺1～1.5寸（有的书为0.8～1.2寸）。' },
    sensation: '膝部局部酸胀，有时沿小腿内侧下传。',
    safety: {},
    cautions: '腘动、静脉位于腘窝中部，在本穴外侧；针应保持在内侧，不可向外斜刺。',
    actions: ['补肾', '清利下焦湿热', '利膝关节'],
    indications: ['膝股内侧痛', '小便不利、淋痛', '阳痿、阴痛、阴痒', '带下、崩漏', '少腹胀满'],
    commentary:
      '本穴为水经之水穴，即肾经合穴。阴经合穴深达本脏及下焦，故阴谷既治肾虚，也治阴部及膀胱的湿热。\n\n局部可治膝内侧疼痛，常配附近的 LR8 和 SP9。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为肾经合穴。' },
    ],
    therapyNotes: {
      cupping: '膝后凹凸不平，不宜拔罐。',
      guaSha: '膝后轻刮。',
    },
    classificationNotes: {
      horary: '水经之水穴',
    },
  },
  KI11: {
    area: '腹部——下腹，耻骨上',
    location: '在下腹部，脐中下5寸，前正中线旁开半寸，耻骨联合上缘。',
    convention: '依 WHO 2008 标准',
    howToLocate: '在前正中线上找到耻骨联合上缘（CV2），向外旁开半寸，穴在耻骨上缘处。',
    needling: { directions: '令患者先排空膀胱，直刺0.5～1寸（中国教材可达1.5寸）。' },
    sensation: '下腹胀感，有时扩散至阴部。',
    safety: {
      organ: '膀胱充盈时上升至本穴深面，须先令患者排尿。',
      pregnancy: '下腹部腧穴，位于子宫之上，传统上孕期避用。',
      classical_no_needling: '古代医书将其列为禁针穴。',
    },
    cautions: '治疗前排空膀胱；尿潴留者切不可深刺。孕妇禁用。古代禁针之说现代教材已不遵循，但仍以浅刺为妥。',
    actions: ['利下焦，通膀胱', '益肾固精', '止阴部疼痛'],
    indications: ['小便不利、癃闭、遗尿', '遗精、阳痿', '阴痛、疝气', '少腹胀满疼痛'],
    commentary:
      '本穴是冲脉沿正中线两旁上行时所共用的十一个腹部肾经穴的第一穴。它位于耻骨之上，作用于其后方的器官：膀胱与生殖器。\n\n用于癃闭及阴部疼痛，多配附近的 CV3 或 CV2。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于下焦寒、遗尿及阳痿；孕妇禁灸。',
      cupping: '下腹部可以拔罐，但此处靠近阴毛及外生殖器。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI12: {
    area: '腹部——下腹',
    location: '在下腹部，脐中下4寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐下4寸（耻骨上一寸）的 CV3，再向外旁开半寸。',
    needling: { directions: '排空膀胱后直刺0.8～1.2寸；教材依体型不同，范围为0.5～1.5寸。' },
    sensation: '下腹胀重，有时扩散至阴部。',
    safety: {
      pregnancy: '下腹部腧穴，位于子宫之上，传统上孕期避用。',
      organ: '膀胱充盈时紧贴其后，针前须排空。',
    },
    cautions: '先令患者排尿；孕妇禁用；体瘦者取较浅的深度。',
    actions: ['补肾', '固精', '止带'],
    indications: ['遗精、早泄、阳痿', '带下', '阴挺', '阴痛', '不孕'],
    commentary:
      '本穴作用于肾的生殖功能，用以固摄精气：遗精、早泄、带下日久、子宫下垂。\n\n与邻穴一样，本穴与“血海”冲脉相会，故可用于不孕。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '下焦虚寒者宜温灸；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI13: {
    area: '腹部——下腹',
    location: '在下腹部，脐中下3寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐下3寸的 CV4，再向外旁开半寸。',
    needling: { directions: '排空膀胱后直刺0.8～1.2寸（文献记载为0.5～1.5寸）。' },
    sensation: '胀感扩散至整个下腹。',
    safety: {
      pregnancy: '下腹部腧穴，位于子宫之上，传统上孕期避用。',
      organ: '膀胱充盈时可达此平面，针前须排空。',
    },
    cautions: '治疗前令患者排尿；孕妇禁用。体瘦者取较浅的深度；尿潴留或下腹胀满压痛者不可深刺。',
    actions: ['补肾', '调理冲任', '调理下焦'],
    indications: ['月经不调、不孕', '小便不利', '泄泻', '奔豚气（气自少腹上冲）', '腰痛'],
    commentary:
      '本穴与 CV4 相平，同具培补下腹元气之功。一方面用于不孕及月经病，另一方面用于肾虚所致的久泻和小便无力。\n\n本穴又治“奔豚”——自觉气从少腹上冲胸部，古人认为此病与冲脉相关。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '下焦虚寒、不孕及小便无力者宜温灸；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI14: {
    area: '腹部——下腹',
    location: '在下腹部，脐中下2寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐下2寸的 CV5，再向外旁开半寸。',
    needling: { directions: '直刺0.8～1.2寸（文献记载为0.5～1.5寸），体瘦者宜浅。' },
    sensation: '下腹胀感，并有气行之感。',
    safety: {
      pregnancy: '下腹部腧穴，位于子宫之上，传统上孕期避用。',
    },
    cautions: '孕妇禁用；体瘦者取较浅的深度。针前先排空膀胱；腹部胀满压痛或有包块处不可深刺。',
    actions: ['理气活血', '调理下焦', '利水消肿'],
    indications: ['腹中积块疼痛（血瘀）', '痛经、月经不调', '产后腹痛', '水肿', '泄泻'],
    commentary:
      '穴名取“满”之义，本穴即用以疏通壅满：气血瘀滞而成的少腹痛性积块、经血夹块的痛经、产后恶露不下。也能助行水以消水肿。\n\n在下腹正中线旁的这一列肾经穴中，本穴专于化瘀，邻穴则偏于补益。少腹胀满、按之疼痛时选用，并配下肢活血的穴位。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '少腹寒凝血瘀者宜温灸；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI15: {
    area: '腹部——下腹',
    location: '在下腹部，脐中下1寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐下1寸的 CV7，再向外旁开半寸。',
    needling: { directions: '直刺0.8～1.2寸（文献记载为0.5～1.5寸）。' },
    sensation: '脐周及脐下胀感。',
    safety: {
      pregnancy: '下腹部腧穴，位于子宫之上，传统上孕期避用。',
    },
    cautions: '孕妇禁用；体瘦者肠管贴近腹壁，宜浅刺。腹中包块或疝气处不可针刺，针前先排空膀胱。',
    actions: ['调理肠腑', '调理下焦，调经'],
    indications: ['便秘', '泄泻', '月经不调', '少腹痛'],
    commentary:
      '本穴为次要穴位，主要用于肠腑病症，尤其是燥结便秘，以及少腹疼痛。常在以 CV7 和 ST26 为主的处方中作局部配穴。\n\n穴名有“注入中央”之意：肾气于此注入腹中，可润养肠道，故本穴更宜于年老体虚者的燥结便秘，而非热结便秘。取舍以按诊为准：脐下及脐旁紧张或压痛时取之。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于寒性腹痛及便溏；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI16: {
    area: '腹部——脐旁',
    location: '在腹部，脐中旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '在脐中旁开半寸、与脐相平处取穴，正当脐缘外侧。',
    needling: { directions: '直刺0.8～1.2寸（文献记载为0.5～1.5寸），避开脐孔本身。' },
    sensation: '脐周胀感，有时扩散至全腹。',
    safety: {
      pregnancy: '位于脐旁；子宫升至此平面后不可深刺。',
    },
    cautions: '不可刺入脐中。孕妇禁用。体瘦者肠管贴近腹壁，宜浅刺。',
    actions: ['补肾', '调理肠腑，止腹痛', '温理下焦'],
    indications: ['绕脐痛', '便秘或泄泻', '腹胀、腹冷', '疝气', '月经不调'],
    commentary:
      '“肓”指脏腑周围的膜，背部的 BL51 亦以此为名。本穴治脐周腹部病症：腹部绞痛、便秘、寒泻。\n\n冲脉与肾经并行于脐旁，经过此处，故本穴常用于针对冲脉的治疗。',
    classicalSources: [
      { work: '《素问·骨空论》', note: '记述冲脉与足少阴经并行，挟脐两旁上行。' },
    ],
    therapyNotes: {
      moxibustion: '寒性腹痛宜温灸；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI17: {
    area: '腹部——上腹',
    location: '在上腹部，脐中上2寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐上2寸的 CV10，再向外旁开半寸。',
    needling: { directions: '直刺0.5～1寸。' },
    sensation: '上腹局部胀感。',
    safety: {
      pregnancy: '腹部腧穴，妊娠后期禁深刺。',
    },
    cautions: '体瘦者及饭后宜浅刺。妊娠后期禁用。',
    actions: ['调理肠腑', '消积止痛'],
    indications: ['腹痛', '便秘', '泄泻', '腹中积聚'],
    commentary:
      '“商”为五音中属金之音，大肠五行属金，穴名暗指其深部结肠的弯曲。本穴用于肠道疼痛、便秘和泄泻。\n\n本穴作为结肠的局部穴，用于脐上一带出现绞痛或可触及积块时。常配旁边的 CV10 及下肢胃经的远端穴；宜在饭前针刺，不宜饭后。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于寒性腹痛及泄泻；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI18: {
    area: '腹部——上腹',
    location: '在上腹部，脐中上3寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐上3寸的 CV11，再向外旁开半寸。',
    needling: { directions: '直刺0.5～1寸。' },
    sensation: '上腹局部胀感。',
    safety: {
      pregnancy: '腹部腧穴，妊娠后期禁深刺。',
    },
    cautions: '体瘦者及饭后宜浅刺。妊娠后期禁用。',
    actions: ['和胃降逆', '调理下焦与胞宫', '行滞'],
    indications: ['呕吐、呃逆', '便秘', '产后腹痛', '不孕'],
    commentary:
      '本穴上连胃腑，下通胞宫。既能降上逆之胃气（呕吐、呃逆），又通过冲脉用于不孕及产后腹痛。\n\n临床上多凭按诊选用：恶心或呃逆的患者，CV11 旁出现硬结压痛时取之。用于妇科时，宜作为腹部肾经诸穴中的一环，而不单独使用。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于胃寒及腹痛；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI19: {
    area: '腹部——上腹',
    location: '在上腹部，脐中上4寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐与胸骨下端连线中点的 CV12，再向外旁开半寸。',
    needling: { directions: '直刺0.5～1寸。' },
    sensation: '胃脘部胀感。',
    safety: {
      pregnancy: '腹部腧穴，妊娠后期禁深刺。',
    },
    cautions: '体瘦者及饱餐后宜浅刺。妊娠后期禁用。',
    actions: ['和胃', '降逆', '止痛'],
    indications: ['胃脘痛、痞满', '肠鸣', '恶心、呕吐', '不孕'],
    commentary:
      '本穴与胃之募穴 CV12 相平，用法亦同，治胃脘痞满、疼痛、肠鸣、恶心。为局部配穴，多作辅助而不单独选用。\n\n上腹部压痛略偏离正中线时，或 CV12 本身不便针刺时，本穴尤为适用。其治不孕的古老用法，源于贯穿腹部诸肾经穴的冲脉。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于胃寒；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI20: {
    area: '腹部——上腹',
    location: '在上腹部，脐中上5寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到脐上5寸的 CV13，再向外旁开半寸。',
    needling: { directions: '直刺0.5～0.8寸；上腹部不可更深。' },
    sensation: '肋下局部胀感。',
    safety: {
      pregnancy: '腹部腧穴，妊娠后期禁深刺。',
      organ: '深部可能为肝左叶，宜浅刺，肝大者尤须注意。',
    },
    cautions: '宜浅刺；针前先检查有无肝大。妊娠后期禁用。',
    actions: ['和中', '宽胸', '宁心'],
    indications: ['呕吐、消化不良', '胃脘痛、痞满', '心悸、焦虑', '暴喑'],
    commentary:
      '足部的 BL66 与本穴同名，故本穴冠以“腹”字以示区别。它兼治胃与胸：呕吐及肋下胀满，也治上腹部自觉的心悸与焦虑。\n\n消化道症状伴有气压上冲胸中之感时，以及突然失音时，可选本穴。针前先检查上腹部，进针宜浅，因深部可能为肝脏。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于胃寒；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI21: {
    area: '腹部——上腹，胸骨下',
    location: '在上腹部，脐中上6寸，前正中线旁开半寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '先找到胸骨下端下二寸的 CV14，再向外旁开半寸，正当肋缘内侧。',
    needling: { directions: '直刺0.5～0.8寸。不可深刺，也不可向上斜刺至肋下。' },
    sensation: '上腹顶端局部胀感。',
    safety: {
      organ: '右侧深部为肝脏，深刺或向上斜刺可伤及，肝大者尤甚。',
      pregnancy: '腹部腧穴，妊娠后期禁深刺。',
    },
    cautions: '针前先触诊有无肝大。宜浅刺、直刺。妊娠后期禁用。',
    actions: ['健脾和胃', '降逆止呕', '利乳'],
    indications: ['恶心、呕吐', '胃脘痛、呃逆', '泄泻', '乳房疼痛、乳汁不畅'],
    commentary:
      '本穴是肾经在腹部的最后一穴，也是与冲脉共用的最高一穴，冲脉由此继续散布于胸中。本穴主要用于恶心、呕吐。\n\n穴名“幽门”，古时亦为胃下口（幽门）的名称。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '用于寒性呕吐、泄泻；孕妇禁灸。',
    },
    classificationNotes: {
      meeting: '足少阴经与冲脉交会',
    },
  },
  KI22: {
    area: '胸部——前面，胸骨旁',
    location: '在胸部，第五肋间隙，前正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到第五肋间隙（男性在乳头平面下一肋间），沿肋间隙向内至前正中线旁开2寸处，约当胸骨边缘与乳中线的中点。',
    needling: { directions: '沿肋间隙向外斜刺或平刺0.5～0.8寸。不可直刺，不可深刺。' },
    sensation: '胸壁局部胀感。',
    safety: {
      lung: '胸壁菲薄，深部为胸膜和肺脏，只可浅刺、斜刺，以防刺伤肺脏引起气胸。',
      organ: '左侧此肋间隙深部紧邻心脏，肺缘在此未能覆盖。',
    },
    cautions: '针身平贴肋间隙；体瘦者及肺气肿患者尤须小心。如患者出现咳嗽或突发胸痛，应立即停针。',
    actions: ['降肺胃之气', '宽胸理气', '利乳'],
    indications: ['咳嗽、气喘', '胸胁胀满疼痛', '乳痈', '呕吐、纳差'],
    commentary:
      '本穴为肾经在胸部六穴中的第一穴，六穴均在前正中线旁开2寸，依次位于相邻的肋间隙中。它们同治咳嗽、气喘、胸闷，多依压痛选用。\n\n在经气出入体系中，肾经于本穴将经气传至心包经的 PC1。',
    classicalSources: [],
    therapyNotes: {
      cupping: '胸部平坦者可用小罐；乳房组织上不宜。',
      guaSha: '沿肋骨向外轻刮。',
    },
    classificationNotes: {
      exit: '经气传至心包经 PC1',
    },
  },
  KI23: {
    area: '胸部——前面，胸骨旁',
    location: '在胸部，第四肋间隙，前正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到第四肋间隙（男性平乳头），沿肋间隙向内至前正中线旁开2寸处。',
    needling: { directions: '沿肋间隙向外斜刺或平刺0.5～0.8寸。不可直刺，不可深刺。' },
    sensation: '胸壁局部胀感。',
    safety: {
      lung: '胸壁菲薄，深部为胸膜和肺脏，只可浅刺、斜刺，以防刺伤肺脏引起气胸。',
      organ: '左侧此肋间隙深部紧邻心脏。',
    },
    cautions: '针身平贴肋间隙；体瘦者尤须小心。如出现咳嗽或突发胸痛，应立即停针。',
    actions: ['降肺气，宽胸', '利乳', '宁心'],
    indications: ['咳嗽、气喘', '胸满', '乳痈、乳房肿胀', '心悸、焦虑'],
    commentary:
      '与胸上部其他肾经穴一样，神封兼治咳嗽、胸闷与心神：其名即有神被封藏之意。亦用于乳房肿痛。\n\n咳嗽或胸闷位于乳头平面时，或乳房肿胀压痛时，选本穴优于邻穴；女性此穴常在乳房组织之下，此时以指压代针。左侧尤须注意针刺深度。',
    classicalSources: [],
    therapyNotes: {
      cupping: '只可用小罐，乳房组织上不宜。',
      guaSha: '沿肋骨向外轻刮。',
    },
    classificationNotes: {},
  },
  KI24: {
    area: '胸部——前面，胸骨旁',
    location: '在胸部，第三肋间隙，前正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自胸骨角平对的第2肋向下数至第三肋间隙，沿肋间隙至前正中线旁开2寸处。',
    needling: { directions: '沿肋间隙向外斜刺或平刺0.5～0.8寸。不可直刺，不可深刺。' },
    sensation: '胸壁局部胀感。',
    safety: {
      lung: '胸壁菲薄，深部为胸膜和肺脏，只可浅刺、斜刺，以防刺伤肺脏引起气胸。',
    },
    cautions: '针身平贴肋间隙；如出现咳嗽或突发胸痛，应立即停针。',
    actions: ['降肺气，宽胸', '利乳', '安神'],
    indications: ['咳嗽、气喘', '胸胁胀满疼痛', '乳痈', '心悸、焦虑、善恐'],
    commentary:
      '本穴为胸部局部穴，许多慢性咳嗽或胸闷患者此处有压痛。穴名中的“灵”，反映其第二种用途：治疗胸中自觉的焦虑与心悸。\n\n胸部的肾经诸穴最好凭手感选取：沿这一列按压，针刺压痛者。焦虑如重物压在上胸部的人，本穴常有反应，可与胸骨正中线上的穴位相配。',
    classicalSources: [],
    therapyNotes: {
      cupping: '只可用小罐，乳房组织上不宜。',
      guaSha: '沿肋骨向外轻刮。',
    },
    classificationNotes: {},
  },
  KI25: {
    area: '胸部——前面，胸骨旁',
    location: '在胸部，第二肋间隙，前正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到胸骨角（第2肋与胸骨相接处的横嵴），落入第2肋下方的肋间隙，沿之至前正中线旁开2寸处。',
    needling: { directions: '沿肋间隙向外斜刺或平刺0.5～0.8寸。不可直刺，不可深刺。' },
    sensation: '上胸部局部胀感。',
    safety: {
      lung: '胸壁菲薄，深部为胸膜和肺脏，只可浅刺、斜刺，以防刺伤肺脏引起气胸。',
    },
    cautions: '针身平贴肋间隙；如出现咳嗽或突发胸痛，应立即停针。',
    actions: ['降肺止咳', '宽胸理气', '安神'],
    indications: ['咳嗽、气喘', '胸痛、胸闷', '焦虑、烦躁', '呕吐'],
    commentary:
      '与邻穴一样用于咳嗽、气喘，以及随之而来的胸部紧闷与焦虑。胸中窒塞时，常与 CV17、LU1 相配。\n\n穴名“神藏”，说明其作用兼及心神与肺。慢性咳嗽因忧虑而加重，或烦躁不安以致气短时，可选本穴。与胸部其他穴位一样，宜向外平刺。',
    classicalSources: [],
    therapyNotes: {
      cupping: '只可用小罐。',
      guaSha: '沿肋骨向外轻刮。',
    },
    classificationNotes: {},
  },
  KI26: {
    area: '胸部——前面，锁骨下',
    location: '在胸部，第一肋间隙，前正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '在锁骨下方找到第一肋，落入其下的肋间隙，沿之至前正中线旁开2寸处。',
    needling: { directions: '沿肋间隙向外斜刺或平刺0.5～0.8寸。不可直刺，不可深刺。' },
    sensation: '锁骨下局部胀感。',
    safety: {
      lung: '胸壁菲薄，深部为胸膜和肺脏，只可浅刺、斜刺，以防刺伤肺脏引起气胸。',
    },
    cautions: '针身平贴肋间隙；如出现咳嗽或突发胸痛，应立即停针。',
    actions: ['降肺气', '化痰', '宽胸'],
    indications: ['咳嗽痰多', '气喘', '胸胁胀满', '纳差'],
    commentary:
      '痰浊壅胸时选用：咳嗽痰鸣、气喘、锁骨下有压迫感。本穴为局部穴，此类患者多有压痛。\n\n可配下肢化痰的穴位及旁边的上胸部诸穴。可加锁骨下轻柔拔罐或轻刮；针刺只可沿肋间隙向外平刺。',
    classicalSources: [],
    therapyNotes: {
      cupping: '只可用小罐。',
      guaSha: '沿锁骨下向外轻刮。',
    },
    classificationNotes: {},
  },
  KI27: {
    area: '胸部——前面，锁骨下',
    location: '在胸部，锁骨下缘，前正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '手指自胸锁关节沿锁骨下缘向外推，约在前正中线旁开二寸、KI26 直上处，于锁骨与第一肋之间触到一小凹陷。',
    needling: { directions: '向外斜刺或平刺0.5～0.8寸，保持在锁骨下方。不可直刺，不可深刺。' },
    sensation: '锁骨下局部胀感，有时有胸中开阔之感。',
    safety: {
      lung: '深部紧邻肺尖及胸膜，只可浅刺、斜刺，以防刺伤肺脏引起气胸。',
      vessel: '锁骨下动、静脉行于锁骨深面，不可向上斜刺至锁骨下方。',
    },
    cautions: '针宜浅而平；不可向上刺入锁骨后方，也不可刺向正中线。',
    actions: ['降肺胃上逆之气', '止咳平喘', '宽胸理气'],
    indications: ['咳嗽、气喘、气短', '胸痛、胸闷', '恶心、呕吐', '纳差'],
    commentary:
      '本穴为肾经体表循行的最后一穴；其内行支脉由肺继续上行，至咽喉、舌本。穴名与背部的输穴相关，用以降上逆之气：慢性咳喘、嗳气、呕吐。\n\n哮喘患者此处常有压痛，发作时与 CV17 同用指压，十分实用。',
    classicalSources: [],
    therapyNotes: {
      cupping: '锁骨处凹凸不平，不宜拔罐。',
      guaSha: '沿锁骨下轻刮。',
    },
    classificationNotes: {},
  },
};
