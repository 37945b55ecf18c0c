import type { Vec3 } from '../anatomy/landmarks.ts';
import { surfacePath } from '../anatomy/surfacePath.ts';
import type { BodyAssets } from './bodyAssetCache.ts';
import { straightDistanceCun, type ComparedSpot } from './compare.ts';

/*
 * Where compared points sit on a loaded body and how far apart they are. Apart from compare.ts so that the store,
 * which keeps the compared list, does not pull the skin geometry into the first load.
 */

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
