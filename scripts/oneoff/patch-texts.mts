// One-off: applies a JSON patch { CODE: { field: value } } to one language's text modules, keeping each file's header.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ts } from './apply-en-fixes.mts';
const [language, patchFile] = process.argv.slice(2) as [string, string];
const patch = JSON.parse(readFileSync(patchFile, 'utf8')) as Record<string, Record<string, unknown>>;
const order = ['name', 'area', 'location', 'convention', 'howToLocate', 'alternative', 'needling', 'sensation', 'safety', 'cautions', 'actions', 'indications', 'commentary', 'classicalSources', 'therapyNotes', 'classificationNotes', 'memberLabels'];
const byChannel = new Map<string, string[]>();
for (const code of Object.keys(patch)) {
  const ch = code.startsWith('EX-') ? 'EX' : code.replace(/\d+$/, '');
  byChannel.set(ch, [...(byChannel.get(ch) ?? []), code]);
}
for (const [ch, codes] of byChannel) {
  const file = `/work/main/src/data/texts/${language}/${ch}.ts`;
  const source = readFileSync(file, 'utf8');
  const mod = (await import(pathToFileURL(file).href)) as Record<string, Record<string, Record<string, unknown>>>;
  const [exportName, texts] = Object.entries(mod)[0]!;
  const copy = structuredClone(texts);
  for (const code of codes) {
    if (!copy[code]) throw new Error(`${code} missing`);
    Object.assign(copy[code]!, patch[code]);
  }
  const sorted = Object.fromEntries(Object.entries(copy).map(([c, r]) => [c, Object.fromEntries(order.filter((k) => k in r).map((k) => [k, r[k]]))]));
  const head = source.slice(0, source.indexOf(`export const ${exportName}`));
  writeFileSync(file, `${head}export const ${exportName}: PointTextsByCode = ${ts(sorted, '')};\n`);
}
console.log('patched', Object.keys(patch).length);
