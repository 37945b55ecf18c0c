/**
 * The vocabulary of the placement audit: how a WHO location statement is written as relations that can be
 * measured on a body. The statements themselves are in `whoLocations.ts`; the measuring is in `measure.ts`.
 * Nothing here knows how the atlas places a point.
 */

/**
 * The audit's own proportional measures. Each is worked out from the landmarks by `measure.ts`, straight between
 * bone landmarks on the trunk and limbs (B-cun is a bone length) and as an arc over the skin only on the scalp.
 */
export type Scale =
  /** scalp and nape, along the midline profile: glabella −3, anterior hairline 0, posterior hairline 12, C7 15 */
  | 'head'
  /** transverse on the forehead and crown: hairline corner to hairline corner over the forehead = 9 */
  | 'headFront'
  /** transverse on the back of the head: mastoid to mastoid round the occiput = 9 */
  | 'headBack'
  /** vertical on the chest: suprasternal notch to xiphisternal junction = 9 */
  | 'chestV'
  /** vertical on the upper abdomen: xiphisternal junction to umbilicus = 8 */
  | 'abdU'
  /** vertical on the lower abdomen: umbilicus to upper border of the pubic symphysis = 5 */
  | 'abdL'
  /** transverse on the chest and abdomen: nipple to nipple = 8 */
  | 'chestT'
  /** transverse on the back: posterior midline to the medial border of the scapula = 3 */
  | 'backT'
  /** vertical on the lateral trunk: apex of the axilla to the free end of the 11th rib = 12 */
  | 'flank'
  /** along the upper arm (the humerus, acromion to elbow): level of the anterior axillary fold to the cubital crease = 9 */
  | 'upperArm'
  /** along the forearm, palmar: cubital crease to palmar wrist crease = 12 */
  | 'forearm'
  /** along the forearm, dorsal: lateral end of the cubital crease to dorsal wrist crease = 12 */
  | 'forearmD'
  /** along the thigh: upper border of the pubic symphysis to the base of the patella = 18 */
  | 'thigh'
  /** along the lateral thigh: prominence of the greater trochanter to the popliteal crease = 19 */
  | 'thighLat'
  /** along the posterior thigh: gluteal fold to popliteal crease = 14 */
  | 'thighPost'
  /** along the medial leg: medial condyle of the tibia to the prominence of the medial malleolus = 13 */
  | 'legMed'
  /** along the lateral leg: popliteal crease to the prominence of the lateral malleolus = 16 */
  | 'legLat'
  /** vertical at the foot: prominence of the medial malleolus to the sole = 3 */
  | 'foot';

/**
 * A landmark base name (`medial_malleolus`) or another point's code (`ST35`), on the same side; `a|b` is the
 * midpoint of two (the interspinous depression `t3_spinous_process|t4_spinous_process`); `local_anterior_hairline` is
 * the anterior hairline at the point's own distance from the midline (an arch from its midpoint to its corner,
 * receding with the square of the distance).
 */
export type Ref = string;

/** World directions for a point on the figure's left (mirrored for the right). */
export type Dir = 'anterior' | 'posterior' | 'superior' | 'inferior' | 'lateral' | 'medial';

/** One measurable relation of a WHO location statement. */
export type Relation =
  /** `cun` along the scale's own axis from `ref` (toward its distal / inferior / posterior end is positive) */
  | { readonly kind: 'along'; readonly scale: Scale; readonly ref: Ref; readonly cun: number }
  /** `cun` from the midline (or further than `ref` is from it), across the body */
  | { readonly kind: 'lateral'; readonly scale: Scale; readonly cun: number; readonly ref?: Ref }
  /** `cun` from `ref` in a world direction (straight) */
  | { readonly kind: 'offset'; readonly scale: Scale; readonly ref: Ref; readonly dir: Dir; readonly cun: number }
  /** within `cun` of `ref` (straight) */
  | { readonly kind: 'near'; readonly scale: Scale; readonly ref: Ref; readonly cun: number }
  /** a fraction `f` of the way from `a` to `b`, measured along the straight line between them, to within `cun` */
  | { readonly kind: 'between'; readonly scale: Scale; readonly a: Ref; readonly b: Ref; readonly f: number; readonly cun: number }
  /** `cun` sideways (over the skin) from the straight line through `a` and `b` */
  | { readonly kind: 'line'; readonly scale: Scale; readonly a: Ref; readonly b: Ref; readonly cun: number }
  /** on the `dir` side of a named structure at `ref` (a tendon, a bone edge, a crease); `by` cun at least */
  | { readonly kind: 'side'; readonly ref: Ref; readonly dir: Dir; readonly structure: string; readonly by?: number; readonly scale?: Scale };

/** A WHO location in relations, or the reason the body cannot carry the point (inside the mouth or nose). */
export interface WhoLocation {
  /** the standard's location statement, in our own words */
  readonly says: string;
  readonly relations: readonly Relation[];
  /** set when the point lies where the skin model does not reach; the marker is a stand-in and is not judged */
  readonly standIn?: string;
}

// Short constructors, so a location reads close to the standard's sentence.
export const along = (scale: Scale, ref: Ref, cun: number): Relation => ({ kind: 'along', scale, ref, cun });
export const lateral = (scale: Scale, cun: number, ref?: Ref): Relation => (ref ? { kind: 'lateral', scale, cun, ref } : { kind: 'lateral', scale, cun });
export const offset = (scale: Scale, ref: Ref, dir: Dir, cun: number): Relation => ({ kind: 'offset', scale, ref, dir, cun });
export const near = (scale: Scale, ref: Ref, cun = 0.3): Relation => ({ kind: 'near', scale, ref, cun });
export const between = (scale: Scale, a: Ref, b: Ref, f: number, cun = 0.4): Relation => ({ kind: 'between', scale, a, b, f, cun });
/** At the same height as `ref` (a level on the trunk, head or foot). */
export const level = (scale: Scale, ref: Ref): Relation => ({ kind: 'offset', scale, ref, dir: 'inferior', cun: 0 });
export const onLine = (scale: Scale, a: Ref, b: Ref, cun = 0): Relation => ({ kind: 'line', scale, a, b, cun });
export const side = (ref: Ref, dir: Dir, structure: string, by?: number, scale?: Scale): Relation =>
  by === undefined ? { kind: 'side', ref, dir, structure } : { kind: 'side', ref, dir, structure, by, scale: scale ?? 'chestT' };
/** A location with its statement. */
export const at = (says: string, ...relations: Relation[]): WhoLocation => ({ says, relations });
/** A point the skin model cannot carry: the marker stands in for it and is not judged. */
export const standIn = (says: string, reason: string): WhoLocation => ({ says, relations: [], standIn: reason });
