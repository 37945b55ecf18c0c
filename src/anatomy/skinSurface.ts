import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from './landmarks.ts';

/** A spot on the skin: position and outward unit normal. */
export interface SkinSpot {
  readonly position: Vector3;
  readonly normal: Vector3;
}

// Scratch objects, allocated once: the resolver calls these thousands of times.
const ray = new Ray();
const triangle = new Triangle();
const barycentric = new Vector3();
const na = new Vector3();
const nb = new Vector3();
const nc = new Vector3();
const scratch = new Vector3();

/**
 * The body's skin as a searchable surface: nearest point, directional projection and walking over it.
 * Built once per body from a world-space triangle mesh; three-mesh-bvh does the searching.
 */
export class SkinSurface {
  readonly geometry: BufferGeometry;
  readonly bvh: MeshBVH;
  private readonly positions: BufferAttribute;
  private readonly normals: BufferAttribute;
  private readonly index: BufferAttribute;
  /** True when the mesh is its own mirror image (x → −x); the resolver then reflects the right side's rules. */
  readonly mirrorSymmetric: boolean;

  /** `positions`/`normals` in world space (metres), `indices` a triangle list. */
  constructor(positions: Float32Array, normals: Float32Array, indices: Uint32Array | Uint16Array) {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(normals, 3));
    geometry.setIndex(new BufferAttribute(indices, 1));
    this.geometry = geometry;
    this.bvh = new MeshBVH(geometry); // reorders the index; face indices below refer to the reordered one
    this.positions = geometry.getAttribute('position') as BufferAttribute;
    this.normals = geometry.getAttribute('normal') as BufferAttribute;
    this.index = geometry.getIndex() as BufferAttribute;
    this.mirrorSymmetric = isMirrorSymmetric(positions);
  }

  /** Smooth (vertex-interpolated) outward normal at a point of a face. */
  private normalAt(faceIndex: number, point: Vector3, target: Vector3): Vector3 {
    const a = this.index.getX(faceIndex * 3);
    const b = this.index.getX(faceIndex * 3 + 1);
    const c = this.index.getX(faceIndex * 3 + 2);
    triangle.a.fromBufferAttribute(this.positions, a);
    triangle.b.fromBufferAttribute(this.positions, b);
    triangle.c.fromBufferAttribute(this.positions, c);
    triangle.getBarycoord(point, barycentric);
    na.fromBufferAttribute(this.normals, a).multiplyScalar(barycentric.x);
    nb.fromBufferAttribute(this.normals, b).multiplyScalar(barycentric.y);
    nc.fromBufferAttribute(this.normals, c).multiplyScalar(barycentric.z);
    target.copy(na).add(nb).add(nc);
    if (target.lengthSq() < 1e-12) triangle.getNormal(target);
    return target.normalize();
  }

  /** The closest skin to a point. */
  nearest(point: Vector3): SkinSpot {
    const hit = this.bvh.closestPointToPoint(point, { point: new Vector3(), distance: 0, faceIndex: 0 });
    if (!hit) throw new Error('Skin surface is empty');
    const position = hit.point.clone();
    return { position, normal: this.normalAt(hit.faceIndex, position, new Vector3()) };
  }

  /**
   * Drops a point onto the skin along an outward direction: of the skin crossings on the line through `point`
   * within `reach` metres, the closest one whose normal faces `outward`; null when there is none.
   */
  projectOrMiss(point: Vector3, outward: Vector3, reach = 0.06): SkinSpot | null {
    ray.origin.copy(point).addScaledVector(outward, reach);
    ray.direction.copy(outward).negate();
    const hits = this.bvh.raycast(ray, DoubleSide, 0, reach * 2);
    let best: SkinSpot | null = null;
    let bestDistance = Infinity;
    for (const hit of hits) {
      if (hit.faceIndex === undefined || hit.faceIndex === null) continue;
      const normal = this.normalAt(hit.faceIndex, hit.point, new Vector3());
      if (normal.dot(outward) <= 0.05) continue;
      const d = hit.point.distanceTo(point);
      if (d < bestDistance) {
        bestDistance = d;
        best = { position: hit.point.clone(), normal };
      }
    }
    return best;
  }

  /** `projectOrMiss`, throwing a readable error (naming `owner`) when the line misses the skin. */
  project(point: Vector3, outward: Vector3, reach = 0.06, owner = 'a projection'): SkinSpot {
    const spot = this.projectOrMiss(point, outward, reach);
    if (!spot) {
      const f = (v: Vector3) => `(${v.x.toFixed(3)}, ${v.y.toFixed(3)}, ${v.z.toFixed(3)})`;
      throw new Error(`${owner}: dropping ${f(point)} along ${f(outward)} misses the skin within ${(reach * 100).toFixed(1)} cm`);
    }
    return spot;
  }

  /** The skin's normal near a point at about `radius` scale: small pits and creases average out. */
  coarseNormal(point: Vector3, radius = 0.012): Vector3 {
    const sum = new Vector3();
    const probe = new Vector3();
    for (const axis of [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)])
      for (const sign of [1, -1]) sum.add(this.nearest(probe.copy(point).addScaledVector(axis, sign * radius)).normal);
    return sum.lengthSq() > 1e-8 ? sum.normalize() : this.nearest(point).normal;
  }

  /** Distance from a point to the skin. */
  distanceTo(point: Vec3 | Vector3): number {
    scratch.set(...(Array.isArray(point) ? (point as Vec3) : (point as Vector3).toArray()));
    return this.bvh.closestPointToPoint(scratch, { point: new Vector3(), distance: 0, faceIndex: 0 })?.distance ?? Infinity;
  }

  /**
   * Walks over the skin from `start`, each step moving along the tangent part of `heading(position)`, and
   * re-projecting onto the skin. Stops after `distance` metres, or when `heading` returns null (arrived).
   * Returns the path, start included. Steps are small so the walk cannot jump between fingers.
   */
  walk(
    start: SkinSpot,
    distance: number,
    heading: (position: Vector3) => Vector3 | null,
    options: { step?: number; keepOnMidline?: boolean; keepX?: number; keepZ?: number; owner?: string } = {},
  ): SkinSpot[] {
    // A walk may be held in one sagittal plane (the midline, or a line parallel to it over the scalp), or in one
    // coronal plane (across the crown).
    const plane = options.keepX ?? (options.keepOnMidline ? 0 : undefined);
    const coronal = options.keepZ;
    const step = options.step ?? 0.003;
    const owner = options.owner ?? 'a walk over the skin';
    const path: SkinSpot[] = [start];
    let here = start;
    let travelled = 0;
    const maxSteps = Math.ceil(distance / step) * 3 + 10;
    for (let i = 0; i < maxSteps && travelled < distance - 1e-9; i++) {
      const wanted = heading(here.position);
      if (!wanted) break;
      wanted.normalize();
      const tangent = wanted.clone().addScaledVector(here.normal, -wanted.dot(here.normal));
      const length = Math.min(step, distance - travelled);
      let landed: SkinSpot;
      if (tangent.lengthSq() > 0.15) {
        const next = here.position.clone().addScaledVector(tangent.normalize(), length);
        if (plane !== undefined) next.x = plane;
        if (coronal !== undefined) next.z = coronal;
        const outward = here.normal.clone();
        if (plane !== undefined) outward.setX(0).normalize();
        if (coronal !== undefined) outward.setZ(0).normalize();
        landed = this.project(next, outward, Math.max(0.01, length * 4), owner);
      } else {
        // Facing a wall (the rim of the navel, a skin fold): follow the surface at a coarser scale, whose
        // normal ignores the small pit, and drop back onto the skin from outside along it.
        const coarse = this.coarseNormal(here.position);
        if (plane !== undefined) coarse.setX(0).normalize();
        const across = wanted.clone().addScaledVector(coarse, -wanted.dot(coarse));
        const direction = across.lengthSq() > 1e-6 ? across.normalize() : wanted;
        const next = here.position.clone().addScaledVector(direction, length);
        if (plane !== undefined) next.x = plane;
        landed = this.project(next, coarse, 0.03, owner);
      }
      if (plane !== undefined) landed.position.x = plane;
      if (coronal !== undefined) landed.position.z = coronal;
      travelled += landed.position.distanceTo(here.position);
      here = landed;
      path.push(here);
    }
    if (travelled < distance - step && heading(here.position))
      throw new Error(`${owner}: the walk over the skin gave up after ${(travelled * 100).toFixed(1)} of ${(distance * 100).toFixed(1)} cm`);
    return path;
  }
}

/**
 * Walks over the skin from one spot to another along the curve a surgeon's tape would follow: in the plane of
 * the two spots and their mean normal, bulging outward. Each step heads around a centre set below the chord,
 * so a path from the front hairline to the back one climbs over the vertex instead of diving into the face.
 * Stops at the target, or after `maxDistance` metres.
 */
export function walkBetween(
  skin: SkinSurface,
  from: SkinSpot,
  to: SkinSpot,
  options: { maxDistance?: number; step?: number; keepOnMidline?: boolean; bulge?: Vector3; owner?: string } = {},
): SkinSpot[] {
  const owner = options.owner ?? 'a walk between two spots';
  const step = options.step ?? 0.003;
  const chord = to.position.clone().sub(from.position);
  const length = chord.length();
  if (length < step) return [from, to];
  const u = chord.clone().divideScalar(length);
  let o = options.bulge ? options.bulge.clone() : from.normal.clone().add(to.normal);
  if (o.lengthSq() < 1e-6) o = from.normal.clone();
  const v = o.addScaledVector(u, -o.dot(u));
  if (v.lengthSq() < 1e-8) v.copy(Math.abs(u.y) < 0.9 ? new Vector3(0, 1, 0) : new Vector3(0, 0, 1)).addScaledVector(u, -v.dot(u));
  v.normalize();
  const planeNormal = new Vector3().crossVectors(u, v);
  const centre = from.position
    .clone()
    .addScaledVector(u, length / 2)
    .addScaledVector(v, -length / 2);
  const angleOf = (p: Vector3) => {
    const w = p.clone().sub(centre);
    return Math.atan2(w.dot(v), w.dot(u));
  };
  const targetAngle = angleOf(to.position);
  const maxDistance = options.maxDistance ?? length * 4 + 0.02;
  // A walk that stops gaining angle is caught in a hollow it cannot climb out of (under a bun of hair, say).
  let bestAngle = Infinity;
  let sinceProgress = 0;
  let stalled = false;
  const heading = (p: Vector3): Vector3 | null => {
    const angle = angleOf(p);
    if (p.distanceTo(to.position) < step || angle <= targetAngle) return null;
    if (angle < bestAngle - 1e-4) {
      bestAngle = angle;
      sinceProgress = 0;
    } else if (++sinceProgress > 25) {
      stalled = true;
      return null;
    }
    return p.clone().sub(centre).cross(planeNormal);
  };
  const path = skin.walk(from, maxDistance, heading, { step, keepOnMidline: options.keepOnMidline ?? false, owner });
  if (stalled)
    throw new Error(
      `${owner}: the walk over the skin stalled ${(path[path.length - 1]!.position.distanceTo(to.position) * 100).toFixed(1)} cm short of its target`,
    );
  const last = path[path.length - 1]!;
  // Arrived (not cut short by maxDistance): end exactly on the target.
  const travelled = pathLength(path);
  if (travelled < maxDistance - step && last.position.distanceTo(to.position) > 1e-9) path.push({ position: to.position.clone(), normal: to.normal.clone() });
  return path;
}

/** Whether every vertex has a mirror twin across x = 0 (to 0.01 mm). */
function isMirrorSymmetric(positions: Float32Array): boolean {
  const key = (x: number, y: number, z: number) => `${Math.round(x * 1e5)},${Math.round(y * 1e5)},${Math.round(z * 1e5)}`;
  const keys = new Set<string>();
  for (let i = 0; i < positions.length; i += 3) keys.add(key(positions[i]!, positions[i + 1]!, positions[i + 2]!));
  for (let i = 0; i < positions.length; i += 3) if (!keys.has(key(-positions[i]!, positions[i + 1]!, positions[i + 2]!))) return false;
  return true;
}

/** The point at arc-length fraction `t` (0…1) along a skin path. */
export function pointAlongPath(path: readonly SkinSpot[], t: number): SkinSpot {
  const first = path[0];
  if (!first) throw new Error('Empty path');
  const lengths = [0];
  for (let i = 1; i < path.length; i++) lengths.push(lengths[i - 1]! + path[i]!.position.distanceTo(path[i - 1]!.position));
  const total = lengths[lengths.length - 1]!;
  const target = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 1; i < path.length; i++) {
    if (lengths[i]! >= target) {
      const span = lengths[i]! - lengths[i - 1]!;
      const f = span > 0 ? (target - lengths[i - 1]!) / span : 0;
      const a = path[i - 1]!;
      const b = path[i]!;
      return {
        position: a.position.clone().lerp(b.position, f),
        normal: a.normal.clone().lerp(b.normal, f).normalize(),
      };
    }
  }
  return path[path.length - 1]!;
}

/** Total length of a skin path in metres. */
export function pathLength(path: readonly SkinSpot[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += path[i]!.position.distanceTo(path[i - 1]!.position);
  return total;
}
