import type { StateCreator } from 'zustand';
import { defaultBodyId } from '../../data/bodies.ts';
import { BodyLoadError, bodyAssetsFor, type BodyAssets } from '../../lib/bodyAssetCache.ts';
import { downloadBodyFiles } from '../../lib/bodyDownload.ts';
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
      // The body's files and the decoder (three.js, the glTF loader, the point resolver) download side by side; the
      // decoder is not on the first load, and the byte count shows from the first byte of the body.
      const assets: BodyAssets =
        bodyAssetsFor(bodyId) ??
        (await Promise.all([
          import('../../lib/bodyAssets.ts'),
          downloadBodyFiles(bodyId, (loaded, total) => {
            if (get().bodyId === bodyId) set({ bodyProgress: { loaded, total } });
          }),
        ]).then(([{ buildBodyAssets }, files]) => buildBodyAssets(bodyId, files)));
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
