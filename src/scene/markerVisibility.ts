import { DoubleSide, Ray, Vector3 } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';

const ray = new Ray();
const probe = new Vector3();

/** How far a marker's centre sits out of the skin, in radii: half in, half out reads as "on" the skin. */
const lift = 0.45;

/** World-space centre of a marker of the given radius. */
export function markerCentre(m: ResolvedPoint, radius: number, target: Vector3): Vector3 {
  return target.set(m.position[0] + m.normal[0] * radius * lift, m.position[1] + m.normal[1] * radius * lift, m.position[2] + m.normal[2] * radius * lift);
}

/**
 * Whether a marker is hidden behind the body, by one rule for every caller (the picker, the hover label, the
 * present labels and `__ATLAS__.screenPosition`): the skin lies between the camera and the marker's centre as drawn
 * at a 2 mm radius.
 */
export function markerHiddenBySkin(bvh: MeshBVH, cameraPosition: Vector3, m: ResolvedPoint): boolean {
  return hiddenBySkin(bvh, cameraPosition, markerCentre(m, 0.002, probe));
}

/**
 * Whether the skin lies between the camera and a point (a marker's centre, a needle's entry): a ray from the camera
 * through the body's BVH, about 0.014 ms. `slack` metres of skin just in front of the point do not count.
 */
export function hiddenBySkin(bvh: MeshBVH, cameraPosition: Vector3, point: Vector3, slack = 0.004): boolean {
  ray.origin.copy(cameraPosition);
  ray.direction.subVectors(point, cameraPosition);
  const distance = ray.direction.length();
  if (distance === 0) return false;
  ray.direction.divideScalar(distance);
  const hit = bvh.raycastFirst(ray, DoubleSide, 0, distance);
  return Boolean(hit && hit.distance < distance - slack);
}
