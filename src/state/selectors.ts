import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { pointByCode } from '../data/catalogue.ts';
import type { AtlasState } from './store.ts';

let lastMarkers: readonly ResolvedPoint[] | null = null;
let lastChannel: AtlasState['channel'] | undefined;
let lastVisible: readonly ResolvedPoint[] = [];

/**
 * The markers to draw: the current body's markers, narrowed to the followed channel. Alternative
 * locations are shown only for the selected point. Memoised on its inputs so components can select it.
 */
export function selectVisibleMarkers(state: AtlasState): readonly ResolvedPoint[] {
  if (state.markers === lastMarkers && state.channel === lastChannel) return lastVisible;
  lastMarkers = state.markers;
  lastChannel = state.channel;
  lastVisible = state.markers.filter((m) => {
    if (m.alternative) return false;
    if (state.channel && pointByCode.get(m.code)?.meridian !== state.channel) return false;
    return true;
  });
  return lastVisible;
}

/** The marker id a point selection stands for (`KI1-L`, `GV20`). */
export function markerIdFor(code: string, side: AtlasState['selectedSide']): string {
  return side === 'left' ? `${code}-L` : side === 'right' ? `${code}-R` : code;
}
