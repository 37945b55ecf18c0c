import type { StateCreator } from 'zustand';
import { defaultBodyId } from '../../data/bodies.ts';
import { BodyLoadError } from '../../lib/bodyAssetCache.ts';
import type { AtlasState, BodySlice } from '../types.ts';

export const initialBodyState = {
  bodyId: defaultBodyId,
  modelStatus: { state: 'loading' },
  bodyHeight: null,
  webgl: 'ok',
  markers: [],
  bodyProgress: null,
} satisfies Partial<BodySlice>;

/** Downloads a body and places every point on it; failures become a status with a code. */
export const createBodySlice: StateCreator<AtlasState, [], [], BodySlice> = (set, get) => ({
  ...initialBodyState,
  loadBody: async (bodyId = get().bodyId) => {
    set({ bodyId, modelStatus: { state: 'loading' }, bodyProgress: null });
    try {
      // The loader (three.js, the glTF decoder, the point resolver) is fetched with the body, not on the first load.
      const { loadBodyAssets } = await import('../../lib/bodyAssets.ts');
      const assets = await loadBodyAssets(bodyId, (loaded, total) => {
        if (get().bodyId === bodyId) set({ bodyProgress: { loaded, total } });
      });
      if (get().bodyId !== bodyId) return; // another body was chosen meanwhile
      set({ bodyProgress: null, markers: assets.markers, bodyHeight: assets.landmarks.height, modelStatus: { state: 'ready', resolveMs: assets.resolveMs } });
    } catch (e) {
      if (get().bodyId !== bodyId) return;
      set({
        bodyProgress: null,
        modelStatus:
          e instanceof BodyLoadError
            ? { state: 'error', code: e.code, params: e.params }
            : { state: 'error', code: 'bodyOther', params: { detail: (e as Error).message.slice(0, 160) } },
      });
    }
  },
  retryModel: () => void get().loadBody(),
  setWebgl: (webgl) => set({ webgl }),
});
