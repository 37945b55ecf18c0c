import type { PointFactsInput } from '../schema.ts';
import { lungFacts } from './LU.ts';
import { largeIntestineFacts } from './LI.ts';
import { stomachFacts } from './ST.ts';
import { spleenFacts } from './SP.ts';
import { heartFacts } from './HT.ts';
import { smallIntestineFacts } from './SI.ts';
import { bladderFacts } from './BL.ts';
import { kidneyFacts } from './KI.ts';
import { pericardiumFacts } from './PC.ts';
import { tripleEnergizerFacts } from './TE.ts';
import { gallbladderFacts } from './GB.ts';
import { liverFacts } from './LR.ts';
import { governorVesselFacts } from './GV.ts';
import { conceptionVesselFacts } from './CV.ts';
import { extraPointFacts } from './EX.ts';

/** Every point's facts as written, channel by channel. */
export const allPointFacts: readonly PointFactsInput[] = [
  ...lungFacts,
  ...largeIntestineFacts,
  ...stomachFacts,
  ...spleenFacts,
  ...heartFacts,
  ...smallIntestineFacts,
  ...bladderFacts,
  ...kidneyFacts,
  ...pericardiumFacts,
  ...tripleEnergizerFacts,
  ...gallbladderFacts,
  ...liverFacts,
  ...governorVesselFacts,
  ...conceptionVesselFacts,
  ...extraPointFacts,
];
