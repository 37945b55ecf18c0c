import type { PointTextsByCode } from '../../textsSchema.ts';
import { lungTexts } from './LU.ts';
import { largeIntestineTexts } from './LI.ts';
import { stomachTexts } from './ST.ts';
import { spleenTexts } from './SP.ts';
import { heartTexts } from './HT.ts';
import { smallIntestineTexts } from './SI.ts';
import { bladderTexts } from './BL.ts';
import { kidneyTexts } from './KI.ts';
import { pericardiumTexts } from './PC.ts';
import { tripleEnergizerTexts } from './TE.ts';
import { gallbladderTexts } from './GB.ts';
import { liverTexts } from './LR.ts';
import { governorVesselTexts } from './GV.ts';
import { conceptionVesselTexts } from './CV.ts';
import { extraPointTexts } from './EX.ts';

/** Every point's English texts, keyed by WHO code. */
export const englishTexts: PointTextsByCode = {
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
