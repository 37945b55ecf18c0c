import type { StateCreator } from 'zustand';
import type { AtlasState, ModeSlice } from '../types.ts';

export const initialModeState = {
  mode: 'explore',
  notice: null,
} satisfies Partial<ModeSlice>;

/** The mode (explore, quiz, present) and the one message shown to the user. */
export const createModeSlice: StateCreator<AtlasState, [], [], ModeSlice> = (set) => ({
  ...initialModeState,
  setMode: (mode) => set({ mode }),
  setNotice: (notice) => set({ notice }),
});
