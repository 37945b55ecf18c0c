/**
 * Checks the point catalogue without a browser: schemas of facts and texts, references, counts per meridian.
 * Usage: npx tsx scripts/check-points.ts [MERIDIAN…]
 */
import { pointFacts } from '../src/data/catalogueSource.ts';
import { meridians } from '../src/data/meridians.ts';
import { isLandmarkBaseName } from '../src/anatomy/landmarkNames.ts';
import type { Placement } from '../src/data/schema.ts';

const only = new Set(process.argv.slice(2).map((s) => s.toUpperCase()));
const points = pointFacts;
const codes = new Set(points.map((p) => p.code));
const problems: string[] = [];

function refsOf(pl: Placement): string[] {
  const b = pl.base;
  const refs: string[] = [];
  if ('at' in b) refs.push(b.at);
  if ('from' in b) refs.push(b.from, b.toward);
  if ('level' in b) refs.push(b.level, b.line);
  for (const o of pl.offsets) if ('toward' in o) refs.push(o.toward);
  return refs;
}

for (const p of points) {
  if (only.size && !only.has(p.meridian)) continue;
  const placements = [p.placement, ...(p.members ?? []).map((m) => m.placement), p.alternative?.placement].filter((x): x is Placement => Boolean(x));
  for (const pl of placements)
    for (const r of refsOf(pl)) if (!isLandmarkBaseName(r) && !codes.has(r)) problems.push(`${p.code}: refers to unknown point ${r}`);
  if (p.needling.allowed && p.needling.aim && 'toward' in p.needling.aim) {
    const t = p.needling.aim.toward;
    if (!isLandmarkBaseName(t) && !codes.has(t)) problems.push(`${p.code}: needling aims at unknown ${t}`);
  }
}

for (const m of meridians) {
  if (only.size && !only.has(m.code)) continue;
  const n = points.filter((p) => p.meridian === m.code).length;
  console.log(`${m.code.padEnd(3)} ${String(n).padStart(3)} / ${m.pointCount}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${points.length} points valid`);
