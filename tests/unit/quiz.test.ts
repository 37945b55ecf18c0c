import { describe, expect, it } from 'vitest';
import { drawDistinct, nameChoices, scoreFind, seededRandom } from '../../src/lib/quiz.ts';

describe('quiz logic', () => {
  it('draws distinct items, at most the pool', () => {
    const r = seededRandom(7);
    const drawn = drawDistinct(['a', 'b', 'c', 'd', 'e'], 3, r);
    expect(new Set(drawn).size).toBe(3);
    expect(drawDistinct(['a', 'b'], 5, r)).toHaveLength(2);
  });
  it('offers four choices including the answer, preferring its channel', () => {
    const pool = ['KI1', 'KI2', 'KI3', 'KI4', 'LU1', 'LU2'];
    const choices = nameChoices('KI1', pool, (c) => c.slice(0, 2), seededRandom(3));
    expect(choices).toHaveLength(4);
    expect(choices).toContain('KI1');
    expect(choices.filter((c) => c.startsWith('KI'))).toHaveLength(4);
  });
  it('scores a find by distance in cun', () => {
    const near = scoreFind(0.02, 0.025);
    expect(near.distanceCun).toBeCloseTo(0.8, 9);
    expect(near.correct).toBe(true);
    expect(scoreFind(0.05, 0.025).correct).toBe(false);
  });
});
