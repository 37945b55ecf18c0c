/**
 * Simplified → Traditional Chinese for the point texts and the interface strings, at build time, with OpenCC.
 * Node only (the dictionaries are large); the app receives converted text.
 */
import * as OpenCC from 'opencc-js';
import type { PointTexts } from '../../src/data/textsSchema.ts';

/** The one place the variant is chosen: Taiwan's standard characters, which most Traditional-script schools read. */
export const traditionalVariant = { from: 'cn', to: 'tw' } as const;

/**
 * Where OpenCC's general dictionary is wrong for acupuncture usage. Applied after conversion; each entry is tested
 * (tests/unit/traditionalChinese.test.ts).
 * - 冲 in point and vessel names is 衝 (to surge), not 沖 (to rinse): 太衝 LR3, 中衝 PC9, 關衝 TE1, 天衝 GB9, 氣衝 ST30,
 *   衝陽 ST42, 衝門 SP12, 眉衝 BL3, 少衝 HT9, 衝脈.
 * - 里 as a distance in point names stays 里: 通里 HT5, 手三里 LI10, 足三里 ST36, 手五里 LI13, 足五里 LR10 (OpenCC
 *   turns a bare 里 into 裡, "inside").
 */
export const traditionalOverrides: readonly (readonly [from: string, to: string])[] = [
  ['太沖', '太衝'],
  ['中沖', '中衝'],
  ['關沖', '關衝'],
  ['天沖', '天衝'],
  ['氣沖', '氣衝'],
  ['沖陽', '衝陽'],
  ['沖門', '衝門'],
  ['眉沖', '眉衝'],
  ['少沖', '少衝'],
  ['沖脈', '衝脈'],
  ['通裡', '通里'],
  ['三裡', '三里'],
  ['五裡', '五里'],
];

const convert = OpenCC.Converter(traditionalVariant);

/** Converts one Simplified Chinese string to Traditional, with the acupuncture overrides. */
export function toTraditional(simplified: string): string {
  let text = convert(simplified);
  for (const [from, to] of traditionalOverrides) text = text.replaceAll(from, to);
  return text;
}

/** Every string inside a value, converted (keys are left alone). */
export function toTraditionalDeep<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => toTraditionalDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toTraditionalDeep(v)])) as T;
  return value;
}

/**
 * A language's point texts converted to Traditional Chinese, each with the point's name in Traditional characters
 * (from the facts' Simplified name).
 */
export function toTraditionalTexts(texts: Readonly<Record<string, PointTexts>>, hanziByCode: ReadonlyMap<string, string>): Record<string, PointTexts> {
  const out: Record<string, PointTexts> = {};
  for (const [code, record] of Object.entries(texts)) out[code] = { ...toTraditionalDeep(record), name: toTraditional(hanziByCode.get(code) ?? '') };
  return out;
}
