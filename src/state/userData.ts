import { create } from 'zustand';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { emptyUserData, mergeUserData, type QuizRecord, type UserData } from '../lib/userDataModel.ts';

export const userDataStorageKey = 'acupoint-atlas:user-data';

interface UserDataState {
  data: UserData;
  setNote: (code: string, text: string) => void;
  toggleFavourite: (code: string) => void;
  addQuizRecord: (record: QuizRecord) => void;
  /** The data as a downloadable JSON text. */
  exportText: () => string;
  /** Imports a file's text; on failure returns the reason and changes nothing. */
  importText: (text: string) => Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Reads what an earlier visit stored (validated; a damaged store is set aside, not trusted). */
  hydrate: () => Promise<void>;
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
    data: emptyUserData,
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
    importText: async (text) => {
      const { parseUserDataFile } = await import('../lib/userDataFile.ts');
      const result = parseUserDataFile(text, new Set(pointFactsByCode.keys()));
      if (!result.ok) return result;
      update(mergeUserData(get().data, result.data));
      return { ok: true };
    },
    hydrate: async () => {
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(userDataStorageKey);
      } catch {
        return;
      }
      if (!raw) return;
      const { parseUserDataFile } = await import('../lib/userDataFile.ts');
      const result = parseUserDataFile(raw, new Set(pointFactsByCode.keys()));
      // Anything typed before hydration finished is kept on top of what was stored.
      if (result.ok) set({ data: mergeUserData(result.data, get().data) });
    },
  };
});
