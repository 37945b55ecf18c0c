import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PointResolver, type ResolvedPoint } from '../../src/anatomy/resolvePoint.ts';
import { bodies } from '../../src/data/bodies.ts';
import { catalogue } from '../../src/data/catalogueSource.ts';
import type { SkinSurface } from '../../src/anatomy/skinSurface.ts';
import { loadBodyFromDisk } from '../../scripts/lib/readBodyGlb.ts';

const publicDir = resolve(import.meta.dirname, '../../public');
const walkingSkeletonPoints = [
  'LU1',
  'LI4',
  'LI11',
  'ST36',
  'SP6',
  'HT7',
  'SI3',
  'BL23',
  'BL40',
  'KI1',
  'KI3',
  'PC6',
  'TE5',
  'GB20',
  'GB30',
  'LR3',
  'GV14',
  'GV20',
  'CV4',
  'CV12',
  'CV17',
];

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe.each(bodies.map((b) => [b.id, b] as const))('points placed by rule on the %s body', (_id, body) => {
  let skin: SkinSurface;
  let resolver: PointResolver;
  let markers: ResolvedPoint[];
  let byId: Map<string, ResolvedPoint>;

  beforeAll(async () => {
    const loaded = await loadBodyFromDisk(resolve(publicDir, body.glb), resolve(publicDir, body.landmarks));
    skin = loaded.skin;
    resolver = new PointResolver(loaded.landmarks, skin, catalogue);
    markers = resolver.resolveAll();
    byId = new Map(markers.map((m) => [m.id, m]));
  });

  it('places the walking-skeleton points on both sides (CV and GV on the midline)', () => {
    for (const code of walkingSkeletonPoints) {
      if (code.startsWith('CV') || code.startsWith('GV')) expect(byId.has(code), code).toBe(true);
      else {
        expect(byId.has(`${code}-L`), `${code}-L`).toBe(true);
        expect(byId.has(`${code}-R`), `${code}-R`).toBe(true);
      }
    }
  });

  it('puts every marker within 1 mm of the skin with a unit normal', () => {
    const off = markers.filter((m) => skin.distanceTo(m.position) > 0.001).map((m) => `${m.id} ${(skin.distanceTo(m.position) * 1000).toFixed(2)} mm`);
    expect(off).toEqual([]);
    for (const m of markers) expect(Math.hypot(...m.normal)).toBeCloseTo(1, 3);
  });

  it('mirrors left and right exactly', () => {
    const bad: string[] = [];
    const oneSided = new Set(catalogue.filter((p) => p.laterality === 'left' || p.laterality === 'right').map((p) => p.code));
    for (const left of markers.filter((m) => m.side === 'left' && !oneSided.has(m.code))) {
      const right = byId.get(left.id.replace(/-L$/, '-R'));
      if (!right) {
        bad.push(`${left.id} has no right`);
        continue;
      }
      const mirrored = [-left.position[0], left.position[1], left.position[2]];
      if (distance(mirrored, right.position) > 0.001) bad.push(`${left.id}: ${(distance(mirrored, right.position) * 1000).toFixed(1)} mm`);
      expect(left.position[0], `${left.id} is on the figure's left (+X)`).toBeGreaterThan(0);
    }
    expect(bad).toEqual([]);
  });

  it('keeps midline points on the midline', () => {
    for (const m of markers.filter((x) => x.side === 'midline')) expect(Math.abs(m.position[0]), m.id).toBeLessThan(1e-4);
  });

  it('puts KI1 on the sole, facing down', () => {
    for (const id of ['KI1-L', 'KI1-R']) {
      const ki1 = byId.get(id)!;
      expect(ki1.position[1]).toBeLessThan(0.02);
      expect(ki1.normal[1]).toBeLessThan(-0.7);
    }
  });

  it('puts GV20 at the crown on the midline', () => {
    const gv20 = byId.get('GV20')!;
    const top = Math.max(...Array.from({ length: skin.geometry.getAttribute('position').count }, (_, i) => skin.geometry.getAttribute('position').getY(i)));
    expect(gv20.position[0]).toBeCloseTo(0, 4);
    expect(top - gv20.position[1]).toBeLessThan(0.02);
    expect(gv20.normal[1]).toBeGreaterThan(0.8);
  });

  it('puts ST36 3 cun below ST35, measured on the 16-cun popliteal-to-malleolus segment', () => {
    const cun = resolver.segment('leg_lateral_16', 'left').cunLength;
    const gap = distance(byId.get('ST35-L')!.position, byId.get('ST36-L')!.position) / cun;
    expect(gap).toBeGreaterThan(2.7);
    expect(gap).toBeLessThan(3.3);
  });

  // ST39 lies below ST40 (ST40 is level with ST38, lateral to it), so the stomach run is checked to ST39.
  const runs = [
    ['CV', 1, 24, 'rising'],
    ['GV', 1, 20, 'rising'],
    ['ST', 31, 39, 'descending'],
    ['SP', 6, 11, 'rising'],
    ['KI', 11, 21, 'rising'],
    ['BL', 11, 30, 'descending'],
  ] as const;
  for (const [channel, first, last, way] of runs) {
    it(`keeps ${channel}${first}→${channel}${last} in order (${way})`, () => {
      const heights: number[] = [];
      for (let n = first; n <= last; n++) {
        const m = byId.get(`${channel}${n}`) ?? byId.get(`${channel}${n}-L`);
        expect(m, `${channel}${n}`).toBeDefined();
        heights.push(m!.position[1]);
      }
      for (let i = 1; i < heights.length; i++) {
        if (way === 'rising') expect(heights[i], `${channel}${first + i}`).toBeGreaterThan(heights[i - 1]!);
        else expect(heights[i], `${channel}${first + i}`).toBeLessThan(heights[i - 1]!);
      }
    });
  }
});
