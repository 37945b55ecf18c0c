import type { StateCreator } from 'zustand';
import { addCompared } from '../../lib/compare.ts';
import type { AtlasState, CompareSlice } from '../types.ts';

export const initialCompareState = {
  compared: [],
} satisfies Partial<CompareSlice>;

/** The two or three points being compared: the Compare panel lists them, the body colours them. */
export const createCompareSlice: StateCreator<AtlasState, [], [], CompareSlice> = (set, get) => ({
  ...initialCompareState,
  addCompared: (code) => set({ compared: addCompared(get().compared, code) }),
  removeCompared: (code) => set({ compared: get().compared.filter((c) => c !== code) }),
  setCompared: (codes) => set({ compared: [...new Set(codes)].slice(0, 3) }),
  clearCompared: () => set({ compared: [] }),
});
