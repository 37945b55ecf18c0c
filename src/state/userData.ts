import { create } from 'zustand';
import { pointByCode } from '../data/catalogue.ts';
import { emptyUserData, mergeUserData, parseUserDataFile, userDataSchema, type QuizRecord, type UserData } from '../lib/userDataFile.ts';

export const userDataStorageKey = 'acupoint-atlas:user-data';

interface UserDataState {
  data: UserData;
  setNote: (code: string, text: string) => void;
  toggleFavourite: (code: string) => void;
  addQuizRecord: (record: QuizRecord) => void;
  /** The data as a downloadable JSON text. */
  exportText: () => string;
  /** Imports a file's text; on failure returns the reason and changes nothing. */
  importText: (text: string) => { ok: true } | { ok: false; reason: string };
}

function load(): UserData {
  try {
    const raw = localStorage.getItem(userDataStorageKey);
    if (!raw) return emptyUserData;
    const parsed = userDataSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyUserData;
  } catch {
    return emptyUserData;
  }
}

function save(data: UserData): void {
  try {
    localStorage.setItem(userDataStorageKey, JSON.stringify(data));
  } catch {
    // storage full or disabled: keep working in memory
  }
}

/** Notes, favourites and quiz history: kept in this browser, with export and import. */
export const useUserData = create<UserDataState>()((set, get) => {
  const update = (data: UserData) => {
    save(data);
    set({ data });
  };
  return {
    data: typeof localStorage === 'undefined' ? emptyUserData : load(),
    setNote: (code, text) => {
      const notes = { ...get().data.notes };
      if (text.trim()) notes[code] = text;
      else delete notes[code];
      update({ ...get().data, notes });
    },
    toggleFavourite: (code) => {
      const favourites = get().data.favourites.includes(code) ? get().data.favourites.filter((c) => c !== code) : [...get().data.favourites, code];
      update({ ...get().data, favourites });
    },
    addQuizRecord: (record) => update({ ...get().data, quizHistory: [...get().data.quizHistory, record] }),
    exportText: () => `${JSON.stringify(get().data, null, 2)}\n`,
    importText: (text) => {
      const result = parseUserDataFile(text, new Set(pointByCode.keys()));
      if (!result.ok) return result;
      update(mergeUserData(get().data, result.data));
      return { ok: true };
    },
  };
});
