import type { PointTextsInput } from '../../src/data/textsSchema.ts';

/**
 * Checks that a translated point text says the same facts as the English one, without reusing any of the
 * atlas's own code: numbers are read from the words themselves.
 */

/** Every number written in digits (full-width digits folded), as strings: `0.3–0.5 cun` → ['0.3', '0.5']. */
export function numbersIn(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((m) => String(Number(m[0])));
}

const setOf = (texts: readonly (string | undefined)[]) => new Set(texts.flatMap((t) => (t ? numbersIn(t) : [])));
const fmt = (s: ReadonlySet<string>) => `{${[...s].sort().join(', ')}}`;

export interface TranslationProblem {
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

/** Fields whose numbers must be exactly the English ones: where the point is, how deep, why it is unsafe. */
function strictFields(t: PointTextsInput): Record<string, (string | undefined)[]> {
  const needling = 'directions' in t.needling ? [t.needling.directions] : [t.needling.reason, t.needling.instead];
  const fields: Record<string, (string | undefined)[]> = { location: [t.location], alternative: [t.alternative], needling };
  for (const [kind, reason] of Object.entries(t.safety)) fields[`safety.${kind}`] = [reason];
  return fields;
}

/** Fields where a translation may leave a number out but never bring in one the English does not have. */
function looseFields(t: PointTextsInput): Record<string, (string | undefined)[]> {
  return {
    howToLocate: [t.howToLocate],
    sensation: [t.sensation],
    cautions: [t.cautions],
    commentary: [t.commentary],
    actions: [...t.actions],
    indications: [...t.indications],
  };
}

/** Compares one translated record with the English record of the same point. */
export function compareTranslation(code: string, english: PointTextsInput, translated: PointTextsInput): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const add = (field: string, message: string) => problems.push({ code, field, message });
  const en = strictFields(english);
  const tr = strictFields(translated);
  for (const field of new Set([...Object.keys(en), ...Object.keys(tr)])) {
    const a = setOf(en[field] ?? []);
    const b = setOf(tr[field] ?? []);
    if (!(field in en)) add(field, 'present in the translation but not in English');
    else if (!(field in tr) && (en[field] ?? []).some(Boolean)) add(field, 'missing in the translation');
    else if (a.size !== b.size || [...a].some((n) => !b.has(n))) add(field, `numbers differ: English ${fmt(a)}, translation ${fmt(b)}`);
  }
  const enAll = setOf(
    Object.values(en)
      .flat()
      .concat(Object.values(looseFields(english)).flat()),
  );
  for (const [field, texts] of Object.entries(looseFields(translated))) {
    const extra = [...setOf(texts)].filter((n) => !enAll.has(n));
    if (extra.length) add(field, `numbers not in the English record: ${extra.join(', ')}`);
  }
  if ((english.alternative === undefined) !== (translated.alternative === undefined)) add('alternative', 'present in one language only');
  if ('directions' in english.needling !== 'directions' in translated.needling) add('needling', 'forbidden in one language, allowed in the other');
  const kinds = (t: PointTextsInput) => Object.keys(t.safety).sort().join(',');
  if (kinds(english) !== kinds(translated)) add('safety', `safety kinds differ: English ${kinds(english)}, translation ${kinds(translated)}`);
  const keys = (r: Readonly<Record<string, unknown>> | undefined) =>
    Object.keys(r ?? {})
      .sort()
      .join(',');
  if (keys(english.therapyNotes) !== keys(translated.therapyNotes)) add('therapyNotes', 'notes on different methods');
  if (keys(english.classificationNotes) !== keys(translated.classificationNotes)) add('classificationNotes', 'notes on different classifications');
  if (keys(english.memberLabels) !== keys(translated.memberLabels)) add('memberLabels', 'labels for different members');
  if (english.classicalSources.length !== translated.classicalSources.length) add('classicalSources', 'a different number of sources');
  return problems;
}

/** Characters of a text that are Chinese, and letters that are Latin, leaving out codes (ST36, EX-HN3, C7, T12). */
export function scriptCounts(text: string): { han: number; latin: number } {
  const withoutCodes = text.replace(/\bEX-[A-Z]{1,2}\d+\b|\b[A-Z]{1,2}\d+\b|\bWHO\b|\bGB\/T\b/g, '');
  const han = (withoutCodes.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (withoutCodes.match(/[A-Za-z]/g) ?? []).length;
  return { han, latin };
}

/** Every string of a record, for counting scripts. */
export function allStrings(t: PointTextsInput): string[] {
  const needling = 'directions' in t.needling ? [t.needling.directions] : [t.needling.reason, t.needling.instead];
  return [
    t.area,
    t.location,
    t.convention ?? '',
    t.howToLocate,
    t.alternative ?? '',
    ...needling,
    t.sensation,
    ...Object.values(t.safety),
    t.cautions,
    ...t.actions,
    ...t.indications,
    t.commentary,
    ...t.classicalSources.flatMap((s) => [s.work, s.note]),
    ...Object.values(t.therapyNotes),
    ...Object.values(t.classificationNotes),
    ...Object.values(t.memberLabels ?? {}),
  ].filter((s): s is string => typeof s === 'string');
}
