import { Vector3 } from 'three';
import type { Vec3 } from './landmarks.ts';
import type { SkinSurface } from './skinSurface.ts';

/** The shortest way over the skin between two spots, and its length in metres. */
export interface SurfacePath {
  readonly points: readonly Vector3[];
  readonly length: number;
}

export interface SurfacePathOptions {
  /** the longest step of the finished path, in metres */
  readonly spacing?: number;
  /** the most points the path may have (a long path gets longer steps instead) */
  readonly maxPoints?: number;
  /** smoothing passes at each level of detail */
  readonly passes?: number;
}

/** How far outside the skin a step of the first, coarse path may pass before it counts as crossing open air. */
const airGap = 0.025;

/**
 * The path a tape pulled tight over the skin would follow between two spots (a geodesic of the skin, to within the
 * step): the two ends and their midpoints dropped onto the nearest skin, then pulled taut (each inner point moved to
 * the middle of its neighbours and dropped back onto the skin), coarse to fine.
 *
 * `null` when the spots are not joined by one stretch of nearby skin, such as a hand and a foot, or the two
 * thighs: a coarse step then crosses open air, or the finished path jumps. No distance is better than one measured
 * through the air.
 */
export function surfacePath(skin: SkinSurface, from: Vec3 | Vector3, to: Vec3 | Vector3, options: SurfacePathOptions = {}): SurfacePath | null {
  const spacing = options.spacing ?? 0.004;
  const maxPoints = options.maxPoints ?? 129;
  const passes = options.passes ?? 12;
  const start = skin.nearest(toVector(from)).position;
  const end = skin.nearest(toVector(to)).position;
  const chord = start.distanceTo(end);
  let points = [start, end];
  if (chord < spacing) return { points, length: chord };

  const middle = new Vector3();
  while (true) {
    // Refine: a new point between each pair, on the skin.
    const refined: Vector3[] = [points[0]!];
    for (let i = 1; i < points.length; i++) {
      middle
        .copy(points[i - 1]!)
        .add(points[i]!)
        .multiplyScalar(0.5);
      const spot = skin.nearest(middle);
      // Checked at the coarse levels only: there a step through air is a gap between body parts, not a hollow.
      if (points.length <= 9 && spot.position.distanceTo(middle) > airGap && middle.clone().sub(spot.position).dot(spot.normal) > 0) return null;
      refined.push(spot.position, points[i]!);
    }
    points = refined;
    // Pull taut. The ends stay where they are.
    for (let pass = 0; pass < passes; pass++) {
      for (let i = 1; i < points.length - 1; i++) {
        middle
          .copy(points[i - 1]!)
          .add(points[i + 1]!)
          .multiplyScalar(0.5);
        points[i] = skin.nearest(middle).position;
      }
    }
    const longest = longestStep(points);
    if (longest <= spacing || points.length * 2 - 1 > maxPoints) break;
  }
  // A path that jumps (one step far longer than the rest) crossed from one body part to another.
  const length = lengthOf(points);
  if (longestStep(points) > Math.max(4 * (length / (points.length - 1)), 2 * spacing)) return null;
  return { points, length };
}

function toVector(p: Vec3 | Vector3): Vector3 {
  return p instanceof Vector3 ? p : new Vector3(p[0], p[1], p[2]);
}

function lengthOf(points: readonly Vector3[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += points[i]!.distanceTo(points[i - 1]!);
  return total;
}

function longestStep(points: readonly Vector3[]): number {
  let longest = 0;
  for (let i = 1; i < points.length; i++) longest = Math.max(longest, points[i]!.distanceTo(points[i - 1]!));
  return longest;
}
