import type { z } from 'zod';
import type { quizRecordSchema, userDataSchema } from './userDataFile.ts';

/** Version of the user-data format; bump it and add a migration when the shape changes. */
export const userDataSchemaVersion = 1;

export type QuizRecord = z.infer<typeof quizRecordSchema>;
/** What a user keeps in the browser and can export to a file (validated by `userDataFile.ts`, loaded on demand). */
export type UserData = z.infer<typeof userDataSchema>;
export type ImportResult = { ok: true; data: UserData } | { ok: false; reason: string };

export const emptyUserData: UserData = { app: 'acupoint-atlas', schemaVersion: userDataSchemaVersion, notes: {}, favourites: [], quizHistory: [] };

/** Merges an import into what the browser already holds: imported notes win, favourites and history are united. */
export function mergeUserData(current: UserData, incoming: UserData): UserData {
  const history = [...current.quizHistory];
  const seen = new Set(history.map((h) => `${h.at}|${h.kind}|${h.score}`));
  for (const h of incoming.quizHistory) if (!seen.has(`${h.at}|${h.kind}|${h.score}`)) history.push(h);
  history.sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...current,
    notes: { ...current.notes, ...incoming.notes },
    favourites: [...new Set([...current.favourites, ...incoming.favourites])],
    quizHistory: history,
  };
}
