import type { PointTextsByCode } from '../../textsSchema.ts';

/** 手太阳小肠经 SI1–SI19：简体中文穴位文字。 */
export const smallIntestineTexts: PointTextsByCode = {
  SI1: {
    area: '小指——指甲尺侧',
    location: '在手指，小指末节尺侧，距指甲尺侧角0.1寸（指寸），即沿指甲尺侧缘与指甲基底缘各作一直线的交点处。',
    convention: '依 WHO 2008 标准',
    howToLocate: '在小指指甲的外侧（尺侧），将指甲侧缘与基底缘各延长成线，两线交点即是，正当指甲角稍外。',
    needling: { directions: '针尖朝向手掌方向浅刺约0.1寸，或点刺出血数滴。' },
    sensation: '局部锐利刺痛。',
    safety: {
      painful: '指端穴位针刺时十分敏感。',
    },
    cautions: '点刺前须严格消毒。事先告知患者指端非常敏感，放血后以干净棉球按压。有出血倾向者不宜点刺。',
    actions: ['通乳，利乳房', '清热，利咽明目', '开窍苏厥'],
    indications: ['乳汁不足', '乳痈、乳房肿痛', '咽喉肿痛、目赤、头痛', '昏迷、高热', '项强'],
    commentary:
      '本穴为小肠经井穴，五行属金，手太阳经在此承接手少阴经自 HT9 传来之气。其特有的作用在乳房：是通乳及治疗乳痈的主要远端穴之一，常配 CV17、ST18。\n\n作为井穴，本穴亦能清上部之热，并有开窍苏厥之功。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为手太阳经井穴。' },
    ],
    therapyNotes: {
      moxibustion: '乳少者可用小艾炷或艾条灸。',
      bloodletting: '发热、咽痛或乳房急性肿胀时点刺出血。',
    },
    classificationNotes: {
      entry: '承接自 HT9 传来的心经',
    },
  },
  SI2: {
    area: '小指——尺侧，掌指关节远端',
    location: '在手指，第五掌指关节尺侧远端的凹陷中，赤白肉际处。',
    convention: '依 WHO 2008 标准；微握拳时，当该关节掌侧横纹的尺侧端。',
    howToLocate: '手指微屈，沿小指根部的横纹向外至尺侧缘的末端，穴即在此，正当掌指关节之前。',
    needling: { directions: '直刺0.3～0.5寸（许多书限于0.2～0.3寸）。' },
    sensation: '局部锐利酸痛。',
    safety: {},
    cautions: '宜浅刺；关节囊紧贴穴位后方。皮肤敏感，宜快速进针，不可刺入关节腔。',
    actions: ['清热消肿', '聪耳明目利咽', '通乳'],
    indications: ['发热无汗', '耳鸣、目痛、咽喉肿痛', '乳少、乳痈', '手指麻木', '项强'],
    commentary:
      '本穴为小肠经荥穴，五行属水。与多数荥穴一样，主要用于清热，此处清的是手太阳经上部之热：耳、目、咽喉。\n\n与 SI1 同样可治乳少及乳房肿胀。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为手太阳经荥穴。' },
    ],
    therapyNotes: {},
    classificationNotes: {},
  },
  SI3: {
    area: '手部——尺侧缘，小指掌指关节后',
    location: '在手内侧，第五掌指关节尺侧近端的凹陷中，赤白肉际处。',
    convention: '依 WHO 2008 标准；微握拳时，当远侧掌横纹的尺侧端。',
    howToLocate: '令患者轻握拳，远侧掌横纹在小指侧掌指关节后方终止于一小皮肤褶皱，穴在该横纹头处。',
    needling: {
      directions: '轻握拳，向第二掌骨掌侧（LI3 或 PC8 方向）直刺0.5～1寸。手指拘挛者可向掌心深透。',
    },
    sensation: '强烈酸胀感扩散至手掌，有时至手指。',
    safety: {},
    cautions: '强刺激时相当疼痛，应视患者耐受调整。针刺时常鼓励患者缓缓活动颈部。',
    actions: ['舒筋利项背、利脊柱', '通调督脉', '祛风清热，兼解表热', '宁心安神', '聪耳明目'],
    indications: ['落枕、急性颈痛、挥鞭样损伤', '急性腰扭伤、脊柱疼痛', '后头痛', '恶寒发热、疟疾', '癫痫、癫狂', '耳鸣、耳聋、目赤'],
    commentary:
      '本穴为小肠经输穴，五行属木；木生火，故为本火经的母穴，用于补法。但其声名主要来自八脉交会穴：通督脉，与 BL62 相配。\n\n本穴是急性颈项强痛及沿脊柱疼痛的首选远端穴；急性腰扭伤时，常在行针的同时令患者弯腰、转体。\n\n通过督脉，本穴亦治癫痫等脑及神志疾病，并能清解留于表里之间的邪热，这也是古人用之治疟的道理。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为手太阳经输穴。' },
      { work: '窦汉卿《针经指南》', note: '将其与 BL62 配对，列入通奇经八脉的八穴。' },
    ],
    therapyNotes: {
      guaSha: '颈部紧张时沿手掌尺侧缘刮拭。',
    },
    classificationNotes: {
      confluent: '通督脉',
    },
  },
  SI4: {
    area: '手部——尺侧缘，第五掌骨基底部',
    location: '在腕区，第五掌骨底与三角骨之间的凹陷中，赤白肉际处。',
    convention: '依 WHO 2008 标准',
    howToLocate: '手指置于 SI3，沿第五掌骨尺侧缘向后推，至被一骨性隆起（掌骨底）挡住，穴在其后方、掌骨与腕骨之间的凹陷中。',
    needling: { directions: '向掌心方向直刺0.3～0.5寸。' },
    sensation: '腕部局部酸痛。',
    safety: {},
    cautions: '只可浅刺，腕骨间关节紧邻。不可刺入关节间隙，进针时手腕宜放松。',
    actions: ['清利湿热', '通经止痛', '利腕指'],
    indications: ['黄疸、胁痛', '腕部疼痛无力、手指拘挛', '头项强痛', '耳鸣、目疾', '发热无汗'],
    commentary:
      '本穴为小肠经原穴。其经典的特殊用途是治疗湿热黄疸，常配 GB34 及肝胆经穴。\n\n局部则是治疗腕痛及手指拘挛僵硬的良穴。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为手太阳经原穴。' },
    ],
    therapyNotes: {},
    classificationNotes: {
      source: '小肠经原穴',
    },
  },
  SI5: {
    area: '腕部——尺侧，尺骨茎突下',
    location: '在腕后区，三角骨与尺骨茎突之间的凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '在腕部小指侧找到尺骨茎突尖端，穴在其远端（向手的一侧）的凹陷中，当腕背横纹的尺侧端。',
    needling: { directions: '于凹陷中直刺0.3～0.5寸。' },
    sensation: '腕部酸痛。',
    safety: {},
    cautions: '避开关节囊，宜浅刺。进针应在凹陷中，不可刺入两旁的肌腱；腕部红肿发炎时不宜强刺激。',
    actions: ['清热消肿', '宁心安神', '利腕关节'],
    indications: ['腕痛及臂外侧痛', '颈颔肿', '耳鸣、耳聋、牙痛', '热病、狂言'],
    commentary:
      '本穴为小肠经经穴，五行属火：火经之火穴，故为本经的本穴。主要用于局部腕痛，以及颈、颔、耳部的热证。\n\n在本经腕部诸穴中，本穴专于清热：颈颔肿胀、耳鸣、牙痛、发热狂言。治腕痛时可配腕背邻近诸穴；手略向拇指侧偏时，凹陷最易触及。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为手太阳经经穴。' },
    ],
    therapyNotes: {},
    classificationNotes: {
      horary: '火经之火穴',
    },
  },
  SI6: {
    area: '前臂——背面，尺骨头旁',
    location: '在前臂后区，腕背横纹上1寸，尺骨头桡侧凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '掌心向下，指尖置于尺骨头最高点上；然后将掌心转向胸部，手指即滑入尺骨桡侧的骨缝中，此缝即是本穴。',
    needling: { directions: '掌心向胸，向肘方向斜刺0.5～0.8寸。' },
    sensation: '酸胀感可沿前臂上传至肘部或肩部。',
    safety: {},
    cautions: '须按上述方法转动前臂取穴，否则骨缝闭合。',
    actions: ['明目', '舒筋止急痛', '通经活络'],
    indications: ['目视不明，尤见于老年人', '肩胛、肩臂急性疼痛', '急性颈痛或腰痛', '腕痛'],
    commentary:
      '本穴为小肠经郄穴。按阳经郄穴的通常规律，用于本经循行部位的急性疼痛，尤其是肩部及肩胛骤然僵痛。\n\n穴名“养老”，源于其传统上用于老年视力衰退及身体僵硬。',
    classicalSources: [
      { work: '《针灸甲乙经》', note: '以其为手太阳经郄穴。' },
    ],
    therapyNotes: {
      moxibustion: '传统上温灸以治视力衰退。',
    },
    classificationNotes: {
      cleft: '小肠经郄穴',
    },
  },
  SI7: {
    area: '前臂——背内侧，中部',
    location: '在前臂后区，尺骨内侧缘与尺侧腕屈肌之间，腕背横纹上5寸，当 SI5 与 SI8 连线上。',
    convention: '依 WHO 2008 标准；SI5 与 SI8 连线中点向远端1寸。',
    howToLocate: '找到腕部 SI5 与肘部 SI8 连线的中点，沿尺骨内侧缘向腕部退一寸即是。',
    needling: { directions: '沿尺骨边缘直刺或稍斜刺0.5～0.8寸。' },
    sensation: '局部酸胀，沿前臂扩散。',
    safety: {},
    cautions: '无特殊危险。紧贴尺骨边缘进针，避开可见的静脉；若有麻感传至小指，说明触及尺神经，应稍退针。',
    actions: ['宁心安神', '清热解表', '通经止痛'],
    indications: ['焦虑、惊恐、癫狂及抑郁', '恶寒发热、项强', '肘臂疼痛无力', '疣赘', '头痛、眩晕'],
    commentary:
      '本穴为小肠经络穴，其络脉入于心经，故用于从恐惧、悲伤到烦躁等各种情志病。\n\n古来有用本穴治疣及皮肤小赘生物的经验，其依据是古籍对其络脉病候的描述。',
    classicalSources: [
      { work: '《灵枢·经脉》', note: '以其为手太阳经络穴。' },
    ],
    therapyNotes: {},
    classificationNotes: {
      connecting: '小肠经络穴',
    },
  },
  SI8: {
    area: '肘部——后内侧，尺神经沟',
    location: '在肘后区，尺骨鹰嘴与肱骨内上髁之间的凹陷中。',
    convention: '依 WHO 2008 标准；位于尺神经沟中。',
    howToLocate: '微屈肘，在肘尖（尺骨鹰嘴）与肘内侧骨性突起（肱骨内上髁）之间有一沟，穴在沟中，正当俗称“麻筋”的神经之上。',
    needling: { directions: '直刺0.3～0.5寸，手法宜轻；如有触电感传至小指，说明已触及神经，应稍退针。' },
    sensation: '麻感或触电感传至无名指与小指。',
    safety: {
      nerve: '正当尺神经沟中的尺神经之上，不宜反复或深刺。',
    },
    cautions: '不宜强刺激；在神经上方切忌提插。',
    actions: ['清利湿热', '宁心安神', '通经止痛'],
    indications: ['肘及上肢尺侧疼痛、麻木', '颈颊肿、瘰疬', '癫痫、癫狂', '耳鸣、耳聋'],
    commentary:
      '本穴为小肠经合穴，五行属土；火生土，故为本经子穴，用于泻法。多作局部穴，治肘部及前臂小指侧的疼痛、麻木。\n\n古代亦用于颈部肿块及癫痫等神志疾病。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '以其为手太阳经合穴。' },
    ],
    therapyNotes: {
      guaSha: '压迫神经令人不适。',
    },
    classificationNotes: {},
  },
  SI9: {
    area: '肩部——后方，腋后纹头上',
    location: '在肩胛区，肩关节后下方，腋后纹头直上1寸。',
    convention: '依 WHO 2008 标准；上臂自然下垂时量取。',
    howToLocate: '上臂垂于体侧，找到腋后皮肤皱襞的顶端，直上1寸，穴在三角肌后方、肩胛骨外侧缘之上。',
    needling: { directions: '直刺1～1.5寸，或向腋窝方向斜刺；切不可向内侧朝胸腔刺。' },
    sensation: '肩后沉重酸胀，有时沿上臂放散至手指。',
    safety: {
      lung: '针尖向内侧时可越过肋骨进入胸腔；针尖应朝前或朝腋窝，以防刺伤肺脏引起气胸。',
    },
    cautions: '严格按所述角度进针；体瘦者取较浅的深度。',
    actions: ['祛风利肩', '通经止痛'],
    indications: ['肩胛疼痛', '上臂不能上举', '上肢麻木或瘫痪', '耳鸣'],
    commentary:
      '本穴是肩后部的要穴，用于肩凝症、手臂后伸疼痛及上肢无力。常配 LI15、TE14 及肩袖后部肌肉的压痛点。\n\n疼痛位于腋后、手臂不能横过胸前或背到身后时选用。针尖朝前或朝腋窝，切不可朝向胸腔；出现沿上臂下传的强烈酸胀，说明已达适当层次。其古代治耳鸣的用法，是循本经上行至耳之故。',
    classicalSources: [],
    therapyNotes: {
      cupping: '肩后部拔罐吸附良好。',
      bloodletting: '局部急性瘀滞可刺络拔罐。',
    },
    classificationNotes: {},
  },
  SI10: {
    area: '肩部——后方，肩胛冈下',
    location: '在肩胛区，腋后纹头直上，肩胛冈下缘凹陷中。',
    convention: '依 WHO 2008 标准；在 SI9 直上。',
    howToLocate: '自 SI9 直向上推，至手指触到肩胛冈下缘，穴在骨下凹陷中。',
    needling: { directions: '直刺或斜刺0.8～1.5寸，刺入三角肌后部及冈下肌。' },
    sensation: '肩后深部酸痛。',
    safety: {},
    cautions: '无特殊危险，骨面可阻挡针尖。不可自此向下朝腋窝斜刺，体瘦者取较浅的深度。',
    actions: ['利肩关节', '消肿止痛'],
    indications: ['肩部肿痛', '上臂无力或不能上举', '瘰疬'],
    commentary:
      '本穴为肩后部的局部穴，也是与阳维脉、阳跷脉的交会穴。疼痛位于肩关节后上方、肩胛冈下时尤为适用。\n\n与下方的 SI9 及肩胛中央的穴位组成治疗肩后僵痛的常用穴组，可依压痛取舍。疼痛遇寒加重时，施灸或拔罐有效。',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {
      meeting: '手太阳经与阳维脉、阳跷脉交会（一说并会足太阳经）',
    },
  },
  SI11: {
    area: '肩胛部——冈下窝',
    location: '在肩胛区，肩胛冈中点与肩胛骨下角连线的上三分之一与下三分之二交点凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自肩胛冈中点向下至肩胛骨下角画一连线，三等分，穴在上三分之一处，当冈下肌中央；按压时多有明显压痛。',
    needling: { directions: '直刺至骨面，或向多个方向斜刺，0.5～1寸。' },
    sensation: '肩胛部强烈酸胀扩散，常传至上臂或胸前。',
    safety: {},
    cautions: '肩胛骨较薄，不可用力将针抵向骨面。',
    actions: ['通经止痛', '行胸乳之气', '利肩胛'],
    indications: ['肩胛及肩部疼痛', '上臂不能上举', '乳房疼痛、乳痈、乳少', '胸胁胀满、咳嗽'],
    commentary:
      '本穴是最常用的肩部穴之一，肩或上臂疼痛时几乎都有压痛。用力按压常使疼痛缓解，并有感觉沿手臂下传。\n\n本穴在背部正与乳房相对，是治疗乳房疼痛、乳痈及乳汁不畅的常用穴。',
    classicalSources: [],
    therapyNotes: {
      bloodletting: '急性乳痈或局部瘀滞可刺络拔罐。',
    },
    classificationNotes: {},
  },
  SI12: {
    area: '肩胛部——冈上窝',
    location: '在肩胛区，冈上窝中，肩胛冈中点直上。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到肩胛冈中点，向上进入其上方的凹陷（冈上窝）；举臂时出现凹陷。',
    needling: { directions: '直刺或斜刺0.5～1寸，刺入冈上肌，冈上窝底部可阻挡针尖。' },
    sensation: '肩胛上部酸痛沉重。',
    safety: {},
    cautions: '不可越过肩胛上缘向前朝颈部斜刺。',
    actions: ['祛风利肩胛', '通经活络'],
    indications: ['肩胛疼痛', '上臂不能上举', '上肢麻木酸痛'],
    commentary:
      '本穴为冈上肌区域的局部穴，用于举臂时疼痛。是手三阳经与足少阳经的交会穴。\n\n穴名“秉风”，反映古人认为风邪易留于肩胛上部，引起上肢酸痛麻木。手臂外展上举时肩上部疼痛者选用，可在肩胛冈上方的窝中寻找压痛的条索。',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {
      meeting: '手太阳、手阳明、手少阳与足少阳经交会',
    },
  },
  SI13: {
    area: '肩胛部——冈上窝内侧端',
    location: '在肩胛区，肩胛冈内侧端上缘凹陷中。',
    convention:
      '依 WHO 2008 标准；取肩胛冈内侧端上方。传统以 SI10 与第2胸椎棘突连线的中点作为核对，肩宽者此点略偏外。',
    howToLocate: '沿肩胛冈向脊柱方向推至其末端，穴在该端上方的凹陷中，约当 SI10 与第2胸椎棘突连线的中点。',
    needling: { directions: '针尖向外斜刺至肩胛骨面，0.5～0.8寸（只有在下方可触及骨面处方可直刺，深不过1寸）。' },
    sensation: '肩胛内上角局部酸痛。',
    safety: {
      lung: '靠近肩胛骨内侧缘处肋骨与胸膜贴近；针尖应向外刺向骨面，以防刺伤肺脏引起气胸。',
    },
    cautions: '不可向内侧斜刺，不可深刺。针身应保持在肩胛骨面之上，体瘦者尤须注意；患者出现咳嗽或突发胸痛时应立即停针。',
    actions: ['利肩胛', '舒筋止痛'],
    indications: ['肩胛疼痛、僵硬', '两肩胛间紧张', '转身时上背痛'],
    commentary:
      '本穴为局部穴，治肩胛内上角的疼痛及肌肉结节，此处是伏案工作者常见的紧张部位。\n\n多凭按诊选用，配合颈根部及脊柱旁的邻近穴位。针尖应向外朝骨面；在此角施以指压、拔罐或刮痧，往往与针刺同样有效。',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  SI14: {
    area: '上背部——第1胸椎平面，旁开3寸',
    location: '在脊柱区，第1胸椎（T1）棘突下缘平面，后正中线旁开3寸。',
    convention: '依 WHO 2008 标准；位于肩胛冈内侧端的垂直线上。',
    howToLocate: '找到第1胸椎（第7颈椎下的第一个明显棘突），向外旁开3寸，至肩胛骨内侧缘的垂直线上。',
    needling: { directions: '向外朝肩胛骨方向斜刺0.5～0.8寸。切不可直刺深刺。' },
    sensation: '颈根部及肩胛上部酸胀沉重。',
    safety: {
      lung: '深部上位肋骨下为肺尖，直刺过深有引起气胸的危险。',
    },
    cautions: '只可斜刺、浅刺，体瘦者尤须注意。',
    actions: ['祛风散寒', '舒筋止痛', '利颈肩'],
    indications: ['肩背冷痛', '项强', '痛连肘部'],
    commentary:
      '本穴为上背部及颈根部的局部穴，常与 SI15、GB21 同用，治疗感受风寒后的颈肩僵硬。\n\n提肩胛的肌肉在其附着处——肩胛骨内上角——附近出现结节时，应在此处寻找压痛。遇寒僵硬加重者，可施灸或拔罐温之；针刺只可向外朝肩胛骨斜刺，因肺尖紧邻。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '适用于寒凝僵硬。',
    },
    classificationNotes: {},
  },
  SI15: {
    area: '上背部——第7颈椎平面，旁开2寸',
    location: '在脊柱区，第7颈椎（C7）棘突下缘平面，后正中线旁开2寸。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到颈根部最突出的第7颈椎，向两侧各旁开2寸。',
    needling: { directions: '针尖向外斜刺0.5～0.8寸；避免直刺深刺。' },
    sensation: '颈根部酸胀，有时扩散至肩部。',
    safety: {
      lung: '胸膜顶升至此平面附近，针宜斜刺、浅刺，以防刺伤肺脏引起气胸。',
    },
    cautions: '只可斜刺、浅刺。切不可直刺或朝胸腔方向刺，体瘦者尤须注意；一旦出现咳嗽或突发胸痛，应立即停针。',
    actions: ['降肺止咳', '止肩背痛'],
    indications: ['咳嗽、气喘、咯血', '肩背疼痛', '项强', '目视不明'],
    commentary:
      '本穴除用于颈及上背部的局部病症外，古来还用于咳嗽、气喘，这一作用与上肺部附近诸穴相同。\n\n临床上多用于颈根部僵硬连及肩部，配局部压痛点；亦作为背部穴治疗慢性咳嗽。胸膜顶在其附近，故宜浅斜刺，或用拔罐、刮痧。',
    classicalSources: [],
    therapyNotes: {},
    classificationNotes: {},
  },
  SI16: {
    area: '颈部——外侧，胸锁乳突肌后',
    location: '在颈部，横平甲状软骨上缘，胸锁乳突肌后缘。',
    convention: '依 WHO 2008 标准；与 ST9、LI18 相平，在该肌后方。',
    howToLocate: '平喉结上缘，先在胸锁乳突肌中部找到 LI18，再向后越过该肌后缘即是。',
    needling: { directions: '直刺0.5～0.8寸（有的书为1寸），针尖不可朝向颈前。' },
    sensation: '局部酸胀，有时向耳部或肩部扩散。',
    safety: {
      vessel: '颈内静脉及颈动脉位于深部前方，避免深刺或向前斜刺。',
    },
    cautions: '进针不超过所述深度。针尖不可朝向颈前；进针前先触按动脉搏动，出针后按压。',
    actions: ['利耳咽', '宁心安神', '疏通颈部经气'],
    indications: ['暴喑、咽喉肿痛', '耳鸣、耳聋', '颈项强痛', '颊肿'],
    commentary:
      '本穴为天牖五部穴之一，用于气阻于躯干与头部之间的病症：暴喑、咽喉闭塞、暴聋。\n\n《灵枢》将其列入环绕颈部的一组穴位，各属一经。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '将天窗列入环颈诸穴，属手太阳经。' },
    ],
    therapyNotes: {
      moxibustion: '只可轻用艾条灸。',
      guaSha: '沿颈侧向下轻刮。',
    },
    classificationNotes: {},
  },
  SI17: {
    area: '颈部——下颌角后',
    location: '在颈部，下颌角后方，胸锁乳突肌前缘凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '找到下颌角，手指滑至其后方，穴在下颌与胸锁乳突肌前缘之间的软凹陷中。',
    needling: { directions: '向舌根方向直刺0.5～0.8寸（有的书至1寸）；避免更深。' },
    sensation: '酸胀感可扩散至咽喉、舌或耳部。',
    safety: {
      vessel: '颈内静脉和颈动脉行于凹陷深部。',
    },
    cautions: '深度适中，不宜大幅度行针。',
    actions: ['利咽利颈', '消肿散结', '聪耳'],
    indications: ['咽喉肿痛、吞咽困难', '颈肿、瘿气、痄腮', '耳鸣、耳聋', '项强'],
    commentary:
      '本穴亦为天牖五部穴之一，用于咽喉、颈部肿胀及听力病症。在《灵枢》的颈部诸穴中，天容属足少阳；后世将其归入手太阳经。\n\n多用于咽喉肿痛、吞咽困难，颔下淋巴结肿大，以及耳鸣伴项强。凹陷深部为颈部大血管，故针宜轻缓刺向舌根，不可强刺激。',
    classicalSources: [
      { work: '《灵枢·本输》', note: '将天容列入环颈诸穴，当时归属足少阳。' },
    ],
    therapyNotes: {
      moxibustion: '只可轻用艾条灸。',
      guaSha: '只可轻刮。',
    },
    classificationNotes: {},
  },
  SI18: {
    area: '面部——颧骨下',
    location: '在面部，目外眦直下，颧骨下缘凹陷中。',
    convention: '依 WHO 2008 标准',
    howToLocate: '自目外眦向下作垂线至颧骨下缘，穴在骨下方的凹陷中。',
    needling: { directions: '直刺0.3～0.5寸；面瘫时可向其他面部穴位斜刺或平刺0.5～1寸。' },
    sensation: '颊部酸胀扩散，有时传至牙齿。',
    safety: {
      classical_no_moxibustion: '古代列为禁灸穴。',
    },
    cautions: '不用灸法。面部血管易致瘀青，出针后须按压。',
    actions: ['祛风止痛', '消肿', '清热'],
    indications: ['面瘫、眼睑瞤动', '三叉神经痛、颊痛', '上牙痛', '目黄、面赤'],
    commentary:
      '本穴为面部主要的局部穴，用于面瘫、面痛及上牙痛。为手太阳与手少阳经的交会穴。\n\n面瘫时向颊部及口角诸穴透刺；面痛时治面部中段，常配手部远端穴。因古代禁灸，此处不用灸法。',
    classicalSources: [],
    therapyNotes: {
      moxibustion: '古代禁灸。',
      cupping: '面瘫时只可用小罐闪罐。',
      guaSha: '只可用极轻的面部手法。',
    },
    classificationNotes: {
      meeting: '手太阳与手少阳经交会',
    },
  },
  SI19: {
    area: '面部——耳屏前',
    location: '在面部，耳屏正中前缘与下颌骨髁突后缘之间的凹陷中；上为 TE21，下为 GB2。',
    convention: '依 WHO 2008 标准；微张口取穴。',
    howToLocate: '令患者微张口，下颌关节前滑，耳屏中部前方即出现一凹陷，穴在其中。',
    needling: { directions: '张口，直刺0.5～1寸（有的书至1.5寸）；进针后患者可闭口。' },
    sensation: '耳内深处胀满感，有时听觉有所改变。',
    safety: {},
    cautions: '必须张口进针。颞浅血管紧贴其前方，出针后须按压。',
    actions: ['聪耳开窍', '宁心安神'],
    indications: ['耳鸣、耳聋', '耳内流脓或疼痛', '下颌关节疼痛或弹响', '牙痛', '癫痫、躁狂'],
    commentary:
      '本穴为小肠经末穴，是其治疗耳病的主穴，几乎各种耳疾皆可选用：耳鸣、耳聋、耳痛、耳内流脓。它是手太阳、手少阳与足少阳经的交会穴，三经均环绕耳部。\n\n经气由此传至目内眦的膀胱经 BL1。',
    classicalSources: [
      { work: '《灵枢·刺节真邪》', note: '在“发蒙”之法中，主张正午针刺听宫，使耳复闻。' },
    ],
    therapyNotes: {
      moxibustion: '艾条远距离悬灸。',
    },
    classificationNotes: {
      meeting: '手太阳、手少阳与足少阳经交会',
      exit: '经气传至膀胱经 BL1',
    },
  },
};
