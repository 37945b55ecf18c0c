import { englishTexts } from '../../src/data/texts/en/index.ts';
import { simplifiedChineseTexts } from '../../src/data/texts/zh-Hans/index.ts';
for (const c of process.argv.slice(2)) {
  const e = englishTexts[c]!, z = simplifiedChineseTexts[c]!;
  console.log(c, '\n EN', JSON.stringify(e.safety), '|', e.cautions.slice(0, 260), '|', JSON.stringify(e.therapyNotes), JSON.stringify(e.classificationNotes), '\n ZH', JSON.stringify(z.safety), '|', z.cautions.slice(0,120), JSON.stringify(z.therapyNotes), JSON.stringify(z.classificationNotes));
}
