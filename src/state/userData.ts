import { create } from 'zustand';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { exportRecords, forgetStudyImport, undoStudyImport, type StudyImportPlan } from './studyRecords.ts';
import { storageKeys } from '../lib/storageKeys.ts';
import {
  changesBetween,
  emptyUserData,
  hasChanges,
  noChanges,
  patchStoredUserData,
  planImport,
  readUserData,
  userDataApp,
  userDataLimits,
  type ImportMode,
  type ImportPlan,
  type PendingChanges,
  type QuizRecord,
  type SetAsideRecord,
  type UserData,
} from '../lib/userDataModel.ts';

/** Why the browser did not keep what was written. */
export type SaveProblem = 'full' | 'blocked' | 'unconfirmed';
export type SaveStatus = { readonly state: 'saved' } | { readonly state: 'failed'; readonly problem: SaveProblem };

/** Told once: what an earlier visit stored that this visit could not read and set aside. */
export interface SetAsideNotice {
  readonly count: number;
  /** the stored data came from a newer version of the atlas (its number) */
  readonly newerVersion: number | null;
}

/** The last import, for its Undo and its summary. */
export interface LastImport {
  readonly before: UserData;
  readonly mode: ImportMode;
  readonly plan: Omit<ImportPlan, 'data'>;
  /** the lessons and review cards it merged, when the file had any */
  readonly study: Omit<StudyImportPlan, 'lessons' | 'cards'> | null;
}

interface UserDataState {
  data: UserData;
  /** whether the last write reached storage; a failure stays until a write succeeds */
  save: SaveStatus;
  setAsideNotice: SetAsideNotice | null;
  /** something was set aside (on this or an earlier visit), so it can be exported */
  hasSetAside: boolean;
  lastImport: LastImport | null;
  setNote: (code: string, text: string) => void;
  toggleFavourite: (code: string) => void;
  addQuizRecord: (record: QuizRecord) => void;
  /** The data, with the lessons and review cards, as a downloadable JSON text. */
  exportText: () => string;
  /** What was set aside (and any copy of a newer version's data) as a downloadable JSON text. */
  setAsideText: () => string;
  /** Combines a read import with what is kept; on a failed write changes nothing and says why. */
  /** `study` is the lessons and cards already merged with this import (`applyStudyImport`), undone with it. */
  applyImport: (incoming: UserData, mode: ImportMode, study?: StudyImportPlan | null) => { ok: true } | { ok: false; problem: SaveProblem };
  undoImport: () => void;
  dismissImport: () => void;
  dismissSetAside: () => void;
}

let known: ReadonlySet<string> | null = null;
const knownCodes = () => (known ??= new Set(pointFactsByCode.keys()));

/** Why the browser refused a write. */
export function problemOf(e: unknown): SaveProblem {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22) ? 'full' : 'blocked';
}

function readKey(key: string): { ok: true; text: string | null } | { ok: false; problem: SaveProblem } {
  try {
    return { ok: true, text: localStorage.getItem(key) };
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

/** Writes and reads back: a write that did not stick is a failure too. */
function writeKey(key: string, text: string): SaveProblem | null {
  try {
    localStorage.setItem(key, text);
    return localStorage.getItem(key) === text ? null : 'unconfirmed';
  } catch (e) {
    return problemOf(e);
  }
}

function parse(text: string | null): { json: unknown; ok: boolean } {
  if (text === null) return { json: null, ok: true };
  try {
    return { json: JSON.parse(text), ok: true };
  } catch {
    return { json: null, ok: false };
  }
}

interface SetAsideFile {
  app: typeof userDataApp;
  kind: 'set-aside';
  items: (SetAsideRecord & { at: string })[];
}

/** Adds records to the set-aside store; returns how many were new, or the problem if it could not be written. */
function keepAside(records: readonly SetAsideRecord[]): number | SaveProblem {
  if (!records.length) return 0;
  const stored = readKey(storageKeys.setAside);
  if (!stored.ok) return stored.problem;
  const { json } = parse(stored.text);
  const file: SetAsideFile = { app: userDataApp, kind: 'set-aside', items: [] };
  if (typeof json === 'object' && json !== null && Array.isArray((json as SetAsideFile).items)) file.items = [...(json as SetAsideFile).items];
  // A list entry is known by its content (its index moves when the list is written); a note by its code too.
  const id = (r: SetAsideRecord) => JSON.stringify(r.where === 'notes' ? [r.where, r.key, r.raw] : [r.where, r.raw]);
  const seen = new Set(file.items.map(id));
  const at = new Date().toISOString();
  let added = 0;
  for (const r of records) {
    if (seen.has(id(r))) continue;
    seen.add(id(r));
    file.items.push({ ...r, at });
    added++;
  }
  if (!added) return 0;
  return writeKey(storageKeys.setAside, JSON.stringify(file)) ?? added;
}

// This tab's changes not yet written, record by record.
let pending: PendingChanges = noChanges();
let timer: ReturnType<typeof setTimeout> | null = null;
let hydrated = false;
/** Stored data this build must not write over: unreadable or newer, and its copy could not be kept. */
let writeBlocked: SaveProblem | null = null;

/** Notes, favourites and quiz history: kept in this browser record by record, with export and import. */
export const useUserData = create<UserDataState>()((set, get) => {
  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flushUserData, delay);
  };
  return {
    data: emptyUserData,
    save: { state: 'saved' },
    setAsideNotice: null,
    hasSetAside: false,
    lastImport: null,
    setNote: (code, text) => {
      if (!knownCodes().has(code)) return;
      hydrateUserData();
      const notes = { ...get().data.notes };
      const kept = text.slice(0, userDataLimits.noteChars);
      if (kept.trim()) notes[code] = kept;
      else delete notes[code];
      pending.notes.add(code);
      set({ data: { ...get().data, notes } });
      schedule(300);
    },
    toggleFavourite: (code) => {
      if (!knownCodes().has(code)) return;
      hydrateUserData();
      const { favourites } = get().data;
      const next = favourites.includes(code) ? favourites.filter((c) => c !== code) : [...favourites, code].slice(-userDataLimits.favourites);
      pending.favourites.add(code);
      set({ data: { ...get().data, favourites: next } });
      flushUserData();
    },
    addQuizRecord: (record) => {
      hydrateUserData();
      // a rolling window: the oldest rounds go first, so the history never grows past what the reader accepts
      const quizHistory = [...get().data.quizHistory, record].slice(-userDataLimits.quizWindow);
      pending.quiz.push(record);
      set({ data: { ...get().data, quizHistory } });
      flushUserData();
    },
    // Lessons and review cards travel in the same file, under `study`, so one export keeps everything.
    exportText: () => `${JSON.stringify({ ...get().data, study: exportRecords() }, null, 2)}\n`,
    setAsideText: () => {
      const copies: Record<string, string> = {};
      let items: unknown = [];
      try {
        items = (parse(localStorage.getItem(storageKeys.setAside)).json as SetAsideFile | null)?.items ?? [];
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (key?.startsWith(storageKeys.newerCopyPrefix)) copies[key] = localStorage.getItem(key) ?? '';
        }
      } catch {
        // storage blocked: nothing to export beyond what is in memory
      }
      return `${JSON.stringify({ app: userDataApp, kind: 'set-aside', items, newerVersionCopies: copies }, null, 2)}\n`;
    },
    applyImport: (incoming, mode, study = null) => {
      hydrateUserData();
      const saveBefore = get().save;
      const first = flushUserData();
      if (first) return { ok: false, problem: first };
      const before = get().data;
      const { data, ...plan } = planImport(before, incoming, mode);
      pending = changesBetween(before, data);
      set({ data });
      const problem = flushUserData();
      if (problem) {
        // nothing of the import is kept: say so, and show what is really stored
        pending = noChanges();
        set({ data: before, save: saveBefore });
        return { ok: false, problem };
      }
      // The banner needs only the counts, not the merged records.
      let studyCounts: LastImport['study'] = null;
      if (study) {
        const { lessons: _lessons, cards: _cards, ...counts } = study;
        studyCounts = counts;
      } else forgetStudyImport(); // an import without study records has nothing of them to undo
      set({ lastImport: { before, mode, plan, study: studyCounts } });
      return { ok: true };
    },
    undoImport: () => {
      const last = get().lastImport;
      if (!last) return;
      flushUserData();
      pending = changesBetween(get().data, last.before);
      set({ data: last.before, lastImport: null });
      flushUserData();
      undoStudyImport();
    },
    dismissImport: () => {
      forgetStudyImport();
      set({ lastImport: null });
    },
    dismissSetAside: () => set({ setAsideNotice: null }),
  };
});

/**
 * Writes this tab's changed records into what is stored now (another tab may have written since), then shows the
 * merged result. Returns the problem when the browser did not keep it; the changes stay pending and are retried.
 */
export function flushUserData(): SaveProblem | null {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!hasChanges(pending)) return null;
  const { setState, getState } = useUserData;
  const fail = (problem: SaveProblem) => {
    setState({ save: { state: 'failed', problem } });
    return problem;
  };
  if (writeBlocked) return fail(writeBlocked);
  const stored = readKey(storageKeys.userData);
  if (!stored.ok) return fail(stored.problem);
  const { json } = parse(stored.text);
  const out = patchStoredUserData(json, getState().data, pending);
  const text = JSON.stringify(out);
  const problem = writeKey(storageKeys.userData, text);
  if (problem) return fail(problem);
  pending = noChanges();
  setState({ data: readUserData(out, knownCodes()).data, save: { state: 'saved' } });
  return null;
}

/** Shows what is stored now (another tab wrote), keeping this tab's unwritten changes on top. */
function reloadFromStorage(): void {
  if (hasChanges(pending)) {
    flushUserData();
    if (!hasChanges(pending)) return;
  }
  const stored = readKey(storageKeys.userData);
  if (!stored.ok) return;
  const { json, ok } = parse(stored.text);
  if (ok) useUserData.setState({ data: readUserData(json, knownCodes()).data });
}

/**
 * Reads what earlier visits stored, synchronously, before anything can be written. Records that cannot be read are
 * copied aside (and the user told once); data of a newer version is copied before this build first writes over it.
 */
export function hydrateUserData(): void {
  if (hydrated) return;
  hydrated = true;
  const { setState } = useUserData;
  try {
    if (typeof localStorage === 'undefined') return; // Node (tests)
  } catch {
    // the getter itself throws when storage is blocked: readKey reports it below
  }
  const stored = readKey(storageKeys.userData);
  if (!stored.ok) {
    setState({ save: { state: 'failed', problem: stored.problem } });
    return;
  }
  const asideBefore = readKey(storageKeys.setAside);
  const hadSetAside = asideBefore.ok && Boolean(asideBefore.text);
  if (!stored.text) {
    setState({ hasSetAside: hadSetAside });
    return;
  }
  const { json, ok } = parse(stored.text);
  const read = readUserData(json, knownCodes());
  const notOurs = !ok || typeof json !== 'object' || json === null || (json as { app?: unknown }).app !== userDataApp;
  const aside: SetAsideRecord[] = notOurs ? [{ where: 'whole', key: '', problem: 'notJson', raw: stored.text }] : [...read.setAside];
  let newCopy = false;
  if (read.newer) {
    const key = `${storageKeys.newerCopyPrefix}:v${read.version}`;
    const copy = readKey(key);
    if (copy.ok && copy.text === null) {
      const problem = writeKey(key, stored.text);
      if (problem) writeBlocked = problem;
      else newCopy = true;
    } else if (!copy.ok) writeBlocked = copy.problem;
  }
  const added = keepAside(aside);
  // Unreadable stored data is only written over once its copy is safe.
  if (typeof added !== 'number' && notOurs) writeBlocked = added;
  const count = typeof added === 'number' ? added : aside.length;
  setState({
    data: read.data,
    hasSetAside: hadSetAside || (typeof added === 'number' && added > 0) || newCopy,
    setAsideNotice: count > 0 || newCopy ? { count, newerVersion: read.newer ? read.version : null } : null,
    ...(writeBlocked ? { save: { state: 'failed', problem: writeBlocked } as const } : {}),
  });
}

/** Keeps tabs in step and writes pending changes before the page goes away. */
export function startUserDataSync(): void {
  hydrateUserData();
  window.addEventListener('storage', (e) => {
    if (e.key === storageKeys.userData || e.key === null) reloadFromStorage();
  });
  window.addEventListener('pagehide', () => flushUserData());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushUserData();
  });
}
