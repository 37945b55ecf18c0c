import type { Side } from './landmarkNames.ts';

/**
 * Sides and marker ids, in one place: the resolver names markers with these, the store picks a side with them,
 * the camera and the quiz find markers by them.
 */

/** Which side a resolved marker is on; midline points have one marker. */
export type MarkerSide = Side | 'midline';

/** How a point (or a group member) lies: on both sides, on the midline, or on one side only. */
export type Laterality = 'bilateral' | 'midline' | 'left' | 'right';

/** What the side logic needs of a point. */
export interface SidedPoint {
  readonly code: string;
  readonly laterality: Laterality;
  readonly members?: readonly { readonly key: string; readonly laterality?: 'bilateral' | 'midline' | undefined }[] | undefined;
}

/** The sides a point (or group member) is drawn on. */
export function sidesOf(laterality: Laterality): MarkerSide[] {
  if (laterality === 'midline') return ['midline'];
  if (laterality === 'left' || laterality === 'right') return [laterality];
  return ['left', 'right'];
}

const sideSuffix = (side: MarkerSide): string => (side === 'left' ? '-L' : side === 'right' ? '-R' : '');

/** The id of a point's marker on a side: `KI1-L`, `GV20`. */
export const markerIdFor = (code: string, side: MarkerSide | null): string => code + (side ? sideSuffix(side) : '');

/** The id of one member of a group point: `EX-UE9-1-L`, `EX-HN1-1`. */
export const memberMarkerIdFor = (code: string, key: string, side: MarkerSide): string => `${code}-${key}${sideSuffix(side)}`;

/** The id of the WHO alternative location's marker: `GB30-ALT-L`. */
export const alternativeMarkerIdFor = (code: string, side: MarkerSide): string => `${code}-ALT${sideSuffix(side)}`;

/**
 * The side a selection of this point lands on: a midline point has only the midline, a one-sided point its side;
 * otherwise the side asked for, else the side already chosen, else left. A midline group with members off the
 * midline (Sishencong) counts as bilateral.
 */
export function sideForSelection(point: SidedPoint, wanted: MarkerSide | undefined, current: MarkerSide | null): MarkerSide {
  if (point.laterality === 'midline' && !point.members?.some((m) => m.laterality === 'bilateral')) return 'midline';
  if (point.laterality === 'left' || point.laterality === 'right') return point.laterality;
  if (wanted && wanted !== 'midline') return wanted;
  return current && current !== 'midline' ? current : 'left';
}

/**
 * The markers that show a point on a side: its own marker, or for a group point every member on that side (and
 * the members on the midline). The camera frames them; the markers layer highlights them.
 */
export function markerIdsOf(point: SidedPoint, side: MarkerSide): string[] {
  if (!point.members?.length) return [markerIdFor(point.code, point.laterality === 'midline' ? 'midline' : side)];
  return point.members.flatMap((m) => {
    const sides = sidesOf(m.laterality ?? point.laterality);
    const own = sides.includes(side) ? side : sides.includes('midline') ? 'midline' : null;
    return own ? [memberMarkerIdFor(point.code, m.key, own)] : [];
  });
}
