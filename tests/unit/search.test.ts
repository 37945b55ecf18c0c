import { describe, expect, it } from 'vitest';
import { traditionalToSimplifiedMap } from '../../scripts/lib/hanFold.ts';
import { catalogue, pointFacts, pointTexts } from '../../src/data/catalogueSource.ts';
import { meridians } from '../../src/data/meridians.ts';
import { joinPoint } from '../../src/data/pointRecord.ts';
import { enLabels } from '../../src/i18n/en.ts';
import { zhHansLabels } from '../../src/i18n/zh-Hans.ts';
import { foldPinyin, maxQueryLength, PointSearch, stripToneNumbers } from '../../src/lib/search.ts';
import { toTraditional } from '../../scripts/lib/traditionalChinese.ts';

const zhTexts = pointTexts['zh-Hans'];
const hanFold = traditionalToSimplifiedMap([JSON.stringify(zhTexts), ...pointFacts.map((p) => p.names.hanzi), ...meridians.map((m) => m.chinese)].join(''));
const labels = { safetyLabels: [enLabels.safety, zhHansLabels.safety], classificationLabels: [enLabels.classification, zhHansLabels.classification] };

/** As the English interface builds it. */
const english = new PointSearch(catalogue, { safetyLabels: [enLabels.safety], classificationLabels: [enLabels.classification], hanFold });
/** As 简体中文 builds it: the Chinese texts, with the English ones beside them. */
const chinese = new PointSearch(
  pointFacts.map((p) => ({ ...joinPoint(p, zhTexts[p.code]!, 'zh-Hans'), otherTexts: [joinPoint(p, pointTexts.en[p.code]!, 'en')] })),
  { ...labels, hanFold },
);
/** As 繁體中文 builds it: the same texts converted to Traditional characters, folded back by the map. */
const traditional = new PointSearch(
  pointFacts.map((p) => {
    const zh = joinPoint(p, zhTexts[p.code]!, 'zh-Hant');
    return { ...zh, names: { ...zh.names, hanzi: toTraditional(p.names.hanzi) }, indications: zh.indications.map(toTraditional) };
  }),
  { ...labels, hanFold },
);
const codes = (search: PointSearch, q: string) => search.search(q).map((r) => r.code);
const first = (q: string, search = english) => codes(search, q)[0];

describe('search in every spelling', () => {
  it('folds pinyin tones, ü and spaces, and tone numbers', () => {
    expect(foldPinyin('Yǒngquán')).toBe('yongquan');
    expect(foldPinyin('yong quan')).toBe('yongquan');
    expect(foldPinyin('Lǜ')).toBe(foldPinyin('lv'));
    expect(stripToneNumbers('zu3 san1 li3')).toBe('zu san li');
    expect(stripToneNumbers('ST36')).toBe('ST36');
  });

  it.each([
    ['KI1', 'KI1'],
    ['KI-1', 'KI1'],
    ['kid 1', 'KI1'],
    ['K1', 'KI1'],
    ['R1', 'KI1'],
    ['SJ5', 'TE5'],
    ['Liv3', 'LR3'],
    ['UB40', 'BL40'],
    ['Du20', 'GV20'],
    ['Ren12', 'CV12'],
    ['Yǒngquán', 'KI1'],
    ['yongquan', 'KI1'],
    ['yong quan', 'KI1'],
    ['涌泉', 'KI1'],
    ['Gushing Spring', 'KI1'],
    ['hegu', 'LI4'],
    ['Union Valley', 'LI4'],
    ['zusanli', 'ST36'],
    ['sanyinjiao', 'SP6'],
  ])('%s finds %s first', (q, code) => {
    expect(first(q)).toBe(code);
  });

  it.each([
    ['Liver 3', 'LR3'],
    ['Stomach 36', 'ST36'],
    ['Lung 7', 'LU7'],
    ['Kidney 1', 'KI1'],
    ['Large Intestine 4', 'LI4'],
    ['Spleen 6', 'SP6'],
    ['Pericardium 6', 'PC6'],
    ['Governor Vessel 20', 'GV20'],
    ['GV 20', 'GV20'],
    ['Ren 12', 'CV12'],
    ['Du 20', 'GV20'],
    ['Conception Vessel 12', 'CV12'],
    ['heart 7', 'HT7'],
    ['Urinary Bladder 40', 'BL40'],
    ['Triple Burner 5', 'TE5'],
    ['San Jiao 5', 'TE5'],
    ['gallbladder 20', 'GB20'],
    ['liver channel 3', 'LR3'],
    ['胃经36', 'ST36'],
    ['zu3 san1 li3', 'ST36'],
    ['he2 gu3', 'LI4'],
    ['ST36 Zusanli', 'ST36'],
    ['Zusanli ST36', 'ST36'],
    ['LI4 hegu', 'LI4'],
    ['ST 36 足三里', 'ST36'],
  ])('as teachers write: %s finds %s first', (q, code) => {
    expect(first(q)).toBe(code);
    expect(first(q, chinese)).toBe(code);
  });

  it('rejects a channel number beyond the channel', () => {
    expect(codes(english, 'Lung 12')).not.toContain('LU12');
  });

  it('finds points by words of their location', () => {
    expect(codes(english, 'metacarpal')).toContain('LI4');
  });

  it('returns nothing for nonsense', () => {
    expect(english.search('qqqzzzxx')).toEqual([]);
  });
});

describe('symptoms and actions, ranked', () => {
  const indicationsSay = (code: string, words: RegExp, language: 'en' | 'zh-Hans') => pointTexts[language][code]!.indications.some((i) => words.test(i));

  it('headache: the first ten treat headache, and the well-known points are near the top', () => {
    const found = codes(english, 'headache');
    expect(found.length).toBeGreaterThan(12);
    for (const code of found.slice(0, 10)) expect(indicationsSay(code, /headache/i, 'en'), code).toBe(true);
    expect(found.slice(0, 20)).toEqual(expect.arrayContaining(['LI4', 'GB20', 'GV20']));
  });

  it('头痛 lists points whose indications say 头痛 first, LI4 and GB20 among them', () => {
    const found = codes(chinese, '头痛');
    expect(found.length).toBeGreaterThan(12);
    for (const code of found.slice(0, 10)) expect(indicationsSay(code, /头痛/, 'zh-Hans'), code).toBe(true);
    expect(found.slice(0, 20)).toEqual(expect.arrayContaining(['LI4', 'GB20', 'GV20', 'EX-HN5']));
  });

  it('失眠 and insomnia list HT7, SP6 or EX-HN1 among the first results', () => {
    for (const [search, q] of [
      [chinese, '失眠'],
      [english, 'insomnia'],
    ] as const) {
      const top = codes(search, q).slice(0, 12);
      console.log(q, top.join(' '));
      expect(top.filter((c) => ['HT7', 'SP6', 'EX-HN1'].includes(c)).length, q).toBeGreaterThanOrEqual(1);
      for (const code of top) expect(indicationsSay(code, /失眠|insomnia/i, search === chinese ? 'zh-Hans' : 'en'), code).toBe(true);
    }
  });

  it('胃痛 finds stomach points, ST36 among the first', () => {
    const found = codes(chinese, '胃痛');
    expect(found.slice(0, 10)).toContain('ST36');
    for (const code of found.slice(0, 5)) expect(indicationsSay(code, /胃痛/, 'zh-Hans'), code).toBe(true);
  });

  it('pregnancy and 孕妇 find every point with a pregnancy warning', () => {
    const flagged = pointFacts.filter((p) => p.safety.includes('pregnancy')).map((p) => p.code);
    expect(flagged.length).toBeGreaterThan(20);
    expect(codes(english, 'pregnancy')).toEqual(expect.arrayContaining(flagged));
    expect(codes(chinese, '孕妇')).toEqual(expect.arrayContaining(flagged));
    expect(codes(chinese, 'pregnancy')).toEqual(expect.arrayContaining(flagged));
    // the flagged ones first
    expect(
      codes(english, 'pregnancy')
        .slice(0, flagged.length)
        .filter((c) => flagged.includes(c)).length,
    ).toBeGreaterThan(flagged.length * 0.8);
  });

  it('several words narrow: every result has them all', () => {
    const found = codes(english, 'headache dizziness');
    expect(found.length).toBeGreaterThan(3);
    expect(found.length).toBeLessThan(codes(english, 'headache').length);
  });

  it('a word being typed finds what it starts', () => {
    expect(codes(english, 'headac').slice(0, 10)).toEqual(codes(english, 'headache').slice(0, 10));
  });
});

describe('Chinese characters of either script', () => {
  it('folds Traditional to Simplified with a small map', () => {
    expect(hanFold['裏']).toBe('里');
    expect(hanFold['裡']).toBe('里');
    expect(hanFold['頭']).toBe('头');
    expect(Object.keys(hanFold).length).toBeLessThan(2000);
  });

  it.each([
    ['足三里', 'ST36'],
    ['足三裏', 'ST36'],
    ['足三裡', 'ST36'],
    ['太衝', 'LR3'],
    ['湧泉', 'KI1'],
  ])('%s opens %s in every language', (q, code) => {
    expect(first(q)).toBe(code);
    expect(first(q, chinese)).toBe(code);
    expect(first(q, traditional)).toBe(code);
  });

  it('頭痛 in Traditional finds what 头痛 finds', () => {
    expect(codes(traditional, '頭痛').slice(0, 10)).toEqual(codes(traditional, '头痛').slice(0, 10));
    expect(codes(traditional, '頭痛').length).toBeGreaterThan(12);
  });

  it('English finds points in a Chinese interface, and pinyin everywhere', () => {
    expect(codes(chinese, 'headache').slice(0, 20)).toContain('LI4');
    expect(first('zusanli', traditional)).toBe('ST36');
  });
});

describe('bounded input', () => {
  it('answers a 5,000-character query (cut to the cap) correctly, and reports the time', () => {
    const long = 'headache '.repeat(600).slice(0, 5000);
    const hanLong = '头痛'.repeat(2500);
    for (const [search, q] of [
      [english, long],
      [chinese, hanLong],
      [chinese, 'x'.repeat(5000)],
      [english, 'ST36 '.repeat(1000)],
    ] as const) {
      const started = performance.now();
      const result = search.search(q);
      const ms = performance.now() - started;
      console.log(`search over ${q.length} characters (cut to ${maxQueryLength}): ${ms.toFixed(1)} ms, ${result.length} results`);
      expect(Array.isArray(result)).toBe(true);
    }
    expect(codes(english, long)).toEqual(codes(english, long.slice(0, maxQueryLength)));
    expect(codes(chinese, hanLong)).toEqual(codes(chinese, '头痛'));
  });

  it('reports the time of a type-ahead over every prefix of a query', () => {
    const q = 'headache with dizziness';
    const started = performance.now();
    for (let i = 1; i <= q.length; i++) english.search(q.slice(0, i));
    console.log(`type-ahead, ${q.length} keystrokes: ${((performance.now() - started) / q.length).toFixed(2)} ms a keystroke`);
  });
});
