import { describe, expect, it } from 'vitest';
import { pointFacts } from '../../src/data/catalogueSource.ts';
import { meridians } from '../../src/data/meridians.ts';
import { channelCycle, PointSequence, stepRings } from '../../src/lib/pointSequence.ts';

const sequence = new PointSequence(pointFacts);

describe('stepping along the channels', () => {
  it.each([
    ['ST36', 'ST37'],
    ['LU11', 'LI1'],
    ['LI20', 'ST1'],
    ['ST45', 'SP1'],
    ['SP21', 'HT1'],
    ['HT9', 'SI1'],
    ['SI19', 'BL1'],
    ['BL67', 'KI1'],
    ['KI27', 'PC1'],
    ['PC9', 'TE1'],
    ['TE23', 'GB1'],
    ['GB44', 'LR1'],
    ['LR14', 'LU1'],
    ['GV28', 'CV1'],
    ['CV24', 'GV1'],
    ['BL9', 'BL10'],
  ])('%s → %s', (from, to) => {
    expect(sequence.next(from)).toBe(to);
    expect(sequence.previous(to)).toBe(from);
  });

  it('orders by number, not as text (ST9 before ST10)', () => {
    expect(sequence.next('ST9')).toBe('ST10');
  });

  it('keeps the extra points among themselves and wraps round', () => {
    const ex = pointFacts.filter((p) => p.meridian === 'EX').map((p) => p.code);
    expect(sequence.next(ex.at(-1)!)).toBe(ex[0]);
    expect(sequence.previous(ex[0]!)).toBe(ex.at(-1));
    for (const code of ex) expect(sequence.next(code)!.startsWith('EX-')).toBe(true);
  });

  it('visits every point exactly once going round', () => {
    const rings = stepRings(pointFacts);
    expect(rings.reduce((n, r) => n + r.length, 0)).toBe(pointFacts.length);
    for (const ring of rings) {
      const seen = new Set<string>();
      let code = ring[0]!;
      for (let i = 0; i < ring.length; i++) {
        seen.add(code);
        code = sequence.next(code)!;
      }
      expect(code).toBe(ring[0]);
      expect(seen.size).toBe(ring.length);
    }
  });

  it('uses the twelve regular channels, in the order of the meridian table', () => {
    expect(channelCycle).toEqual(meridians.filter((m) => m.isChannel && m.code !== 'GV' && m.code !== 'CV').map((m) => m.code));
  });

  it('answers null for an unknown code', () => {
    expect(sequence.next('ZZ9')).toBeNull();
  });
});
