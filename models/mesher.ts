/**
 * Sparse surface nets over the half-space x ≥ 0 of a mirror-symmetric SDF.
 *
 * The grid's nodes sit at x = (i − ½)·h, so the first column of cells straddles x = 0; the vertices of
 * those cells are put exactly on x = 0 and form the seam along which the mesh is later mirrored and welded.
 * Only blocks of 4³ cells that an octree descent finds near the surface are evaluated.
 */
import type { Fn } from './sdf.ts';

export interface HalfMesh {
  positions: Float32Array; // xyz per vertex
  indices: Uint32Array;
  seam: Uint8Array; // 1 where the vertex lies on x = 0
  stats: { blocks: number; evaluations: number; missingQuads: number };
}

const B = 4; // cells per block edge

export function meshHalf(F: Fn, bounds: { min: [number, number, number]; max: [number, number, number] }, h: number): HalfMesh {
  // node i along x is at (i - 0.5) h, i = 0 … NX
  const NX = Math.ceil(bounds.max[0] / h) + 2;
  const y0 = bounds.min[1];
  const z0 = bounds.min[2];
  const NY = Math.ceil((bounds.max[1] - y0) / h) + 1;
  const NZ = Math.ceil((bounds.max[2] - z0) / h) + 1;
  const nodeX = (i: number) => (i - 0.5) * h;
  const nodeY = (j: number) => y0 + j * h;
  const nodeZ = (k: number) => z0 + k * h;
  const BX = Math.ceil(NX / B);
  const BY = Math.ceil(NY / B);
  const BZ = Math.ceil(NZ / B);
  let evaluations = 0;

  // ---- octree descent to find active blocks
  const active: number[] = []; // block ids bx + BX*(by + BY*bz), in a deterministic order
  const sqrt3 = Math.sqrt(3);
  const visit = (bx: number, by: number, bz: number, size: number) => {
    if (bx >= BX || by >= BY || bz >= BZ) return;
    // region of nodes [bx*B, (bx+size)*B] …
    const i0 = bx * B;
    const i1 = (bx + size) * B;
    const cx = (nodeX(i0) + nodeX(i1)) / 2;
    const cy = (nodeY(by * B) + nodeY((by + size) * B)) / 2;
    const cz = (nodeZ(bz * B) + nodeZ((bz + size) * B)) / 2;
    const half = (size * B * h) / 2;
    const d = F(Math.abs(cx), cy, cz);
    evaluations++;
    if (Math.abs(d) > half * sqrt3 * 1.25 + 1.5 * h) return;
    if (size === 1) {
      active.push(bx + BX * (by + BY * bz));
      return;
    }
    const s = size / 2;
    for (let dz = 0; dz < 2; dz++) for (let dy = 0; dy < 2; dy++) for (let dx = 0; dx < 2; dx++) visit(bx + dx * s, by + dy * s, bz + dz * s, s);
  };
  let top = 1;
  while (top < Math.max(BX, BY, BZ)) top *= 2;
  const topSize = Math.min(top, 16);
  for (let bz = 0; bz < BZ; bz += topSize) for (let by = 0; by < BY; by += topSize) for (let bx = 0; bx < BX; bx += topSize) visit(bx, by, bz, topSize);
  active.sort((a, b) => a - b);

  // ---- evaluate nodes of active blocks ((B+1)^3 each)
  const S = B + 1;
  const S3 = S * S * S;
  const values = new Float32Array(active.length * S3);
  const blockSlot = new Map<number, number>();
  for (let a = 0; a < active.length; a++) {
    const id = active[a]!;
    blockSlot.set(id, a);
    const bx = id % BX;
    const by = Math.floor(id / BX) % BY;
    const bz = Math.floor(id / (BX * BY));
    const base = a * S3;
    for (let k = 0; k < S; k++) {
      const z = nodeZ(bz * B + k);
      for (let j = 0; j < S; j++) {
        const y = nodeY(by * B + j);
        for (let i = 0; i < S; i++) {
          const gi = bx * B + i;
          // node 0 (x = −h/2) mirrors node 1
          const x = gi === 0 ? nodeX(1) : nodeX(gi);
          values[base + i + S * (j + S * k)] = F(x, y, z);
        }
      }
    }
    evaluations += S3;
  }

  // ---- one vertex per cell with a sign change
  const cellVertex = new Map<number, number>();
  const pos: number[] = [];
  const seam: number[] = [];
  const cellKey = (ci: number, cj: number, ck: number) => ci + NX * (cj + NY * ck);
  const corner = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ] as const;
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const;
  const cv = new Float64Array(8);
  for (let a = 0; a < active.length; a++) {
    const id = active[a]!;
    const bx = id % BX;
    const by = Math.floor(id / BX) % BY;
    const bz = Math.floor(id / (BX * BY));
    const base = a * S3;
    for (let k = 0; k < B; k++)
      for (let j = 0; j < B; j++)
        for (let i = 0; i < B; i++) {
          const ci = bx * B + i;
          const cj = by * B + j;
          const ck = bz * B + k;
          if (ci >= NX || cj >= NY - 1 || ck >= NZ - 1) continue;
          let mask = 0;
          for (let c = 0; c < 8; c++) {
            const o = corner[c]!;
            const val = values[base + (i + o[0]) + S * (j + o[1] + S * (k + o[2]))]!;
            cv[c] = val;
            if (val < 0) mask |= 1 << c;
          }
          if (mask === 0 || mask === 255) continue;
          let sx = 0;
          let sy = 0;
          let sz = 0;
          let n = 0;
          for (const [e0, e1] of edges) {
            const a0 = cv[e0]!;
            const a1 = cv[e1]!;
            if (a0 < 0 === a1 < 0) continue;
            const t = a0 / (a0 - a1);
            const o0 = corner[e0];
            const o1 = corner[e1];
            sx += o0[0] + (o1[0] - o0[0]) * t;
            sy += o0[1] + (o1[1] - o0[1]) * t;
            sz += o0[2] + (o1[2] - o0[2]) * t;
            n++;
          }
          const onSeam = ci === 0;
          const px = onSeam ? 0 : nodeX(ci) + (sx / n) * h;
          cellVertex.set(cellKey(ci, cj, ck), pos.length / 3);
          pos.push(px, nodeY(cj) + (sy / n) * h, nodeZ(ck) + (sz / n) * h);
          seam.push(onSeam ? 1 : 0);
        }
  }

  // ---- quads around edges with a sign change (edges from owned nodes, x ≥ h/2)
  const idx: number[] = [];
  let missingQuads = 0;
  const quad = (c0: number, c1: number, c2: number, c3: number, flip: boolean) => {
    const v0 = cellVertex.get(c0);
    const v1 = cellVertex.get(c1);
    const v2 = cellVertex.get(c2);
    const v3 = cellVertex.get(c3);
    if (v0 === undefined || v1 === undefined || v2 === undefined || v3 === undefined) {
      missingQuads++;
      return;
    }
    // split along the shorter diagonal (v0–v2 or v1–v3)
    const d02 = (pos[v0 * 3]! - pos[v2 * 3]!) ** 2 + (pos[v0 * 3 + 1]! - pos[v2 * 3 + 1]!) ** 2 + (pos[v0 * 3 + 2]! - pos[v2 * 3 + 2]!) ** 2;
    const d13 = (pos[v1 * 3]! - pos[v3 * 3]!) ** 2 + (pos[v1 * 3 + 1]! - pos[v3 * 3 + 1]!) ** 2 + (pos[v1 * 3 + 2]! - pos[v3 * 3 + 2]!) ** 2;
    const t = d02 <= d13 ? [v0, v1, v2, v0, v2, v3] : [v0, v1, v3, v1, v2, v3];
    if (flip) for (let q = 0; q < 6; q += 3) idx.push(t[q]!, t[q + 2]!, t[q + 1]!);
    else idx.push(...t);
  };
  for (let a = 0; a < active.length; a++) {
    const id = active[a]!;
    const bx = id % BX;
    const by = Math.floor(id / BX) % BY;
    const bz = Math.floor(id / (BX * BY));
    const base = a * S3;
    const val = (i: number, j: number, k: number) => values[base + i + S * (j + S * k)]!;
    for (let k = 0; k < B; k++)
      for (let j = 0; j < B; j++)
        for (let i = 0; i < B; i++) {
          const ni = bx * B + i;
          const nj = by * B + j;
          const nk = bz * B + k;
          if (ni < 1 || ni >= NX || nj >= NY || nk >= NZ) continue;
          const v0 = val(i, j, k);
          const in0 = v0 < 0;
          // edge along +x: cells (ni, nj-1|nj, nk-1|nk)
          if (nj >= 1 && nk >= 1 && ni + 1 < NX) {
            const in1 = val(i + 1, j, k) < 0;
            if (in0 !== in1) quad(cellKey(ni, nj - 1, nk - 1), cellKey(ni, nj, nk - 1), cellKey(ni, nj, nk), cellKey(ni, nj - 1, nk), !in0);
          }
          // edge along +y: cells (ni-1|ni, nj, nk-1|nk)
          if (nk >= 1 && nj + 1 < NY) {
            const in1 = val(i, j + 1, k) < 0;
            if (in0 !== in1) quad(cellKey(ni - 1, nj, nk - 1), cellKey(ni - 1, nj, nk), cellKey(ni, nj, nk), cellKey(ni, nj, nk - 1), !in0);
          }
          // edge along +z: cells (ni-1|ni, nj-1|nj, nk)
          if (nj >= 1 && nk + 1 < NZ) {
            const in1 = val(i, j, k + 1) < 0;
            if (in0 !== in1) quad(cellKey(ni - 1, nj - 1, nk), cellKey(ni, nj - 1, nk), cellKey(ni, nj, nk), cellKey(ni - 1, nj, nk), !in0);
          }
        }
  }
  return {
    positions: new Float32Array(pos),
    indices: new Uint32Array(idx),
    seam: new Uint8Array(seam),
    stats: { blocks: active.length, evaluations, missingQuads },
  };
}
