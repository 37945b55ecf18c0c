import summaries from 'virtual:atlas-point-index';
import { mergePoint, type PointSummary, type PointTexts } from './pointSplit.ts';
import type { PointRecord } from './schema.ts';

/**
 * The catalogue as the browser app sees it: summaries at once, full records once the texts chunk is loaded.
 * (Node code — tests, scripts — uses `catalogue.ts`, the validated source both are made from.)
 */
export const catalogue: readonly PointSummary[] = summaries;
export const pointByCode: ReadonlyMap<string, PointSummary> = new Map(catalogue.map((p) => [p.code, p]));

let texts: Readonly<Record<string, PointTexts>> | null = null;
let loading: Promise<void> | null = null;
const merged = new Map<string, PointRecord>();

/** Loads the point texts (one chunk, cached by the service worker). */
export function loadPointTexts(): Promise<void> {
  loading ??= import('virtual:atlas-point-texts').then(
    (m) => {
      texts = m.default;
    },
    (e: unknown) => {
      loading = null; // a failed download is tried again on the next call, not remembered
      throw e;
    },
  );
  return loading;
}

export const pointTextsLoaded = (): boolean => texts !== null;

/** The full record of a point, once the texts are loaded. */
export function fullPoint(code: string): PointRecord | undefined {
  const cached = merged.get(code);
  if (cached) return cached;
  const summary = pointByCode.get(code);
  const t = texts?.[code];
  if (!summary || !t) return undefined;
  const record = mergePoint(summary, t);
  merged.set(code, record);
  return record;
}

/** Every full record, once the texts are loaded (for searching the words of locations and actions). */
export function fullCatalogue(): readonly PointRecord[] | undefined {
  if (!texts) return undefined;
  return catalogue.map((p) => fullPoint(p.code)!).filter(Boolean);
}
