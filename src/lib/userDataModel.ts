/**
 * The user's own data (notes, favourites, quiz history): its shape, its limits, and how stored or imported data is
 * read record by record. One bad record is set aside on its own; it never takes the others with it.
 */

/** Version of the user-data format; bump it and add an entry to `migrations` when the shape changes. */
export const userDataSchemaVersion = 1;
export const userDataApp = 'acupoint-atlas';

/** Limits the reader enforces, and the interface enforces at input, so the atlas never writes what it would refuse. */
export const userDataLimits = {
  /** characters in one note (the textarea's maxLength) */
  noteChars: 20_000,
  /** characters in a point code */
  codeChars: 20,
  favourites: 2000,
  /** quiz rounds kept: a rolling window, the oldest go first */
  quizWindow: 1000,
  /** an import file larger than this is refused before it is read */
  fileChars: 20_000_000,
} as const;

export interface QuizRecord {
  /** ISO date-time the round ended */
  readonly at: string;
  readonly kind: 'find' | 'name';
  readonly score: number;
  readonly total: number;
  /** mean distance from the true point in cun, for "find" rounds */
  readonly meanErrorCun?: number;
}

/** What a user keeps in the browser and can export to a file. */
export interface UserData {
  readonly app: typeof userDataApp;
  readonly schemaVersion: number;
  readonly notes: Readonly<Record<string, string>>;
  readonly favourites: readonly string[];
  readonly quizHistory: readonly QuizRecord[];
}

export const emptyUserData: UserData = { app: userDataApp, schemaVersion: userDataSchemaVersion, notes: {}, favourites: [], quizHistory: [] };

/** Why one record was set aside (the UI turns it into words). */
export type RecordProblem = 'unknownPoint' | 'tooLong' | 'notText' | 'malformed' | 'tooMany' | 'notList' | 'notJson';

/** A record that could not be read, kept raw so that nothing is lost. */
export interface SetAsideRecord {
  readonly where: 'notes' | 'favourites' | 'quizHistory' | 'whole';
  /** the note's code, or the index in a list */
  readonly key: string;
  readonly problem: RecordProblem;
  readonly raw: unknown;
}

/** Stored or imported data, read as far as it is understood. */
export interface UserDataRead {
  readonly data: UserData;
  readonly setAside: readonly SetAsideRecord[];
  /** the version the data said it was written by (null when it did not say) */
  readonly version: number | null;
  /** written by a newer atlas: read as far as understood, never overwritten without a copy */
  readonly newer: boolean;
  /** quiz rounds beyond the rolling window, left out (the oldest) */
  readonly beyondWindow: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Forward migrations: `migrations[n]` turns data of version n into version n + 1. Version 0 is data that carried no
 * version at all (the same shape as version 1).
 */
const migrations: Readonly<Record<number, (data: Json) => Json>> = {
  0: (data) => ({ ...data, schemaVersion: 1 }),
};

/** Brings data of an older version up to the current one; newer data is left as it is. */
export function migrateUserData(data: Json): Json {
  let current = data;
  let version = typeof current.schemaVersion === 'number' && Number.isInteger(current.schemaVersion) ? current.schemaVersion : 0;
  while (version < userDataSchemaVersion) {
    const step = migrations[version];
    current = step ? step(current) : { ...current, schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}

/** Reads one quiz record, keeping only the fields this version understands. */
export function readQuizRecord(raw: unknown): QuizRecord | null {
  if (!isObject(raw)) return null;
  const { at, kind, score, total, meanErrorCun } = raw;
  if (typeof at !== 'string' || at.length < 10 || at.length > 40 || !Number.isFinite(Date.parse(at))) return null;
  if (kind !== 'find' && kind !== 'name') return null;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 1 || total > 1000) return null;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > total) return null;
  if (meanErrorCun !== undefined && (typeof meanErrorCun !== 'number' || !Number.isFinite(meanErrorCun) || meanErrorCun < 0)) return null;
  return { at, kind, score, total, ...(meanErrorCun !== undefined ? { meanErrorCun } : {}) };
}

const quizKey = (r: QuizRecord) => `${r.at}|${r.kind}|${r.score}|${r.total}`;

/** Oldest first, each round once, at most the window (the newest kept). */
function windowed(records: readonly QuizRecord[]): { kept: QuizRecord[]; dropped: number } {
  const seen = new Set<string>();
  const unique = records.filter((r) => !seen.has(quizKey(r)) && Boolean(seen.add(quizKey(r))));
  unique.sort((a, b) => a.at.localeCompare(b.at));
  const dropped = Math.max(0, unique.length - userDataLimits.quizWindow);
  return { kept: unique.slice(dropped), dropped };
}

/**
 * Reads stored or imported JSON record by record: every valid note, favourite and quiz round is kept; every invalid
 * one is set aside with its problem. Never throws. `knownCodes` are the atlas's point codes.
 */
export function readUserData(json: unknown, knownCodes: ReadonlySet<string>): UserDataRead {
  const setAside: SetAsideRecord[] = [];
  const root = isObject(json) ? json : {};
  const version = typeof root.schemaVersion === 'number' ? root.schemaVersion : null;
  const data = migrateUserData(root);

  const notes: Record<string, string> = {};
  if (isObject(data.notes)) {
    for (const [code, text] of Object.entries(data.notes)) {
      const problem: RecordProblem | null =
        code.length > userDataLimits.codeChars || !knownCodes.has(code)
          ? 'unknownPoint'
          : typeof text !== 'string'
            ? 'notText'
            : text.length > userDataLimits.noteChars
              ? 'tooLong'
              : null;
      if (problem) setAside.push({ where: 'notes', key: code, problem, raw: text });
      else if ((text as string).trim()) notes[code] = text as string;
    }
  } else if (data.notes !== undefined) setAside.push({ where: 'notes', key: '', problem: 'notList', raw: data.notes });

  const favourites: string[] = [];
  if (Array.isArray(data.favourites)) {
    data.favourites.forEach((code: unknown, i) => {
      const problem: RecordProblem | null =
        typeof code !== 'string' ? 'malformed' : !knownCodes.has(code) ? 'unknownPoint' : favourites.length >= userDataLimits.favourites ? 'tooMany' : null;
      if (problem) setAside.push({ where: 'favourites', key: String(i), problem, raw: code });
      else if (!favourites.includes(code as string)) favourites.push(code as string);
    });
  } else if (data.favourites !== undefined) setAside.push({ where: 'favourites', key: '', problem: 'notList', raw: data.favourites });

  const quiz: QuizRecord[] = [];
  if (Array.isArray(data.quizHistory)) {
    data.quizHistory.forEach((raw: unknown, i) => {
      const record = readQuizRecord(raw);
      if (record) quiz.push(record);
      else setAside.push({ where: 'quizHistory', key: String(i), problem: 'malformed', raw });
    });
  } else if (data.quizHistory !== undefined) setAside.push({ where: 'quizHistory', key: '', problem: 'notList', raw: data.quizHistory });
  const { kept, dropped } = windowed(quiz);

  return {
    data: { app: userDataApp, schemaVersion: userDataSchemaVersion, notes, favourites, quizHistory: kept },
    setAside,
    version,
    newer: version !== null && version > userDataSchemaVersion,
    beyondWindow: dropped,
  };
}

/** What changed in memory since the last write, record by record (so tabs merge per record). */
export interface PendingChanges {
  readonly notes: Set<string>;
  readonly favourites: Set<string>;
  readonly quiz: QuizRecord[];
  /** the whole quiz history is replaced (an import with Replace, or its Undo) */
  quizReplaced: boolean;
}

export const noChanges = (): PendingChanges => ({ notes: new Set(), favourites: new Set(), quiz: [], quizReplaced: false });
export const hasChanges = (c: PendingChanges): boolean => c.notes.size > 0 || c.favourites.size > 0 || c.quiz.length > 0 || c.quizReplaced;

/**
 * Applies this tab's changed records to what is stored now, and returns the JSON to store. Everything else in the
 * stored JSON is kept as it was, including records this version does not understand and fields of a newer version.
 */
export function patchStoredUserData(stored: unknown, memory: UserData, changes: PendingChanges): Json {
  const base: Json = isObject(stored) ? migrateUserData(stored) : {};
  const out: Json = { ...base, app: userDataApp };
  if (typeof out.schemaVersion !== 'number' || out.schemaVersion < userDataSchemaVersion) out.schemaVersion = userDataSchemaVersion;

  const notes: Json = isObject(base.notes) ? { ...base.notes } : {};
  for (const code of changes.notes) {
    const text = memory.notes[code];
    if (text) notes[code] = text;
    else delete notes[code];
  }
  out.notes = notes;

  let favourites: unknown[] = Array.isArray(base.favourites) ? [...(base.favourites as unknown[])] : [];
  for (const code of changes.favourites) {
    favourites = favourites.filter((f) => f !== code);
    if (memory.favourites.includes(code)) favourites.push(code);
  }
  out.favourites = favourites;

  const rawQuiz: unknown[] = Array.isArray(base.quizHistory) ? base.quizHistory : [];
  // Rounds this version cannot read stay as they were; the readable ones are merged, de-duplicated and windowed.
  const unreadable = rawQuiz.filter((r) => readQuizRecord(r) === null);
  const readable = changes.quizReplaced
    ? [...memory.quizHistory]
    : [...rawQuiz.map(readQuizRecord).filter((r): r is QuizRecord => r !== null), ...changes.quiz];
  out.quizHistory = [...unreadable, ...windowed(readable).kept];
  return out;
}

/** How an import is combined with what the browser holds. */
export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  readonly data: UserData;
  readonly notesAdded: number;
  /** existing notes the import would change */
  readonly notesReplaced: number;
  readonly favouritesAdded: number;
  readonly quizAdded: number;
  /** with Replace: existing notes and favourites that the file does not have, and so would go */
  readonly removed: number;
}

/**
 * Merge (the default) adds what is new and, where both have a note, keeps the longer one: an empty or shorter note
 * never erases one. Replace takes the file as it is.
 */
export function planImport(current: UserData, incoming: UserData, mode: ImportMode): ImportPlan {
  let notesAdded = 0;
  let notesReplaced = 0;
  const notes: Record<string, string> = mode === 'merge' ? { ...current.notes } : {};
  for (const [code, text] of Object.entries(incoming.notes)) {
    const existing = current.notes[code];
    if (!text.trim()) continue;
    if (existing === undefined) notesAdded++;
    else if (existing !== text && (mode === 'replace' || text.length > existing.length)) notesReplaced++;
    if (mode === 'replace' || existing === undefined || text.length > existing.length) notes[code] = text;
  }
  const favourites = mode === 'merge' ? [...new Set([...current.favourites, ...incoming.favourites])] : [...incoming.favourites];
  const favouritesAdded = incoming.favourites.filter((c) => !current.favourites.includes(c)).length;
  const known = new Set(current.quizHistory.map(quizKey));
  const quizAdded = incoming.quizHistory.filter((r) => !known.has(quizKey(r))).length;
  const quiz = windowed(mode === 'merge' ? [...current.quizHistory, ...incoming.quizHistory] : [...incoming.quizHistory]).kept;
  const removed =
    mode === 'replace' ? Object.keys(current.notes).filter((c) => !(c in notes)).length + current.favourites.filter((c) => !favourites.includes(c)).length : 0;
  return { data: { ...emptyUserData, notes, favourites, quizHistory: quiz }, notesAdded, notesReplaced, favouritesAdded, quizAdded, removed };
}

/** The changes that turn `before` into `after`, for writing an import or its Undo. */
export function changesBetween(before: UserData, after: UserData): PendingChanges {
  const changes = noChanges();
  for (const code of new Set([...Object.keys(before.notes), ...Object.keys(after.notes)]))
    if (before.notes[code] !== after.notes[code]) changes.notes.add(code);
  for (const code of new Set([...before.favourites, ...after.favourites]))
    if (before.favourites.includes(code) !== after.favourites.includes(code)) changes.favourites.add(code);
  changes.quizReplaced = true;
  return changes;
}

/** Why a whole file is refused before any record is read. */
export type FileProblem = 'tooLarge' | 'notJson' | 'notOurs';

/** Reads an import file: refused as a whole only when it is not an atlas file at all; otherwise read per record. */
export function readUserDataFile(
  text: string,
  knownCodes: ReadonlySet<string>,
): { ok: true; read: UserDataRead; study: unknown } | { ok: false; problem: FileProblem } {
  if (text.length > userDataLimits.fileChars) return { ok: false, problem: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isObject(json) || json.app !== userDataApp) return { ok: false, problem: 'notOurs' };
  // The lessons and review cards (`study`) are read by their own store; they are handed on as they are.
  return { ok: true, read: readUserData(json, knownCodes), study: json.study };
}
