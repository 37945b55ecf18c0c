import type { StateCreator } from 'zustand';
import type { AtlasState, LayoutSlice } from '../types.ts';

export const initialLayoutState = {
  sheet: 'peek',
  legendOpen: false,
} satisfies Partial<LayoutSlice>;

/** How the interface is laid out around the body: the phone's bottom sheet and the colour legend. */
export const createLayoutSlice: StateCreator<AtlasState, [], [], LayoutSlice> = (set) => ({
  ...initialLayoutState,
  setSheet: (sheet) => set({ sheet }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
});
