/**
 * The store's types, in a module of their own so slices, selectors and components import them without importing
 * the store (and so nothing imports back in a circle).
 */
import type { Vec3 } from '../anatomy/landmarks.ts';
import type { MarkerSide } from '../anatomy/markerIds.ts';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import type { BodyId } from '../data/bodies.ts';
import type { TextLanguage } from '../data/pointCatalogue.ts';
import type { MeridianCode, Region, SafetyKind } from '../data/schema.ts';
import type { PointCategory } from '../data/pointCategories.ts';
import type { AtlasMessage, BodyErrorCode, MessageParams } from '../i18n/messages.ts';
import type { Lesson } from '../lib/lessons.ts';

export type { MarkerSide };
/** An interface language; point texts come in the same three. */
export type Language = TextLanguage;

export type ViewPreset = 'front' | 'back' | 'left' | 'right' | 'top' | 'sole' | 'armpit';
export const viewPresets: readonly ViewPreset[] = ['front', 'back', 'left', 'right', 'top', 'sole', 'armpit'];

export type Mode = 'explore' | 'quiz' | 'present';

export type ModelStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly resolveMs: number }
  | { readonly state: 'error'; readonly code: BodyErrorCode; readonly params?: MessageParams };

export type CameraPose = { readonly position: Vec3; readonly target: Vec3 };

/** What the camera is asked to do next; `serial` makes a repeated request (the same preset twice) count. */
export type CameraRequest = { readonly serial: number } & (
  | { readonly kind: 'preset'; readonly preset: ViewPreset }
  | { readonly kind: 'reset' }
  | { readonly kind: 'pose'; readonly position: Vec3; readonly target: Vec3 }
  /** frame these markers (one point, or every member of a group point) */
  | { readonly kind: 'focus'; readonly markerIds: readonly string[] }
);

/** Point filters: values combine with OR inside a kind and AND across kinds. */
export interface PointFilters {
  readonly meridians: readonly MeridianCode[];
  readonly classifications: readonly PointCategory[];
  readonly regions: readonly Region[];
  readonly safety: readonly SafetyKind[];
}

export type LayerKey = 'showMeridians' | 'showMarkers' | 'showRuler' | 'showNeedle' | 'showLandmarks';

/** Loading the body and placing every point on it. */
export interface BodySlice {
  bodyId: BodyId;
  modelStatus: ModelStatus;
  /** the current body's height in metres, once loaded (the preset views frame it) */
  bodyHeight: number | null;
  webgl: 'ok' | 'unavailable' | 'lost';
  /** every marker of the current body (plain numbers; the scene draws them) */
  markers: readonly ResolvedPoint[];
  /** bytes of the body file downloaded so far while loading, and its size when the server says; null otherwise */
  bodyProgress: { readonly loaded: number; readonly total: number | null } | null;
  loadBody: (bodyId?: BodyId) => Promise<void>;
  retryModel: () => void;
  setWebgl: (status: BodySlice['webgl']) => void;
}

/** Which point is selected, and whether the words about it are here. Selecting never moves the camera. */
export interface SelectionSlice {
  selectedCode: string | null;
  selectedSide: MarkerSide | null;
  /** the languages whose point texts have arrived */
  loadedTextLanguages: readonly Language[];
  /**
   * Selects a point by WHO code; the side defaults to the current one, then left. Returns the selection, or null
   * (with a notice) for an unknown code. To fly there too, the caller asks `focusPoint`.
   */
  selectPoint: (code: string, options?: { side?: MarkerSide }) => { code: string; side: MarkerSide } | null;
  clearSelection: () => void;
  /** Loads the current language's point texts if they are not here yet; a failure is reported as a notice. */
  ensurePointTexts: () => Promise<void>;
}

/** Requests to the camera, and where it rests for shared links. */
export interface CameraSlice {
  cameraRequest: CameraRequest | null;
  /** where the camera rests after the user moved it (for shared links); not updated per frame */
  cameraPose: CameraPose | null;
  requestView: (preset: ViewPreset) => void;
  resetView: () => void;
  requestPose: (position: Vec3, target: Vec3) => void;
  /** Flies to a point on a side (a group point: to all its members on that side). */
  focusPoint: (code: string, side: MarkerSide) => void;
  setCameraPose: (pose: CameraPose | null) => void;
}

/** What is drawn and in which language. */
export interface ViewSlice {
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
  /** the flow of the meridian lines is animated (pausable, so an idle atlas can stop drawing) */
  flowPlaying: boolean;
  /** Switches the language (loading its strings first), remembers it, and sets the page's lang. */
  setLanguage: (language: Language) => Promise<void>;
  setDrawer: (drawer: ViewSlice['drawer']) => void;
  setLayer: (layer: LayerKey, on: boolean) => void;
  setFlowPlaying: (playing: boolean) => void;
}

/** Which points are shown. */
export interface FilterSlice {
  filters: PointFilters;
  /** channel being followed: only its points are shown and the panel steps along it */
  channel: MeridianCode | null;
  /** Adds or removes one value of one filter. */
  toggleFilter: <K extends keyof PointFilters>(key: K, value: PointFilters[K][number]) => void;
  clearFilters: () => void;
  setChannel: (channel: MeridianCode | null) => void;
}

/** Explore, quiz or present, and the one-line message to the user. */
export interface ModeSlice {
  mode: Mode;
  notice: AtlasMessage | null;
  setMode: (mode: Mode) => void;
  setNotice: (notice: AtlasMessage | null) => void;
}

export type QuizKind = 'find' | 'name';

export type QuizAnswer =
  | {
      readonly kind: 'find';
      readonly click: Vec3;
      readonly markerId: string;
      readonly side: MarkerSide;
      readonly distanceCun: number;
      readonly correct: boolean;
    }
  | { readonly kind: 'name'; readonly chosen: string; readonly correct: boolean };

export interface QuizQuestion {
  readonly code: string;
  /** the side shown for a "name" question */
  readonly side: MarkerSide;
  /** four codes for a "name" question */
  readonly choices: readonly string[];
  /** for "find" by keyboard: marker ids of four numbered spots near the point, one of them right */
  readonly candidates?: readonly string[] | undefined;
  readonly answer?: QuizAnswer;
}

export interface QuizState {
  readonly kind: QuizKind;
  readonly questions: readonly QuizQuestion[];
  readonly index: number;
  readonly finished: boolean;
  /** a spaced-repetition round: each answer reschedules its card */
  readonly drill?: boolean;
  /** when the current question was shown (ms since the epoch), to grade "name" by speed */
  readonly askedAt?: number;
}

/** What a question may be drawn from instead of the filters. */
export interface QuizOptions {
  readonly pool?: readonly string[];
  readonly drill?: boolean;
  readonly count?: number;
}

/** The quiz: questions, answers and the score; the scene shows the feedback, the DOM the question. */
export interface QuizSlice {
  quiz: QuizState | null;
  /** Starts a round of ten from the points the filters show. Returns false (with a notice) when it cannot. */
  startQuiz: (kind: QuizKind, random?: () => number, options?: QuizOptions) => boolean;
  /** A click on the skin during a "find" question. */
  answerFind: (click: Vec3) => void;
  answerName: (code: string) => void;
  nextQuestion: () => void;
  quitQuiz: () => void;
}

/** The study panels a menu entry opens. */
export type StudyPanel = 'lessons' | 'review' | 'favourites' | 'compare' | 'combinations' | 'handout';

/** A lesson being presented: a copy of it, the step shown, and a serial that counts every step taken (even to the same step). */
export interface LessonRun {
  readonly lesson: Lesson;
  readonly index: number;
  readonly serial: number;
}

/** Lessons in use: which study panel is open, the lesson being edited or presented, and the black screen. */
export interface LessonSlice {
  studyPanel: StudyPanel | null;
  /** the lesson open in the builder */
  editingLessonId: string | null;
  lessonRun: LessonRun | null;
  /** the projector shows black (B, as in slide software) */
  blackout: boolean;
  setStudyPanel: (panel: StudyPanel | null) => void;
  setEditingLesson: (id: string | null) => void;
  /** Enters present mode at a step of the lesson (selecting, flying and setting layers as the step says). */
  presentLesson: (lesson: Lesson, index?: number) => void;
  /** The next (+1) or previous (−1) step; stays at the ends. */
  stepLesson: (delta: number) => void;
  goToStep: (index: number) => void;
  endLesson: () => void;
  setBlackout: (on: boolean) => void;
}

/** A deck to drill: a channel, a body region, a lesson, the favourites, or what was missed last time (in a channel, or all). */
export type DrillDeck =
  | { readonly kind: 'channel'; readonly channel: MeridianCode }
  | { readonly kind: 'region'; readonly region: Region }
  | { readonly kind: 'lesson'; readonly lessonId: string }
  | { readonly kind: 'favourites' }
  | { readonly kind: 'missed'; readonly channel?: MeridianCode };

/** Spaced-repetition drills over the quiz: review what is due, drill a deck, grade each answer into its card. */
export interface DrillSlice {
  /** the grade the last answer earned and when its card comes back (ISO) */
  drillFeedback: { readonly grade: 1 | 2 | 3 | 4; readonly due: string } | null;
  /** "find" by keyboard: the numbered spots are shown */
  showCandidates: boolean;
  /** The codes of a deck (those the atlas can place). */
  deckCodes: (deck: DrillDeck) => string[];
  /** Starts a round of the cards due today in one direction. False (with a notice) when none is due. */
  startReview: (direction: QuizKind) => boolean;
  startDrill: (deck: DrillDeck, direction: QuizKind) => boolean;
  /** Called by the quiz after each answer of a drill round. */
  recordDrillAnswer: (question: QuizQuestion, answer: QuizAnswer, elapsedMs: number) => void;
  setShowCandidates: (on: boolean) => void;
  /** A click during "find" that missed the body. */
  missedBody: () => void;
}

/** One marker a click or tap may have meant. */
export interface PickCandidateRef {
  readonly markerId: string;
  readonly code: string;
  readonly side: MarkerSide;
}

/** Several markers lay under a click: the chooser lists them at the click, in CSS pixels of the page. */
export interface PickChoice {
  readonly candidates: readonly PickCandidateRef[];
  readonly at: { readonly x: number; readonly y: number };
}

/** The chooser the scene opens when a click was ambiguous, and the marker its focused row highlights. */
export interface PickSlice {
  pick: PickChoice | null;
  /** the marker a chooser row points at (hovered or focused), highlighted on the body */
  pickHighlight: string | null;
  openPick: (pick: PickChoice) => void;
  /** Selects the chosen candidate and closes the chooser. */
  choosePick: (candidate: PickCandidateRef) => void;
  closePick: () => void;
  setPickHighlight: (markerId: string | null) => void;
}

/** What the search box matches, for the body to light up. */
export interface SearchSlice {
  /** WHO codes of the points the current search matches, best first; empty without a search */
  searchHighlights: readonly string[];
  setSearchHighlights: (codes: readonly string[]) => void;
}

/** The points being compared. */
export interface CompareSlice {
  /** codes of the compared points, at most three, in the order they were added (the first sets the colour order) */
  compared: readonly string[];
  /** Adds a point; a fourth pushes out the oldest. */
  addCompared: (code: string) => void;
  removeCompared: (code: string) => void;
  setCompared: (codes: readonly string[]) => void;
  clearCompared: () => void;
}

/** How far the phone's bottom sheet is pulled up: a peek with the essentials, half the screen, or (nearly) all. */
export type SheetState = 'peek' | 'half' | 'full';
export const sheetStates: readonly SheetState[] = ['peek', 'half', 'full'];

/** How the interface is laid out around the body. */
export interface LayoutSlice {
  /** the phone's bottom sheet (the point panel); a newly opened point starts at the peek */
  sheet: SheetState;
  /** the legend of channel colours is shown over the body */
  legendOpen: boolean;
  setSheet: (sheet: SheetState) => void;
  setLegendOpen: (open: boolean) => void;
}

/** The whole store: every slice. */
export type AtlasState = BodySlice &
  SelectionSlice &
  CameraSlice &
  ViewSlice &
  FilterSlice &
  ModeSlice &
  QuizSlice &
  PickSlice &
  SearchSlice &
  CompareSlice &
  LessonSlice &
  DrillSlice &
  LayoutSlice;
