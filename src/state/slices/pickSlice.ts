import type { StateCreator } from 'zustand';
import type { AtlasState, PickSlice } from '../types.ts';

export const initialPickState = {
  pick: null,
  pickHighlight: null,
} satisfies Partial<PickSlice>;

/** The chooser for an ambiguous click: the scene fills it, the DOM lists it, choosing selects (and never flies). */
export const createPickSlice: StateCreator<AtlasState, [], [], PickSlice> = (set, get) => ({
  ...initialPickState,
  openPick: (pick) => set({ pick, pickHighlight: null }),
  choosePick: (candidate) => {
    set({ pick: null, pickHighlight: null });
    get().selectPoint(candidate.code, candidate.side === 'midline' ? {} : { side: candidate.side });
  },
  closePick: () => set({ pick: null, pickHighlight: null }),
  setPickHighlight: (pickHighlight) => set({ pickHighlight }),
});
