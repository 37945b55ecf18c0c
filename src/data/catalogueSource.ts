/**
 * The point catalogue read from its sources and validated: facts (`facts/`) and texts per language (`texts/`).
 * Node only — tests, scripts and the build plugin that turns it into the browser's modules. Browser code reads
 * `pointCatalogue.ts`, which the build fills from this (an ESLint rule keeps this module out of the app).
 */
import { extraPointRegions, meridianCodes } from './enums.ts';
import { allPointFacts } from './facts/index.ts';
import { joinPoint, textsMismatch, type PointRecord } from './pointRecord.ts';
import { pointFactsSchema, type PointFacts, type PointFactsInput } from './schema.ts';
import { englishTexts } from './texts/en/index.ts';
import { simplifiedChineseTexts } from './texts/zh-Hans/index.ts';
import { pointTextsSchema, type PointTexts, type PointTextsByCode } from './textsSchema.ts';

/** Languages whose point texts are written by hand; Traditional Chinese is derived from Simplified at build time. */
export const writtenTextLanguages = ['en', 'zh-Hans'] as const;
export type WrittenTextLanguage = (typeof writtenTextLanguages)[number];

/** Parses every facts record; throws one error listing every problem, so a bad entry never reaches the UI half-read. */
export function parseFacts(input: readonly PointFactsInput[]): PointFacts[] {
  const problems: string[] = [];
  const points: PointFacts[] = [];
  const seen = new Set<string>();
  for (const raw of input) {
    const result = pointFactsSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...result.error.issues.map((i) => `${raw.code ?? '?'} ${i.path.join('.')}: ${i.message}`));
      continue;
    }
    if (seen.has(result.data.code)) problems.push(`${result.data.code}: duplicate code`);
    seen.add(result.data.code);
    points.push(result.data);
  }
  if (problems.length) throw new Error(`Point facts are invalid:\n${problems.join('\n')}`);
  return sortByChannel(points);
}

/**
 * Parses one language's texts against the facts. `complete` requires a record for every point (English);
 * otherwise a missing point is allowed (it falls back to English) but every record present must be valid.
 */
export function parseTexts(language: string, input: PointTextsByCode, facts: readonly PointFacts[], complete: boolean): Record<string, PointTexts> {
  const problems: string[] = [];
  const out: Record<string, PointTexts> = {};
  const factsByCode = new Map(facts.map((p) => [p.code, p]));
  for (const [code, raw] of Object.entries(input)) {
    const p = factsByCode.get(code);
    if (!p) {
      problems.push(`${code}: texts for a point that has no facts`);
      continue;
    }
    const result = pointTextsSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...result.error.issues.map((i) => `${code} ${i.path.join('.')}: ${i.message}`));
      continue;
    }
    problems.push(...textsMismatch(p, result.data).map((m) => `${code} ${m}`));
    out[code] = result.data;
  }
  if (complete) for (const p of facts) if (!(p.code in input)) problems.push(`${p.code}: no texts`);
  if (problems.length) throw new Error(`Point texts (${language}) are invalid:\n${problems.join('\n')}`);
  return out;
}

function sortKey(p: PointFacts): [number, number, number] {
  const m = meridianCodes.indexOf(p.meridian);
  if (p.meridian !== 'EX') return [m, 0, p.number];
  const region = p.code.slice(3).replace(/\d+$/, '') as (typeof extraPointRegions)[number];
  return [m, extraPointRegions.indexOf(region), p.number];
}

function sortByChannel(points: PointFacts[]): PointFacts[] {
  return [...points].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

/** Every point's validated facts, in channel order. */
export const pointFacts: readonly PointFacts[] = parseFacts(allPointFacts);
export const factsByCode: ReadonlyMap<string, PointFacts> = new Map(pointFacts.map((p) => [p.code, p]));

/** Every written language's validated texts, keyed by code. */
export const pointTexts: Readonly<Record<WrittenTextLanguage, Readonly<Record<string, PointTexts>>>> = {
  en: parseTexts('en', englishTexts, pointFacts, true),
  'zh-Hans': parseTexts('zh-Hans', simplifiedChineseTexts, pointFacts, false),
};

/** Every point joined with its English texts (tests and scripts). */
export const catalogue: readonly PointRecord[] = pointFacts.map((p) => joinPoint(p, pointTexts.en[p.code]!, 'en'));
export const pointByCode: ReadonlyMap<string, PointRecord> = new Map(catalogue.map((p) => [p.code, p]));
