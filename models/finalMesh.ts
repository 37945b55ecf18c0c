/**
 * The body as written: decodes a GLB (meshopt + quantisation) back to world-space triangles, and finds the
 * nearest point on them. Landmarks are projected with this, so they lie on exactly what the app loads.
 */
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export interface Hit {
  p: [number, number, number];
  n: [number, number, number];
  d: number;
}

export class FinalMesh {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly indices: Uint32Array;
  readonly maxY: number;
  readonly minY: number;
  private grid?: TriangleGrid;
  private seamEdges?: [number, number][];

  constructor(positions: Float32Array, normals: Float32Array, indices: Uint32Array) {
    this.positions = positions;
    this.normals = normals;
    this.indices = indices;
    let maxY = -Infinity;
    let minY = Infinity;
    for (let i = 1; i < positions.length; i += 3) {
      maxY = Math.max(maxY, positions[i]!);
      minY = Math.min(minY, positions[i]!);
    }
    this.maxY = maxY;
    this.minY = minY;
  }

  static async fromGlb(glb: Uint8Array): Promise<FinalMesh> {
    await MeshoptDecoder.ready;
    const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.readBinary(glb);
    const node = doc
      .getRoot()
      .listNodes()
      .find((n) => n.getMesh());
    if (!node) throw new Error('GLB has no mesh node');
    const prim = node.getMesh()!.listPrimitives()[0]!;
    const m = node.getWorldMatrix();
    const pa = prim.getAttribute('POSITION')!;
    const na = prim.getAttribute('NORMAL')!;
    const ia = prim.getIndices()!;
    const count = pa.getCount();
    const positions = new Float32Array(count * 3);
    const normals = new Float32Array(count * 3);
    const el: number[] = [0, 0, 0];
    // normal matrix of a scale + translation (+ possibly rotation) node
    for (let i = 0; i < count; i++) {
      pa.getElement(i, el);
      const x = el[0]!;
      const y = el[1]!;
      const z = el[2]!;
      positions[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12];
      positions[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
      positions[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
      na.getElement(i, el);
      const l = Math.hypot(el[0]!, el[1]!, el[2]!) || 1;
      normals[i * 3] = el[0]! / l;
      normals[i * 3 + 1] = el[1]! / l;
      normals[i * 3 + 2] = el[2]! / l;
    }
    const indices = new Uint32Array(ia.getCount());
    for (let i = 0; i < indices.length; i++) indices[i] = ia.getScalar(i);
    return new FinalMesh(positions, normals, indices);
  }

  get triangleCount(): number {
    return this.indices.length / 3;
  }

  /** Nearest point on the triangles, with the vertex-interpolated normal there. */
  nearest(p: readonly number[]): Hit {
    this.grid ??= new TriangleGrid(this.positions, this.indices, 0.01);
    const { t, q, d, u, v, w } = this.grid.nearest(p[0]!, p[1]!, p[2]!);
    const I = this.indices;
    const N = this.normals;
    const a = I[t * 3]! * 3;
    const b = I[t * 3 + 1]! * 3;
    const c = I[t * 3 + 2]! * 3;
    const n = [0, 1, 2].map((k) => N[a + k]! * u + N[b + k]! * v + N[c + k]! * w);
    const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1;
    return { p: q, n: [n[0]! / l, n[1]! / l, n[2]! / l], d };
  }

  /** Distance from a point to the triangles. */
  distance(p: readonly number[]): number {
    this.grid ??= new TriangleGrid(this.positions, this.indices, 0.01);
    return this.grid.nearest(p[0]!, p[1]!, p[2]!).d;
  }

  /** Nearest point on the x = 0 seam (edges whose both ends lie on x = 0); the mesh's midline. */
  nearestOnSeam(p: readonly number[]): Hit {
    if (!this.seamEdges) {
      const P = this.positions;
      const onSeam = (v: number) => Math.abs(P[v * 3]!) < 1e-7;
      const seen = new Set<number>();
      const edges: [number, number][] = [];
      const I = this.indices;
      const nv = P.length / 3;
      for (let t = 0; t < I.length; t += 3)
        for (let k = 0; k < 3; k++) {
          const a = I[t + k]!;
          const b = I[t + ((k + 1) % 3)]!;
          if (!onSeam(a) || !onSeam(b)) continue;
          const key = Math.min(a, b) * nv + Math.max(a, b);
          if (seen.has(key)) continue;
          seen.add(key);
          edges.push([Math.min(a, b), Math.max(a, b)]);
        }
      edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      this.seamEdges = edges;
    }
    const P = this.positions;
    const Nn = this.normals;
    let best: Hit = { p: [0, 0, 0], n: [0, 0, 1], d: Infinity };
    for (const [a, b] of this.seamEdges) {
      const ay = P[a * 3 + 1]!;
      const az = P[a * 3 + 2]!;
      const by = P[b * 3 + 1]!;
      const bz = P[b * 3 + 2]!;
      const dy = by - ay;
      const dz = bz - az;
      const ll = dy * dy + dz * dz;
      let t = ll > 0 ? ((p[1]! - ay) * dy + (p[2]! - az) * dz) / ll : 0;
      t = Math.min(Math.max(t, 0), 1);
      const y = ay + dy * t;
      const z = az + dz * t;
      const d = Math.hypot(p[0]!, p[1]! - y, p[2]! - z);
      if (d < best.d) {
        const ny = Nn[a * 3 + 1]! * (1 - t) + Nn[b * 3 + 1]! * t;
        const nz = Nn[a * 3 + 2]! * (1 - t) + Nn[b * 3 + 2]! * t;
        const l = Math.hypot(ny, nz) || 1;
        best = { p: [0, y, z], n: [0, ny / l, nz / l], d };
      }
    }
    return best;
  }
}

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5), with barycentrics. */
function closestOnTriangle(P: Float32Array, ia: number, ib: number, ic: number, px: number, py: number, pz: number) {
  const ax = P[ia]!,
    ay = P[ia + 1]!,
    az = P[ia + 2]!;
  const bx = P[ib]!,
    by = P[ib + 1]!,
    bz = P[ib + 2]!;
  const cx = P[ic]!,
    cy = P[ic + 1]!,
    cz = P[ic + 2]!;
  const abx = bx - ax,
    aby = by - ay,
    abz = bz - az;
  const acx = cx - ax,
    acy = cy - ay,
    acz = cz - az;
  const apx = px - ax,
    apy = py - ay,
    apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let u = 1,
    v = 0,
    w = 0; // weights of a, b, c
  if (d1 <= 0 && d2 <= 0) {
    // a
  } else {
    const bpx = px - bx,
      bpy = py - by,
      bpz = pz - bz;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    if (d3 >= 0 && d4 <= d3) {
      u = 0;
      v = 1;
    } else {
      const vc = d1 * d4 - d3 * d2;
      if (vc <= 0 && d1 >= 0 && d3 <= 0) {
        const t = d1 / (d1 - d3);
        u = 1 - t;
        v = t;
      } else {
        const cpx = px - cx,
          cpy = py - cy,
          cpz = pz - cz;
        const d5 = abx * cpx + aby * cpy + abz * cpz;
        const d6 = acx * cpx + acy * cpy + acz * cpz;
        if (d6 >= 0 && d5 <= d6) {
          u = 0;
          w = 1;
        } else {
          const vb = d5 * d2 - d1 * d6;
          if (vb <= 0 && d2 >= 0 && d6 <= 0) {
            const t = d2 / (d2 - d6);
            u = 1 - t;
            w = t;
          } else {
            const va = d3 * d6 - d5 * d4;
            if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
              const t = (d4 - d3) / (d4 - d3 + (d5 - d6));
              u = 0;
              v = 1 - t;
              w = t;
            } else {
              const den = 1 / (va + vb + vc);
              v = vb * den;
              w = vc * den;
              u = 1 - v - w;
            }
          }
        }
      }
    }
  }
  const qx = ax * u + bx * v + cx * w;
  const qy = ay * u + by * v + cy * w;
  const qz = az * u + bz * v + cz * w;
  return { q: [qx, qy, qz] as [number, number, number], d: Math.hypot(px - qx, py - qy, pz - qz), u, v, w };
}

/** Triangles binned in a uniform grid by their bounding boxes; nearest-point queries search outward ring by ring. */
class TriangleGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly min: [number, number, number];
  private readonly dims: [number, number, number];
  constructor(
    private readonly P: Float32Array,
    private readonly I: Uint32Array,
    private readonly size: number,
  ) {
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < P.length; i += 3)
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, P[i + k]!);
        max[k] = Math.max(max[k]!, P[i + k]!);
      }
    this.min = min;
    this.dims = [0, 1, 2].map((k) => Math.floor((max[k]! - min[k]!) / size) + 1) as [number, number, number];
    for (let t = 0; t < I.length / 3; t++) {
      const lo = [Infinity, Infinity, Infinity];
      const hi = [-Infinity, -Infinity, -Infinity];
      for (let j = 0; j < 3; j++) {
        const o = I[t * 3 + j]! * 3;
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k]!, P[o + k]!);
          hi[k] = Math.max(hi[k]!, P[o + k]!);
        }
      }
      const c0 = lo.map((x, k) => Math.floor((x - min[k]!) / size));
      const c1 = hi.map((x, k) => Math.floor((x - min[k]!) / size));
      for (let i = c0[0]!; i <= c1[0]!; i++)
        for (let j = c0[1]!; j <= c1[1]!; j++)
          for (let k = c0[2]!; k <= c1[2]!; k++) {
            const key = i + this.dims[0] * (j + this.dims[1] * k);
            let list = this.cells.get(key);
            if (!list) this.cells.set(key, (list = []));
            list.push(t);
          }
    }
  }

  nearest(px: number, py: number, pz: number) {
    const s = this.size;
    const ci = [px, py, pz].map((x, k) => Math.floor((x - this.min[k]!) / s));
    let best = { t: -1, q: [0, 0, 0] as [number, number, number], d: Infinity, u: 1, v: 0, w: 0 };
    const maxR = Math.max(...this.dims);
    for (let r = 0; r <= maxR; r++) {
      // every cell on the shell of Chebyshev radius r
      for (let i = ci[0]! - r; i <= ci[0]! + r; i++) {
        if (i < 0 || i >= this.dims[0]) continue;
        for (let j = ci[1]! - r; j <= ci[1]! + r; j++) {
          if (j < 0 || j >= this.dims[1]) continue;
          for (let k = ci[2]! - r; k <= ci[2]! + r; k++) {
            if (k < 0 || k >= this.dims[2]) continue;
            if (Math.max(Math.abs(i - ci[0]!), Math.abs(j - ci[1]!), Math.abs(k - ci[2]!)) !== r) continue;
            const list = this.cells.get(i + this.dims[0] * (j + this.dims[1] * k));
            if (!list) continue;
            for (const t of list) {
              const c = closestOnTriangle(this.P, this.I[t * 3]! * 3, this.I[t * 3 + 1]! * 3, this.I[t * 3 + 2]! * 3, px, py, pz);
              if (c.d < best.d || (c.d === best.d && t < best.t)) best = { t, ...c };
            }
          }
        }
      }
      // everything beyond this shell is at least r·s away
      if (best.d <= r * s) break;
    }
    if (best.t < 0) throw new Error('empty mesh');
    return best;
  }
}
