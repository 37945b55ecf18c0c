import { catalogue, pointTexts } from '../../src/data/catalogueSource.ts';
for (const p of catalogue.filter((x) => x.safety.some((s) => s.kind === 'pregnancy'))) {
  const e = pointTexts.en[p.code]!.safety.pregnancy!, z = pointTexts['zh-Hans'][p.code]!.safety.pregnancy!;
  console.log(p.code.padEnd(6), e.slice(0, 110), '|', z);
}
