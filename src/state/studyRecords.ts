import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Lesson } from '../lib/lessons.ts';
import type { CardRecord } from '../lib/scheduler.ts';
import type * as StudyRecordsValidation from '../lib/studyRecordsValidation.ts';
import { storageKeys } from '../lib/storageKeys.ts';

/**
 * The study records a user keeps in this browser: lessons and review cards, each kind in its own localStorage key
 * (zustand `persist`, versioned), each record validated by zod when it is read back or imported, one by one, so a
 * damaged record is set aside without losing the others. The validator is loaded on demand (`hydrateStudyRecords`).
 */
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
      name: storageKeys.lessons,
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
      name: storageKeys.cards,
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

/** The study records as plain JSON, for the user-data export (its `study` member): `{ lessons, cards }`. */
export function exportRecords(): StudyRecordsFile {
  return { lessons: [...useLessons.getState().lessons], cards: Object.values(useCards.getState().cards) };
}

/** The `study` member of an export file. */
export interface StudyRecordsFile {
  readonly lessons: readonly Lesson[];
  readonly cards: readonly CardRecord[];
}

/** What importing a file's study records would do. They are always merged: nothing the browser holds is dropped. */
export interface StudyImportPlan {
  readonly lessons: readonly Lesson[];
  readonly cards: Readonly<Record<string, CardRecord>>;
  /** lessons new to this browser, and newer copies of lessons it has */
  readonly lessonsAdded: number;
  readonly lessonsUpdated: number;
  /** cards new to this browser, and cards the file has reviewed more often */
  readonly cardsAdded: number;
  readonly cardsUpdated: number;
  /** records that could not be read, or name points the atlas lacks: left out, the rest is taken */
  readonly setAside: number;
}

/**
 * Reads the study records of an import file record by record (zod), leaving out what is malformed or names a point
 * the atlas lacks, and counts what a merge would change. `null` when the file carries no study records at all.
 */
export async function planStudyImport(records: unknown, knownCodes: ReadonlySet<string>): Promise<StudyImportPlan | null> {
  if (records === undefined) return null;
  validators ??= await import('../lib/studyRecordsValidation.ts');
  const { lessons: rawLessons, cards: rawCards } = typeof records === 'object' && records !== null ? (records as { lessons?: unknown; cards?: unknown }) : {};
  const read = validators.validLessons(rawLessons ?? []);
  const readCards = validators.validCards(rawCards ?? []);
  const lessons = read.lessons.filter((l) => l.steps.every((step) => knownCodes.has(step.code)));
  const cards = Object.fromEntries(Object.entries(readCards.cards).filter(([, c]) => knownCodes.has(c.code)));
  // A study member, or a list in it, that is not the shape an export writes counts as one record set aside.
  const readable =
    typeof records === 'object' &&
    records !== null &&
    (rawLessons === undefined || Array.isArray(rawLessons)) &&
    (rawCards === undefined || (typeof rawCards === 'object' && rawCards !== null));
  const whole = readable ? 0 : 1;
  const setAside =
    whole + read.rejected + readCards.rejected + (read.lessons.length - lessons.length) + (Object.keys(readCards.cards).length - Object.keys(cards).length);
  const mineLessons = new Map(useLessons.getState().lessons.map((l) => [l.id, l]));
  const mineCards = useCards.getState().cards;
  const mergedCards = unionCards(mineCards, cards);
  return {
    lessons,
    cards,
    lessonsAdded: lessons.filter((l) => !mineLessons.has(l.id)).length,
    lessonsUpdated: lessons.filter((l) => (mineLessons.get(l.id)?.updatedAt ?? l.updatedAt) < l.updatedAt).length,
    cardsAdded: Object.keys(cards).filter((id) => !(id in mineCards)).length,
    cardsUpdated: Object.keys(cards).filter((id) => id in mineCards && mergedCards[id] !== mineCards[id]).length,
    setAside,
  };
}

/** What the browser held before the last study import, for its Undo. */
let beforeLastImport: { lessons: readonly Lesson[]; cards: Readonly<Record<string, CardRecord>> } | null = null;

/** Merges planned study records into what is kept. On a failed write nothing changes and the error is rethrown. */
export function applyStudyImport(plan: StudyImportPlan): void {
  const before = { lessons: useLessons.getState().lessons, cards: useCards.getState().cards };
  try {
    useLessons.setState({ lessons: unionLessons(before.lessons, plan.lessons) });
    useCards.setState({ cards: unionCards(before.cards, plan.cards) });
  } catch (e) {
    useLessons.setState({ lessons: before.lessons });
    useCards.setState({ cards: before.cards });
    throw e;
  }
  beforeLastImport = before;
}

/** Puts back the lessons and cards the last study import changed. */
export function undoStudyImport(): void {
  if (!beforeLastImport) return;
  useLessons.setState({ lessons: beforeLastImport.lessons });
  useCards.setState({ cards: beforeLastImport.cards });
  beforeLastImport = null;
}

/** Forgets the last study import (its banner was dismissed, or a later import took its place). */
export function forgetStudyImport(): void {
  beforeLastImport = null;
}
