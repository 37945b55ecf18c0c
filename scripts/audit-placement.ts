/**
 * The placement audit: every point's WHO location, as relations kept apart from the placement rules, measured on
 * both bodies with the audit's own cun. `npm run audit:placement [-- --json] [-- --body female] [-- --all]`.
 * Prints per point the measured against the expected value, then a summary per channel and body.
 */
import { bodies, type BodyId } from '../src/data/bodies.ts';
import { auditBody, countGrades, type BodyAudit } from './audit/auditBody.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const all = args.includes('--all');
const bodyArg = args.indexOf('--body');
const chosen = (bodyArg >= 0 ? [args[bodyArg + 1]] : bodies.map((b) => b.id)) as BodyId[];

const results: BodyAudit[] = [];
for (const id of chosen) results.push(await auditBody(id));

if (json) {
  const out = results.map((r) => ({
    body: r.body,
    judged: r.points.filter((p) => p.grade !== 'standIn').length,
    ...countGrades(r.points),
    notWithin: r.points
      .filter((p) => p.grade === 'near' || p.grade === 'off')
      .map((p) => ({ code: p.code, worst: Math.round(p.worst * 100) / 100, wrongSide: p.wrongSide })),
    standIns: r.points.filter((p) => p.grade === 'standIn').map((p) => ({ code: p.code, reason: p.standIn })),
  }));
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString().slice(0, 10), bodies: out }, null, 1)}\n`);
} else {
  const f = (x: number) => x.toFixed(2).padStart(6);
  for (const r of results) {
    console.log(`\n=== ${r.body} body ===`);
    console.log(
      `cun (m): ${Object.entries(r.cun)
        .map(([k, v]) => `${k} ${(v * 100).toFixed(2)} cm`)
        .join(', ')}`,
    );
    for (const p of r.points) {
      if (!all && p.grade === 'within') continue;
      console.log(`${p.grade.padEnd(7)} ${p.code.padEnd(9)} worst ${f(p.worst)} cun  ${p.standIn ? `stand-in: ${p.standIn}` : p.says}`);
      for (const m of p.markers) {
        if (!all && m.worst <= 0.5 && !m.wrongSide.length) continue;
        for (const rel of m.relations)
          console.log(
            `          ${m.id.padEnd(12)} ${rel.text}: measured ${f(rel.measured)}, expected ${f(rel.expected)}${rel.wrongSide ? `  WRONG SIDE: ${rel.wrongSide}` : ''}`,
          );
      }
    }
    const channels = [...new Set(r.points.map((p) => p.channel))];
    console.log(`\nchannel   within  0.5–1  >1/wrong  stand-in`);
    for (const c of channels) {
      const g = countGrades(r.points.filter((p) => p.channel === c));
      console.log(`${c.padEnd(9)} ${String(g.within).padStart(6)} ${String(g.near).padStart(6)} ${String(g.off).padStart(9)} ${String(g.standIn).padStart(9)}`);
    }
    const g = countGrades(r.points);
    console.log(
      `${r.body} body: ${g.within} of ${r.points.length - g.standIn} judged points within 0.5 cun, ${g.near} between 0.5 and 1 cun, ${g.off} beyond 1 cun or on the wrong side; ${g.standIn} stand-ins not judged`,
    );
  }
}
