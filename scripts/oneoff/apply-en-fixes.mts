// One-off: applies the content review's English fixes (JSON patches) to src/data/texts/en/*.ts and rewrites them.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const names: Record<string, [string, string]> = {
  LU: ['lung', 'Lung channel of hand taiyin, LU1–LU11'],
  LI: ['largeIntestine', 'Large intestine channel of hand yangming, LI1–LI20'],
  ST: ['stomach', 'Stomach channel of foot yangming, ST1–ST45'],
  SP: ['spleen', 'Spleen channel of foot taiyin, SP1–SP21'],
  HT: ['heart', 'Heart channel of hand shaoyin, HT1–HT9'],
  SI: ['smallIntestine', 'Small intestine channel of hand taiyang, SI1–SI19'],
  BL: ['bladder', 'Bladder channel of foot taiyang, BL1–BL67'],
  KI: ['kidney', 'Kidney channel of foot shaoyin, KI1–KI27'],
  PC: ['pericardium', 'Pericardium channel of hand jueyin, PC1–PC9'],
  TE: ['tripleEnergizer', 'Triple energizer channel of hand shaoyang, TE1–TE23'],
  GB: ['gallbladder', 'Gallbladder channel of foot shaoyang, GB1–GB44'],
  LR: ['liver', 'Liver channel of foot jueyin, LR1–LR14'],
  GV: ['governorVessel', 'Governor Vessel, GV1–GV28'],
  CV: ['conceptionVessel', 'Conception Vessel, CV1–CV24'],
  EX: ['extraPoint', 'The 48 WHO extra points (1991), EX-HN1–EX-LE12'],
};
const ident = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export function ts(v: unknown, indent: string): string {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const flat = `[${v.map((x) => ts(x, inner)).join(', ')}]`;
    if (flat.length + indent.length < 110) return flat;
    return `[\n${v.map((x) => inner + ts(x, inner)).join(',\n')},\n${indent}]`;
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (ident.test(k) ? k : `'${k}'`);
  const flat = `{ ${entries.map(([k, x]) => `${key(k)}: ${ts(x, inner)}`).join(', ')} }`;
  if (flat.length + indent.length < 110) return flat;
  return `{\n${entries.map(([k, x]) => `${inner}${key(k)}: ${ts(x, inner)}`).join(',\n')},\n${indent}}`;
}
const order = ['name', 'area', 'location', 'convention', 'howToLocate', 'alternative', 'needling', 'sensation', 'safety', 'cautions', 'actions', 'indications', 'commentary', 'classicalSources', 'therapyNotes', 'classificationNotes', 'memberLabels'];
const extra: Record<string, Record<string, unknown>> = {};
let changed = 0;
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) for (const [ch, [name, doc]] of Object.entries(names)) {
  const file = `/work/main/src/data/texts/en/${ch}.ts`;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, Record<string, Record<string, unknown>>>;
  const texts = structuredClone(mod[`${name}Texts`]!);
  const fixFile = `/work/scratch/en-fixes/${ch}.json`;
  const fixes: Record<string, Record<string, unknown>> = existsSync(fixFile) ? JSON.parse(readFileSync(fixFile, 'utf8')) : {};
  for (const [code, patch] of Object.entries({ ...fixes, ...Object.fromEntries(Object.entries(extra).filter(([c]) => c.startsWith(ch === 'EX' ? 'EX-' : ch) && (ch === 'EX' || /^\d/.test(c.slice(ch.length))))) })) {
    const record = texts[code];
    if (!record) throw new Error(`${code}: no such point in ${ch}`);
    for (const [field, value] of Object.entries(patch)) {
      if (!order.includes(field)) throw new Error(`${code}: unknown field ${field}`);
      record[field] = value;
    }
    changed++;
  }
  const sorted = Object.fromEntries(Object.entries(texts).map(([c, r]) => [c, Object.fromEntries(order.filter((k) => k in r).map((k) => [k, r[k]]))]));
  writeFileSync(file, `import type { PointTextsByCode } from '../../textsSchema.ts';\n\n/** ${doc}: the English texts, in our own words. */\nexport const ${name}Texts: PointTextsByCode = ${ts(sorted, '')};\n`);
}
if (changed) console.log("records changed", changed);
