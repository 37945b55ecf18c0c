import type { Vec3 } from '../anatomy/landmarks.ts';
import { surfacePath } from '../anatomy/surfacePath.ts';
import type { PointFacts } from '../data/schema.ts';
import type { BodyAssets } from './bodyAssets.ts';

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

/** The distance from the first compared point to another, straight and over the skin, in cun of the first's measure. */
export interface ComparedDistance {
  readonly code: string;
  readonly straightCun: number;
  /** null when the two are not joined by one stretch of skin (a hand and a foot) */
  readonly surfaceCun: number | null;
  /** the path over the skin, in metres, for drawing */
  readonly path: readonly Vec3[] | null;
}

/** Where the compared points sit on a body, and how far apart. */
export interface ComparedPlacement {
  /** each compared point's marker position (its left side, or the midline), in the list's order */
  readonly positions: readonly (Vec3 | null)[];
  /** the proportional measure the distances are counted in (the first point's) */
  readonly measure: string | null;
  readonly distances: readonly ComparedDistance[];
}

/** A point's spot on the body (its left side, or the midline) and the size of a cun on its measure. */
function spotOf(assets: BodyAssets, code: string): (ComparedSpot & { measure: string }) | null {
  const main = (m: BodyAssets['markers'][number]) => m.code === code && !m.member && !m.alternative;
  const marker = assets.markers.find((m) => main(m) && (m.side === 'left' || m.side === 'midline')) ?? assets.markers.find(main);
  if (!marker) return null;
  try {
    const trace = assets.resolver.traceOf(code, marker.side);
    return { position: marker.position, cunLength: trace.cunLength, measure: trace.measure };
  } catch {
    return null;
  }
}

const placements = new WeakMap<BodyAssets, Map<string, ComparedPlacement>>();

/**
 * The compared points on a body: their positions, and the straight and surface distances from the first to each of
 * the others. Kept per body and list, so the panel and the scene share one measurement.
 */
export function placeCompared(assets: BodyAssets, codes: readonly string[]): ComparedPlacement {
  const key = codes.join(',');
  let cache = placements.get(assets);
  if (!cache) placements.set(assets, (cache = new Map<string, ComparedPlacement>()));
  const known = cache.get(key);
  if (known) return known;
  const spots = codes.map((c) => spotOf(assets, c));
  const first = spots[0];
  const distances: ComparedDistance[] = [];
  codes.slice(1).forEach((code, i) => {
    const other = spots[i + 1];
    if (!first || !other) return;
    const path = surfacePath(assets.skin, first.position, other.position);
    distances.push({
      code,
      straightCun: straightDistanceCun(first, other),
      surfaceCun: path ? path.length / first.cunLength : null,
      path: path ? path.points.map((p) => [p.x, p.y, p.z] as const) : null,
    });
  });
  const placement = { positions: spots.map((s) => s?.position ?? null), measure: first?.measure ?? null, distances };
  cache.set(key, placement);
  return placement;
}
