import type { CardRecord } from './scheduler.ts';
import { cardRecordSchema } from './studySchemas.ts';

export { validLessons } from './lessonLink.ts';

/** Validates stored or imported cards one by one (an array or an object by id): the good ones by id, and how many were set aside. */
export function validCards(records: unknown): { cards: Record<string, CardRecord>; rejected: number } {
  const list = Array.isArray(records) ? records : records && typeof records === 'object' ? Object.values(records) : [];
  const cards: Record<string, CardRecord> = {};
  for (const r of list) {
    const parsed = cardRecordSchema.safeParse(r);
    if (parsed.success) cards[parsed.data.id] = parsed.data;
  }
  return { cards, rejected: list.length - Object.keys(cards).length };
}
