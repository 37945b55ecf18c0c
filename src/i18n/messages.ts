/**
 * Messages as codes: the store, `lib/` and the link reader say *what* happened with a code and its parameters; the
 * interface and the scene turn that into words in the current language (`formatMessage`), at the edge.
 */

/** Why a body could not be loaded. */
export type BodyErrorCode =
  | 'bodyUnknown'
  | 'bodyNetwork'
  | 'bodyHttp'
  | 'bodyNotFound'
  | 'bodyLandmarksInvalid'
  | 'bodyDamaged'
  | 'bodyNoMesh'
  | 'bodyNoIndex'
  | 'bodyStalled'
  | 'bodyOther';

/** Every message the atlas shows, by code. Parameters fill `{name}` slots in the strings. */
export type MessageCode =
  | BodyErrorCode
  | 'unknownPoint'
  | 'linkProblems'
  | 'pointTextsFailed'
  | 'quizNeedsBody'
  | 'quizTooFew'
  | 'imported'
  | 'importRefused'
  | 'linkCopied'
  | 'linkShown'
  | 'languageFailed'
  | 'lessonOpened'
  | 'lessonLinkCopied'
  | 'lessonImported'
  | 'lessonRefused_notJson'
  | 'lessonRefused_notLesson'
  | 'lessonRefused_version'
  | 'lessonRefused_malformed'
  | 'lessonRefused_unknownPoints'
  | 'lessonRefused_badLink'
  | 'quizOffBody'
  | 'drillEmpty';

export type MessageParams = Readonly<Record<string, string | number>>;

/** A message for the user: what happened, as a code, and the values it names. */
export interface AtlasMessage {
  readonly kind: 'error' | 'info';
  readonly code: MessageCode;
  readonly params?: MessageParams;
  /** for `linkProblems`: what the link asked for that the atlas does not have */
  readonly problems?: readonly LinkProblem[];
}

/** One problem in a link, as a code (the words come from the strings). */
export interface LinkProblem {
  readonly what: 'body' | 'channel' | 'point' | 'view' | 'side' | 'lang';
  readonly value: string;
}

/** Fills `{name}` slots of a template with parameters; an unknown slot stays visible rather than vanishing. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

/**
 * A message in words. Parameters named `t_…` hold a string key and are translated too (`{t_file}` → "3D body
 * model"); a link's problems are each put in words and joined.
 */
export function formatMessage(strings: Readonly<Record<string, string>>, message: AtlasMessage): string {
  const params: Record<string, string | number> = { ...message.params };
  for (const [name, value] of Object.entries(params)) if (name.startsWith('t_') && typeof value === 'string') params[name] = strings[value] ?? value;
  if (message.problems) {
    params.problems = message.problems
      .map((p) => fillTemplate(strings[`linkProblem_${p.what}`] ?? p.what, { value: p.value }))
      .join(strings.listSeparator ?? '; ');
  }
  return fillTemplate(strings[message.code] ?? message.code, params);
}
