/**
 * The placement audit's own measuring: proportional cun worked out from a body's landmarks (straight between bone
 * landmarks; over the skin only along the scalp's midline profile), and every WHO relation measured on the markers.
 * It deliberately shares no code with the resolver that placed the points (src/anatomy/resolvePoint.ts).
 */
import type { Dir, Ref, Relation, Scale, WhoLocation } from './relations.ts';

type V = readonly [number, number, number];
export type AuditSide = 'left' | 'right' | 'midline';

/** A marker as exported: where the atlas put one side (or member) of a point. */
export interface AuditMarker {
  readonly id: string;
  readonly code: string;
  readonly side: AuditSide;
  readonly member?: string;
  readonly position: V;
  /** outward normal of the skin at the marker */
  readonly normal: V;
}

/** A body as the audit sees it: its landmark file and its skin triangles (only the scalp profile is taken from them). */
export interface AuditBody {
  readonly landmarks: Readonly<Record<string, { readonly p: V }>>;
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
}

const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const len = (a: V) => Math.hypot(a[0], a[1], a[2]);
const unit = (a: V): V => {
  const l = len(a);
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** Limb scales: straight from one bone landmark to the other, `cun` parts. */
const limbScales = {
  forearm: ['cubital_crease_center', 'wrist_crease_palmar', 12],
  forearmD: ['cubital_crease_lateral', 'wrist_crease_dorsal', 12],
  thigh: ['pubic_symphysis_upper', 'patella_base', 18],
  thighLat: ['greater_trochanter', 'popliteal_crease', 19],
  thighPost: ['gluteal_fold', 'popliteal_crease', 14],
  legMed: ['tibia_medial_condyle', 'medial_malleolus', 13],
  legLat: ['popliteal_crease', 'lateral_malleolus', 16],
} as const satisfies Partial<Record<Scale, readonly [string, string, number]>>;

/** Vertical trunk scales: the height difference of two landmarks, `cun` parts. */
const verticalScales = {
  chestV: ['suprasternal_notch', 'xiphisternal_junction', 9],
  abdU: ['xiphisternal_junction', 'umbilicus', 8],
  abdL: ['umbilicus', 'pubic_symphysis_upper', 5],
  flank: ['axilla_apex', 'rib11_free_end', 12],
} as const satisfies Partial<Record<Scale, readonly [string, string, number]>>;

/** How the scale is read per side of one body. */
interface ScaleOnSide {
  readonly cun: number;
  /** unit vector toward the scale's distal / inferior end (straight scales) */
  readonly axis: V;
}

/** The scalp's midline profile as a function from angle (about the ear-apex axis) to position in head cun. */
class HeadProfile {
  private readonly theta: number[] = [];
  private readonly param: number[] = [];
  /** depth (z) of the profile, front to back, down to its most posterior point */
  private readonly topZ: number[] = [];
  private readonly topParam: number[] = [];
  /** metres per head cun (the hairline-to-hairline arc / 12) */
  readonly cun: number;
  private readonly centre: readonly [number, number];

  constructor(body: AuditBody, lm: (name: string) => V) {
    const ear = lm('ear_apex_l');
    this.centre = [ear[1], ear[2]];
    const angleOf = (y: number, z: number) => Math.atan2(z - this.centre[1], y - this.centre[0]);
    const anchors = ['glabella', 'anterior_hairline', 'posterior_hairline', 'c7_spinous_process'].map((n) => angleOf(lm(n)[1], lm(n)[2]));
    const start = anchors[0]! + 0.02;
    const end = anchors[3]! - 0.12; // a little past C7, for the points just below it
    // The outermost skin crossing of the midline plane in each small angle bin.
    const bins = 700;
    const width = (start - end) / bins;
    const radius = new Float64Array(bins).fill(-1);
    const { positions: p, indices } = body;
    const take = (y: number, z: number) => {
      const a = angleOf(y, z);
      const i = Math.floor((start - a) / width);
      if (i < 0 || i >= bins) return;
      const r = Math.hypot(y - this.centre[0], z - this.centre[1]);
      if (r > radius[i]!) radius[i] = r;
    };
    for (let t = 0; t < indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = indices[t + e]! * 3;
        const b = indices[t + ((e + 1) % 3)]! * 3;
        const xa = p[a]!;
        const xb = p[b]!;
        if (xa === 0 && xb === 0) {
          // An edge lying in the midline plane (the mirrored mesh has its seam there): sample it every millimetre.
          const steps = Math.ceil(Math.hypot(p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!) / 0.001);
          for (let k = 0; k <= steps; k++) take(p[a + 1]! + (k / steps) * (p[b + 1]! - p[a + 1]!), p[a + 2]! + (k / steps) * (p[b + 2]! - p[a + 2]!));
        }
        if ((xa < 0 && xb > 0) || (xa > 0 && xb < 0)) {
          const f = xa / (xa - xb);
          take(p[a + 1]! + f * (p[b + 1]! - p[a + 1]!), p[a + 2]! + f * (p[b + 2]! - p[a + 2]!));
        }
      }
    }
    const arcs: number[] = [];
    const zs: number[] = [];
    let s = 0;
    let last: [number, number] | null = null;
    for (let i = 0; i < bins; i++) {
      const r = radius[i]!;
      if (r < 0) continue;
      const a = start - (i + 0.5) * width;
      const here: [number, number] = [r * Math.cos(a), r * Math.sin(a)];
      if (last) s += Math.hypot(here[0] - last[0], here[1] - last[1]);
      last = here;
      this.theta.push(a);
      arcs.push(s);
      zs.push(this.centre[1] + here[1]);
    }
    if (this.theta.length < bins / 2) throw new Error('the scalp profile has gaps: the mesh does not cross the midline plane');
    const arcAt = (a: number) => this.interpolate(this.theta, arcs, a);
    const [sg, sa, sp, sc] = anchors.map(arcAt) as [number, number, number, number];
    this.cun = (sp - sa) / 12;
    // Piecewise: glabella −3, anterior hairline 0, posterior hairline 12, C7 15.
    for (const arc of arcs) {
      const value = arc < sa ? -3 + (3 * (arc - sg)) / (sa - sg) : arc < sp ? (12 * (arc - sa)) / (sp - sa) : 12 + (3 * (arc - sp)) / (sc - sp);
      this.param.push(value);
    }
    // Over the top of the head depth falls steadily from the forehead to the back of the occiput: a point off the
    // midline is measured on the line parallel to it, at the midline's position of the same depth.
    let back = 0;
    for (let i = 1; i < zs.length; i++) if (zs[i]! < zs[back]!) back = i;
    for (let i = 0; i <= back; i++) {
      if (this.topZ.length && zs[i]! >= this.topZ[this.topZ.length - 1]!) continue;
      this.topZ.push(zs[i]!);
      this.topParam.push(this.param[i]!);
    }
  }

  private interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
    // xs decreases (angles from front to back)
    if (x >= xs[0]!) return ys[0]!;
    for (let i = 1; i < xs.length; i++) {
      if (xs[i]! <= x) {
        const f = (xs[i - 1]! - x) / (xs[i - 1]! - xs[i]!);
        return ys[i - 1]! + f * (ys[i]! - ys[i - 1]!);
      }
    }
    return ys[ys.length - 1]!;
  }

  /**
   * Position of a point on the head, in head cun from the anterior hairline (posterior positive): on the midline
   * by its angle about the ear-apex axis, off it by its depth over the top of the head (lines parallel to the
   * midline), down to the back of the occiput.
   */
  at(p: V): number {
    if (Math.abs(p[0]) > 0.002 && p[2] > this.topZ[this.topZ.length - 1]! && p[1] > this.centre[0]) return this.interpolate(this.topZ, this.topParam, p[2]);
    return this.interpolate(this.theta, this.param, Math.atan2(p[2] - this.centre[1], p[1] - this.centre[0]));
  }
}

/**
 * A horizontal section of the head, front or back half: the arc length over the skin from the midline out to a
 * given distance from it. Transverse head measures (hairline corner to corner, mastoid to mastoid) are taken over
 * the curved surface, as with a tape.
 */
class HeadSlice {
  private readonly xs: number[] = [];
  private readonly arcs: number[] = [];

  constructor(body: AuditBody, y0: number, zCentre: number, front: boolean) {
    const bins = 120; // 1 mm wide, from the midline out to 12 cm
    const depth = new Float64Array(bins).fill(NaN);
    const { positions: p, indices } = body;
    for (let t = 0; t < indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = indices[t + e]! * 3;
        const b = indices[t + ((e + 1) % 3)]! * 3;
        const ya = p[a + 1]!;
        const yb = p[b + 1]!;
        if (ya < y0 === yb < y0 || ya === yb) continue;
        const f = (y0 - ya) / (yb - ya);
        const x = Math.abs(p[a]! + f * (p[b]! - p[a]!));
        const z = p[a + 2]! + f * (p[b + 2]! - p[a + 2]!);
        if (front ? z < zCentre : z > zCentre) continue;
        const i = Math.floor(x / 0.001);
        if (i >= bins) continue;
        const d = front ? z : -z;
        if (!(d <= depth[i]!)) depth[i] = d;
      }
    }
    let arc = 0;
    let last: [number, number] | null = null;
    for (let i = 0; i < bins; i++) {
      if (Number.isNaN(depth[i]!)) continue;
      const here: [number, number] = [(i + 0.5) * 0.001, depth[i]!];
      if (last) arc += Math.hypot(here[0] - last[0], here[1] - last[1]);
      else arc = here[0];
      last = here;
      this.xs.push(here[0]);
      this.arcs.push(arc);
    }
    if (this.xs.length < 40) throw new Error('the head section has gaps');
  }

  /** Arc length over the skin from the midline out to distance `x` from it (metres). */
  arcTo(x: number): number {
    const ax = Math.abs(x);
    const { xs, arcs } = this;
    if (ax <= xs[0]!) return ax;
    for (let i = 1; i < xs.length; i++) if (xs[i]! >= ax) return arcs[i - 1]! + ((ax - xs[i - 1]!) / (xs[i]! - xs[i - 1]!)) * (arcs[i]! - arcs[i - 1]!);
    return arcs[arcs.length - 1]! + (ax - xs[xs.length - 1]!);
  }
}

/** One relation measured: what was found, what the standard says, and how far apart in cun. */
export interface MeasuredRelation {
  readonly text: string;
  readonly measured: number;
  readonly expected: number;
  /** cun beyond the statement (0 when it holds) */
  readonly error: number;
  /** a structure the point is on the wrong side of */
  readonly wrongSide?: string;
}

/** The audit of one marker. */
export interface MarkerAudit {
  readonly id: string;
  readonly relations: readonly MeasuredRelation[];
  readonly worst: number;
  readonly wrongSide: readonly string[];
}

const dirVector = (dir: Dir, lateralSign: number): V => {
  switch (dir) {
    case 'anterior':
      return [0, 0, 1];
    case 'posterior':
      return [0, 0, -1];
    case 'superior':
      return [0, 1, 0];
    case 'inferior':
      return [0, -1, 0];
    case 'lateral':
      return [lateralSign, 0, 0];
    case 'medial':
      return [-lateralSign, 0, 0];
  }
};

/** Measures WHO relations on the markers of one body. */
export class PlacementAuditor {
  private readonly head: HeadProfile;
  private readonly front: HeadSlice;
  private readonly back: HeadSlice;
  private readonly byId: ReadonlyMap<string, AuditMarker>;
  private readonly firstByCodeSide = new Map<string, AuditMarker>();

  constructor(
    private readonly body: AuditBody,
    markers: readonly AuditMarker[],
  ) {
    this.head = new HeadProfile(body, (n) => this.landmark(n));
    const earZ = this.landmark('ear_apex_l')[2];
    this.front = new HeadSlice(body, this.landmark('hairline_corner_l')[1], earZ, true);
    this.back = new HeadSlice(body, this.landmark('mastoid_process_l')[1], earZ, false);
    this.byId = new Map(markers.map((m) => [m.id, m]));
    for (const m of markers) {
      const key = `${m.code}|${m.side}`;
      if (!this.firstByCodeSide.has(key)) this.firstByCodeSide.set(key, m);
    }
  }

  private landmark(stored: string): V {
    const l = this.body.landmarks[stored];
    if (!l) throw new Error(`audit: the body has no landmark ${stored}`);
    return l.p;
  }

  /** A landmark or point on a side: a paired landmark takes the side's suffix, a midline one none. */
  private ref(ref: Ref, side: AuditSide, owner: string, at?: V): V {
    if (ref === 'local_anterior_hairline') {
      // The anterior hairline at the point's distance from the midline: an arch from its midpoint to its corner,
      // receding with the square of that distance (flat in the middle, turning back toward the corner).
      const mid = this.landmark('anterior_hairline');
      const corner = this.landmark(side === 'right' ? 'hairline_corner_r' : 'hairline_corner_l');
      const f = Math.min(1, Math.abs((at ?? mid)[0]) / Math.abs(corner[0])) ** 2;
      return [mid[0] + f * (corner[0] - mid[0]), mid[1] + f * (corner[1] - mid[1]), mid[2] + f * (corner[2] - mid[2])];
    }
    const bar = ref.indexOf('|');
    if (bar > 0) {
      const a = this.ref(ref.slice(0, bar), side, owner);
      const b = this.ref(ref.slice(bar + 1), side, owner);
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
    }
    if (/^[a-z]/.test(ref)) {
      const suffix = side === 'right' ? '_r' : '_l';
      return this.body.landmarks[ref]?.p ?? this.landmark(ref + suffix);
    }
    const m = this.firstByCodeSide.get(`${ref}|${side}`) ?? this.firstByCodeSide.get(`${ref}|midline`) ?? this.firstByCodeSide.get(`${ref}|left`);
    if (!m) throw new Error(`audit: ${owner} refers to ${ref}, which has no marker`);
    return side === 'midline' || m.side !== 'left' || side === 'left' ? m.position : [-m.position[0], m.position[1], m.position[2]];
  }

  private scale(scale: Scale, side: AuditSide): ScaleOnSide {
    const s = side === 'right' ? '_r' : '_l';
    const down: V = [0, -1, 0];
    switch (scale) {
      case 'head':
        return { cun: this.head.cun, axis: down };
      case 'headFront':
        return { cun: (2 * this.front.arcTo(this.landmark('hairline_corner_l')[0])) / 9, axis: [1, 0, 0] };
      case 'headBack':
        return { cun: (2 * this.back.arcTo(this.landmark('mastoid_process_l')[0])) / 9, axis: [1, 0, 0] };
      case 'chestT':
        return { cun: Math.abs(this.landmark('nipple_l')[0] - this.landmark('nipple_r')[0]) / 8, axis: [1, 0, 0] };
      case 'backT':
        return { cun: Math.abs(this.landmark(`scapula_medial_border${s}`)[0]) / 3, axis: [1, 0, 0] };
      case 'foot':
        return { cun: this.landmark(`medial_malleolus${s}`)[1] / 3, axis: down };
      case 'upperArm': {
        // Along the humerus (acromion to the elbow crease): the level of the anterior axillary fold and of the
        // crease on that axis, 9 B-cun apart. The fold lies on the chest side of the arm, so the straight line
        // from it to the crease would run askew to the bone.
        const fold = this.landmark(`axillary_fold_anterior${s}`);
        const crease = this.landmark(`cubital_crease_center${s}`);
        const axis = unit(sub(crease, this.landmark(`acromion${s}`)));
        return { cun: dot(sub(crease, fold), axis) / 9, axis };
      }
      default: {
        if (scale in verticalScales) {
          const [a, b, n] = verticalScales[scale as keyof typeof verticalScales];
          const A = this.body.landmarks[a]?.p ?? this.landmark(a + s);
          const B = this.body.landmarks[b]?.p ?? this.landmark(b + s);
          return { cun: Math.abs(A[1] - B[1]) / n, axis: down };
        }
        const [a, b, n] = limbScales[scale as keyof typeof limbScales];
        const A = this.body.landmarks[a]?.p ?? this.landmark(a + s);
        const B = this.body.landmarks[b]?.p ?? this.landmark(b + s);
        return { cun: len(sub(B, A)) / n, axis: unit(sub(B, A)) };
      }
    }
  }

  /** One cun of a scale on a side, in metres (for reports). */
  cunOf(scale: Scale, side: AuditSide = 'left'): number {
    return this.scale(scale, side).cun;
  }

  private measure(rel: Relation, m: AuditMarker, owner: string): MeasuredRelation {
    const side = m.side;
    const P = m.position;
    const lateralSign = side === 'right' ? -1 : 1;
    const fmt = (x: number) => (Math.round(x * 100) / 100).toString();
    switch (rel.kind) {
      case 'along': {
        const sc = this.scale(rel.scale, side);
        const R = this.ref(rel.ref, side, owner, P);
        const value = rel.scale === 'head' ? this.head.at(P) - this.head.at(R) : dot(sub(P, R), sc.axis) / sc.cun;
        return { text: `${fmt(rel.cun)} cun along ${rel.scale} from ${rel.ref}`, measured: value, expected: rel.cun, error: Math.abs(value - rel.cun) };
      }
      case 'lateral': {
        const sc = this.scale(rel.scale, side);
        // Across the head the distance is an arc over the skin; elsewhere the straight distance across the body.
        const across =
          rel.scale === 'headFront'
            ? (x: number) => this.front.arcTo(x)
            : rel.scale === 'headBack'
              ? (x: number) => this.back.arcTo(x)
              : (x: number) => Math.abs(x);
        const from = rel.ref ? across(this.ref(rel.ref, side, owner)[0]) : 0;
        const value = (across(P[0]) - from) / sc.cun;
        return {
          text: `${fmt(rel.cun)} cun (${rel.scale}) lateral to ${rel.ref ?? 'the midline'}`,
          measured: value,
          expected: rel.cun,
          error: Math.abs(value - rel.cun),
        };
      }
      case 'offset': {
        const sc = this.scale(rel.scale, side);
        const value = dot(sub(P, this.ref(rel.ref, side, owner)), dirVector(rel.dir, lateralSign)) / sc.cun;
        return { text: `${fmt(rel.cun)} cun (${rel.scale}) ${rel.dir} to ${rel.ref}`, measured: value, expected: rel.cun, error: Math.abs(value - rel.cun) };
      }
      case 'near': {
        const sc = this.scale(rel.scale, side);
        const value = len(sub(P, this.ref(rel.ref, side, owner))) / sc.cun;
        return { text: `within ${fmt(rel.cun)} cun (${rel.scale}) of ${rel.ref}`, measured: value, expected: rel.cun, error: Math.max(0, value - rel.cun) };
      }
      case 'between': {
        // Measured along the straight line from a to b: over a curved surface the skin point lies outside the
        // chord, so only the position along it is judged (plus `cun` of slack).
        const sc = this.scale(rel.scale, side);
        const A = this.ref(rel.a, side, owner);
        const AB = sub(this.ref(rel.b, side, owner), A);
        const t = dot(sub(P, A), AB) / dot(AB, AB);
        const value = ((t - rel.f) * len(AB)) / sc.cun;
        return {
          text: `${fmt(rel.f)} of the way ${rel.a} → ${rel.b} (±${fmt(rel.cun)} cun ${rel.scale})`,
          measured: value,
          expected: 0,
          error: Math.max(0, Math.abs(value) - rel.cun),
        };
      }
      case 'line': {
        const sc = this.scale(rel.scale, side);
        const A = this.ref(rel.a, side, owner);
        const u = unit(sub(this.ref(rel.b, side, owner), A));
        const w = sub(P, A);
        const t = dot(w, u);
        // Sideways off the line, over the skin: the part along the skin's normal is the bulge of the skin above the
        // straight chord between two skin points, not a miss.
        const off: V = [w[0] - t * u[0], w[1] - t * u[1], w[2] - t * u[2]];
        const n = m.normal;
        const nu = dot(n, u);
        const nPerp = unit([n[0] - nu * u[0], n[1] - nu * u[1], n[2] - nu * u[2]]);
        const along = dot(off, nPerp);
        const value = len([off[0] - along * nPerp[0], off[1] - along * nPerp[1], off[2] - along * nPerp[2]]) / sc.cun;
        return {
          text: `${fmt(rel.cun)} cun (${rel.scale}) from the line ${rel.a}–${rel.b}`,
          measured: value,
          expected: rel.cun,
          error: Math.abs(value - rel.cun),
        };
      }
      case 'side': {
        const cun = this.scale(rel.scale ?? 'chestT', side).cun;
        const value = dot(sub(P, this.ref(rel.ref, side, owner)), dirVector(rel.dir, lateralSign)) / cun;
        const needed = rel.by ?? 0;
        const ok = value > needed;
        return {
          text: `${rel.dir} to ${rel.structure}${rel.by ? ` by ${fmt(rel.by)} cun` : ''}`,
          measured: value,
          expected: needed,
          error: 0,
          ...(ok ? {} : { wrongSide: `${rel.dir === 'anterior' ? 'behind' : rel.dir === 'posterior' ? 'in front of' : `not ${rel.dir} to`} ${rel.structure}` }),
        };
      }
    }
  }

  /** Measures a location's relations on one marker. */
  auditMarker(location: WhoLocation, marker: AuditMarker): MarkerAudit {
    const relations = location.relations.map((r) => this.measure(r, marker, marker.id));
    const wrongSide = relations.flatMap((r) => (r.wrongSide ? [r.wrongSide] : []));
    return { id: marker.id, relations, worst: Math.max(0, ...relations.map((r) => r.error)), wrongSide };
  }

  /** Every marker of a point code (members included, alternatives excluded). */
  markersOf(code: string): AuditMarker[] {
    return [...this.byId.values()].filter((m) => m.code === code);
  }
}
