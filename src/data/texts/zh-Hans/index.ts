import type { PointTextsByCode } from '../../textsSchema.ts';

/**
 * Every point's Simplified Chinese texts, keyed by WHO code. Traditional Chinese is made from these at build time
 * (scripts/lib/traditionalChinese.ts); a point without Chinese texts falls back to English.
 */
export const simplifiedChineseTexts: PointTextsByCode = {};
