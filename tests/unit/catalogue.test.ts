import { describe, expect, it } from 'vitest';
import { catalogue, parseFacts, parseTexts, pointByCode, pointFacts } from '../../src/data/catalogueSource.ts';
import { allPointFacts } from '../../src/data/facts/index.ts';
import { meridians } from '../../src/data/meridians.ts';
import type { PointRecord } from '../../src/data/pointRecord.ts';
import type { SafetyKind } from '../../src/data/schema.ts';
import { englishTexts } from '../../src/data/texts/en/index.ts';
import { pregnancyConvention } from '../../src/data/safetyConventions.ts';

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const hasFlag = (code: string, kind: SafetyKind) => pointByCode.get(code)?.safety.some((s) => s.kind === kind) ?? false;

describe('point catalogue', () => {
  it('validates facts and English texts against their schemas, and the texts fit the facts', () => {
    expect(() => parseFacts(allPointFacts)).not.toThrow();
    expect(() => parseTexts('en', englishTexts, pointFacts, true)).not.toThrow();
  });

  it('refuses texts that do not fit their facts', () => {
    const lu1 = englishTexts.LU1!;
    const { lung: _lung, ...withoutLung } = lu1.safety;
    expect(() => parseTexts('en', { ...englishTexts, LU1: { ...lu1, safety: withoutLung } }, pointFacts, true)).toThrow(/LU1 safety: missing lung/);
    expect(() => parseTexts('en', { ...englishTexts, LU1: { ...lu1, alternative: 'somewhere else entirely' } }, pointFacts, true)).toThrow(/LU1 alternative/);
    const { LU2: _lu2, ...withoutLu2 } = englishTexts;
    expect(() => parseTexts('en', withoutLu2, pointFacts, true)).toThrow(/LU2: no texts/);
    expect(() => parseTexts('zh-Hans', { XX9: lu1 }, pointFacts, false)).toThrow(/XX9: texts for a point that has no facts/);
  });

  it('holds every WHO point and the 48 extra points', () => {
    for (const m of meridians) {
      const codes = catalogue.filter((p) => p.meridian === m.code).map((p) => p.code);
      expect(codes.length, m.code).toBe(m.pointCount);
      if (m.code !== 'EX') expect(codes).toEqual(range(m.code, 1, m.pointCount));
    }
    expect(catalogue.length).toBe(361 + 48);
  });

  it('writes pinyin with tone marks and names in characters', () => {
    for (const p of catalogue) {
      expect(p.names.pinyin, p.code).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(p.names.hanzi, p.code).toMatch(/^[\u3400-\u9fff\s·、（）()]+$/);
    }
  });

  it('never shows a needling depth where needling is forbidden', () => {
    for (const code of ['CV8', 'ST17']) {
      const p = pointByCode.get(code)!;
      expect(p.needling.allowed, code).toBe(false);
      expect(hasFlag(code, 'forbidden_needling')).toBe(true);
      expect(JSON.stringify(p)).not.toMatch(/depthCun/);
    }
  });

  it('carries the safety facts of DOMAIN.md as structured flags', () => {
    const expectFlag = (codes: string[], kind: SafetyKind) => {
      const missing = codes.filter((c) => !hasFlag(c, kind));
      expect(missing, kind).toEqual([]);
    };
    expectFlag(['LI4', 'SP6', 'BL60', 'BL67', 'GB21', ...range('CV', 2, 7)], 'pregnancy');
    expectFlag(
      ['LU1', 'LU2', 'GB21', ...range('ST', 12, 16), 'ST18', ...range('KI', 22, 27), 'LR14', 'GB22', 'PC1', ...range('BL', 11, 21), ...range('BL', 41, 50)],
      'lung',
    );
    expectFlag(['ST9', 'LU8', 'LU9', 'HT1', 'ST42', 'LR3', 'KI3', 'KI1', 'CV22'], 'vessel');
    expectFlag(['GV15', 'GV16', 'GB20'], 'medulla');
    expectFlag(['BL1', 'ST1', 'ST2'], 'orbit');
    expectFlag(['CV14', 'CV15', 'BL23', 'KI11', 'CV2', 'CV3', 'CV4'], 'organ');
    expectFlag(['GV22', 'GV23'], 'fontanelle');
    expectFlag(
      [
        'GV17',
        'GV22',
        'GV24',
        'BL8',
        'BL9',
        'TE19',
        'TE20',
        'ST1',
        'GB18',
        'GV10',
        'GV11',
        'CV1',
        'CV9',
        'CV17',
        'KI11',
        'ST30',
        'LI13',
        'SP11',
        'BL56',
        'HT2',
        'TE8',
      ],
      'classical_no_needling',
    );
    expectFlag(
      ['GV15', 'GV16', 'GV17', 'BL1', 'BL2', 'BL10', 'LI20', 'ST7', 'ST8', 'ST9', 'SI18', 'TE23', 'BL15', 'BL40', 'PC9', 'LU11'],
      'classical_no_moxibustion',
    );
  });

  it('follows the pregnancy convention: the abdomen from CV14 down, the lumbosacral region from L2 down, the distal points', () => {
    const outside = new Set<string>([...pregnancyConvention.abdomenOutside, ...pregnancyConvention.lowerBackOutside]);
    const expected = [
      ...pointFacts.filter((p) => (p.region === 'abdomen' || p.region === 'lower_back') && !outside.has(p.code)).map((p) => p.code),
      ...pregnancyConvention.distal,
    ];
    expect(expected).toEqual(expect.arrayContaining(['GB26', 'GB27', 'GB28', 'ST19', 'ST24', 'KI21', 'CV3', 'CV14', 'BL23', 'GV4']));
    expect(expected.filter((c) => !hasFlag(c, 'pregnancy'))).toEqual([]);
    for (const code of outside) expect(pointByCode.has(code), code).toBe(true);
    for (const code of pregnancyConvention.notFollowed) expect(hasFlag(code, 'pregnancy'), code).toBe(false);
  });

  it('never rates moxibustion as recommended or suitable in pregnancy without saying "not in pregnancy"', () => {
    const silent = catalogue
      .filter((p) => p.safety.some((s) => s.kind === 'pregnancy'))
      .filter((p) => ['recommended', 'suitable'].includes(p.therapies.moxibustion.rating))
      .filter((p) => !/pregnan/i.test(p.therapies.moxibustion.note ?? ''))
      .map((p) => p.code);
    expect(silent).toEqual([]);
  });

  it('gives the six disputed points their alternative location', () => {
    for (const code of ['LI19', 'LI20', 'PC8', 'PC9', 'GB30', 'GV26']) expect(pointByCode.get(code)?.alternative, code).toBeDefined();
  });

  it('gives the group points one placement per member', () => {
    const members = (code: string) => pointByCode.get(code)?.members?.length ?? 0;
    // Sishencong: front and back on the midline, and one rule for the pair at the sides: four markers.
    const sishencong = pointByCode.get('EX-HN1')!.members!;
    expect(sishencong.reduce((n, m) => n + (m.laterality === 'bilateral' ? 2 : 1), 0)).toBe(4);
    expect(members('EX-B2')).toBe(17);
    expect(members('EX-UE9')).toBe(4);
    expect(members('EX-UE10')).toBe(4);
    expect(members('EX-UE11')).toBe(5);
    expect(members('EX-LE10')).toBe(4);
  });

  it('classifies the transporting points of the twelve channels', () => {
    const transporting = (p: PointRecord) => p.transporting;
    for (const channel of ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR']) {
      const kinds = catalogue.filter((p) => p.meridian === channel && p.transporting).map(transporting);
      expect(new Set(kinds), channel).toEqual(new Set(['well', 'spring', 'stream', 'river', 'sea']));
    }
    expect(pointByCode.get('KI1')?.transporting).toBe('well');
    expect(pointByCode.get('KI1')?.fivePhase).toBe('wood');
    expect(pointByCode.get('ST36')?.transporting).toBe('sea');
  });

  it('does not repeat the same commentary or location text between points', () => {
    const seen = new Map<string, string>();
    for (const p of catalogue) {
      for (const text of [p.commentary, p.location, p.howToLocate]) {
        const other = seen.get(text);
        expect(other, `${p.code} repeats ${other}`).toBeUndefined();
        seen.set(text, p.code);
      }
    }
  });
});
