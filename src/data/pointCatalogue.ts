import index from 'virtual:atlas-point-index';
import { joinPoint, type PointRecord } from './pointRecord.ts';
import type { PointFacts } from './schema.ts';
import type { PointTexts } from './textsSchema.ts';

/**
 * The catalogue as the browser app sees it: every point's facts at once (the first load), and its words in a
 * language once that language's chunk has arrived. Both are made at build time from `catalogueSource.ts`, which
 * validates them, so the browser spends no time (and no zod) on it.
 */
export const pointIndex: readonly PointFacts[] = index;
export const pointFactsByCode: ReadonlyMap<string, PointFacts> = new Map(pointIndex.map((p) => [p.code, p]));

/** The languages point texts come in. */
export type TextLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

type TextsModule = { default: Readonly<Record<string, PointTexts>> };
const chunkLoaders: Readonly<Record<TextLanguage, () => Promise<TextsModule>>> = {
  en: () => import('virtual:atlas-point-texts/en'),
  'zh-Hans': () => import('virtual:atlas-point-texts/zh-Hans'),
  'zh-Hant': () => import('virtual:atlas-point-texts/zh-Hant'),
};

const loadedTexts = new Map<TextLanguage, Readonly<Record<string, PointTexts>>>();
const pending = new Map<TextLanguage, Promise<void>>();
const joined = new Map<string, PointRecord>();

/**
 * Loads a language's point texts (and English, which stands in for a point not yet written in that language).
 * A failed download is forgotten, so calling again really asks the network again.
 */
export function loadPointTexts(language: TextLanguage): Promise<void> {
  const load = (lang: TextLanguage): Promise<void> => {
    if (loadedTexts.has(lang)) return Promise.resolve();
    let promise = pending.get(lang);
    if (!promise) {
      promise = chunkLoaders[lang]().then(
        (m) => {
          loadedTexts.set(lang, m.default);
          pending.delete(lang);
        },
        (error: unknown) => {
          pending.delete(lang);
          throw error;
        },
      );
      pending.set(lang, promise);
    }
    return promise;
  };
  return language === 'en' ? load('en') : Promise.all([load('en'), load(language)]).then(() => undefined);
}

/** Whether a language's texts (and the English fallback) are here. */
export const pointTextsLoaded = (language: TextLanguage): boolean => loadedTexts.has('en') && loadedTexts.has(language);

/** The full record of a point in a language, once its texts are loaded; English where that language lacks the point. */
export function pointRecord(code: string, language: TextLanguage): PointRecord | undefined {
  const key = `${language}|${code}`;
  const cached = joined.get(key);
  if (cached) return cached;
  const facts = pointFactsByCode.get(code);
  const own = loadedTexts.get(language)?.[code];
  const texts = own ?? loadedTexts.get('en')?.[code];
  if (!facts || !texts) return undefined;
  const record = joinPoint(facts, texts, own ? language : 'en');
  // An English stand-in is not kept: once the language's texts arrive, the point is joined again in that language.
  if (own || language === 'en') joined.set(key, record);
  return record;
}

/** Every full record in a language, once its texts are loaded (for searching the words of locations and actions). */
export function allPointRecords(language: TextLanguage): readonly PointRecord[] | undefined {
  if (!pointTextsLoaded(language)) return undefined;
  return pointIndex.map((p) => pointRecord(p.code, language)).filter((p): p is PointRecord => p !== undefined);
}
