import { Vector3 } from 'three';
import type { Vec3 } from './landmarks.ts';

/**
 * The direction a needle travels into the body: straight in against the skin normal when perpendicular,
 * otherwise tilted toward `aim` so that it meets the skin at `angleDegrees` (90 perpendicular, ~45 oblique,
 * ~15 transverse). `aim` is any world direction; only its part along the skin counts.
 */
export function needleDirection(normal: Vec3, angleDegrees: number, aim: Vec3 | null): Vec3 {
  const n = new Vector3(...normal).normalize();
  const inward = n.clone().negate();
  if (angleDegrees >= 89.5 || !aim) return [inward.x, inward.y, inward.z];
  const tangent = new Vector3(...aim).addScaledVector(n, -new Vector3(...aim).dot(n));
  if (tangent.lengthSq() < 1e-10) return [inward.x, inward.y, inward.z];
  tangent.normalize();
  const a = (angleDegrees * Math.PI) / 180;
  const d = inward.multiplyScalar(Math.sin(a)).addScaledVector(tangent, Math.cos(a)).normalize();
  return [d.x, d.y, d.z];
}
