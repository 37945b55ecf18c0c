import type { ClassificationKind, NeedlingFacts, PointFacts, SafetyKind, TherapyRating } from './schema.ts';
import type { PointTexts } from './textsSchema.ts';
import { therapyKeys } from './enums.ts';

type TherapyKey = (typeof therapyKeys)[number];

/**
 * A point as the panel reads it: its facts joined with its texts in one language. Built on demand from the two
 * separate sources; nothing stores it.
 */
export interface PointRecord extends Omit<PointFacts, 'needling' | 'safety' | 'therapies' | 'classifications' | 'members' | 'alternative'> {
  readonly language: string;
  readonly area: string;
  readonly location: string;
  readonly convention?: string;
  readonly howToLocate: string;
  readonly alternative?: { readonly description: string; readonly placement: NonNullable<PointFacts['alternative']>['placement'] };
  readonly members?: readonly (NonNullable<PointFacts['members']>[number] & { readonly label: string })[];
  readonly needling:
    | (Extract<NeedlingFacts, { allowed: true }> & { readonly directions: string })
    | { readonly allowed: false; readonly reason: string; readonly instead: string };
  readonly sensation: string;
  readonly safety: readonly { readonly kind: SafetyKind; readonly reason: string }[];
  readonly cautions: string;
  readonly actions: readonly string[];
  readonly indications: readonly string[];
  readonly commentary: string;
  readonly classicalSources: readonly { readonly work: string; readonly note: string }[];
  readonly therapies: { readonly [K in TherapyKey]: { readonly rating: TherapyRating; readonly note?: string } };
  readonly classifications: readonly { readonly kind: ClassificationKind; readonly detail?: string }[];
}

/** Joins a point's facts with its texts in one language. */
export function joinPoint(facts: PointFacts, texts: PointTexts, language: string): PointRecord {
  const { needling, safety, therapies, classifications, members, alternative, ...identity } = facts;
  const words = texts.needling;
  return {
    ...identity,
    names: texts.name !== undefined ? { ...identity.names, hanzi: texts.name } : identity.names,
    language,
    area: texts.area,
    location: texts.location,
    ...(texts.convention !== undefined ? { convention: texts.convention } : {}),
    howToLocate: texts.howToLocate,
    ...(alternative ? { alternative: { description: texts.alternative ?? '', placement: alternative.placement } } : {}),
    ...(members ? { members: members.map((m) => ({ ...m, label: texts.memberLabels?.[m.key] ?? m.key })) } : {}),
    needling: needling.allowed
      ? { ...needling, directions: 'directions' in words ? words.directions : '' }
      : { allowed: false, reason: 'reason' in words ? words.reason : '', instead: 'instead' in words ? words.instead : '' },
    sensation: texts.sensation,
    safety: safety.map((kind) => ({ kind, reason: texts.safety[kind] ?? '' })),
    cautions: texts.cautions,
    actions: texts.actions,
    indications: texts.indications,
    commentary: texts.commentary,
    classicalSources: texts.classicalSources,
    therapies: Object.fromEntries(
      therapyKeys.map((k) => {
        const note = texts.therapyNotes[k];
        return [k, note !== undefined ? { rating: therapies[k], note } : { rating: therapies[k] }];
      }),
    ) as PointRecord['therapies'],
    classifications: classifications.map((kind) => {
      const detail = texts.classificationNotes[kind];
      return detail !== undefined ? { kind, detail } : { kind };
    }),
  };
}

/**
 * Where a language's texts do not fit the facts they are joined to: a safety kind without its reason, a note on a
 * classification the point does not have, a missing alternative… Empty when they fit.
 */
export function textsMismatch(facts: PointFacts, texts: PointTexts): string[] {
  const problems: string[] = [];
  const sameKeys = (what: string, expected: readonly string[], actual: readonly string[]) => {
    const missing = expected.filter((k) => !actual.includes(k));
    const extra = actual.filter((k) => !expected.includes(k));
    if (missing.length) problems.push(`${what}: missing ${missing.join(', ')}`);
    if (extra.length) problems.push(`${what}: not in the facts ${extra.join(', ')}`);
  };
  sameKeys('safety', facts.safety, Object.keys(texts.safety));
  const noted = Object.keys(texts.classificationNotes).filter((k) => !facts.classifications.includes(k as ClassificationKind));
  if (noted.length) problems.push(`classificationNotes: not in the facts ${noted.join(', ')}`);
  sameKeys(
    'memberLabels',
    (facts.members ?? []).map((m) => m.key),
    Object.keys(texts.memberLabels ?? {}),
  );
  if (!facts.alternative !== (texts.alternative === undefined)) problems.push('alternative: present in one of facts and texts only');
  if (facts.needling.allowed !== 'directions' in texts.needling) problems.push('needling: allowed in one of facts and texts only');
  return problems;
}
