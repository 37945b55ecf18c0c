import type { StateCreator } from 'zustand';
import type { AtlasState, SearchSlice } from '../types.ts';

export const initialSearchState = {
  searchHighlights: [],
} satisfies Partial<SearchSlice>;

/** The points the current search matches, lit up on the body. */
export const createSearchSlice: StateCreator<AtlasState, [], [], SearchSlice> = (set, get) => ({
  ...initialSearchState,
  setSearchHighlights: (codes) => {
    const now = get().searchHighlights;
    if (codes.length === now.length && codes.every((c, i) => c === now[i])) return;
    set({ searchHighlights: codes });
  },
});
