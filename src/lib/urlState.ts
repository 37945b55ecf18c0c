import { canonicalPointCode } from '../data/codeSynonyms.ts';

/** What a link can carry. Values are as typed in the link; callers check them. */
export interface AtlasLink {
  /** the point as written in the link (`kid-1`) */
  readonly pointTyped?: string;
  /** the WHO code it means, if any */
  readonly point?: string;
  readonly side?: 'left' | 'right';
  readonly body?: string;
  readonly channel?: string;
  /** interface language: `en`, `zh-Hans`, `zh-Hant` */
  readonly lang?: string;
  /** camera position and target, six numbers in metres */
  readonly view?: readonly [number, number, number, number, number, number];
}

/** Reads the atlas parameters of a query string. Never throws: bad values come back undefined or as typed. */
export function parseAtlasLink(search: string): AtlasLink {
  const q = new URLSearchParams(search);
  const typed = q.get('point')?.trim();
  const side = q.get('side');
  const viewNumbers = q.get('view')?.split(',').map(Number);
  const view = viewNumbers && viewNumbers.length === 6 && viewNumbers.every(Number.isFinite)
    ? (viewNumbers as unknown as readonly [number, number, number, number, number, number])
    : undefined;
  const body = q.get('body') ?? undefined;
  const channel = q.get('channel') ?? undefined;
  const lang = q.get('lang') ?? undefined;
  const point = typed ? canonicalPointCode(typed) : undefined;
  return {
    ...(typed ? { pointTyped: typed } : {}),
    ...(point ? { point } : {}),
    ...(side === 'left' || side === 'right' ? { side } : {}),
    ...(body ? { body } : {}),
    ...(channel ? { channel } : {}),
    ...(lang ? { lang } : {}),
    ...(view ? { view } : {}),
  };
}

/** Writes the atlas parameters into a query string (`?point=KI1&side=left`), keeping any other parameters. */
export function formatAtlasLink(link: Omit<AtlasLink, 'pointTyped'>, base = ''): string {
  const q = new URLSearchParams(base);
  for (const key of ['point', 'side', 'body', 'channel', 'lang', 'view']) q.delete(key);
  if (link.point) q.set('point', link.point);
  if (link.point && link.side) q.set('side', link.side);
  if (link.body) q.set('body', link.body);
  if (link.channel) q.set('channel', link.channel);
  if (link.lang) q.set('lang', link.lang);
  if (link.view) q.set('view', link.view.map((n) => n.toFixed(3)).join(','));
  const s = q.toString();
  return s ? `?${s.replaceAll('%2C', ',')}` : '';
}
