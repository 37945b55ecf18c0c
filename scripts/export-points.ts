/**
 * Prints every resolved point as JSON (DESIGN.md contract 1):
 * `npm run --silent export:points [-- --body female]`.
 */
import { resolve } from 'node:path';
import { PointResolver } from '../src/anatomy/resolvePoint.ts';
import { bodies } from '../src/data/bodies.ts';
import { factsByCode, pointFacts } from '../src/data/catalogueSource.ts';
import { loadBodyFromDisk } from './lib/readBodyGlb.ts';

const bodyArg = process.argv.indexOf('--body');
const bodyId = bodyArg >= 0 ? process.argv[bodyArg + 1] : 'male';
const body = bodies.find((b) => b.id === bodyId);
if (!body) {
  console.error(`Unknown body "${bodyId}". Known: ${bodies.map((b) => b.id).join(', ')}`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..', 'public');
const { skin, landmarks } = await loadBodyFromDisk(resolve(root, body.glb), resolve(root, body.landmarks));
const markers = new PointResolver(landmarks, skin, pointFacts).resolveAll().filter((m) => !m.alternative);
const round = (v: readonly number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);
const points = markers.map((m) => ({
  id: m.id,
  code: m.code,
  side: m.side,
  pinyin: factsByCode.get(m.code)?.names.pinyin ?? '',
  position: round(m.position),
  normal: round(m.normal),
}));
process.stdout.write(`${JSON.stringify({ body: body.id, points }, null, 1)}\n`);
