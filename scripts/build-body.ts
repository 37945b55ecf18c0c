/**
 * Builds a body and writes DIR/body.glb + DIR/body.landmarks.json (male, default)
 * or DIR/body-female.glb + DIR/body-female.landmarks.json.
 * Usage: npx tsx scripts/build-body.ts [--body male|female] [--voxel METRES] [--out DIR]
 *        [--height M] [--build 0..1] [--muscle 0..1] [--triangles N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBody, FULL_VOXEL } from '../models/buildBody.ts';
import type { BodyParams, Sex } from '../models/params.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
  return v;
}

const body = (arg('body') ?? 'male') as Sex;
if (body !== 'male' && body !== 'female') throw new Error(`--body must be male or female, not ${String(body)}`);
const voxel = Number(arg('voxel') ?? FULL_VOXEL);
if (!(voxel > 0.0005 && voxel < 0.05)) throw new Error(`--voxel out of range: ${voxel}`);
const out = arg('out') ?? 'public/models';
const params: Partial<BodyParams> = {};
if (arg('height')) params.height = Number(arg('height'));
if (arg('build')) params.build = Number(arg('build'));
if (arg('muscle')) params.muscle = Number(arg('muscle'));
const triangles = arg('triangles') ? Number(arg('triangles')) : undefined;

const t0 = performance.now();
const { glb, landmarks, stats } = await buildBody({ body, voxel, params, triangles, log: (m) => console.error(`  ${m}`) });
mkdirSync(out, { recursive: true });
const base = body === 'female' ? 'body-female' : 'body';
writeFileSync(join(out, `${base}.glb`), glb);
// one landmark per line: readable, and diffs show which landmarks moved
const { landmarks: lms, ...head } = landmarks;
const lines = Object.entries(lms).map(([name, l]) => `    ${JSON.stringify(name)}: { "p": ${JSON.stringify(l.p)}, "n": ${JSON.stringify(l.n)} }`);
const headJson = JSON.stringify(head, null, 2).slice(0, -2);
writeFileSync(join(out, `${base}.landmarks.json`), `${headJson},\n  "landmarks": {\n${lines.join(',\n')}\n  }\n}\n`);
const { seconds: _s, ...rest } = stats;
console.log(
  `${base}: ${stats.triangles} triangles, ${stats.vertices} vertices, ${stats.bytes} bytes, height ${stats.height} m, ` +
    `${stats.landmarks} landmarks (max snap ${(stats.maxLandmarkOffset * 1000).toFixed(2)} mm), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.error(JSON.stringify(rest));
