import { z } from 'zod';

import { userDataSchemaVersion } from './userDataModel.ts';

export const quizRecordSchema = z.strictObject({
  /** ISO date-time the round ended */
  at: z.string().min(10).max(40),
  kind: z.enum(['find', 'name']),
  score: z.number().int().min(0),
  total: z.number().int().positive(),
  /** mean distance from the true point in cun, for "find" rounds */
  meanErrorCun: z.number().min(0).optional(),
});

/** What a user keeps in the browser and can export to a file. */
export const userDataSchema = z.strictObject({
  app: z.literal('acupoint-atlas'),
  schemaVersion: z.literal(userDataSchemaVersion),
  notes: z.record(z.string().max(20), z.string().max(20_000)),
  favourites: z.array(z.string().max(20)).max(2000),
  quizHistory: z.array(quizRecordSchema).max(5000),
});

import type { ImportResult } from './userDataModel.ts';

/**
 * Reads an exported file. Refuses with a reason (never throws) when it is not JSON, not ours, of another version,
 * malformed, or names points the atlas does not have.
 */
export function parseUserDataFile(text: string, knownCodes: ReadonlySet<string>): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { app?: unknown }).app !== 'acupoint-atlas')
    return { ok: false, reason: 'The file is not an Acupoint Atlas export.' };
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== userDataSchemaVersion) return { ok: false, reason: `The file has format version ${String(version)}; this atlas reads version ${userDataSchemaVersion}.` };
  const parsed = userDataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `The file is malformed at "${issue?.path.join('.') || 'top level'}": ${issue?.message ?? 'unknown problem'}.` };
  }
  const unknown = [...Object.keys(parsed.data.notes), ...parsed.data.favourites].filter((c) => !knownCodes.has(c));
  if (unknown.length) return { ok: false, reason: `The file names points the atlas does not have: ${[...new Set(unknown)].slice(0, 5).join(', ')}.` };
  return { ok: true, data: parsed.data };
}

