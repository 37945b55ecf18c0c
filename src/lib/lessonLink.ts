import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { newLessonId, type Lesson } from './lessons.ts';
import { firstIssue, lessonFileSchema, lessonLinkSchema, lessonSchema, type LessonRefusal } from './studySchemas.ts';

export { lessonLinkParam } from './lessonLinkParam.ts';

export type LessonResult = { readonly ok: true; readonly lesson: Lesson } | ({ readonly ok: false } & LessonRefusal);

/** A lesson as the value of `?lesson=`: its title and steps, JSON compressed with lz-string (URL-safe, no server). */
export function encodeLessonLink(lesson: Lesson): string {
  return compressToEncodedURIComponent(JSON.stringify({ v: 1, title: lesson.title, steps: lesson.steps }));
}

const unknownCodes = (lesson: { steps: readonly { code: string }[] }, knownCodes: ReadonlySet<string>): string[] => [
  ...new Set(lesson.steps.map((s) => s.code).filter((c) => !knownCodes.has(c))),
];

/**
 * Reads a `?lesson=` value back into a new lesson (a fresh id, dated now). Refuses with a reason, never throws:
 * not decodable, malformed, or naming points the atlas does not have.
 */
export function decodeLessonLink(value: string, knownCodes: ReadonlySet<string>, now: Date = new Date()): LessonResult {
  let json: unknown;
  try {
    const text = decompressFromEncodedURIComponent(value);
    if (!text) return { ok: false, reason: 'badLink' };
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'badLink' };
  }
  const parsed = lessonLinkSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'malformed', ...firstIssue(parsed.error) };
  const unknown = unknownCodes(parsed.data, knownCodes);
  if (unknown.length) return { ok: false, reason: 'unknownPoints', codes: unknown.slice(0, 5).join(', ') };
  const at = now.toISOString();
  return { ok: true, lesson: { id: newLessonId(now), title: parsed.data.title, steps: parsed.data.steps, createdAt: at, updatedAt: at } };
}

/** A lesson as a downloadable JSON file. */
export function formatLessonFile(lesson: Lesson): string {
  return `${JSON.stringify({ app: 'acupoint-atlas', kind: 'lesson', schemaVersion: 1, lesson }, null, 2)}\n`;
}

/** Reads a lesson file; refuses with a reason (never throws) when it is not JSON, not a lesson, of another version, malformed, or names unknown points. */
export function parseLessonFile(text: string, knownCodes: ReadonlySet<string>): LessonResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as { app?: unknown; kind?: unknown; schemaVersion?: unknown };
  if (head.app !== 'acupoint-atlas' || head.kind !== 'lesson') return { ok: false, reason: 'notLesson' };
  if (head.schemaVersion !== 1) return { ok: false, reason: 'version', found: String(head.schemaVersion) };
  const parsed = lessonFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'malformed', ...firstIssue(parsed.error) };
  const unknown = unknownCodes(parsed.data.lesson, knownCodes);
  if (unknown.length) return { ok: false, reason: 'unknownPoints', codes: unknown.slice(0, 5).join(', ') };
  return { ok: true, lesson: parsed.data.lesson };
}

/** Validates stored or imported lesson records one by one: the good ones, and how many were set aside. */
export function validLessons(records: unknown): { lessons: Lesson[]; rejected: number } {
  const list = Array.isArray(records) ? records : [];
  const lessons: Lesson[] = [];
  for (const r of list) {
    const parsed = lessonSchema.safeParse(r);
    if (parsed.success) lessons.push(parsed.data);
  }
  return { lessons, rejected: list.length - lessons.length };
}
