/**
 * Simplified → Traditional Chinese for the point texts and the interface strings, at build time, with OpenCC.
 * Node only (the dictionaries are large); the app receives converted text.
 */
import * as OpenCC from 'opencc-js';
import type { PointTexts } from '../../src/data/textsSchema.ts';

/** The one place the variant is chosen: Taiwan's standard characters, which most Traditional-script schools read. */
export const traditionalVariant = { from: 'cn', to: 'tw' } as const;

/**
 * Where OpenCC's general dictionary is wrong for acupuncture usage, as Simplified term → Traditional term. Each is
 * applied to OpenCC's own rendering of the term; each is tested (tests/unit/traditionalChinese.test.ts).
 * - 冲 in point and vessel names is 衝 (to surge), not 沖 (to rinse); OpenCC knows most (關衝, 衝脈…) but not 太衝 LR3.
 * - 里 as a distance in point names stays 里: 通里 HT5, 建里 CV11 (OpenCC turns a bare 里 into 裡, "inside").
 */
export const traditionalOverrides: readonly (readonly [simplified: string, traditional: string])[] = [
  ['太冲', '太衝'],
  ['通里', '通里'],
  ['建里', '建里'],
];

/**
 * Renderings OpenCC produces only in some contexts (its phrase segmentation splits 通过冲脉 as 通過|沖脈), fixed
 * wherever they appear: wrong → right.
 */
export const traditionalContextFixes: readonly (readonly [wrong: string, right: string])[] = [['沖脈', '衝脈']];

const convert = OpenCC.Converter(traditionalVariant);
/** OpenCC's rendering of each overridden term, and what it must become. */
const corrections = [
  ...traditionalOverrides.map(([simplified, traditional]) => [convert(simplified), traditional] as const).filter(([wrong, right]) => wrong !== right),
  ...traditionalContextFixes,
];

/** Converts one Simplified Chinese string to Traditional, with the acupuncture overrides. */
export function toTraditional(simplified: string): string {
  let text = convert(simplified);
  for (const [wrong, right] of corrections) text = text.replaceAll(wrong, right);
  return text;
}

/** OpenCC alone, without the overrides (for the tests that show each override is needed). */
export const toTraditionalPlain = (simplified: string): string => convert(simplified);

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
