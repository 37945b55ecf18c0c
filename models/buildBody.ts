/**
 * The body generator: parameters → SDF mannequin → half mesh (sparse surface nets) → projection onto the
 * surface → simplification with the x = 0 seam locked → mirror and weld → normals and colours →
 * glTF with meshopt compression → landmarks projected onto the final triangles.
 */
import { Document, Logger, NodeIO, type Mesh } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { buildAnatomy, type Regions } from './anatomy.ts';
import { meshHalf } from './mesher.ts';
import { defaultParams, shapeOf, type BodyParams, type Sex } from './params.ts';
import { compile, type Fn } from './sdf.ts';
import { allStoredLandmarkNames } from '../src/anatomy/landmarkNames.ts';
import type { LandmarksFile } from '../src/anatomy/landmarks.ts';
import { FinalMesh } from './finalMesh.ts';

/** The landmarks file's contract lives once, beside its reader. */
export type { LandmarksFile };
/** The landmarks as the builder fills them in, before they are frozen into the file. */
type WritableLandmarks = Record<string, { p: [number, number, number]; n: [number, number, number] }>;

export interface BuildOptions {
  body?: Sex;
  /** Voxel edge in metres (full quality 0.0015). */
  voxel?: number;
  /** Override parameters (height, build, muscle). */
  params?: Partial<BodyParams>;
  /** Target triangle count of the whole body (default 130 000 at full quality, less for coarse voxels). */
  triangles?: number | undefined;
  log?: (msg: string) => void;
}

export interface BuildStats {
  voxel: number;
  blocks: number;
  evaluations: number;
  missingQuads: number;
  rawTriangles: number;
  triangles: number;
  vertices: number;
  bytes: number;
  height: number;
  landmarks: number;
  maxLandmarkOffset: number; // SDF surface → final mesh, metres
  seconds: Record<string, number>;
}

export const FULL_VOXEL = 0.0015;
export const REF_HEIGHT = 1.75;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export async function buildBody(options: BuildOptions = {}): Promise<{ glb: Uint8Array; landmarks: LandmarksFile; stats: BuildStats }> {
  const log = options.log ?? (() => {});
  const sex = options.body ?? 'male';
  const params: BodyParams = { ...defaultParams(sex), ...options.params, sex };
  const h = options.voxel ?? FULL_VOXEL;
  const seconds: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    seconds[name] = Math.round(t - t0) / 1000;
    t0 = t;
    log(`${name}: ${seconds[name]} s`);
  };

  // ---- the SDF, scaled from the reference 1.75 m frame to the wanted height
  const shape = shapeOf(params);
  const anatomy = buildAnatomy(shape);
  const sc = params.height / REF_HEIGHT;
  const Fref = compile(anatomy.root);
  const F: Fn = (x, y, z) => sc * Fref(Math.abs(x) / sc, y / sc, z / sc);
  const box = anatomy.root.box;
  const bounds = {
    min: [0, -0.01, box.min[2] * sc - 0.01] as [number, number, number],
    max: [box.max[0] * sc + 0.01, box.max[1] * sc + 0.01, box.max[2] * sc + 0.01] as [number, number, number],
  };
  lap('anatomy');

  // ---- half mesh
  const half = meshHalf(F, bounds, h);
  lap('surface nets');
  const nv = half.positions.length / 3;
  const pos = half.positions;
  // project vertices onto the surface: Newton steps along the gradient
  const e = Math.min(h * 0.1, 0.0002);
  const grad = (x: number, y: number, z: number, out: number[]) => {
    out[0] = (F(x + e, y, z) - F(x - e, y, z)) / (2 * e);
    out[1] = (F(x, y + e, z) - F(x, y - e, z)) / (2 * e);
    out[2] = (F(x, y, z + e) - F(x, y, z - e)) / (2 * e);
  };
  const g = [0, 0, 0];
  for (let i = 0; i < nv; i++) {
    let x = pos[i * 3]!;
    let y = pos[i * 3 + 1]!;
    let z = pos[i * 3 + 2]!;
    const x0 = x;
    const y0 = y;
    const z0 = z;
    const seam = half.seam[i] === 1;
    for (let it = 0; it < 3; it++) {
      const d = F(x, y, z);
      if (Math.abs(d) < 1e-6) break;
      grad(x, y, z, g);
      if (seam) g[0] = 0;
      const gg = g[0]! * g[0]! + g[1]! * g[1]! + g[2]! * g[2]!;
      if (gg < 1e-8) break;
      x -= (d * g[0]!) / gg;
      y -= (d * g[1]!) / gg;
      z -= (d * g[2]!) / gg;
    }
    // never move a vertex far from its cell (thin parts, creases)
    const dx = x - x0;
    const dy = y - y0;
    const dz = z - z0;
    const dl = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (dl > h) {
      x = x0 + (dx * h) / dl;
      y = y0 + (dy * h) / dl;
      z = z0 + (dz * h) / dl;
    }
    if (seam) x = 0;
    else if (x < 0) x = 0;
    pos[i * 3] = x;
    pos[i * 3 + 1] = y;
    pos[i * 3 + 2] = z;
  }
  lap('projection');

  // colours before simplification, so the simplifier keeps their borders
  const colorOf = makeColorFn(anatomy.regions, anatomy.hairline, sc);
  const col = new Float32Array(nv * 3);
  for (let i = 0; i < nv; i++) {
    const c = colorOf(pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!);
    col[i * 3] = c[0];
    col[i * 3 + 1] = c[1];
    col[i * 3 + 2] = c[2];
  }

  // ---- simplify the half mesh, seam locked
  await MeshoptSimplifier.ready;
  const rawTriangles = half.indices.length / 3;
  // full quality: 130 000 triangles; coarse test builds keep about a third of what the mesher made
  const targetTotal = options.triangles ?? Math.min(130_000, Math.round((rawTriangles * 2) / 3 / 1000) * 1000);
  const targetHalf = Math.min(rawTriangles, Math.floor(targetTotal / 2)) * 3;
  const [simp] = MeshoptSimplifier.simplifyWithAttributes(half.indices, pos, 3, col, 3, [1.2, 1.2, 1.2], half.seam, targetHalf, h * 0.5 * sc, [
    'ErrorAbsolute',
  ]);
  lap('simplify');

  // ---- compact, mirror, weld
  const remap = new Int32Array(nv).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < simp.length; i++) {
    const v = simp[i]!;
    if (remap[v] === -1) {
      remap[v] = order.length;
      order.push(v);
    }
  }
  const nh = order.length;
  const mirrorOf = new Int32Array(nh);
  let nTotal = nh;
  for (let i = 0; i < nh; i++) mirrorOf[i] = half.seam[order[i]!] ? i : nTotal++;
  const P = new Float32Array(nTotal * 3);
  const C = new Float32Array(nTotal * 3);
  for (let i = 0; i < nh; i++) {
    const s = order[i]!;
    const m = mirrorOf[i]!;
    for (let c = 0; c < 3; c++) {
      P[i * 3 + c] = pos[s * 3 + c]!;
      C[i * 3 + c] = col[s * 3 + c]!;
      C[m * 3 + c] = col[s * 3 + c]!;
    }
    P[i * 3] = half.seam[s] ? 0 : pos[s * 3]!;
    P[m * 3] = -P[i * 3]!;
    P[m * 3 + 1] = P[i * 3 + 1]!;
    P[m * 3 + 2] = P[i * 3 + 2]!;
  }
  const nt = simp.length / 3;
  const I = new Uint32Array(nt * 6);
  for (let t = 0; t < nt; t++) {
    const a = remap[simp[t * 3]!]!;
    const b = remap[simp[t * 3 + 1]!]!;
    const c = remap[simp[t * 3 + 2]!]!;
    I[t * 3] = a;
    I[t * 3 + 1] = b;
    I[t * 3 + 2] = c;
    I[(nt + t) * 3] = mirrorOf[a]!;
    I[(nt + t) * 3 + 1] = mirrorOf[c]!;
    I[(nt + t) * 3 + 2] = mirrorOf[b]!;
  }
  // orientation check: the signed volume must be positive (outward winding)
  let vol = 0;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3;
    const b = I[t + 1]! * 3;
    const c = I[t + 2]! * 3;
    vol +=
      P[a]! * (P[b + 1]! * P[c + 2]! - P[b + 2]! * P[c + 1]!) -
      P[a + 1]! * (P[b]! * P[c + 2]! - P[b + 2]! * P[c]!) +
      P[a + 2]! * (P[b]! * P[c + 1]! - P[b + 1]! * P[c]!);
  }
  if (vol < 0)
    for (let t = 0; t < I.length; t += 3) {
      const tmp = I[t + 1]!;
      I[t + 1] = I[t + 2]!;
      I[t + 2] = tmp;
    }

  // ---- normals from the SDF gradient (smooth, exact), mirrored
  const N = new Float32Array(nTotal * 3);
  for (let i = 0; i < nh; i++) {
    const x = P[i * 3]!;
    const y = P[i * 3 + 1]!;
    const z = P[i * 3 + 2]!;
    grad(Math.max(x, e * 1.5), y, z, g);
    const seam = mirrorOf[i] === i;
    if (seam) g[0] = 0;
    const l = Math.hypot(g[0]!, g[1]!, g[2]!) || 1;
    const m = mirrorOf[i]!;
    N[i * 3] = g[0]! / l;
    N[i * 3 + 1] = g[1]! / l;
    N[i * 3 + 2] = g[2]! / l;
    N[m * 3] = -N[i * 3]!;
    N[m * 3 + 1] = N[i * 3 + 1]!;
    N[m * 3 + 2] = N[i * 3 + 2]!;
  }
  lap('mirror, normals');

  // ---- glTF
  const glb = await writeGlb(P, N, C, I, sex);
  lap('compress');

  // ---- landmarks: from construction, onto the SDF surface, then onto the final triangles
  const final = await FinalMesh.fromGlb(glb);
  const landmarks: WritableLandmarks = {};
  let maxOffset = 0;
  const missingSeeds: string[] = [];
  const oddNormals: string[] = [];
  let worst = '';
  for (const seed of anatomy.seeds) {
    const p0: [number, number, number] = [seed.p[0] * sc, seed.p[1] * sc, seed.p[2] * sc];
    const onSdf = snapToSdf(F, p0, seed.dir, (seed.reach ?? 0.03) * sc);
    if (!onSdf.ok) missingSeeds.push(seed.name);
    if (!seed.paired) {
      const hit = final.nearestOnSeam(onSdf.p);
      if (hit.d > maxOffset) worst = seed.name;
      maxOffset = Math.max(maxOffset, hit.d);
      landmarks[seed.name] = { p: [0, round6(hit.p[1]), round6(hit.p[2])], n: unit([0, hit.n[1], hit.n[2]]) };
    } else {
      const q: [number, number, number] = [Math.max(onSdf.p[0], 1e-4), onSdf.p[1], onSdf.p[2]];
      const hit = final.nearest(q);
      if (hit.d > maxOffset) worst = seed.name;
      maxOffset = Math.max(maxOffset, hit.d);
      const cos = hit.n[0] * seed.dir[0] + hit.n[1] * seed.dir[1] + hit.n[2] * seed.dir[2];
      if (cos < 0.3) oddNormals.push(`${seed.name} (${Math.round((Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI)}°)`);
      const p: [number, number, number] = [round6(hit.p[0]), round6(hit.p[1]), round6(hit.p[2])];
      const n = unit(hit.n);
      landmarks[`${seed.name}_l`] = { p, n };
      landmarks[`${seed.name}_r`] = { p: [-p[0], p[1], p[2]], n: [-n[0], n[1], n[2]] };
    }
  }
  log(`largest move from the SDF surface onto the final mesh: ${(maxOffset * 1000).toFixed(2)} mm (${worst})`);
  if (oddNormals.length) log(`note: landmark normals far from their construction direction: ${oddNormals.join(', ')}`);
  // A landmark that did not meet the skin would be placed by a guess: that fails the build, naming it.
  if (missingSeeds.length) throw new Error(`landmark seeds that did not meet the surface along their direction: ${missingSeeds.join(', ')}`);
  // stable order: the order of allStoredLandmarkNames
  const ordered: WritableLandmarks = {};
  const missing: string[] = [];
  for (const name of allStoredLandmarkNames) {
    const l = landmarks[name];
    if (!l) missing.push(name);
    else ordered[name] = l;
  }
  if (missing.length) throw new Error(`landmarks not built: ${missing.join(', ')}`);
  const height = round6(final.maxY);
  lap('landmarks');

  return {
    glb,
    landmarks: { units: 'm', up: '+Y', front: '+Z', left: '+X', height, landmarks: ordered },
    stats: {
      voxel: h,
      blocks: half.stats.blocks,
      evaluations: half.stats.evaluations,
      missingQuads: half.stats.missingQuads,
      rawTriangles: rawTriangles * 2,
      triangles: I.length / 3,
      vertices: nTotal,
      bytes: glb.byteLength,
      height,
      landmarks: Object.keys(ordered).length,
      maxLandmarkOffset: Math.round(maxOffset * 1e6) / 1e6,
      seconds,
    },
  };
}

function unit(n: [number, number, number] | number[]): [number, number, number] {
  const l = Math.hypot(n[0], n[1], n[2]) || 1;
  return [round6(n[0] / l), round6(n[1] / l), round6(n[2] / l)];
}

/** The first surface crossing met when coming from outside along −dir toward p; else Newton from p. */
export function snapToSdf(F: Fn, p: [number, number, number], dir: readonly number[], reach: number): { p: [number, number, number]; ok: boolean } {
  const at = (t: number): [number, number, number] => [p[0] + dir[0]! * t, p[1] + dir[1]! * t, p[2] + dir[2]! * t];
  const step = 0.0004;
  let tPrev = reach;
  if (F(...at(tPrev)) > 0) {
    for (let t = reach - step; t >= -reach; t -= step) {
      const f = F(...at(t));
      if (f <= 0) {
        let a = t; // inside
        let b = tPrev; // outside
        for (let i = 0; i < 40; i++) {
          const mtt = (a + b) / 2;
          if (F(...at(mtt)) <= 0) a = mtt;
          else b = mtt;
        }
        return { p: at((a + b) / 2), ok: true };
      }
      tPrev = t;
    }
  }
  // fallback: Newton
  const q: [number, number, number] = [...p];
  const e = 1e-5;
  for (let i = 0; i < 20; i++) {
    const d = F(...q);
    const gx = (F(q[0] + e, q[1], q[2]) - F(q[0] - e, q[1], q[2])) / (2 * e);
    const gy = (F(q[0], q[1] + e, q[2]) - F(q[0], q[1] - e, q[2])) / (2 * e);
    const gz = (F(q[0], q[1], q[2] + e) - F(q[0], q[1], q[2] - e)) / (2 * e);
    const gg = gx * gx + gy * gy + gz * gz || 1;
    q[0] -= (d * gx) / gg;
    q[1] -= (d * gy) / gg;
    q[2] -= (d * gz) / gg;
  }
  return { p: q, ok: false };
}

/** Material base colour (linear): a light skin tone; COLOR_0 multiplies it (≤ 1), so it can only darken. */
const BASE: [number, number, number] = [0.93, 0.74, 0.64];

function makeColorFn(regions: Regions, hairline: (x: number, y: number, z: number) => number, sc: number) {
  // COLOR_0 multipliers (linear)
  const SKIN: [number, number, number] = [0.88, 0.8, 0.76];
  const HAIR: [number, number, number] = [0.2, 0.16, 0.15];
  const LIP: [number, number, number] = [0.82, 0.6, 0.6];
  const NAIL: [number, number, number] = [1.0, 0.86, 0.88];
  const NIPPLE: [number, number, number] = [0.66, 0.5, 0.48];
  const SCLERA: [number, number, number] = [1.0, 1.0, 1.0];
  const IRIS: [number, number, number] = [0.3, 0.24, 0.22];
  const PUPIL: [number, number, number] = [0.06, 0.06, 0.06];
  const mixc = (a: [number, number, number], b: [number, number, number], t: number): [number, number, number] => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
    a[2] + (b[2] - a[2]) * t,
  ];
  const smooth = (e0: number, e1: number, x: number) => {
    const t = Math.min(Math.max((x - e0) / (e1 - e0), 0), 1);
    return t * t * (3 - 2 * t);
  };
  return (xw: number, yw: number, zw: number): [number, number, number] => {
    const x = Math.abs(xw) / sc;
    const y = yw / sc;
    const z = zw / sc;
    let c: [number, number, number] = SKIN;
    // hair: scalp only (not the ears)
    const hc = regions.head.c;
    const dh = Math.hypot(x - hc[0], y - hc[1], z - hc[2]);
    if (dh < 0.16 && y > 1.5) {
      let earT = 0;
      for (const e of regions.ears) earT = Math.max(earT, smooth(e.r, e.r * 0.85, Math.hypot(x - e.c[0], y - e.c[1], z - e.c[2])));
      const t = smooth(-0.0015, 0.0025, hairline(x, y, z)) * (1 - earT);
      if (t > 0) c = mixc(c, HAIR, t);
    }
    for (const e of regions.eyes) {
      const d = Math.hypot(x - e.c[0], y - e.c[1], z - e.c[2]);
      if (d < e.r * 1.25 && z > e.c[2]) {
        const de = e.f(x, y, z);
        if (de < 0.00025) {
          // on the eyeball (not the lids): sclera, iris, pupil by the distance from the eye's axis
          const r = Math.hypot(x - e.c[0], y - e.c[1]);
          let ec = mixc(SCLERA, IRIS, smooth(0.0062, 0.0055, r));
          ec = mixc(ec, PUPIL, smooth(0.0027, 0.0022, r));
          c = mixc(c, ec, smooth(0.00025, 0.0001, de));
        }
      }
    }
    for (const l of regions.lips) {
      const q = ((x - l.c[0]) / l.r[0]) ** 2 + ((y - l.c[1]) / l.r[1]) ** 2 + ((z - l.c[2]) / l.r[2]) ** 2;
      if (q < 1.3) c = mixc(c, LIP, smooth(1.3, 0.85, q));
    }
    for (const n of regions.nails) {
      const d = Math.hypot(x - n.c[0], y - n.c[1], z - n.c[2]);
      if (d < n.r * 1.2) c = mixc(c, NAIL, smooth(n.r * 1.2, n.r * 0.85, d));
    }
    for (const n of regions.nipples) {
      const d = Math.hypot(x - n.c[0], y - n.c[1], (z - n.c[2]) * 0.5);
      if (d < n.r) c = mixc(c, NIPPLE, smooth(n.r, n.r * 0.7, d));
    }
    return c;
  };
}

async function writeGlb(
  P: Float32Array<ArrayBuffer>,
  N: Float32Array<ArrayBuffer>,
  C: Float32Array<ArrayBuffer>,
  I: Uint32Array<ArrayBuffer>,
  sex: Sex,
): Promise<Uint8Array> {
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'Acupoint Atlas body generator (models/, CC0-1.0)';
  const buffer = doc.createBuffer();
  const position = doc.createAccessor('position').setType('VEC3').setArray(P).setBuffer(buffer);
  const normal = doc.createAccessor('normal').setType('VEC3').setArray(N).setBuffer(buffer);
  const color = doc.createAccessor('color').setType('VEC3').setArray(C).setBuffer(buffer);
  const indices = doc.createAccessor('indices').setType('SCALAR').setArray(I).setBuffer(buffer);
  const material = doc.createMaterial('skin').setBaseColorFactor([BASE[0], BASE[1], BASE[2], 1]).setRoughnessFactor(0.62).setMetallicFactor(0);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', position)
    .setAttribute('NORMAL', normal)
    .setAttribute('COLOR_0', color)
    .setIndices(indices)
    .setMaterial(material);
  const mesh: Mesh = doc.createMesh(sex === 'female' ? 'body-female' : 'body').addPrimitive(prim);
  const node = doc.createNode(sex === 'female' ? 'body-female' : 'body').setMesh(mesh);
  doc.createScene('scene').addChild(node);
  await MeshoptEncoder.ready;
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium', quantizePosition: 14, quantizeNormal: 8, quantizeColor: 8 }));
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
  return io.writeBinary(doc);
}
