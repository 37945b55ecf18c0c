import type { StateCreator } from 'zustand';
import { sideForSelection } from '../../anatomy/markerIds.ts';
import { loadPointTexts, pointFactsByCode, pointTextsLoaded } from '../../data/pointCatalogue.ts';
import type { AtlasState, SelectionSlice } from '../types.ts';

export const initialSelectionState = {
  selectedCode: null,
  selectedSide: null,
  loadedTextLanguages: [],
} satisfies Partial<SelectionSlice>;

/** The selected point and its texts. Selecting is only that: the camera moves when someone asks it to. */
export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set, get) => ({
  ...initialSelectionState,
  selectPoint: (code, options = {}) => {
    const point = pointFactsByCode.get(code);
    if (!point) {
      set({ notice: { kind: 'error', code: 'unknownPoint', params: { code } } });
      return null;
    }
    const side = sideForSelection(point, options.side, get().selectedSide);
    set({ selectedCode: code, selectedSide: side, notice: null });
    void get().ensurePointTexts();
    return { code, side };
  },
  clearSelection: () => set({ selectedCode: null, selectedSide: null }),
  ensurePointTexts: async () => {
    const language = get().language;
    const markLoaded = () => {
      const loaded = get().loadedTextLanguages;
      const next = [...new Set([...loaded, 'en' as const, language])];
      if (next.length !== loaded.length) set({ loadedTextLanguages: next });
    };
    if (pointTextsLoaded(language)) return markLoaded();
    try {
      await loadPointTexts(language);
      markLoaded();
    } catch {
      set({ notice: { kind: 'error', code: 'pointTextsFailed' } });
    }
  },
});
