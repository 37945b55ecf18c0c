import { create } from 'zustand';
import type { MarkerSide, ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { defaultBodyId, type BodyId } from '../data/bodies.ts';
import { pointByCode } from '../data/catalogue.ts';
import type { MeridianCode } from '../data/schema.ts';
import { BodyLoadError, loadBodyAssets } from '../lib/bodyAssets.ts';

export type ViewPreset = 'front' | 'back' | 'left' | 'right' | 'top' | 'sole';
export const viewPresets: readonly ViewPreset[] = ['front', 'back', 'left', 'right', 'top', 'sole'];

export type Mode = 'explore' | 'quiz' | 'present';
export type Language = 'en' | 'zh';

export type ModelStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly resolveMs: number }
  | { readonly state: 'error'; readonly message: string };

/** What the camera is asked to do next; `nonce` makes a repeated request (the same preset twice) count. */
export type CameraRequest =
  | { readonly kind: 'preset'; readonly preset: ViewPreset; readonly nonce: number }
  | { readonly kind: 'focus'; readonly markerId: string; readonly nonce: number }
  | { readonly kind: 'reset'; readonly nonce: number }
  | { readonly kind: 'pose'; readonly position: readonly [number, number, number]; readonly target: readonly [number, number, number]; readonly nonce: number };

/** A message for the user about something that did not work (unknown link, bad import…). */
export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

/** Where a selection came from: the canvas keeps the camera still, everything else flies to the point. */
export type SelectionSource = 'canvas' | 'link' | 'search' | 'list' | 'panel' | 'quiz';

export interface AtlasState {
  bodyId: BodyId;
  modelStatus: ModelStatus;
  /** bumped by Retry so the loader runs again */
  modelAttempt: number;
  webgl: 'ok' | 'unavailable' | 'lost';
  /** every marker of the current body (plain numbers; the scene draws them) */
  markers: readonly ResolvedPoint[];

  selectedCode: string | null;
  selectedSide: MarkerSide | null;
  notice: Notice | null;
  cameraRequest: CameraRequest | null;
  /** channel being followed: only its points are shown and the panel steps along it */
  channel: MeridianCode | null;
  mode: Mode;
  language: Language;

  loadBody: (bodyId?: BodyId) => Promise<void>;
  retryModel: () => void;
  setWebgl: (status: AtlasState['webgl']) => void;
  /** Selects a point by WHO code; side defaults to the current one, then left. Unknown codes are refused. */
  selectPoint: (code: string, options?: { side?: MarkerSide; source?: SelectionSource }) => boolean;
  clearSelection: () => void;
  requestView: (preset: ViewPreset) => void;
  resetView: () => void;
  requestPose: (position: readonly [number, number, number], target: readonly [number, number, number]) => void;
  setNotice: (notice: Notice | null) => void;
  setChannel: (channel: MeridianCode | null) => void;
  setMode: (mode: Mode) => void;
  setLanguage: (language: Language) => void;
}

let nonce = 0;
const nextNonce = () => ++nonce;

/** The default side of a point: midline points have one, bilateral ones keep the side already chosen. */
function sideFor(code: string, wanted: MarkerSide | undefined, current: MarkerSide | null): MarkerSide {
  const point = pointByCode.get(code);
  if (point?.laterality === 'midline' && !point.members?.some((m) => m.laterality === 'bilateral')) return 'midline';
  if (wanted && wanted !== 'midline') return wanted;
  return current && current !== 'midline' ? current : 'left';
}

const initialState = {
  bodyId: defaultBodyId,
  modelStatus: { state: 'loading' } as ModelStatus,
  modelAttempt: 0,
  webgl: 'ok' as const,
  markers: [] as readonly ResolvedPoint[],
  selectedCode: null,
  selectedSide: null,
  notice: null,
  cameraRequest: null,
  channel: null,
  mode: 'explore' as Mode,
  language: 'en' as Language,
};

/** The one store the scene and the DOM UI share. Holds ids and plain values, never three.js objects. */
export const useAtlasStore = create<AtlasState>()((set, get) => ({
  ...initialState,

  loadBody: async (bodyId = get().bodyId) => {
    set({ bodyId, modelStatus: { state: 'loading' } });
    try {
      const assets = await loadBodyAssets(bodyId);
      if (get().bodyId !== bodyId) return; // another body was chosen meanwhile
      set({ markers: assets.markers, modelStatus: { state: 'ready', resolveMs: assets.resolveMs } });
    } catch (e) {
      const message = e instanceof BodyLoadError ? e.message : `The 3D body could not be loaded: ${(e as Error).message}`;
      set({ modelStatus: { state: 'error', message } });
    }
  },
  retryModel: () => {
    set((s) => ({ modelAttempt: s.modelAttempt + 1 }));
    void get().loadBody();
  },
  setWebgl: (webgl) => set({ webgl }),

  selectPoint: (code, options = {}) => {
    if (!pointByCode.has(code)) {
      set({ notice: { kind: 'error', text: `There is no point "${code}" in the atlas.` } });
      return false;
    }
    const side = sideFor(code, options.side, get().selectedSide);
    const source = options.source ?? 'panel';
    const fly = source !== 'canvas' && source !== 'quiz';
    const markerId = side === 'midline' ? code : `${code}-${side === 'left' ? 'L' : 'R'}`;
    set({
      selectedCode: code,
      selectedSide: side,
      notice: null,
      ...(fly ? { cameraRequest: { kind: 'focus', markerId, nonce: nextNonce() } as const } : {}),
    });
    return true;
  },
  clearSelection: () => set({ selectedCode: null, selectedSide: null }),
  requestView: (preset) => set({ cameraRequest: { kind: 'preset', preset, nonce: nextNonce() } }),
  resetView: () => set({ cameraRequest: { kind: 'reset', nonce: nextNonce() } }),
  requestPose: (position, target) => set({ cameraRequest: { kind: 'pose', position, target, nonce: nextNonce() } }),
  setNotice: (notice) => set({ notice }),
  setChannel: (channel) => set({ channel }),
  setMode: (mode) => set({ mode }),
  setLanguage: (language) => set({ language }),
}));

/** Puts the store back to its first state (tests). */
export function resetAtlasStore(): void {
  useAtlasStore.setState({ ...initialState });
}
