import { pointSchema, type PointInput, type PointRecord } from './schema.ts';
import { lungPoints } from './points/LU.ts';
import { largeIntestinePoints } from './points/LI.ts';
import { stomachPoints } from './points/ST.ts';
import { spleenPoints } from './points/SP.ts';
import { heartPoints } from './points/HT.ts';
import { smallIntestinePoints } from './points/SI.ts';
import { bladderPoints } from './points/BL.ts';
import { kidneyPoints } from './points/KI.ts';
import { pericardiumPoints } from './points/PC.ts';
import { tripleEnergizerPoints } from './points/TE.ts';
import { gallbladderPoints } from './points/GB.ts';
import { liverPoints } from './points/LR.ts';
import { governorVesselPoints } from './points/GV.ts';
import { conceptionVesselPoints } from './points/CV.ts';
import { extraPoints } from './points/EX.ts';

/** Every point record as written, in channel order (the order of the meridian table). */
export const rawPoints: readonly PointInput[] = [
  ...lungPoints,
  ...largeIntestinePoints,
  ...stomachPoints,
  ...spleenPoints,
  ...heartPoints,
  ...smallIntestinePoints,
  ...bladderPoints,
  ...kidneyPoints,
  ...pericardiumPoints,
  ...tripleEnergizerPoints,
  ...gallbladderPoints,
  ...liverPoints,
  ...governorVesselPoints,
  ...conceptionVesselPoints,
  ...extraPoints,
];

/** Parses every record; throws one error listing every problem, so a bad entry never reaches the UI half-read. */
export function parseCatalogue(input: readonly PointInput[]): PointRecord[] {
  const problems: string[] = [];
  const points: PointRecord[] = [];
  const seen = new Set<string>();
  for (const raw of input) {
    const result = pointSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...result.error.issues.map((i) => `${raw.code ?? '?'} ${i.path.join('.')}: ${i.message}`));
      continue;
    }
    if (seen.has(result.data.code)) problems.push(`${result.data.code}: duplicate code`);
    seen.add(result.data.code);
    points.push(result.data);
  }
  if (problems.length) throw new Error(`Point catalogue is invalid:\n${problems.join('\n')}`);
  return sortByChannel(points);
}

const meridianOrder = ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'GV', 'CV', 'EX'];
const exRegionOrder = ['HN', 'CA', 'B', 'UE', 'LE'];

function sortKey(p: PointRecord): [number, number, number] {
  const m = meridianOrder.indexOf(p.meridian);
  if (p.meridian !== 'EX') return [m, 0, p.number];
  const region = p.code.slice(3).replace(/\d+$/, '');
  return [m, exRegionOrder.indexOf(region), p.number];
}

function sortByChannel(points: PointRecord[]): PointRecord[] {
  return [...points].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/** The validated catalogue. */
export const catalogue: readonly PointRecord[] = parseCatalogue(rawPoints);
export const pointByCode: ReadonlyMap<string, PointRecord> = new Map(catalogue.map((p) => [p.code, p]));
