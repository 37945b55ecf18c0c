/**
 * Runs the placement audit on one body: the markers the atlas places (as `export:points` would print them), the
 * body's landmarks and skin, and the WHO relations of `whoLocations.ts`, measured by `measure.ts`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PointResolver } from '../../src/anatomy/resolvePoint.ts';
import { bodies, type BodyId } from '../../src/data/bodies.ts';
import { pointFacts as catalogue } from '../../src/data/catalogueSource.ts';
import { loadBodyFromDisk, readBodyGlb } from '../lib/readBodyGlb.ts';
import { PlacementAuditor, type AuditMarker, type MarkerAudit } from './measure.ts';
import { whoLocations } from './whoLocations.ts';

/** How far a point is from its WHO location, as the audit grades it. */
export type Grade = 'within' | 'near' | 'off' | 'standIn';

export interface PointAudit {
  readonly code: string;
  readonly channel: string;
  readonly grade: Grade;
  /** largest miss in cun over the point's markers and relations */
  readonly worst: number;
  readonly wrongSide: readonly string[];
  readonly markers: readonly MarkerAudit[];
  readonly says: string;
  readonly standIn?: string;
}

export interface BodyAudit {
  readonly body: BodyId;
  readonly points: readonly PointAudit[];
  /** the markers measured (main locations, not the alternatives) */
  readonly markers: readonly AuditMarker[];
  /** metres per cun of each of the audit's scales on the left side, for the report */
  readonly cun: Readonly<Record<string, number>>;
}

const publicDir = resolve(import.meta.dirname, '..', '..', 'public');
const channelOf = (code: string) => (code.startsWith('EX-') ? code.replace(/\d+$/, '') : code.replace(/\d+$/, ''));

/** Grades a worst miss: within 0.5 cun, 0.5–1 cun, beyond 1 cun (or on the wrong side of a structure). */
export const gradeOf = (worst: number, wrongSide: readonly string[]): Grade => (wrongSide.length || worst > 1 ? 'off' : worst > 0.5 ? 'near' : 'within');

/** The audit of one body; throws when a point has no WHO location or a location names a point that does not exist. */
export async function auditBody(bodyId: BodyId): Promise<BodyAudit> {
  const body = bodies.find((b) => b.id === bodyId)!;
  const glb = resolve(publicDir, body.glb);
  const landmarksPath = resolve(publicDir, body.landmarks);
  const { skin, landmarks } = await loadBodyFromDisk(glb, landmarksPath);
  const markers: AuditMarker[] = new PointResolver(landmarks, skin, catalogue)
    .resolveAll()
    .filter((m) => !m.alternative)
    .map((m) => ({ id: m.id, code: m.code, side: m.side, ...(m.member ? { member: m.member } : {}), position: m.position, normal: m.normal }));
  const raw = JSON.parse(await readFile(landmarksPath, 'utf8')) as { landmarks: Record<string, { p: [number, number, number] }> };
  const triangles = await readBodyGlb(glb);
  const auditor = new PlacementAuditor({ landmarks: raw.landmarks, positions: triangles.positions, indices: triangles.indices }, markers);
  const points: PointAudit[] = [];
  const missing: string[] = [];
  for (const point of catalogue) {
    const own = auditor.markersOf(point.code);
    const audits: MarkerAudit[] = [];
    let says = '';
    let standInReason: string | undefined;
    for (const marker of own) {
      const key = marker.member ? `${point.code}-${marker.member}` : point.code;
      const location = whoLocations[key];
      if (!location) {
        missing.push(key);
        continue;
      }
      says ||= location.says;
      if (location.standIn) {
        standInReason = location.standIn;
        continue;
      }
      audits.push(auditor.auditMarker(location, marker));
    }
    const worst = Math.max(0, ...audits.map((a) => a.worst));
    const wrongSide = [...new Set(audits.flatMap((a) => a.wrongSide))];
    points.push({
      code: point.code,
      channel: channelOf(point.code),
      grade: standInReason ? 'standIn' : gradeOf(worst, wrongSide),
      worst,
      wrongSide,
      markers: audits,
      says,
      ...(standInReason ? { standIn: standInReason } : {}),
    });
  }
  if (missing.length) throw new Error(`audit: no WHO location for ${[...new Set(missing)].join(', ')}`);
  const cun = Object.fromEntries(
    (
      [
        'head',
        'headFront',
        'headBack',
        'chestV',
        'abdU',
        'abdL',
        'chestT',
        'backT',
        'flank',
        'upperArm',
        'forearm',
        'forearmD',
        'thigh',
        'thighLat',
        'thighPost',
        'legMed',
        'legLat',
        'foot',
      ] as const
    ).map((s) => [s, auditor.cunOf(s)]),
  );
  return { body: bodyId, points, markers, cun };
}

/** Counts per grade. */
export function countGrades(points: readonly PointAudit[]): Record<Grade, number> {
  const counts: Record<Grade, number> = { within: 0, near: 0, off: 0, standIn: 0 };
  for (const p of points) counts[p.grade]++;
  return counts;
}
