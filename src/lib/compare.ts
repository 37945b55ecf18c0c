import type { Vec3 } from '../anatomy/landmarks.ts';
import type { PointFacts } from '../data/schema.ts';

/** Where a point sits, as far as comparing needs: its position (metres) and metres per cun on its own measure. */
export interface ComparedSpot {
  readonly position: Vec3;
  readonly cunLength: number;
}

/** The straight (through-the-body) distance between two spots, in cun of the first spot's measure. */
export function straightDistanceCun(a: ComparedSpot, b: ComparedSpot): number {
  if (!(a.cunLength > 0)) return NaN;
  const d = Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);
  return d / a.cunLength;
}

/** What differs between the compared points, field by field (true: not all the same). */
export interface CompareDifferences {
  readonly depth: boolean;
  readonly angle: boolean;
  readonly safety: boolean;
  readonly channel: boolean;
}

type ComparablePoint = Pick<PointFacts, 'meridian' | 'needling' | 'safety'>;

const allSame = <T>(values: readonly T[]): boolean => values.every((v) => v === values[0]);

/** Which of depth, angle, safety kinds and channel differ between two or three points. */
export function compareDifferences(points: readonly ComparablePoint[]): CompareDifferences {
  const depth = points.map((p) => (p.needling.allowed ? `${p.needling.depthCun.min}-${p.needling.depthCun.max}` : 'none'));
  const angle = points.map((p) => (p.needling.allowed ? p.needling.angle : 'none'));
  const safety = points.map((p) => [...p.safety].sort().join(','));
  return { depth: !allSame(depth), angle: !allSame(angle), safety: !allSame(safety), channel: !allSame(points.map((p) => p.meridian)) };
}

/** Classic pairs students confuse. */
export const confusablePairs: readonly (readonly [string, string])[] = [
  ['LU7', 'LI6'],
  ['PC6', 'HT5'],
  ['SP6', 'KI7'],
  ['ST36', 'ST37'],
  ['GB34', 'ST36'],
];

/** Adds a code to the compared list (at most three, no repeats; the oldest drops out). */
export function addCompared(list: readonly string[], code: string, max = 3): readonly string[] {
  if (list.includes(code)) return list;
  const next = [...list, code];
  return next.length > max ? next.slice(next.length - max) : next;
}

/**
 * The colour of each compared point, by its place in the list: on the body and on its column in the panel. Chosen
 * apart from one another and from the yellow of the selection; a label with the code goes with each, so colour is
 * never the only sign.
 */
export const compareColours = ['#ff4fd8', '#27d3ff', '#ff8a1f'] as const;
