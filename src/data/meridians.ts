import { meridianCodes } from './enums.ts';
import type { MeridianCode } from './schema.ts';

/** A channel as the atlas shows it: names, colour and how many points the WHO standard gives it. */
export interface Meridian {
  readonly code: MeridianCode;
  readonly english: string;
  readonly chinese: string;
  readonly pinyin: string;
  /** WHO 2008 point count (extra points: the 48 of the 1991 list, counted by code) */
  readonly pointCount: number;
  /** CSS colour of its markers and line; chosen to stay apart from neighbours and readable on dark and light */
  readonly color: string;
  /** false for the extra points, which belong to no channel and get no line */
  readonly isChannel: boolean;
}

const meridianTable: readonly Meridian[] = [
  { code: 'LU', english: 'Lung', chinese: '手太阴肺经', pinyin: 'Shǒu Tàiyīn Fèi Jīng', pointCount: 11, color: '#e6e6e6', isChannel: true },
  { code: 'LI', english: 'Large Intestine', chinese: '手阳明大肠经', pinyin: 'Shǒu Yángmíng Dàcháng Jīng', pointCount: 20, color: '#c0c4cc', isChannel: true },
  { code: 'ST', english: 'Stomach', chinese: '足阳明胃经', pinyin: 'Zú Yángmíng Wèi Jīng', pointCount: 45, color: '#f2c12e', isChannel: true },
  { code: 'SP', english: 'Spleen', chinese: '足太阴脾经', pinyin: 'Zú Tàiyīn Pí Jīng', pointCount: 21, color: '#d9903d', isChannel: true },
  { code: 'HT', english: 'Heart', chinese: '手少阴心经', pinyin: 'Shǒu Shàoyīn Xīn Jīng', pointCount: 9, color: '#e8413c', isChannel: true },
  { code: 'SI', english: 'Small Intestine', chinese: '手太阳小肠经', pinyin: 'Shǒu Tàiyáng Xiǎocháng Jīng', pointCount: 19, color: '#f08a8a', isChannel: true },
  { code: 'BL', english: 'Bladder', chinese: '足太阳膀胱经', pinyin: 'Zú Tàiyáng Pángguāng Jīng', pointCount: 67, color: '#4a7fe0', isChannel: true },
  { code: 'KI', english: 'Kidney', chinese: '足少阴肾经', pinyin: 'Zú Shàoyīn Shèn Jīng', pointCount: 27, color: '#3aa0c8', isChannel: true },
  { code: 'PC', english: 'Pericardium', chinese: '手厥阴心包经', pinyin: 'Shǒu Juéyīn Xīnbāo Jīng', pointCount: 9, color: '#c0479b', isChannel: true },
  { code: 'TE', english: 'Triple Energizer', chinese: '手少阳三焦经', pinyin: 'Shǒu Shàoyáng Sānjiāo Jīng', pointCount: 23, color: '#9b6ad6', isChannel: true },
  { code: 'GB', english: 'Gallbladder', chinese: '足少阳胆经', pinyin: 'Zú Shàoyáng Dǎn Jīng', pointCount: 44, color: '#3fb86a', isChannel: true },
  { code: 'LR', english: 'Liver', chinese: '足厥阴肝经', pinyin: 'Zú Juéyīn Gān Jīng', pointCount: 14, color: '#1f8a4c', isChannel: true },
  { code: 'GV', english: 'Governor Vessel', chinese: '督脉', pinyin: 'Dū Mài', pointCount: 28, color: '#ff7a1a', isChannel: true },
  { code: 'CV', english: 'Conception Vessel', chinese: '任脉', pinyin: 'Rèn Mài', pointCount: 24, color: '#ff5fa2', isChannel: true },
  { code: 'EX', english: 'Extra points', chinese: '经外奇穴', pinyin: 'Jīngwài Qíxué', pointCount: 48, color: '#8d99ae', isChannel: false },
];

export const meridianByCode: ReadonlyMap<MeridianCode, Meridian> = new Map(meridianTable.map((m) => [m.code, m]));

/** The channels in the order of `meridianCodes` (the one place that order is written). */
export const meridians: readonly Meridian[] = meridianCodes.map((code) => meridianByCode.get(code)!);
