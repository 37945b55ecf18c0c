/**
 * The body generator (models/) and the committed body (public/models/body.glb + body.landmarks.json).
 * A quick low-resolution build checks determinism and the landmark contract in-process; the committed
 * files are checked for size, triangle budget, glTF validity and landmarks lying on the mesh.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBody, type LandmarksFile } from '../../models/buildBody.ts';
import { FinalMesh } from '../../models/finalMesh.ts';
import { allStoredLandmarkNames, midlineLandmarks, pairedLandmarks } from '../../src/anatomy/landmarkNames.ts';

const root = resolve(import.meta.dirname, '../..');
const QUICK = { voxel: 0.008, triangles: 40_000 } as const;

function checkContract(file: LandmarksFile) {
  expect(file.units).toBe('m');
  expect(file.up).toBe('+Y');
  expect(file.front).toBe('+Z');
  expect(file.left).toBe('+X');
  const names = Object.keys(file.landmarks);
  const missing = allStoredLandmarkNames.filter((n) => !(n in file.landmarks));
  expect(missing).toEqual([]);
  expect(names.length).toBe(allStoredLandmarkNames.length);
  for (const [name, { p, n }] of Object.entries(file.landmarks)) {
    expect(p.every(Number.isFinite), name).toBe(true);
    expect(Math.hypot(...n), name).toBeCloseTo(1, 3);
  }
  for (const name of midlineLandmarks) expect(file.landmarks[name]!.p[0], name).toBe(0);
  for (const base of pairedLandmarks) {
    const l = file.landmarks[`${base}_l`]!;
    const r = file.landmarks[`${base}_r`]!;
    expect(r.p, base).toEqual([-l.p[0], l.p[1], l.p[2]]);
    expect(r.n, base).toEqual([-l.n[0], l.n[1], l.n[2]]);
    expect(l.p[0], `${base}_l is on the left (+X)`).toBeGreaterThan(0);
  }
}

describe('body generator, quick build', () => {
  let a: Awaited<ReturnType<typeof buildBody>>;
  let b: Awaited<ReturnType<typeof buildBody>>;
  beforeAll(async () => {
    a = await buildBody(QUICK);
    b = await buildBody(QUICK);
  }, 60_000);

  it('is deterministic: two builds give identical bytes', () => {
    expect(a.glb.byteLength).toBeGreaterThan(10_000);
    expect(Buffer.from(a.glb).equals(Buffer.from(b.glb))).toBe(true);
    expect(JSON.stringify(a.landmarks)).toBe(JSON.stringify(b.landmarks));
  });

  it('has every landmark, mirrored, midline on x = 0', () => {
    checkContract(a.landmarks);
  });

  it('stands on y = 0 at about 1.75 m, facing +Z', async () => {
    const mesh = await FinalMesh.fromGlb(a.glb);
    expect(Math.abs(mesh.minY)).toBeLessThan(0.001);
    expect(a.landmarks.height).toBeGreaterThan(1.7);
    expect(a.landmarks.height).toBeLessThan(1.8);
    const lm = a.landmarks.landmarks;
    expect(lm.nose_tip!.p[2]).toBeGreaterThan(lm.external_occipital_protuberance!.p[2]);
    expect(lm.heel_sole_l!.p[1]).toBeLessThan(0.002);
    expect(lm.c7_spinous_process!.p[1]).toBeGreaterThan(lm.t7_spinous_process!.p[1]);
  });
});

describe.each(['body', 'body-female'])('committed public/models/%s.glb', (base) => {
  const glbPath = resolve(root, `public/models/${base}.glb`);
  const lmPath = resolve(root, `public/models/${base}.landmarks.json`);
  if (!existsSync(glbPath)) return;
  const glb = new Uint8Array(readFileSync(glbPath));
  const file = JSON.parse(readFileSync(lmPath, 'utf8')) as LandmarksFile;
  let mesh: FinalMesh;
  beforeAll(async () => {
    mesh = await FinalMesh.fromGlb(glb);
  }, 30_000);

  it('fits the size and triangle budgets', () => {
    expect(glb.byteLength).toBeLessThanOrEqual(700_000); // each body at most 700 KB (issue 9)
    expect(mesh.triangleCount).toBeGreaterThanOrEqual(60_000);
    expect(mesh.triangleCount).toBeLessThanOrEqual(250_000);
  });

  it('has no glTF validator errors', async () => {
    const { validateBytes } = await import('gltf-validator');
    const report = await validateBytes(glb);
    expect(report.issues.messages.filter((m: { severity: number }) => m.severity === 0)).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
  }, 30_000);

  it('has every landmark, on the mesh (within 1 mm), soles on y = 0', () => {
    checkContract(file);
    expect(Math.abs(mesh.minY)).toBeLessThan(0.0005);
    expect(Math.abs(file.height - mesh.maxY)).toBeLessThan(0.001);
    const far: string[] = [];
    for (const [name, { p }] of Object.entries(file.landmarks)) if (mesh.distance(p) > 0.001) far.push(name);
    expect(far).toEqual([]);
  });
});
