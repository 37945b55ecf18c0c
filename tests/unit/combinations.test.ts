import { describe, expect, it } from 'vitest';
import { factsByCode } from '../../src/data/catalogueSource.ts';
import { combinations, filterCombinations } from '../../src/data/combinations.ts';

describe('combinations', () => {
  it('names only points in the catalogue, in both languages, each with a source', () => {
    expect(combinations.length).toBeGreaterThanOrEqual(4);
    expect(new Set(combinations.map((c) => c.id)).size).toBe(combinations.length);
    for (const c of combinations) {
      expect(c.members.length, c.id).toBeGreaterThanOrEqual(2);
      for (const code of c.members) expect(factsByCode.has(code), `${c.id}: ${code}`).toBe(true);
      for (const text of [c.name, c.use, c.source]) {
        expect(text.en.trim(), c.id).not.toBe('');
        expect(text['zh-Hans'].trim(), c.id).not.toBe('');
        expect(text['zh-Hans'], c.id).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
  it('are found by name in either language and by a member code', () => {
    expect(filterCombinations('four gates').map((c) => c.id)).toEqual(['four-gates']);
    expect(filterCombinations('四关').map((c) => c.id)).toEqual(['four-gates']);
    expect(filterCombinations('cv12').map((c) => c.id)).toContain('back-shu-front-mu');
    expect(filterCombinations('').length).toBe(combinations.length);
  });
});
