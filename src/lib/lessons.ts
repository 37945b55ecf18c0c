/**
 * Lessons: an ordered list of steps a teacher walks through in present mode. Plain data (no React, no zod here:
 * the schema in `studySchemas.ts` validates what comes from outside and is loaded on demand).
 */

/** A camera view saved with a step: position then target, metres. */
export type SavedView = readonly [number, number, number, number, number, number];

/** The layers a step shows; an absent layer keeps whatever is on. */
export interface StepLayers {
  readonly meridians?: boolean | undefined;
  readonly ruler?: boolean | undefined;
  readonly needle?: boolean | undefined;
}

export interface LessonStep {
  /** WHO code */
  readonly code: string;
  readonly side?: 'left' | 'right' | 'midline' | undefined;
  readonly view?: SavedView | undefined;
  readonly layers?: StepLayers | undefined;
  /** the teacher's note, shown while the step is presented */
  readonly note?: string | undefined;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly LessonStep[];
  /** ISO date-times */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Longest note and title a lesson keeps (a link must stay usable). */
export const lessonLimits = { title: 120, note: 600, steps: 200 } as const;

/** A fresh id for a lesson: time plus randomness, unique enough for one person's browser. */
export function newLessonId(now: Date = new Date(), random: () => number = Math.random): string {
  return `l${now.getTime().toString(36)}${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** A new lesson from a list of points, one step each. */
export function lessonFromCodes(title: string, codes: readonly string[], now: Date = new Date()): Lesson {
  const at = now.toISOString();
  return {
    id: newLessonId(now),
    title: title.slice(0, lessonLimits.title),
    steps: codes.slice(0, lessonLimits.steps).map((code) => ({ code })),
    createdAt: at,
    updatedAt: at,
  };
}

/** The steps with one moved by `delta` places (clamped at the ends). */
export function moveStep(steps: readonly LessonStep[], index: number, delta: number): LessonStep[] {
  const to = Math.max(0, Math.min(steps.length - 1, index + delta));
  const copy = [...steps];
  const [moved] = copy.splice(index, 1);
  if (moved) copy.splice(to, 0, moved);
  return copy;
}

/** The steps without the one at `index`. */
export const removeStep = (steps: readonly LessonStep[], index: number): LessonStep[] => steps.filter((_, i) => i !== index);

/** A step index kept inside the lesson. */
export const clampStep = (lesson: Lesson, index: number): number => Math.max(0, Math.min(lesson.steps.length - 1, index));
