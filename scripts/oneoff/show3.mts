import { pointTexts } from '../../src/data/catalogueSource.ts';
for (const c of process.argv.slice(2)) console.log(c, JSON.stringify(pointTexts['zh-Hans'][c], null, 1).slice(0, 2500));
