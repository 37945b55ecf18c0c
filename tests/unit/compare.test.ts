import { describe, expect, it } from 'vitest';
import { factsByCode } from '../../src/data/catalogueSource.ts';
import { addCompared, compareDifferences, confusablePairs, straightDistanceCun } from '../../src/lib/compare.ts';

describe('compare', () => {
  it('measures the straight distance in cun of the first point’s measure', () => {
    const a = { position: [0, 0, 0] as const, cunLength: 0.02 };
    const b = { position: [0.03, 0.04, 0] as const, cunLength: 0.05 };
    expect(straightDistanceCun(a, b)).toBeCloseTo(2.5, 10); // 0.05 m over 0.02 m per cun
    expect(straightDistanceCun(b, a)).toBeCloseTo(1, 10); // measured in the other point's cun
    expect(straightDistanceCun({ position: [0, 0, 0], cunLength: 0 }, b)).toBeNaN();
  });
  it('picks out different depth and safety kinds', () => {
    const get = (c: string) => factsByCode.get(c)!;
    const same = compareDifferences([get('ST36'), get('ST36')]);
    expect(same).toEqual({ depth: false, angle: false, safety: false, channel: false });
    const d = compareDifferences([get('LU7'), get('LI6')]);
    expect(d.channel).toBe(true);
    const depthDiffers =
      get('LU7').needling.allowed && get('LI6').needling.allowed && JSON.stringify(get('LU7').needling) !== JSON.stringify(get('LI6').needling);
    if (depthDiffers) expect(d.depth || d.angle).toBe(true);
    expect(compareDifferences([get('ST36'), get('SP6')]).safety).toBe([...get('ST36').safety].sort().join() !== [...get('SP6').safety].sort().join());
  });
  it('keeps at most three points without repeats; the suggested pairs are all in the catalogue', () => {
    expect(addCompared(['LU7'], 'LU7')).toEqual(['LU7']);
    expect(addCompared(['A', 'B', 'C'], 'D')).toEqual(['B', 'C', 'D']);
    for (const pair of confusablePairs) for (const c of pair) expect(factsByCode.has(c), c).toBe(true);
  });
});
