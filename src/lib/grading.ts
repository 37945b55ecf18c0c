/**
 * Grades for spaced repetition, from what was measured: the error in cun for "find", correctness and speed for
 * "name". The numbers follow the FSRS grades: 1 again, 2 hard, 3 good, 4 easy.
 */
export type StudyGrade = 1 | 2 | 3 | 4;

/** Error bounds in cun: within `easy` is exact, within `good` well placed, within `hard` acceptable, beyond is wrong. */
export const findGradeBounds = { easy: 0.25, good: 0.5, hard: 1 } as const;

/** A "find" answer's grade from its distance to the true point, in cun of the region. */
export function gradeFind(errorCun: number): StudyGrade {
  if (!Number.isFinite(errorCun) || errorCun < 0) return 1;
  if (errorCun <= findGradeBounds.easy) return 4;
  if (errorCun <= findGradeBounds.good) return 3;
  if (errorCun <= findGradeBounds.hard) return 2;
  return 1;
}

/** Seconds under which a right "name" answer is easy, good; slower ones are hard. */
export const nameGradeSeconds = { easy: 4, good: 10 } as const;

/** A "name" answer's grade: wrong is "again"; right is easy, good or hard by how long it took. */
export function gradeName(correct: boolean, elapsedMs: number): StudyGrade {
  if (!correct) return 1;
  const s = elapsedMs / 1000;
  if (s <= nameGradeSeconds.easy) return 4;
  if (s <= nameGradeSeconds.good) return 3;
  return 2;
}

/** Whether a grade counts as a right answer in the stats (hard or better). */
export const gradeIsCorrect = (grade: StudyGrade): boolean => grade >= 2;
