import { DoubleSide, Ray, type Vector3 } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';

const ray = new Ray();

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
