import { create } from 'zustand';
import { addCompared } from '../lib/compare.ts';

interface CompareState {
  /** codes of the compared points, two or three, in the order they were added */
  codes: readonly string[];
  add: (code: string) => void;
  remove: (code: string) => void;
  set: (codes: readonly string[]) => void;
  clear: () => void;
}

/** The points being compared (shared by the point panel's "Add to compare" and the Compare panel). */
export const useCompare = create<CompareState>()((set, get) => ({
  codes: [],
  add: (code) => set({ codes: addCompared(get().codes, code) }),
  remove: (code) => set({ codes: get().codes.filter((c) => c !== code) }),
  set: (codes) => set({ codes: codes.slice(0, 3) }),
  clear: () => set({ codes: [] }),
}));
