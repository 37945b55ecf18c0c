import { createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import type { z } from 'zod';
import type { StudyGrade } from './grading.ts';
import type { cardRecordSchema } from './studySchemas.ts';

/**
 * Spaced repetition with FSRS (ts-fsrs): every point is a card in two directions, "find" (put it on the body) and
 * "name" (say which point is shown). A card record is plain JSON (dates as ISO strings) so it can be stored,
 * exported and validated; this module turns it into a ts-fsrs card and back.
 */
export type CardRecord = z.infer<typeof cardRecordSchema>;
export type CardDirection = CardRecord['direction'];
export type CardSide = CardRecord['side'];

// No fuzz: the same answers at the same times give the same schedule (tests and users alike).
const scheduler = fsrs({ enable_fuzz: false });

/** The id of a point's card in one direction: `find:ST36`. Left and right are mirror images, so one card covers both. */
export const cardIdOf = (direction: CardDirection, code: string): string => `${direction}:${code}`;

/** A card never reviewed, due now. */
export function newCardRecord(code: string, side: CardSide, direction: CardDirection, now: Date): CardRecord {
  return { id: cardIdOf(direction, code), code, side, direction, ...fromFsrs(createEmptyCard(now)), answered: 0, correct: 0, errorCunSum: 0, finds: 0 };
}

function fromFsrs(card: Card) {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

function toFsrs(r: CardRecord, now: Date): Card {
  const last = r.lastReview ? new Date(r.lastReview) : undefined;
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: last ? Math.max(0, Math.floor((now.getTime() - last.getTime()) / 86_400_000)) : 0,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    ...(last ? { last_review: last } : {}),
  };
}

/** What one answer measured. */
export interface AnswerOutcome {
  readonly grade: StudyGrade;
  readonly correct: boolean;
  /** for "find": how far from the true point, in cun */
  readonly errorCun?: number;
  readonly side?: CardSide;
}

/** The card after an answer at `now`: rescheduled by FSRS, with its running totals updated. */
export function reviewCard(record: CardRecord, outcome: AnswerOutcome, now: Date): CardRecord {
  const next = scheduler.next(toFsrs(record, now), now, outcome.grade).card;
  const { lastErrorCun: _drop, ...rest } = record;
  return {
    ...rest,
    ...fromFsrs(next),
    side: outcome.side ?? record.side,
    lastCorrect: outcome.correct,
    ...(outcome.errorCun !== undefined ? { lastErrorCun: outcome.errorCun } : {}),
    answered: record.answered + 1,
    correct: record.correct + (outcome.correct ? 1 : 0),
    errorCunSum: record.errorCunSum + (outcome.errorCun ?? 0),
    finds: record.finds + (outcome.errorCun !== undefined ? 1 : 0),
  };
}

/** Whether a card is due by the end of the day that contains `now` (local time). */
export function isDueToday(record: CardRecord, now: Date): boolean {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  return new Date(record.due).getTime() <= endOfDay.getTime();
}

/** FSRS state "review": the card has left the learning steps. */
export const isLearned = (record: CardRecord): boolean => record.state === 2;

/** Study figures for one group of cards (a channel). */
export interface DeckStats {
  readonly cards: number;
  readonly due: number;
  readonly learned: number;
  /** share of right answers, 0–1; null before any answer */
  readonly accuracy: number | null;
  /** mean error of "find" answers in cun; null before any */
  readonly meanErrorCun: number | null;
}

/** Figures per group (e.g. per channel) over the cards, in the order the groups first appear in `groups`. */
export function statsBy(records: readonly CardRecord[], groupOf: (code: string) => string, now: Date, groups: readonly string[]): Map<string, DeckStats> {
  const acc = new Map<string, { cards: number; due: number; learned: number; answered: number; correct: number; err: number; finds: number }>();
  for (const g of groups) acc.set(g, { cards: 0, due: 0, learned: 0, answered: 0, correct: 0, err: 0, finds: 0 });
  for (const r of records) {
    const a = acc.get(groupOf(r.code));
    if (!a) continue;
    a.cards += 1;
    if (isDueToday(r, now)) a.due += 1;
    if (isLearned(r)) a.learned += 1;
    a.answered += r.answered;
    a.correct += r.correct;
    a.err += r.errorCunSum;
    a.finds += r.finds;
  }
  return new Map(
    [...acc].map(([g, a]) => [
      g,
      { cards: a.cards, due: a.due, learned: a.learned, accuracy: a.answered ? a.correct / a.answered : null, meanErrorCun: a.finds ? a.err / a.finds : null },
    ]),
  );
}
