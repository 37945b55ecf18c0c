import { meridianCodes, type extraPointRegions } from './enums.ts';
import { meridians } from './meridians.ts';
import type { MeridianCode } from './schema.ts';

/** WHO channel code → the other abbreviations people type (docs/point-facts.md). Upper case, no punctuation. */
export const channelSynonyms: Readonly<Record<Exclude<MeridianCode, 'EX'>, readonly string[]>> = {
  LU: ['LU', 'P'],
  LI: ['LI', 'CO', 'GI'],
  ST: ['ST', 'E'],
  SP: ['SP', 'RP'],
  HT: ['HT', 'H', 'HE', 'C'],
  SI: ['SI', 'IG'],
  BL: ['BL', 'UB', 'B', 'V'],
  KI: ['KI', 'K', 'KID', 'KD', 'R'],
  PC: ['PC', 'P', 'HC', 'HP', 'MC'],
  TE: ['TE', 'SJ', 'TH', 'TW', 'TB'],
  GB: ['GB', 'VB'],
  LR: ['LR', 'LIV', 'LV', 'F'],
  GV: ['GV', 'DU'],
  CV: ['CV', 'REN', 'RN'],
};

/** WHO point counts of the fourteen channels (from the one table, `meridians.ts`). */
export const channelPointCounts: Readonly<Record<Exclude<MeridianCode, 'EX'>, number>> = Object.fromEntries(
  meridians.filter((m) => m.code !== 'EX').map((m) => [m.code, m.pointCount]),
) as Record<Exclude<MeridianCode, 'EX'>, number>;

/** How many extra points each WHO extra-point region has. */
export const extraRegionCounts: Readonly<Record<(typeof extraPointRegions)[number], number>> = { HN: 15, CA: 1, B: 9, UE: 11, LE: 12 };

/** Non-WHO codes for points the WHO lists elsewhere. */
const aliasCodes: Readonly<Record<string, string>> = {
  GV29: 'EX-HN3', // Yintang on the Governor Vessel in GB/T 12346-2006
  'GV24+': 'EX-HN3', // and in the 2021 edition's numbering
};

/** Abbreviation → WHO channel codes it may mean, most likely first (`P` → PC, then LU). */
const abbreviationToChannels: ReadonlyMap<string, MeridianCode[]> = (() => {
  const map = new Map<string, MeridianCode[]>();
  // PC first so the ambiguous `P` prefers the pericardium, as docs/point-facts.md says.
  const channels = meridianCodes.filter((c): c is Exclude<MeridianCode, 'EX'> => c !== 'EX');
  const order = ['PC' as const, ...channels.filter((c) => c !== 'PC')];
  for (const channel of order) for (const abbr of channelSynonyms[channel]) map.set(abbr, [...(map.get(abbr) ?? []), channel]);
  return map;
})();

/**
 * Every WHO code a typed code may mean, most likely first; empty when it is no code at all.
 * Accepts `KI1`, `KI-1`, `ki 1`, `Kid1`, `K1`, `R1`, `L.I.4`, `Du 14`, `Ren12`, `ex-hn-3`, `EXHN3`.
 * Numbers beyond the channel's count are rejected (`LU12` → []).
 */
export function whoCodesFor(typed: string): string[] {
  const compact = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.\-_]+/g, '');
  if (!compact) return [];
  const alias = aliasCodes[compact];
  if (alias) return [alias];
  const extra = /^EX(HN|CA|B|UE|LE)(\d{1,2})$/.exec(compact);
  if (extra) {
    const [, region = '', digits = ''] = extra;
    const n = Number(digits);
    return n >= 1 && n <= ((extraRegionCounts as Readonly<Record<string, number>>)[region] ?? 0) ? [`EX-${region}${n}`] : [];
  }
  const channel = /^([A-Z]{1,3})(\d{1,2})$/.exec(compact);
  if (!channel) return [];
  const [, letters = '', digits = ''] = channel;
  const n = Number(digits);
  const channels = abbreviationToChannels.get(letters) ?? [];
  return channels.filter((c): c is Exclude<MeridianCode, 'EX'> => c !== 'EX' && n >= 1 && n <= channelPointCounts[c]).map((c) => `${c}${n}`);
}

/** The one WHO code a typed code most likely means, or undefined. */
export function canonicalPointCode(typed: string): string | undefined {
  return whoCodesFor(typed)[0];
}
