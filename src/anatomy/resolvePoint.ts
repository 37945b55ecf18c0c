import { Vector3 } from 'three';
import { bCunSegments, type BCunSegmentId } from './bCunSegments.ts';
import { isLandmarkBaseName, isPairedLandmark, type Side } from './landmarkNames.ts';
import type { LandmarkSet, Vec3 } from './landmarks.ts';
import { pathLength, pointAlongPath, walkBetween, type SkinSpot, type SkinSurface } from './skinSurface.ts';
import type { Direction, Placement, PointFacts } from '../data/schema.ts';
import { alternativeMarkerIdFor, markerIdFor, memberMarkerIdFor, sidesOf, type MarkerSide } from './markerIds.ts';

export type { MarkerSide } from './markerIds.ts';

/** What the resolver needs of a point: its code, sides and rules. */
export type PlaceablePoint = Pick<PointFacts, 'code' | 'laterality' | 'placement'> & {
  readonly members?: readonly NonNullable<PointFacts['members']>[number][] | undefined;
  readonly alternative?: { readonly placement: Placement } | undefined;
};

/** One marker on the body: a point (or one member of a group point) on one side. */
export interface ResolvedPoint {
  /** `KI1-L`, `GV20`, `EX-UE9-1-L`, `GB30-ALT-L` */
  readonly id: string;
  readonly code: string;
  readonly side: MarkerSide;
  /** member key of a group point */
  readonly member?: string;
  /** true for the WHO alternative location of a disputed point */
  readonly alternative?: true;
  readonly position: Vec3;
  readonly normal: Vec3;
}

/** The trace of one rule: the skin paths walked from the base to the point, for the cun ruler. */
export interface PlacementTrace {
  readonly measure: BCunSegmentId;
  /** metres per cun on that segment */
  readonly cunLength: number;
  readonly paths: readonly (readonly Vec3[])[];
}

/** A B-cun segment traced on the skin of one body. */
export interface TracedSegment {
  readonly id: BCunSegmentId;
  readonly path: readonly SkinSpot[];
  readonly length: number;
  readonly cunLength: number;
}

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z];
const fromVec3 = (v: Vec3): Vector3 => new Vector3(v[0], v[1], v[2]);

interface Resolved {
  spot: SkinSpot;
  trace: PlacementTrace;
}

/**
 * Places points on one body by their rules. Landmarks and segments come from the body, so a different body
 * moves every point; the right side uses the right-side landmarks (mirroring by rule, never by copying).
 */
export class PointResolver {
  private readonly cache = new Map<string, Resolved>();
  private readonly inProgress = new Set<string>();
  private readonly segments = new Map<string, TracedSegment>();
  private readonly byCode: ReadonlyMap<string, PlaceablePoint>;
  /**
   * On a body whose skin and landmarks are exact mirror images, the right side is worked out in the left side's
   * frame and reflected: the same rule on the mirrored landmarks, without the sub-millimetre rounding drift of
   * walking over the skin, which would otherwise leave the two sides 1–2 mm apart. An asymmetric body (a scan)
   * has each side worked out on its own.
   */
  private readonly reflectRightSide: boolean;

  constructor(
    private readonly landmarks: LandmarkSet,
    private readonly skin: SkinSurface,
    points: readonly PlaceablePoint[],
  ) {
    this.byCode = new Map(points.map((p) => [p.code, p]));
    this.reflectRightSide = skin.mirrorSymmetric && landmarks.isMirrorSymmetric();
  }

  /** Every marker: each point on each of its sides, each member of a group, and the alternative locations. */
  resolveAll(): ResolvedPoint[] {
    const out: ResolvedPoint[] = [];
    for (const point of this.byCode.values()) {
      const sides = sidesOf(point.laterality);
      if (point.placement) {
        for (const side of sides) {
          const r = this.resolve(point.code, side);
          out.push({ id: markerIdFor(point.code, side), code: point.code, side, position: toVec3(r.spot.position), normal: toVec3(r.spot.normal) });
        }
      }
      for (const member of point.members ?? []) {
        const memberSides = sidesOf(member.laterality ?? point.laterality);
        for (const side of memberSides) {
          const r = this.place(member.placement, side, `${point.code}-${member.key}`);
          out.push({
            id: memberMarkerIdFor(point.code, member.key, side),
            code: point.code,
            side,
            member: member.key,
            position: toVec3(r.spot.position),
            normal: toVec3(r.spot.normal),
          });
        }
      }
      if (point.alternative) {
        for (const side of sides) {
          const r = this.place(point.alternative.placement, side, `${point.code}-ALT`);
          out.push({
            id: alternativeMarkerIdFor(point.code, side),
            code: point.code,
            side,
            alternative: true,
            position: toVec3(r.spot.position),
            normal: toVec3(r.spot.normal),
          });
        }
      }
    }
    return out;
  }

  /** A point's spot on one side (memoised; point references resolve through here). */
  resolve(code: string, side: MarkerSide): Resolved {
    const point = this.byCode.get(code);
    if (!point) throw new Error(`Unknown point ${code}`);
    const effectiveSide: MarkerSide = point.laterality === 'midline' ? 'midline' : side;
    if (effectiveSide === 'midline' && point.laterality !== 'midline') throw new Error(`${code} is bilateral; a midline rule cannot use it`);
    if (!point.placement) {
      // A group point referenced as a whole stands for its first member.
      const first = point.members?.[0];
      if (!first) throw new Error(`${code} has no placement`);
      return this.place(first.placement, effectiveSide, `${code}-${first.key}`);
    }
    return this.place(point.placement, effectiveSide, code);
  }

  /** Trace of the rule that placed a marker, for drawing how it is measured. */
  traceOf(code: string, side: MarkerSide): PlacementTrace {
    return this.resolve(code, side).trace;
  }

  /** One B-cun segment traced over this body's skin; side picks the limb (transverse segments ignore it). */
  segment(id: BCunSegmentId, side: MarkerSide): TracedSegment {
    const def = bCunSegments[id];
    if (side === 'right' && this.reflectRightSide && !('across' in def)) {
      const key = `${id}|right`;
      const cached = this.segments.get(key);
      if (cached) return cached;
      const left = this.segment(id, 'left');
      const path = left.path.map((s) => ({
        position: new Vector3(-s.position.x, s.position.y, s.position.z),
        normal: new Vector3(-s.normal.x, s.normal.y, s.normal.z),
      }));
      const reflected: TracedSegment = { ...left, path };
      this.segments.set(key, reflected);
      return reflected;
    }
    const sideForLookup: Side = side === 'right' ? 'right' : 'left';
    const key = `${id}|${'across' in def ? 'across' : sideForLookup}`;
    const cached = this.segments.get(key);
    if (cached) return cached;
    const fromSide: Side = 'across' in def ? 'right' : sideForLookup;
    const toSide: Side = 'across' in def ? 'left' : sideForLookup;
    const from = this.landmarkSpot(def.from, fromSide);
    const to = this.landmarkSpot(def.to, toSide);
    const onMidline = !isPairedLandmark(def.from) && !isPairedLandmark(def.to);
    let path: SkinSpot[];
    let length: number;
    if (def.measured === 'straight') {
      // A bone length: the straight distance. It is drawn as the straight line dropped onto the skin.
      length = from.position.distanceTo(to.position);
      if ('boneAxis' in def) {
        const [a, b] = def.boneAxis;
        const axis = this.landmarkSpot(b, sideForLookup).position.clone().sub(this.landmarkSpot(a, sideForLookup).position).normalize();
        length = Math.abs(to.position.clone().sub(from.position).dot(axis));
      }
      path = this.straightPath(from, to, onMidline);
    } else {
      const bulge = 'bulge' in def ? this.direction(def.bulge, 'midline', id, id) : undefined;
      path = walkBetween(this.skin, from, to, { keepOnMidline: onMidline, owner: `segment ${id}`, ...(bulge ? { bulge } : {}) });
      length = pathLength(path);
    }
    const traced: TracedSegment = { id, path, length, cunLength: length / def.cun };
    this.segments.set(key, traced);
    return traced;
  }

  /** Where a rule reference (landmark or point code) lies on a side of this body. */
  referencePosition(ref: string, side: MarkerSide): Vec3 {
    return toVec3(this.refSpot(ref, side, ref).position);
  }

  /** A world direction for an anatomical direction on a side (proximal/distal along the given segment). */
  directionVector(dir: Direction, side: MarkerSide, measure: BCunSegmentId): Vec3 {
    return toVec3(this.direction(dir, side, measure, dir));
  }

  /**
   * Moves straight from a spot by `distance` metres along `heading`: how a distance in a bone cun is laid off. The
   * result stays where the bone measure puts it (it is dropped onto the skin once, by the rule's snap); its normal
   * is blended toward `towardNormal` by `blend`, to say which way is out.
   */
  private moveStraight(from: SkinSpot, heading: Vector3, distance: number, onMidline: boolean, towardNormal?: Vector3, blend = 0): SkinSpot {
    const position = from.position.clone().addScaledVector(heading.clone().normalize(), distance);
    if (onMidline) position.x = 0;
    const normal = towardNormal ? from.normal.clone().lerp(towardNormal, blend) : from.normal.clone();
    // Dropped square to the line it was measured along, so the drop onto the skin keeps the distance laid off.
    const along = heading.clone().normalize();
    const squared = normal.clone().addScaledVector(along, -normal.dot(along));
    if (squared.lengthSq() > 0.05) normal.copy(squared);
    if (onMidline) normal.setX(0);
    return { position, normal: normal.lengthSq() > 1e-8 ? normal.normalize() : from.normal.clone() };
  }

  /** The straight line between two spots, sampled every 3 mm and dropped onto the skin (for drawing). */
  private straightPath(from: SkinSpot, to: SkinSpot, onMidline: boolean): SkinSpot[] {
    const length = from.position.distanceTo(to.position);
    const steps = Math.max(1, Math.ceil(length / 0.003));
    const path: SkinSpot[] = [from];
    for (let i = 1; i < steps; i++) {
      const t = i / steps;
      const p = from.position.clone().lerp(to.position, t);
      if (onMidline) p.x = 0;
      const n = from.normal.clone().lerp(to.normal, t);
      if (n.lengthSq() < 1e-8) continue;
      const spot = this.skin.projectOrMiss(p, n.normalize(), 0.05 + length * 0.3);
      if (spot) path.push(spot);
    }
    path.push(to);
    return path;
  }

  private landmarkSpot(name: string, side: Side): SkinSpot {
    if (!isLandmarkBaseName(name)) throw new Error(`Unknown landmark ${name}`);
    const l = this.landmarks.get(name, side);
    return { position: fromVec3(l.p), normal: fromVec3(l.n) };
  }

  /** A reference (landmark or point code) on a side. */
  private refSpot(ref: string, side: MarkerSide, owner: string): SkinSpot {
    if (isLandmarkBaseName(ref)) {
      if (side === 'midline' && isPairedLandmark(ref)) throw new Error(`${owner}: a midline rule cannot use the paired landmark ${ref}`);
      return this.landmarkSpot(ref, side === 'right' ? 'right' : 'left');
    }
    return this.resolve(ref, side).spot;
  }

  private direction(dir: Direction, side: MarkerSide, measure: BCunSegmentId, owner: string): Vector3 {
    switch (dir) {
      case 'superior':
        return new Vector3(0, 1, 0);
      case 'inferior':
        return new Vector3(0, -1, 0);
      case 'anterior':
        return new Vector3(0, 0, 1);
      case 'posterior':
        return new Vector3(0, 0, -1);
      case 'lateral':
      case 'medial': {
        if (side === 'midline') throw new Error(`${owner}: a midline point has no ${dir} direction`);
        const sign = (side === 'left' ? 1 : -1) * (dir === 'lateral' ? 1 : -1);
        return new Vector3(sign, 0, 0);
      }
      case 'proximal':
      case 'distal': {
        const segment = this.segment(measure, side);
        const first = segment.path[0]!.position;
        const last = segment.path[segment.path.length - 1]!.position;
        const v = last.clone().sub(first).normalize();
        return dir === 'distal' ? v : v.negate();
      }
    }
  }

  private snapDirection(snap: Placement['snap'], side: MarkerSide, owner: string): Vector3 | null {
    if (snap === 'nearest' || snap === 'outward') return null;
    return this.direction(snap, side, 'foot_3', owner);
  }

  private drop(point: Vector3, snap: Placement['snap'], side: MarkerSide, owner: string, hint?: Vector3, reach = 0.06): SkinSpot {
    const onMidline = side === 'midline';
    if (onMidline) point.x = 0;
    // `nearest` is asked for by the rule; otherwise the point is dropped along the snap direction (or, without
    // one, along the way out at the point) and a miss is an error naming the point.
    const outward = snap === 'nearest' ? null : (this.snapDirection(snap, side, owner) ?? (hint ? hint.clone() : null));
    let spot: SkinSpot;
    if (outward) {
      if (onMidline) outward.setX(0);
      spot = this.skin.project(point, outward.normalize(), reach, owner);
    } else {
      spot = this.skin.nearest(point);
    }
    if (onMidline && Math.abs(spot.position.x) > 1e-6) {
      // Keep midline points exactly on the midline: project within the sagittal plane.
      const n = spot.normal.clone().setX(0);
      const inPlane = n.lengthSq() > 1e-6 ? n.normalize() : new Vector3(0, 0, 1);
      spot = this.skin.project(point.setX(0), inPlane, reach, owner);
      spot.position.x = 0;
    }
    return spot;
  }

  /** Applies one placement rule on one side. */
  private place(placement: Placement, side: MarkerSide, key: string): Resolved {
    if (side === 'right' && this.reflectRightSide) {
      const cacheKey = `${key}|right`;
      const cached = this.cache.get(cacheKey);
      if (cached) return cached;
      const left = this.place(placement, 'left', key);
      const mirror = (v: Vector3) => new Vector3(-v.x, v.y, v.z);
      const reflected: Resolved = {
        spot: { position: mirror(left.spot.position), normal: mirror(left.spot.normal) },
        trace: { ...left.trace, paths: left.trace.paths.map((p) => p.map((v) => [-v[0], v[1], v[2]] as Vec3)) },
      };
      this.cache.set(cacheKey, reflected);
      return reflected;
    }
    const cacheKey = `${key}|${side}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    if (this.inProgress.has(cacheKey)) throw new Error(`Circular placement rule through ${key}`);
    this.inProgress.add(cacheKey);
    try {
      const onMidline = side === 'midline';
      const cunLength = this.segment(placement.measure, side).cunLength;
      // Distances are laid off the way the rule's segment is measured: straight for a bone length, over the skin
      // for an arc (the scalp).
      const straight = bCunSegments[placement.measure].measured === 'straight';
      const paths: Vec3[][] = [];
      const base = placement.base;
      let here: SkinSpot;
      if ('at' in base) {
        here = this.refSpot(base.at, side, key);
      } else if ('level' in base) {
        const level = this.refSpot(base.level, side, key);
        const line = this.refSpot(base.line, side, key);
        here = this.drop(new Vector3(line.position.x, level.position.y, line.position.z), placement.snap, side, key, line.normal);
      } else if ('alongMeasure' in base) {
        const segment = this.segment(placement.measure, side);
        const def = bCunSegments[placement.measure];
        if (straight) {
          const first = segment.path[0]!;
          const last = segment.path[segment.path.length - 1]!;
          const t = base.alongMeasure / def.cun;
          here = this.moveStraight(first, last.position.clone().sub(first.position), t * first.position.distanceTo(last.position), onMidline, last.normal, t);
          paths.push([toVec3(first.position), toVec3(here.position)]);
        } else {
          here = pointAlongPath(segment.path, base.alongMeasure / def.cun);
          paths.push(segment.path.map((s) => toVec3(s.position)));
        }
      } else {
        const from = this.refSpot(base.from, side, key);
        const toward = this.refSpot(base.toward, side, key);
        if (straight) {
          const chord = toward.position.clone().sub(from.position);
          const distance = 'cun' in base ? base.cun * cunLength : base.fraction * chord.length();
          here = this.moveStraight(from, chord, distance, onMidline, toward.normal, Math.min(1, distance / Math.max(chord.length(), 1e-9)));
          paths.push([toVec3(from.position), toVec3(here.position)]);
        } else {
          const path =
            'cun' in base
              ? walkBetween(this.skin, from, toward, { keepOnMidline: onMidline, maxDistance: base.cun * cunLength, owner: key })
              : walkBetween(this.skin, from, toward, { keepOnMidline: onMidline, owner: key });
          here = 'cun' in base ? path[path.length - 1]! : pointAlongPath(path, base.fraction);
          paths.push(path.map((s) => toVec3(s.position)));
        }
      }
      for (const offset of placement.offsets) {
        const distance = Math.abs(offset.cun) * cunLength;
        let path: SkinSpot[];
        if ('dir' in offset) {
          const heading = this.direction(offset.dir, side, placement.measure, key);
          if (offset.cun < 0) heading.negate();
          // Over the top of the head, a distance forward or back is walked on the line parallel to the midline (not
          // on the sides of the head, which face outward, round the ear).
          const sagittal = placement.measure === 'head_midline_12' && offset.dir !== 'lateral' && offset.dir !== 'medial';
          // Sideways across the crown (BL6–BL8, Sishencong), the walk keeps to the coronal plane it starts in.
          const across = (offset.dir === 'lateral' || offset.dir === 'medial') && placement.measure === 'head_corners_9' && here.normal.y > 0.8;
          path = straight
            ? [here, this.moveStraight(here, heading, distance, onMidline)]
            : this.skin.walk(here, distance, () => heading, {
                keepOnMidline: onMidline,
                ...(sagittal && !onMidline ? { keepX: here.position.x } : {}),
                ...(across ? { keepZ: here.position.z } : {}),
                owner: key,
              });
        } else {
          const target = this.refSpot(offset.toward, side, key);
          path = straight
            ? [
                here,
                this.moveStraight(
                  here,
                  target.position.clone().sub(here.position),
                  distance,
                  onMidline,
                  target.normal,
                  Math.min(1, distance / Math.max(target.position.distanceTo(here.position), 1e-9)),
                ),
              ]
            : walkBetween(this.skin, here, target, { keepOnMidline: onMidline, maxDistance: distance, owner: key });
        }
        paths.push(path.map((s) => toVec3(s.position)));
        here = path[path.length - 1]!;
      }
      const spot = this.drop(here.position.clone(), placement.snap, side, key, here.normal, straight ? 0.15 : 0.06);
      const resolved: Resolved = { spot, trace: { measure: placement.measure, cunLength, paths } };
      this.cache.set(cacheKey, resolved);
      return resolved;
    } finally {
      this.inProgress.delete(cacheKey);
    }
  }
}
