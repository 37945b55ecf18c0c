import { describe, expect, it } from 'vitest';
import { candidatesNear, decidePick, isDoubleTap, keepNonOverlapping, pickRadius } from '../../src/lib/screenPick.ts';

describe('screen-space picking', () => {
  it('gives a finger twice the reach of a mouse', () => {
    expect(pickRadius('mouse')).toBe(12);
    expect(pickRadius('touch')).toBe(24);
  });
  it('finds markers within the radius, nearest first', () => {
    const markers = [
      { index: 0, x: 100, y: 100 },
      { index: 1, x: 110, y: 100 },
      { index: 2, x: 130, y: 100 },
    ];
    const found = candidatesNear(markers, { x: 104, y: 100 }, 12);
    expect(found.map((c) => c.index)).toEqual([0, 1]);
    expect(found[0]!.distance).toBeCloseTo(4);
  });
  it('picks nothing when nothing is near', () => {
    expect(decidePick([], 12)).toEqual({ kind: 'none' });
  });
  it('picks a lone candidate, however far inside the radius', () => {
    expect(decidePick([{ index: 3, distance: 11 }], 12)).toEqual({ kind: 'one', index: 3 });
  });
  it('picks the nearest when the others are clearly farther', () => {
    expect(
      decidePick(
        [
          { index: 1, distance: 2 },
          { index: 2, distance: 11 },
        ],
        12,
      ),
    ).toEqual({ kind: 'one', index: 1 });
  });
  it('picks the marker under the pointer even with a neighbour close by', () => {
    expect(
      decidePick(
        [
          { index: 1, distance: 1 },
          { index: 2, distance: 4 },
        ],
        12,
        { onMarker: 3 },
      ),
    ).toEqual({ kind: 'one', index: 1 });
  });
  it('offers a choice between close rivals, nearest first, at most the limit', () => {
    const c = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ index: i, distance: 3 + i * 0.5 }));
    expect(decidePick(c, 12, { limit: 5 })).toEqual({ kind: 'choose', indices: [0, 1, 2, 3, 4] });
  });
  it('keeps labels that do not collide, the more important first', () => {
    const boxes = [
      { x: 0, y: 0, width: 40, height: 16 },
      { x: 30, y: 5, width: 40, height: 16 },
      { x: 100, y: 0, width: 40, height: 16 },
    ];
    expect(keepNonOverlapping(boxes)).toEqual([0, 2]);
  });
  it('recognises a double tap by time and place', () => {
    expect(isDoubleTap(null, { x: 0, y: 0, time: 0 })).toBe(false);
    expect(isDoubleTap({ x: 0, y: 0, time: 0 }, { x: 5, y: 5, time: 200 })).toBe(true);
    expect(isDoubleTap({ x: 0, y: 0, time: 0 }, { x: 5, y: 5, time: 600 })).toBe(false);
    expect(isDoubleTap({ x: 0, y: 0, time: 0 }, { x: 80, y: 0, time: 100 })).toBe(false);
  });
});
