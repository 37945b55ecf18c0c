import { z } from 'zod';
import { lessonLimits } from './lessons.ts';

/**
 * Schemas of the study records (lessons and review cards) as they are stored, linked, exported and imported.
 * Loaded on demand, like the user-data validator, so zod stays out of the first load.
 */

const finite = z.number().refine(Number.isFinite, 'not a finite number');

export const lessonStepSchema = z.strictObject({
  code: z.string().min(2).max(20),
  side: z.enum(['left', 'right', 'midline']).optional(),
  view: z.tuple([finite, finite, finite, finite, finite, finite]).optional(),
  layers: z.strictObject({ meridians: z.boolean().optional(), ruler: z.boolean().optional(), needle: z.boolean().optional() }).optional(),
  note: z.string().max(lessonLimits.note).optional(),
});

export const lessonSchema = z.strictObject({
  id: z.string().min(1).max(40),
  title: z.string().max(lessonLimits.title),
  steps: z.array(lessonStepSchema).min(1).max(lessonLimits.steps),
  createdAt: z.string().min(10).max(40),
  updatedAt: z.string().min(10).max(40),
});

/** One review card: a point (and side) asked in one direction, with its FSRS memory state and the last result. */
export const cardRecordSchema = z.strictObject({
  id: z.string().min(3).max(40),
  code: z.string().min(2).max(20),
  side: z.enum(['left', 'right', 'midline']),
  direction: z.enum(['find', 'name']),
  due: z.string().min(10).max(40),
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  scheduledDays: z.number().min(0),
  learningSteps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: z.string().min(10).max(40).optional(),
  /** the last answer: right or wrong, and for "find" the error in cun */
  lastCorrect: z.boolean().optional(),
  lastErrorCun: z.number().min(0).optional(),
  /** running totals for the stats */
  answered: z.number().int().min(0),
  correct: z.number().int().min(0),
  errorCunSum: z.number().min(0),
  finds: z.number().int().min(0),
});

/** A lesson file (one lesson) as exported and imported. */
export const lessonFileSchema = z.strictObject({
  app: z.literal('acupoint-atlas'),
  kind: z.literal('lesson'),
  schemaVersion: z.literal(1),
  lesson: lessonSchema,
});

/** The compact payload a lesson link carries (no id or dates: the receiver makes its own copy). */
export const lessonLinkSchema = z.strictObject({
  v: z.literal(1),
  title: z.string().max(lessonLimits.title),
  steps: z.array(lessonStepSchema).min(1).max(lessonLimits.steps),
});

/** Why a lesson (link, file or stored record) was refused; the words come from the strings. */
export type LessonRefusal =
  | { readonly reason: 'notJson' }
  | { readonly reason: 'notLesson' }
  | { readonly reason: 'version'; readonly found: string }
  | { readonly reason: 'malformed'; readonly at: string; readonly detail: string }
  | { readonly reason: 'unknownPoints'; readonly codes: string }
  | { readonly reason: 'badLink' };

/** The first problem zod found, as a place and a short detail. */
export function firstIssue(error: z.ZodError): { at: string; detail: string } {
  const issue = error.issues[0];
  return { at: issue?.path.join('.') || '-', detail: issue?.message ?? '?' };
}
