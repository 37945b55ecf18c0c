import { create } from 'zustand';
import { pointTextsLoaded } from '../data/pointCatalogue.ts';
import { createBodySlice, initialBodyState } from './slices/bodySlice.ts';
import { createCameraSlice, initialCameraState } from './slices/cameraSlice.ts';
import { createCompareSlice, initialCompareState } from './slices/compareSlice.ts';
import { createDrillSlice, initialDrillState } from './slices/drillSlice.ts';
import { createLayoutSlice, initialLayoutState } from './slices/layoutSlice.ts';
import { createFilterSlice, initialFilterState } from './slices/filterSlice.ts';
import { createLessonSlice, initialLessonState } from './slices/lessonSlice.ts';
import { createModeSlice, initialModeState } from './slices/modeSlice.ts';
import { createPickSlice, initialPickState } from './slices/pickSlice.ts';
import { createQuizSlice, initialQuizState } from './slices/quizSlice.ts';
import { createSearchSlice, initialSearchState } from './slices/searchSlice.ts';
import { createSelectionSlice, initialSelectionState } from './slices/selectionSlice.ts';
import { createViewSlice, initialViewState } from './slices/viewSlice.ts';
import type { AtlasState } from './types.ts';

export type * from './types.ts';
export { viewPresets, sheetStates } from './types.ts';
export { emptyFilters } from './slices/filterSlice.ts';

/**
 * The one store the scene and the DOM interface share, in slices (zustand's slices pattern). It holds ids and plain
 * values, never three.js objects.
 */
export const useAtlasStore = create<AtlasState>()((...a) => ({
  ...createBodySlice(...a),
  ...createSelectionSlice(...a),
  ...createCameraSlice(...a),
  ...createViewSlice(...a),
  ...createFilterSlice(...a),
  ...createModeSlice(...a),
  ...createQuizSlice(...a),
  ...createLessonSlice(...a),
  ...createDrillSlice(...a),
  ...createPickSlice(...a),
  ...createSearchSlice(...a),
  ...createCompareSlice(...a),
  ...createLayoutSlice(...a),
}));

/** Puts every slice back to its first state (between tests). */
export function resetAtlasStore(): void {
  useAtlasStore.setState({
    ...initialBodyState,
    ...initialSelectionState,
    ...initialCameraState,
    ...initialViewState,
    ...initialFilterState,
    ...initialModeState,
    ...initialQuizState,
    ...initialLessonState,
    ...initialDrillState,
    ...initialPickState,
    ...initialSearchState,
    ...initialCompareState,
    ...initialLayoutState,
    loadedTextLanguages: pointTextsLoaded('en') ? ['en'] : [],
  });
}
