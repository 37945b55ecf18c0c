import { writeFileSync } from 'node:fs';
import { catalogue, pointTexts } from '../../src/data/catalogueSource.ts';
const en: Record<string, unknown> = {}, zh: Record<string, unknown> = {};
for (const p of catalogue) {
  if (!p.safety.some((s) => s.kind === 'pregnancy') || !['recommended', 'suitable'].includes(p.therapies.moxibustion.rating)) continue;
  const e = pointTexts.en[p.code]!, z = pointTexts['zh-Hans'][p.code]!;
  if (/pregnan/i.test(e.therapyNotes.moxibustion ?? '')) continue;
  const en0 = e.therapyNotes.moxibustion, zh0 = z.therapyNotes.moxibustion;
  en[p.code] = { therapyNotes: { ...e.therapyNotes, moxibustion: en0 ? `${en0.replace(/\.$/, '')}; not in pregnancy.` : 'Not in pregnancy.' } };
  zh[p.code] = { therapyNotes: { ...z.therapyNotes, moxibustion: zh0 ? `${zh0.replace(/。$/, '')}；孕妇禁灸。` : '孕妇禁灸。' } };
}
writeFileSync('/work/scratch/moxa-en.json', JSON.stringify(en));
writeFileSync('/work/scratch/moxa-zh.json', JSON.stringify(zh));
console.log(Object.keys(en));
