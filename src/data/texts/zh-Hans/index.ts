import type { PointTextsByCode } from '../../textsSchema.ts';
import { bladderTexts } from './BL.ts';
import { conceptionVesselTexts } from './CV.ts';
import { extraPointTexts } from './EX.ts';
import { gallbladderTexts } from './GB.ts';
import { governorVesselTexts } from './GV.ts';
import { heartTexts } from './HT.ts';
import { kidneyTexts } from './KI.ts';
import { largeIntestineTexts } from './LI.ts';
import { liverTexts } from './LR.ts';
import { lungTexts } from './LU.ts';
import { pericardiumTexts } from './PC.ts';
import { smallIntestineTexts } from './SI.ts';
import { spleenTexts } from './SP.ts';
import { stomachTexts } from './ST.ts';
import { tripleEnergizerTexts } from './TE.ts';

/**
 * Every point's Simplified Chinese texts, keyed by WHO code. Traditional Chinese is made from these at build time
 * (scripts/lib/traditionalChinese.ts).
 */
export const simplifiedChineseTexts: PointTextsByCode = {
  ...lungTexts,
  ...largeIntestineTexts,
  ...stomachTexts,
  ...spleenTexts,
  ...heartTexts,
  ...smallIntestineTexts,
  ...bladderTexts,
  ...kidneyTexts,
  ...pericardiumTexts,
  ...tripleEnergizerTexts,
  ...gallbladderTexts,
  ...liverTexts,
  ...governorVesselTexts,
  ...conceptionVesselTexts,
  ...extraPointTexts,
};
