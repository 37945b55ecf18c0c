/**
 * Checks a language's point texts against the English ones: the same facts (numbers, safety kinds, alternative,
 * needling allowed) and how much of the text is in the language's script. The catalogue's own schema and
 * fit-to-facts checks run when it loads.
 * Usage: tsx scripts/check-translation.ts [zh-Hans] [LU ST …]
 */
import { pointFacts, pointTexts, type WrittenTextLanguage } from '../src/data/catalogueSource.ts';
import { meridianCodes } from '../src/data/enums.ts';
import { allStrings, compareTranslation, scriptCounts } from '../tests/support/translationChecks.ts';

const [language = 'zh-Hans', ...channels] = process.argv.slice(2) as [WrittenTextLanguage, ...string[]];
const wanted = channels.length ? channels : meridianCodes;
const texts = pointTexts[language];
let problems = 0;
for (const channel of wanted) {
  const expected = pointFacts.filter((p) => p.meridian === channel);
  let han = 0;
  let latin = 0;
  let written = 0;
  for (const p of expected) {
    const t = texts[p.code];
    if (!t) {
      console.log(`${p.code}: missing`);
      problems++;
      continue;
    }
    written++;
    for (const x of compareTranslation(p.code, pointTexts.en[p.code]!, t)) {
      problems++;
      console.log(`${x.code} ${x.field}: ${x.message}`);
    }
    const counts = allStrings(t)
      .map(scriptCounts)
      .reduce((a, b) => ({ han: a.han + b.han, latin: a.latin + b.latin }), { han: 0, latin: 0 });
    han += counts.han;
    latin += counts.latin;
    if (counts.latin > 0.05 * (counts.han + counts.latin)) {
      problems++;
      console.log(`${p.code}: ${counts.latin} Latin letters against ${counts.han} Chinese characters`);
    }
  }
  console.log(`${channel}: ${written}/${expected.length} points, ${han} Chinese characters, ${latin} Latin letters`);
}
console.log(problems ? `${problems} problems` : 'no problems');
process.exitCode = problems ? 1 : 0;
