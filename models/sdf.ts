/**
 * Signed-distance primitives and a small composition tree with bounding-box culling.
 * Negative inside, metres. Every primitive is an exact distance or a well-bounded estimate,
 * so the mesher can skip empty space safely.
 */

export type V3 = [number, number, number];

export const v = (x: number, y: number, z: number): V3 => [x, y, z];
export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const len = (a: V3): number => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V3): V3 => {
  const l = len(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const lerp = (a: V3, b: V3, t: number): V3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
/** a + u*s1 + w*s2 … convenience: point from a frame. */
export const madd = (a: V3, ...terms: [V3, number][]): V3 => {
  const r: V3 = [a[0], a[1], a[2]];
  for (const [d, s] of terms) {
    r[0] += d[0] * s;
    r[1] += d[1] * s;
    r[2] += d[2] * s;
  }
  return r;
};
/** Rotate vector a about unit axis k by angle (radians), Rodrigues. */
export const rotate = (a: V3, k: V3, angle: number): V3 => {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const kxa = cross(k, a);
  const kda = dot(k, a) * (1 - c);
  return [a[0] * c + kxa[0] * s + k[0] * kda, a[1] * c + kxa[1] * s + k[1] * kda, a[2] * c + kxa[2] * s + k[2] * kda];
};

export interface Box {
  min: V3;
  max: V3;
}

export type Fn = (x: number, y: number, z: number) => number;

/**
 * A node of the SDF tree. `make(m)` returns its evaluation function for a context in which every value
 * ≥ m may be replaced by any lower bound ≥ m (m is the largest blend radius of the node's ancestors):
 * that is what lets far parts be skipped with a box distance without changing any blend.
 */
export interface SdfNode {
  make: (m: number) => Fn;
  box: Box;
  name?: string | undefined;
}
const leaf = (f: Fn, box: Box, name?: string): SdfNode => ({ make: () => f, box, name });

export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b;
  const h = k - Math.abs(a - b);
  if (h <= 0) return a < b ? a : b;
  const hk = h / k;
  return (a < b ? a : b) - hk * hk * k * 0.25;
}
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

const boxOf = (pts: V3[], r: number): Box => {
  const min: V3 = [Infinity, Infinity, Infinity];
  const max: V3 = [-Infinity, -Infinity, -Infinity];
  for (const p of pts)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p[i]! - r);
      max[i] = Math.max(max[i]!, p[i]! + r);
    }
  return { min, max };
};
export const growBox = (b: Box, m: number): Box => ({
  min: [b.min[0] - m, b.min[1] - m, b.min[2] - m],
  max: [b.max[0] + m, b.max[1] + m, b.max[2] + m],
});
const unionBox = (boxes: Box[]): Box => {
  const min: V3 = [Infinity, Infinity, Infinity];
  const max: V3 = [-Infinity, -Infinity, -Infinity];
  for (const b of boxes)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, b.min[i]!);
      max[i] = Math.max(max[i]!, b.max[i]!);
    }
  return { min, max };
};

/** Distance from a point to a box (0 inside). A lower bound of the distance to anything inside it. */
export function boxDistance(b: Box, x: number, y: number, z: number): number {
  const dx = Math.max(b.min[0] - x, 0, x - b.max[0]);
  const dy = Math.max(b.min[1] - y, 0, y - b.max[1]);
  const dz = Math.max(b.min[2] - z, 0, z - b.max[2]);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

// ---------------------------------------------------------------- primitives

export function sphere(c: V3, r: number, name?: string): SdfNode {
  const [cx, cy, cz] = c;
  return leaf((x, y, z) => Math.hypot(x - cx, y - cy, z - cz) - r, boxOf([c], r), name);
}

export function capsule(a: V3, b: V3, r: number, name?: string): SdfNode {
  return roundCone(a, b, r, r, name);
}

/** Exact round cone (iq): sphere ra at a, sphere rb at b, tangent cone between. */
export function roundCone(a: V3, b: V3, ra: number, rb: number, name?: string): SdfNode {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const [ax, ay, az] = a;
  if (a2 <= 0) {
    // one sphere contains the other
    return ra >= rb ? sphere(a, ra, name) : sphere(b, rb, name);
  }
  const f: Fn = (x, y, z) => {
    const pax = x - ax;
    const pay = y - ay;
    const paz = z - az;
    const yy = pax * bax + pay * bay + paz * baz;
    const zz = yy - l2;
    const qx = pax * l2 - bax * yy;
    const qy = pay * l2 - bay * yy;
    const qz = paz * l2 - baz * yy;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yy * yy * l2;
    const z2 = zz * zz * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
    if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
    return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra;
  };
  return leaf(f, unionBox([boxOf([a], ra), boxOf([b], rb)]), name);
}

/** An orthonormal frame: axes u, v, w (columns). */
export interface Frame {
  u: V3;
  v: V3;
  w: V3;
}
export const worldFrame: Frame = { u: [1, 0, 0], v: [0, 1, 0], w: [0, 0, 1] };

/** Frame whose v axis points along `dir`, and whose w axis is as close as possible to `hint`. */
export function frameAlong(dir: V3, hint: V3): Frame {
  const v2 = norm(dir);
  let w = sub(hint, scale(v2, dot(hint, v2)));
  w = norm(w);
  const u = cross(v2, w);
  return { u, v: v2, w };
}

/**
 * Ellipsoid with radii (ru, rv, rw) along the frame's axes, iq's bound: k0 (k0 − 1) / k1.
 * Good near the surface; never overestimates by much for moderate eccentricities.
 */
export function ellipsoid(c: V3, r: V3, fr: Frame = worldFrame, name?: string): SdfNode {
  const [cx, cy, cz] = c;
  const [r0, r1, r2] = r;
  const { u, v: vv, w } = fr;
  const iu0 = u[0] / r0,
    iu1 = u[1] / r0,
    iu2 = u[2] / r0;
  const iv0 = vv[0] / r1,
    iv1 = vv[1] / r1,
    iv2 = vv[2] / r1;
  const iw0 = w[0] / r2,
    iw1 = w[1] / r2,
    iw2 = w[2] / r2;
  const rmin = Math.min(r0, r1, r2);
  const f: Fn = (x, y, z) => {
    const px = x - cx;
    const py = y - cy;
    const pz = z - cz;
    const a = px * iu0 + py * iu1 + pz * iu2;
    const b = px * iv0 + py * iv1 + pz * iv2;
    const cc = px * iw0 + py * iw1 + pz * iw2;
    const k0 = Math.sqrt(a * a + b * b + cc * cc);
    const k1 = Math.sqrt((a * a) / (r0 * r0) + (b * b) / (r1 * r1) + (cc * cc) / (r2 * r2));
    if (k1 < 1e-12) return -rmin;
    const d = (k0 * (k0 - 1)) / k1;
    // inside, iq's estimate can overstate the depth; (k0 − 1)·rmin never does
    return k0 < 1 ? Math.max(d, (k0 - 1) * rmin) : d;
  };
  const m = Math.max(r0, r1, r2);
  // tight box of a rotated ellipsoid
  const ext: V3 = [0, 1, 2].map((i) => Math.sqrt((u[i]! * r0) ** 2 + (vv[i]! * r1) ** 2 + (w[i]! * r2) ** 2)) as V3;
  void m;
  return leaf(f, { min: [cx - ext[0], cy - ext[1], cz - ext[2]], max: [cx + ext[0], cy + ext[1], cz + ext[2]] }, name);
}

/** Rounded box with half-extents h (along the frame), corner radius rr (exact). */
export function roundBox(c: V3, h: V3, rr: number, fr: Frame = worldFrame, name?: string): SdfNode {
  const [cx, cy, cz] = c;
  const { u, v: vv, w } = fr;
  const hx = h[0] - rr;
  const hy = h[1] - rr;
  const hz = h[2] - rr;
  const f: Fn = (x, y, z) => {
    const px = x - cx;
    const py = y - cy;
    const pz = z - cz;
    const qx = Math.abs(px * u[0] + py * u[1] + pz * u[2]) - hx;
    const qy = Math.abs(px * vv[0] + py * vv[1] + pz * vv[2]) - hy;
    const qz = Math.abs(px * w[0] + py * w[1] + pz * w[2]) - hz;
    const ox = Math.max(qx, 0);
    const oy = Math.max(qy, 0);
    const oz = Math.max(qz, 0);
    return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, qy, qz), 0) - rr;
  };
  const ext: V3 = [0, 1, 2].map((i) => Math.abs(u[i]! * h[0]) + Math.abs(vv[i]! * h[1]) + Math.abs(w[i]! * h[2])) as V3;
  return leaf(f, { min: [cx - ext[0], cy - ext[1], cz - ext[2]], max: [cx + ext[0], cy + ext[1], cz + ext[2]] }, name);
}

// ---------------------------------------------------------------- composition

/**
 * Evaluates a node in a context of margin m: outside its box grown by m it returns the distance to the box
 * (a lower bound ≥ m); inside, max(f, box distance), continuous across the box border.
 */
function culled(n: SdfNode, m: number): Fn {
  const [bx0, by0, bz0] = n.box.min;
  const [bx1, by1, bz1] = n.box.max;
  const x0 = bx0 - m,
    y0 = by0 - m,
    z0 = bz0 - m;
  const x1 = bx1 + m,
    y1 = by1 + m,
    z1 = bz1 + m;
  const f = n.make(m);
  const half = m * 0.5;
  return (x, y, z) => {
    const dx = Math.max(bx0 - x, 0, x - bx1);
    const dy = Math.max(by0 - y, 0, y - by1);
    const dz = Math.max(bz0 - z, 0, z - bz1);
    const bd = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (x < x0 || x > x1 || y < y0 || y > y1 || z < z0 || z > z1) return bd;
    let d = f(x, y, z);
    if (bd > 0) {
      if (d < bd) d = bd;
      // fade smoothly into the box distance over the outer half of the margin: no step, no crease
      if (bd > half) {
        const t = Math.min((bd - half) / half, 1);
        d += (bd - d) * t * t * (3 - 2 * t);
      }
    }
    return d;
  };
}

/** Smooth union of children, folded in order, each blended with radius k. */
export function blend(k: number, children: SdfNode[], name?: string): SdfNode {
  if (children.length === 1) return children[0]!;
  return blendEach(
    children.map((c, i): [SdfNode, number] => [c, i === 0 ? 0 : k]),
    name,
  );
}

/** Smooth union where each child has its own blend radius with what came before. */
export function blendEach(children: [SdfNode, number][], name?: string): SdfNode {
  const ks = children.map(([, k]) => k);
  const kmax = Math.max(...ks);
  const make = (m: number): Fn => {
    const M = Math.max(m, kmax);
    const fs = children.map(([c]) => culled(c, M));
    const n = fs.length;
    return (x, y, z) => {
      let d = fs[0]!(x, y, z);
      for (let i = 1; i < n; i++) d = smin(d, fs[i]!(x, y, z), ks[i]!);
      return d;
    };
  };
  // a smooth union bulges out by up to k/4 beyond its children
  return { make, box: growBox(unionBox(children.map(([c]) => c.box)), kmax * 0.25 + 1e-5), name };
}

/** Hard union (no blending): used for fingers and toes, which must stay apart. */
export function union(children: SdfNode[], name?: string): SdfNode {
  return blend(0, children, name);
}

/** Carve tools out of a base with smooth radius k: max(base, −tool). Tools only act near their box. */
export function carve(base: SdfNode, tools: [SdfNode, number][], name?: string): SdfNode {
  const make = (m: number): Fn => {
    const bf = base.make(m);
    const ts = tools.map(([t, k]) => ({ f: culled(t, k), k, b: growBox(t.box, k), tb: t.box }));
    return (x, y, z) => {
      let d = bf(x, y, z);
      for (const t of ts) {
        const b = t.b;
        if (x < b.min[0] || x > b.max[0] || y < b.min[1] || y > b.max[1] || z < b.min[2] || z > b.max[2]) {
          // far from the tool: it cannot change the surface, but deep inside it still bounds the depth
          // (the carved hollow may be the nearest surface), so keep the value a lower bound of the distance
          if (d < 0) {
            const bd = boxDistance(t.tb, x, y, z);
            if (-bd > d) d = -bd;
          }
          continue;
        }
        d = smax(d, -t.f(x, y, z), t.k);
      }
      return d;
    };
  };
  return { make, box: base.box, name };
}

/**
 * Thickens a node by `amount(p)` metres (≥ 0, small and slowly varying) inside a region box:
 * used for the hair, a thin layer over the scalp that makes the hairline a visible edge.
 */
export function thicken(base: SdfNode, region: Box, amount: (x: number, y: number, z: number) => number): SdfNode {
  const make = (m: number): Fn => {
    const bf = base.make(m);
    const [x0, y0, z0] = region.min;
    const [x1, y1, z1] = region.max;
    return (x, y, z) => {
      const d = bf(x, y, z);
      if (x < x0 || x > x1 || y < y0 || y > y1 || z < z0 || z > z1) return d;
      return d - amount(x, y, z);
    };
  };
  return { make, box: base.box, name: base.name };
}

/** Intersection with a half-space n·p ≤ d (smooth k), e.g. flatten the soles on y = 0. */
export function clipPlane(base: SdfNode, n: V3, d: number, k: number): SdfNode {
  const l = Math.hypot(n[0], n[1], n[2]);
  const nx = n[0] / l;
  const ny = n[1] / l;
  const nz = n[2] / l;
  const dd = d / l;
  const make = (m: number): Fn => {
    const bf = base.make(Math.max(m, k));
    return (x, y, z) => smax(bf(x, y, z), nx * x + ny * y + nz * z - dd, k);
  };
  return { make, box: base.box, name: base.name };
}

/** The evaluation function of a whole tree. */
export function compile(root: SdfNode): Fn {
  return culled(root, 0.01);
}
