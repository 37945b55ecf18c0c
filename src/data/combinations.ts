/**
 * A small curated set of point combinations that mainstream acupuncture textbooks teach, as data: the member codes,
 * one line on what the combination is used for (written for the atlas, in English and Simplified Chinese), and the
 * classical text or textbook it comes from. Only well-known combinations; nothing here is invented.
 */
export interface Combination {
  readonly id: string;
  readonly name: { readonly en: string; readonly 'zh-Hans': string };
  /** member point codes, in the order the source names them */
  readonly members: readonly string[];
  /** true when the entry is a pairing method and `members` is one worked example of it */
  readonly method?: boolean;
  readonly use: { readonly en: string; readonly 'zh-Hans': string };
  readonly source: { readonly en: string; readonly 'zh-Hans': string };
}

export const combinations: readonly Combination[] = [
  {
    id: 'four-gates',
    name: { en: 'Four Gates', 'zh-Hans': '四关' },
    members: ['LI4', 'LR3'],
    use: {
      en: 'Hegu and Taichong on both sides, to open the flow of qi and blood: cold, heat and painful obstruction; calms and eases pain.',
      'zh-Hans': '双侧合谷、太冲，开通气血：用于寒热痹痛，并能镇静止痛。',
    },
    source: {
      en: 'Biao You Fu (Ode to Elucidate Mysteries), Dou Hanqing: “for cold, heat and painful obstruction, open the Four Gates”',
      'zh-Hans': '窦汉卿《标幽赋》：“寒热痹痛，开四关而已之。”',
    },
  },
  {
    id: 'four-command',
    name: { en: 'Four Command Points', 'zh-Hans': '四总穴' },
    members: ['ST36', 'BL40', 'LU7', 'LI4'],
    use: {
      en: 'One distal point for each great region: Zusanli for the abdomen, Weizhong for the back, Lieque for the head and nape, Hegu for the face and mouth.',
      'zh-Hans': '四个远端要穴各主一部：足三里主肚腹，委中主腰背，列缺主头项，合谷主面口。',
    },
    source: {
      en: 'Song of the Four Command Points (Si Zong Xue Ge), as in Xu Feng’s Zhen Jiu Da Quan (Ming)',
      'zh-Hans': '《四总穴歌》（见明·徐凤《针灸大全》）：“肚腹三里留，腰背委中求，头项寻列缺，面口合谷收。”',
    },
  },
  {
    id: 'source-connecting',
    name: { en: 'Source–connecting pairing (host and guest)', 'zh-Hans': '原络配穴（主客原络配穴）' },
    members: ['LU9', 'LI6'],
    method: true,
    use: {
      en: 'The source point of the channel first affected with the connecting point of its paired channel; e.g. lung disorders reaching the large intestine: Taiyuan with Pianli.',
      'zh-Hans': '先病经的原穴配相表里经的络穴；例如肺经先病而及大肠：太渊配偏历。',
    },
    source: {
      en: 'Zhen Jiu Xue (Acupuncture and Moxibustion), national TCM textbook, chapter on specific points',
      'zh-Hans': '全国中医药行业高等教育规划教材《针灸学》，特定穴章',
    },
  },
  {
    id: 'back-shu-front-mu',
    name: { en: 'Back-shu and front-mu pairing', 'zh-Hans': '俞募配穴' },
    members: ['BL21', 'CV12'],
    method: true,
    use: {
      en: 'The back-shu and front-mu points of the same organ together, for disorders of that organ; e.g. the stomach: Weishu with Zhongwan.',
      'zh-Hans': '同一脏腑的背俞穴与募穴同用，治该脏腑病证；例如胃病：胃俞配中脘。',
    },
    source: {
      en: 'Zhen Jiu Xue (Acupuncture and Moxibustion), national TCM textbook, chapter on specific points',
      'zh-Hans': '全国中医药行业高等教育规划教材《针灸学》，特定穴章',
    },
  },
  {
    id: 'gongsun-neiguan',
    name: { en: 'Gongsun with Neiguan (eight confluent points)', 'zh-Hans': '公孙配内关（八脉交会穴）' },
    members: ['SP4', 'PC6'],
    use: {
      en: 'The confluent points of the Chong and Yinwei vessels, used together for the stomach, heart and chest.',
      'zh-Hans': '冲脉与阴维脉的交会穴相配，主治胃、心、胸部病证。',
    },
    source: {
      en: 'Song of the Eight Confluent Points (Ba Mai Jiao Hui Ba Xue Ge): “Gongsun, Chong vessel, stomach, heart and chest; Neiguan, Yinwei, the same below”',
      'zh-Hans': '《八脉交会八穴歌》：“公孙冲脉胃心胸，内关阴维下总同。”',
    },
  },
  {
    id: 'houxi-shenmai',
    name: { en: 'Houxi with Shenmai (eight confluent points)', 'zh-Hans': '后溪配申脉（八脉交会穴）' },
    members: ['SI3', 'BL62'],
    use: {
      en: 'The confluent points of the Du and Yangqiao vessels, used together for the inner canthus, neck, ears, shoulders and back.',
      'zh-Hans': '督脉与阳跷脉的交会穴相配，主治目内眦、颈项、耳、肩背部病证。',
    },
    source: {
      en: 'Song of the Eight Confluent Points (Ba Mai Jiao Hui Ba Xue Ge): “Houxi, Du vessel, inner canthus and neck; Shenmai, Yangqiao, the same…”',
      'zh-Hans': '《八脉交会八穴歌》：“后溪督脉内眦颈，申脉阳跷络亦通。”',
    },
  },
];

/** The text of a combination in a language (Traditional Chinese readers get the Simplified text). */
export const combinationText = (t: { readonly en: string; readonly 'zh-Hans': string }, language: string): string => (language === 'en' ? t.en : t['zh-Hans']);

/** The combinations whose name (either language), id or member codes contain the query, case-insensitively. */
export function filterCombinations(query: string, list: readonly Combination[] = combinations): readonly Combination[] {
  const q = query.trim().toLowerCase();
  if (!q) return list;
  return list.filter((c) => [c.id, c.name.en, c.name['zh-Hans'], ...c.members].some((s) => s.toLowerCase().includes(q)));
}
