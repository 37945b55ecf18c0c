/**
 * Every localStorage key the atlas writes, in one place (the offline worker's caches are named apart). Tools that
 * seed a browser (the README screenshots) read them from here too.
 */
export const storageKeys = {
  /** the interface language last chosen */
  language: 'acupoint-atlas:language',
  /** notes, favourites and quiz history (state/userData.ts) */
  userData: 'acupoint-atlas:user-data',
  /** records that could not be read, kept raw (with why) so the user can export them */
  setAside: 'acupoint-atlas:user-data:set-aside',
  /** prefix of the copy of data a newer atlas wrote, taken before this build first writes over it (`…:v2`) */
  newerCopyPrefix: 'acupoint-atlas:user-data:copy-of',
  /** lessons (state/studyRecords.ts) */
  lessons: 'acupoint-atlas:lessons',
  /** review cards (state/studyRecords.ts) */
  cards: 'acupoint-atlas:cards',
  /** the gesture hint was dismissed once and is not shown again */
  gestureHint: 'acupoint-atlas:gesture-hint-dismissed',
} as const;
