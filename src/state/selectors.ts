import { markerIdFor } from '../anatomy/markerIds.ts';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { pointHasCategory } from '../data/pointCategories.ts';
import type { PointFacts } from '../data/schema.ts';
import type { AtlasState, PointFilters } from './types.ts';

/** Whether a point passes the filters and the followed channel. */
export function pointPasses(point: PointFacts, filters: PointFilters, channel: AtlasState['channel']): boolean {
  if (channel && point.meridian !== channel) return false;
  if (filters.meridians.length && !filters.meridians.includes(point.meridian)) return false;
  if (filters.regions.length && !filters.regions.includes(point.region)) return false;
  if (filters.classifications.length && !filters.classifications.some((c) => pointHasCategory(point, c))) return false;
  if (filters.safety.length && !point.safety.some((kind) => filters.safety.includes(kind))) return false;
  return true;
}

let lastMarkers: readonly ResolvedPoint[] | null = null;
let lastChannel: AtlasState['channel'] | undefined;
let lastFilters: PointFilters | null = null;
let lastQuiz: AtlasState['quiz'] | undefined;
let lastVisible: readonly ResolvedPoint[] = [];

/**
 * The markers to draw: the current body's markers, narrowed by the filters and the followed channel.
 * Alternative locations are drawn separately. Memoised on its inputs so components can select it.
 */
export function selectVisibleMarkers(state: AtlasState): readonly ResolvedPoint[] {
  if (state.markers === lastMarkers && state.channel === lastChannel && state.filters === lastFilters && state.quiz === lastQuiz) return lastVisible;
  lastMarkers = state.markers;
  lastChannel = state.channel;
  lastFilters = state.filters;
  lastQuiz = state.quiz;
  const quizTargets = quizMarkerIds(state);
  lastVisible = state.markers.filter((m) => {
    if (quizTargets) return quizTargets.has(m.id);
    if (m.alternative) return false;
    const point = pointFactsByCode.get(m.code);
    return point !== undefined && pointPasses(point, state.filters, state.channel);
  });
  return lastVisible;
}

/**
 * During a quiz question only what the question allows is shown: nothing while a point is to be found,
 * the true point once answered, and the asked point for "name it". Null outside a quiz.
 */
function quizMarkerIds(state: AtlasState): ReadonlySet<string> | null {
  const quiz = state.quiz;
  if (!quiz || quiz.finished) return null;
  const q = quiz.questions[quiz.index];
  if (!q) return null;
  if (quiz.kind === 'name') return new Set([markerIdFor(q.code, q.side)]);
  return q.answer?.kind === 'find' ? new Set([q.answer.markerId]) : new Set();
}

const noneCompared: readonly string[] = [];

/** The compared points the body shows in their colours: only while the Compare panel is open. */
export function selectComparedShown(state: AtlasState): readonly string[] {
  return state.studyPanel === 'compare' && state.compared.length > 0 ? state.compared : noneCompared;
}
