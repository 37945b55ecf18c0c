import { create } from 'zustand';
import { markerIdFor, type MarkerSide, type ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { defaultBodyId, type BodyId } from '../data/bodies.ts';
import { loadPointTexts, pointByCode, pointTextsLoaded } from '../data/atlasCatalogue.ts';
import type { MeridianCode, Region, SafetyKind } from '../data/schema.ts';
import type { PointCategory } from '../data/pointCategories.ts';
import { BodyLoadError, loadBodyAssets } from '../lib/bodyAssets.ts';
import { languages, loadLanguage, type Language } from '../i18n/index.ts';
import { createQuizSlice, type QuizSlice } from './quizSlice.ts';

export type { Language };

export type ViewPreset = 'front' | 'back' | 'left' | 'right' | 'top' | 'sole';
export const viewPresets: readonly ViewPreset[] = ['front', 'back', 'left', 'right', 'top', 'sole'];

export type Mode = 'explore' | 'quiz' | 'present';

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

export interface AtlasState extends QuizSlice {
  bodyId: BodyId;
  modelStatus: ModelStatus;
  /** bumped by Retry so the loader runs again */
  modelAttempt: number;
  webgl: 'ok' | 'unavailable' | 'lost';
  /** every marker of the current body (plain numbers; the scene draws them) */
  markers: readonly ResolvedPoint[];

  /** the long texts of the points (a separate chunk) have arrived */
  pointTextsReady: boolean;
  selectedCode: string | null;
  selectedSide: MarkerSide | null;
  notice: Notice | null;
  cameraRequest: CameraRequest | null;
  /** where the camera rests after the user moved it (for shared links); not updated per frame */
  cameraPose: { readonly position: readonly [number, number, number]; readonly target: readonly [number, number, number] } | null;
  /** channel being followed: only its points are shown and the panel steps along it */
  channel: MeridianCode | null;
  mode: Mode;
  language: Language;
  /** the left drawer: filters and layers, or the list of all points */
  drawer: 'filters' | 'list' | null;
  /** meridian lines drawn on the body */
  showMeridians: boolean;
  /** the point markers themselves (off: the bare body, e.g. for a clean picture or a benchmark) */
  showMarkers: boolean;
  /** the selected point's measuring segment with cun ticks and the path from its landmark */
  showRuler: boolean;
  /** a needle drawn at the selected point at its angle and depth */
  showNeedle: boolean;
  /** the body's landmarks and every B-cun segment */
  showLandmarks: boolean;
  /** which points are shown; empty lists mean "all" */
  filters: PointFilters;
  /** the flow of the meridian lines is animated (pausable, so an idle atlas can stop drawing) */
  flowPlaying: boolean;

  loadBody: (bodyId?: BodyId) => Promise<void>;
  retryModel: () => void;
  setWebgl: (status: AtlasState['webgl']) => void;
  /** Selects a point by WHO code; side defaults to the current one, then left. Unknown codes are refused. */
  selectPoint: (code: string, options?: { side?: MarkerSide; source?: SelectionSource }) => boolean;
  clearSelection: () => void;
  /** Loads the point texts if they are not there yet; a failure is reported as a notice. */
  ensurePointTexts: () => Promise<void>;
  requestView: (preset: ViewPreset) => void;
  resetView: () => void;
  requestPose: (position: readonly [number, number, number], target: readonly [number, number, number]) => void;
  setCameraPose: (pose: AtlasState['cameraPose']) => void;
  setNotice: (notice: Notice | null) => void;
  setChannel: (channel: MeridianCode | null) => void;
  setMode: (mode: Mode) => void;
  /** Switches the interface language (loading its strings first), remembers it, and sets the page's lang. */
  setLanguage: (language: Language) => Promise<void>;
  setDrawer: (drawer: AtlasState['drawer']) => void;
  setShowMeridians: (show: boolean) => void;
  setLayer: (layer: 'showMarkers' | 'showRuler' | 'showNeedle' | 'showLandmarks', on: boolean) => void;
  /** Adds or removes one value of one filter. */
  toggleFilter: <K extends keyof PointFilters>(key: K, value: PointFilters[K][number]) => void;
  clearFilters: () => void;
  setFlowPlaying: (playing: boolean) => void;
}

/** Point filters: values combine with OR inside a kind and AND across kinds. */
export interface PointFilters {
  readonly meridians: readonly MeridianCode[];
  readonly classifications: readonly PointCategory[];
  readonly regions: readonly Region[];
  readonly safety: readonly SafetyKind[];
}
export const emptyFilters: PointFilters = { meridians: [], classifications: [], regions: [], safety: [] };

/** localStorage key of the remembered interface language. */
export const languageStorageKey = 'acupoint-atlas:language';

let nonce = 0;
const nextNonce = () => ++nonce;

/** The default side of a point: midline points have one, bilateral ones keep the side already chosen. */
function sideFor(code: string, wanted: MarkerSide | undefined, current: MarkerSide | null): MarkerSide {
  const point = pointByCode.get(code);
  if (point?.laterality === 'midline' && !point.members?.some((m) => m.laterality === 'bilateral')) return 'midline';
  if (point?.laterality === 'left' || point?.laterality === 'right') return point.laterality;
  if (wanted && wanted !== 'midline') return wanted;
  return current && current !== 'midline' ? current : 'left';
}

const initialState = {
  bodyId: defaultBodyId,
  modelStatus: { state: 'loading' } as ModelStatus,
  modelAttempt: 0,
  webgl: 'ok' as const,
  markers: [] as readonly ResolvedPoint[],
  pointTextsReady: false,
  selectedCode: null,
  selectedSide: null,
  notice: null,
  cameraRequest: null,
  cameraPose: null as AtlasState['cameraPose'],
  channel: null,
  mode: 'explore' as Mode,
  language: 'en' as Language,
  drawer: null as AtlasState['drawer'],
  showMeridians: false,
  showMarkers: true,
  showRuler: true,
  showNeedle: true,
  showLandmarks: false,
  filters: emptyFilters,
  flowPlaying: true,
};

/** The one store the scene and the DOM UI share. Holds ids and plain values, never three.js objects. */
export const useAtlasStore = create<AtlasState>()((set, get) => ({
  ...initialState,
  ...createQuizSlice(set, get),

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
    const markerId = markerIdFor(code, side);
    set({
      selectedCode: code,
      selectedSide: side,
      notice: null,
      ...(fly ? { cameraRequest: { kind: 'focus', markerId, nonce: nextNonce() } as const } : {}),
    });
    void get().ensurePointTexts();
    return true;
  },
  clearSelection: () => set({ selectedCode: null, selectedSide: null }),
  ensurePointTexts: async () => {
    if (pointTextsLoaded()) {
      if (!get().pointTextsReady) set({ pointTextsReady: true });
      return;
    }
    try {
      await loadPointTexts();
      set({ pointTextsReady: true });
    } catch {
      set({ notice: { kind: 'error', text: 'The point descriptions could not be downloaded. Check the connection and use Retry in the panel.' } });
    }
  },
  requestView: (preset) => set({ cameraRequest: { kind: 'preset', preset, nonce: nextNonce() } }),
  resetView: () => set({ cameraRequest: { kind: 'reset', nonce: nextNonce() } }),
  requestPose: (position, target) => set({ cameraRequest: { kind: 'pose', position, target, nonce: nextNonce() } }),
  setCameraPose: (cameraPose) => set({ cameraPose }),
  setNotice: (notice) => set({ notice }),
  setChannel: (channel) => set({ channel }),
  setMode: (mode) => set({ mode }),
  setLanguage: async (language) => {
    await loadLanguage(language);
    set({ language });
    document.documentElement.lang = languages.find((l) => l.id === language)?.htmlLang ?? 'en';
    try {
      localStorage.setItem(languageStorageKey, language);
    } catch {
      // private mode: the choice lasts for this visit only
    }
  },
  setDrawer: (drawer) => set({ drawer }),
  setShowMeridians: (showMeridians) => set({ showMeridians }),
  setLayer: (layer, on) => set({ [layer]: on }),
  toggleFilter: (key, value) =>
    set((s) => {
      const current = s.filters[key] as readonly string[];
      const next = current.includes(value as string) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  clearFilters: () => set({ filters: emptyFilters }),
  setFlowPlaying: (flowPlaying) => set({ flowPlaying }),
}));

/** Puts the store back to its first state (tests). */
export function resetAtlasStore(): void {
  useAtlasStore.setState({ ...initialState, quiz: null, pointTextsReady: pointTextsLoaded() });
}
