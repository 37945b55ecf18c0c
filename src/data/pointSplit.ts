import type { Needling, PointRecord } from './schema.ts';

type Therapies = PointRecord['therapies'];
type TherapyKey = keyof Therapies;
const therapyKeys: readonly TherapyKey[] = ['moxibustion', 'cupping', 'bloodletting', 'guaSha'];

/**
 * What the atlas needs before anyone opens a panel: codes, names, rules, classifications, safety kinds and the
 * needling figures. The long texts (a few hundred kilobytes for 409 points) are a separate, lazily loaded chunk.
 */
export type PointSummary = Omit<
  PointRecord,
  'location' | 'convention' | 'howToLocate' | 'alternative' | 'needling' | 'sensation' | 'safety' | 'cautions' | 'actions' | 'indications' | 'commentary' | 'classicalSources' | 'therapies'
> & {
  readonly alternative?: { readonly placement: NonNullable<PointRecord['alternative']>['placement'] };
  readonly needling: NeedlingSummary;
  readonly safety: readonly { readonly kind: PointRecord['safety'][number]['kind'] }[];
  readonly therapies: { readonly [K in TherapyKey]: { readonly rating: Therapies[K]['rating'] } };
};

export type NeedlingSummary =
  | Omit<Extract<Needling, { allowed: true }>, 'directions'>
  | Pick<Extract<Needling, { allowed: false }>, 'allowed'>;

/** The words of a point: everything the panel shows that the summary leaves out. */
export interface PointTexts {
  readonly location: string;
  readonly convention?: string;
  readonly howToLocate: string;
  readonly alternativeDescription?: string;
  readonly needling: { readonly directions: string } | { readonly reason: string; readonly instead: string };
  readonly sensation: string;
  /** in the order of `safety` */
  readonly safetyReasons: readonly string[];
  readonly cautions: string;
  readonly actions: readonly string[];
  readonly indications: readonly string[];
  readonly commentary: string;
  readonly classicalSources: PointRecord['classicalSources'];
  readonly therapyNotes: { readonly [K in TherapyKey]?: string };
}

/** Splits a validated record into its summary and its texts. */
export function splitPoint(p: PointRecord): { summary: PointSummary; texts: PointTexts } {
  const { location, convention, howToLocate, alternative, needling, sensation, safety, cautions, actions, indications, commentary, classicalSources, therapies, ...rest } = p;
  const needlingSummary: NeedlingSummary = needling.allowed
    ? (({ directions: _directions, ...figures }) => figures)(needling)
    : { allowed: false };
  const summary: PointSummary = {
    ...rest,
    ...(alternative ? { alternative: { placement: alternative.placement } } : {}),
    needling: needlingSummary,
    safety: safety.map((s) => ({ kind: s.kind })),
    therapies: Object.fromEntries(therapyKeys.map((k) => [k, { rating: therapies[k].rating }])) as PointSummary['therapies'],
  };
  const therapyNotes: { [K in TherapyKey]?: string } = {};
  for (const k of therapyKeys) {
    const note = therapies[k].note;
    if (note) therapyNotes[k] = note;
  }
  const texts: PointTexts = {
    location,
    ...(convention ? { convention } : {}),
    howToLocate,
    ...(alternative ? { alternativeDescription: alternative.description } : {}),
    needling: needling.allowed ? { directions: needling.directions } : { reason: needling.reason, instead: needling.instead },
    sensation,
    safetyReasons: safety.map((s) => s.reason),
    cautions,
    actions,
    indications,
    commentary,
    classicalSources,
    therapyNotes,
  };
  return { summary, texts };
}

/** Puts a summary and its texts back together into the full record. */
export function mergePoint(s: PointSummary, t: PointTexts): PointRecord {
  const needling: Needling = s.needling.allowed
    ? { ...s.needling, directions: 'directions' in t.needling ? t.needling.directions : '' }
    : { allowed: false, reason: 'reason' in t.needling ? t.needling.reason : '', instead: 'instead' in t.needling ? t.needling.instead : '' };
  const therapies = Object.fromEntries(
    therapyKeys.map((k) => {
      const note = t.therapyNotes[k];
      return [k, note ? { rating: s.therapies[k].rating, note } : { rating: s.therapies[k].rating }];
    }),
  ) as Therapies;
  const { alternative, safety, ...rest } = s;
  return {
    ...rest,
    location: t.location,
    ...(t.convention ? { convention: t.convention } : {}),
    howToLocate: t.howToLocate,
    ...(alternative ? { alternative: { description: t.alternativeDescription ?? '', placement: alternative.placement } } : {}),
    needling,
    sensation: t.sensation,
    safety: safety.map((x, i) => ({ kind: x.kind, reason: t.safetyReasons[i] ?? '' })),
    cautions: t.cautions,
    actions: [...t.actions],
    indications: [...t.indications],
    commentary: t.commentary,
    classicalSources: t.classicalSources,
    therapies,
  } as PointRecord;
}
