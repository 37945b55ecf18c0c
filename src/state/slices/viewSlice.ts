import type { StateCreator } from 'zustand';
import { htmlLangOf, loadLanguage } from '../../i18n/index.ts';
import { useAppStatus } from '../appStatus.ts';
import type { AtlasState, ViewSlice } from '../types.ts';
import { storageKeys } from '../../lib/storageKeys.ts';

/** localStorage key of the remembered interface language. */

export const initialViewState = {
  language: 'en',
  drawer: null,
  showMeridians: false,
  showMarkers: true,
  showRuler: true,
  showNeedle: true,
  showLandmarks: false,
  flowPlaying: true,
} satisfies Partial<ViewSlice>;

/** Language, drawers and the layers drawn over the body. */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => ({
  ...initialViewState,
  setLanguage: async (language) => {
    try {
      await loadLanguage(language);
    } catch {
      // Reported with Retry (StatusBanners); the interface stays in the language it had.
      useAppStatus.setState({ languageFailed: language });
      return;
    }
    useAppStatus.setState({ languageFailed: null });
    set({ language });
    document.documentElement.lang = htmlLangOf(language);
    try {
      localStorage.setItem(storageKeys.language, language);
    } catch {
      // private mode: the choice lasts for this visit only
    }
    // The words of an open point follow the language.
    if (get().selectedCode || get().loadedTextLanguages.length) void get().ensurePointTexts();
  },
  setDrawer: (drawer) => set({ drawer }),
  setLayer: (layer, on) => set({ [layer]: on }),
  setFlowPlaying: (flowPlaying) => set({ flowPlaying }),
});
