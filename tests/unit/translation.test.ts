import { describe, expect, it } from 'vitest';
import { catalogue, pointFacts, pointTexts } from '../../src/data/catalogueSource.ts';
import { allStrings, compareTranslation, numbersIn, scriptCounts } from '../support/translationChecks.ts';

const zh = pointTexts['zh-Hans'];
const en = pointTexts.en;

describe('Simplified Chinese point texts', () => {
  it('exist for every point', () => {
    expect(pointFacts.filter((p) => !zh[p.code]).map((p) => p.code)).toEqual([]);
  });

  it('say the same facts as the English record: numbers, safety kinds, notes, sources', () => {
    const problems = pointFacts.flatMap((p) => compareTranslation(p.code, en[p.code]!, zh[p.code]!)).map((x) => `${x.code} ${x.field}: ${x.message}`);
    expect(problems).toEqual([]);
  });

  it('are written in Chinese: at least 95 % Chinese characters among letters and characters, codes aside', () => {
    const thin = pointFacts
      .map((p) => {
        const c = allStrings(zh[p.code]!)
          .map(scriptCounts)
          .reduce((a, b) => ({ han: a.han + b.han, latin: a.latin + b.latin }));
        return { code: p.code, share: c.han / (c.han + c.latin) };
      })
      .filter((x) => x.share < 0.95);
    expect(thin).toEqual([]);
  });

  it('keep the depth figures of the needling in the needling words of both languages', () => {
    for (const p of catalogue) {
      if (!p.needling.allowed) continue;
      const figures = [p.needling.depthCun.min, p.needling.depthCun.max].map(String);
      const words = (n: (typeof en)[string]['needling']) => ('directions' in n ? n.directions : '');
      const enNumbers = new Set(numbersIn(words(en[p.code]!.needling)));
      const zhNumbers = new Set(numbersIn(words(zh[p.code]!.needling)));
      for (const f of figures) if (enNumbers.has(f)) expect(zhNumbers.has(f), `${p.code} depth ${f}`).toBe(true);
    }
  });

  it('warn about pregnancy as strongly as the English: forbidden, never "use with caution"', () => {
    for (const p of catalogue.filter((x) => x.safety.some((s) => s.kind === 'pregnancy'))) {
      const reason = zh[p.code]!.safety.pregnancy ?? '';
      expect(reason, p.code).toMatch(/孕|妊娠/);
      expect(reason, p.code).toMatch(/禁|忌|不可|不宜|不用|不针|避|勿/);
      expect(reason, p.code).not.toMatch(/慎用/);
    }
  });

  it('never give a needling method where needling is forbidden', () => {
    for (const code of ['CV8', 'ST17']) {
      const t = zh[code]!;
      expect('reason' in t.needling, code).toBe(true);
      expect(t.safety.forbidden_needling, code).toMatch(/禁针/);
      expect(JSON.stringify(t.needling)).not.toMatch(/直刺|斜刺|平刺/);
    }
  });

  it('name classical works by their Chinese titles', () => {
    const untitled = pointFacts.flatMap((p) => zh[p.code]!.classicalSources.filter((s) => /[A-Za-z]{3,}/.test(s.work)).map((s) => `${p.code}: ${s.work}`));
    expect(untitled).toEqual([]);
  });
});

describe('the translation check itself', () => {
  const lu1 = en.LU1!;
  it('catches a changed depth, a dropped safety kind and a forged number', () => {
    const changed = { ...lu1, needling: { directions: 'Obliquely outward, 0.9–1.9 cun.' } };
    expect(compareTranslation('LU1', lu1, changed).map((x) => x.field)).toContain('needling');
    const { lung: _lung, ...withoutLung } = lu1.safety;
    expect(compareTranslation('LU1', lu1, { ...lu1, safety: withoutLung }).map((x) => x.field)).toContain('safety');
    expect(compareTranslation('LU1', lu1, { ...lu1, commentary: `${lu1.commentary} 77` }).map((x) => x.field)).toContain('commentary');
    expect(compareTranslation('LU1', lu1, lu1)).toEqual([]);
  });
  it('counts scripts without the codes', () => {
    expect(scriptCounts('ST36 在 C7 下')).toEqual({ han: 2, latin: 0 });
    expect(scriptCounts('Stomach 胃')).toEqual({ han: 1, latin: 7 });
  });
});
