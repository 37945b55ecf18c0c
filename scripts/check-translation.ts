/**
 * Checks a language's point texts against the English record: schema, the same facts (numbers, safety kinds,
 * alternative, needling allowed), and how much of the text is in the language's script.
 * Usage: tsx scripts/check-translation.ts zh-Hans [LU ST …]
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { catalogue } from '../src/data/catalogue.ts';
import { pointTextsSchema, type PointTextsByCode } from '../src/data/textsSchema.ts';
import { allStrings, compareTranslation, scriptCounts } from '../tests/support/translationChecks.ts';
import { textsOfRecord } from './lib/splitRecord.ts';

const [language = 'zh-Hans', ...channels] = process.argv.slice(2);
const wanted = channels.length ? channels : ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'GV', 'CV', 'EX'];
let problems = 0;
for (const channel of wanted) {
  const file = new URL(`../src/data/texts/${language}/${channel}.ts`, import.meta.url);
  if (!existsSync(file)) {
    console.log(`${channel}: no file ${file.pathname}`);
    problems++;
    continue;
  }
  const mod = (await import(pathToFileURL(file.pathname).href)) as Record<string, PointTextsByCode>;
  const texts = Object.values(mod)[0]!;
  const expected = catalogue.filter((p) => p.meridian === channel);
  let han = 0;
  let latin = 0;
  for (const p of expected) {
    const t = texts[p.code];
    if (!t) {
      console.log(`${p.code}: missing`);
      problems++;
      continue;
    }
    const parsed = pointTextsSchema.safeParse(t);
    if (!parsed.success) for (const i of parsed.error.issues) (problems++, console.log(`${p.code} ${i.path.join('.')}: ${i.message}`));
    for (const x of compareTranslation(p.code, textsOfRecord(p), t)) (problems++, console.log(`${x.code} ${x.field}: ${x.message}`));
    const counts = allStrings(t).map(scriptCounts).reduce((a, b) => ({ han: a.han + b.han, latin: a.latin + b.latin }), { han: 0, latin: 0 });
    han += counts.han;
    latin += counts.latin;
    if (counts.latin > 0.05 * (counts.han + counts.latin)) (problems++, console.log(`${p.code}: ${counts.latin} Latin letters against ${counts.han} Chinese characters`));
  }
  for (const code of Object.keys(texts)) if (!expected.some((p) => p.code === code)) (problems++, console.log(`${code}: not a point of ${channel}`));
  console.log(`${channel}: ${Object.keys(texts).length}/${expected.length} points, ${han} Chinese characters, ${latin} Latin letters`);
}
console.log(problems ? `${problems} problems` : 'no problems');
process.exitCode = problems ? 1 : 0;
