import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Lesson } from '../lib/lessons.ts';
import type { CardRecord } from '../lib/scheduler.ts';
import type * as StudyRecordsValidation from '../lib/studyRecordsValidation.ts';

/**
 * The study records a user keeps in this browser: lessons and review cards, each kind in its own localStorage key
 * (zustand `persist`, versioned), each record validated by zod when it is read back or imported, one by one, so a
 * damaged record is set aside without losing the others. The validator is loaded on demand (`hydrateStudyRecords`).
 */
export const lessonsStorageKey = 'acupoint-atlas:lessons';
export const cardsStorageKey = 'acupoint-atlas:cards';
export const studyRecordsVersion = 1;

type Validators = typeof StudyRecordsValidation;
let validators: Validators | null = null;

interface LessonsState {
  lessons: readonly Lesson[];
  /** Adds a lesson or replaces the one with the same id. */
  saveLesson: (lesson: Lesson) => void;
  removeLesson: (id: string) => void;
}

interface CardsState {
  /** by card id (`find:ST36`) */
  cards: Readonly<Record<string, CardRecord>>;
  saveCard: (card: CardRecord) => void;
}

const storage = createJSONStorage(() => localStorage);

/** Keeps the newer of two copies of a lesson, by id. */
function unionLessons(a: readonly Lesson[], b: readonly Lesson[]): Lesson[] {
  const byId = new Map(a.map((l) => [l.id, l]));
  for (const l of b) {
    const mine = byId.get(l.id);
    if (!mine || mine.updatedAt < l.updatedAt) byId.set(l.id, l);
  }
  return [...byId.values()];
}

/** Keeps the more-reviewed of two copies of a card, by id. */
function unionCards(a: Readonly<Record<string, CardRecord>>, b: Readonly<Record<string, CardRecord>>): Record<string, CardRecord> {
  const out = { ...a };
  for (const [id, card] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || mine.answered < card.answered || (mine.answered === card.answered && (mine.lastReview ?? '') < (card.lastReview ?? ''))) out[id] = card;
  }
  return out;
}

/** Lessons, kept under `acupoint-atlas:lessons`. */
export const useLessons = create<LessonsState>()(
  persist(
    (set, get) => ({
      lessons: [],
      saveLesson: (lesson) =>
        set({
          lessons: get().lessons.some((l) => l.id === lesson.id) ? get().lessons.map((l) => (l.id === lesson.id ? lesson : l)) : [...get().lessons, lesson],
        }),
      removeLesson: (id) => set({ lessons: get().lessons.filter((l) => l.id !== id) }),
    }),
    {
      name: lessonsStorageKey,
      version: studyRecordsVersion,
      storage,
      skipHydration: true,
      partialize: (s) => ({ lessons: s.lessons }),
      // Version 1 is the first; later versions add their steps here.
      migrate: (persisted) => persisted as { lessons: Lesson[] },
      // What was stored is validated record by record; anything made before hydration finished is kept.
      merge: (persisted, current) => ({
        ...current,
        lessons: unionLessons(validators?.validLessons((persisted as { lessons?: unknown })?.lessons).lessons ?? [], current.lessons),
      }),
    },
  ),
);

/** Review cards, kept under `acupoint-atlas:cards`. */
export const useCards = create<CardsState>()(
  persist(
    (set, get) => ({
      cards: {},
      saveCard: (card) => set({ cards: { ...get().cards, [card.id]: card } }),
    }),
    {
      name: cardsStorageKey,
      version: studyRecordsVersion,
      storage,
      skipHydration: true,
      partialize: (s) => ({ cards: s.cards }),
      migrate: (persisted) => persisted as { cards: Record<string, CardRecord> },
      merge: (persisted, current) => ({
        ...current,
        cards: unionCards(validators?.validCards((persisted as { cards?: unknown })?.cards).cards ?? {}, current.cards),
      }),
    },
  ),
);

/** Reads the stored lessons and cards (after loading the validator). Call once at start. */
export async function hydrateStudyRecords(): Promise<void> {
  validators ??= await import('../lib/studyRecordsValidation.ts');
  await Promise.all([useLessons.persist.rehydrate(), useCards.persist.rehydrate()]);
}

/** The study records as plain JSON, for the user-data export: `{ lessons, cards }`. */
export function exportRecords(): { lessons: Lesson[]; cards: CardRecord[] } {
  return { lessons: [...useLessons.getState().lessons], cards: Object.values(useCards.getState().cards) };
}

/** What an import did: how many records it took and how many it refused, or why it refused all. */
export type ImportRecordsResult =
  { ok: true; lessons: number; cards: number; rejected: number } | { ok: false; reason: 'notRecords' | 'unknownPoints'; codes?: string };

/**
 * Takes study records from an import (the `{ lessons, cards }` shape `exportRecords` makes). Every record is
 * validated; nothing changes when the whole is refused (not that shape, or naming points the atlas lacks).
 */
export async function importRecords(records: unknown, knownCodes: ReadonlySet<string>): Promise<ImportRecordsResult> {
  validators ??= await import('../lib/studyRecordsValidation.ts');
  if (typeof records !== 'object' || records === null) return { ok: false, reason: 'notRecords' };
  const { lessons: rawLessons, cards: rawCards } = records as { lessons?: unknown; cards?: unknown };
  if ((rawLessons !== undefined && !Array.isArray(rawLessons)) || (rawCards !== undefined && !Array.isArray(rawCards)))
    return { ok: false, reason: 'notRecords' };
  const lessons = validators.validLessons(rawLessons ?? []);
  const cards = validators.validCards(rawCards ?? []);
  const unknown = [
    ...new Set(
      [...lessons.lessons.flatMap((l) => l.steps.map((s) => s.code)), ...Object.values(cards.cards).map((c) => c.code)].filter((c) => !knownCodes.has(c)),
    ),
  ];
  if (unknown.length) return { ok: false, reason: 'unknownPoints', codes: unknown.slice(0, 5).join(', ') };
  useLessons.setState({ lessons: unionLessons(useLessons.getState().lessons, lessons.lessons) });
  useCards.setState({ cards: unionCards(useCards.getState().cards, cards.cards) });
  return { ok: true, lessons: lessons.lessons.length, cards: Object.keys(cards.cards).length, rejected: lessons.rejected + cards.rejected };
}
