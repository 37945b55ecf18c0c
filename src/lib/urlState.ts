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
  /** the view as typed, when it was refused (not six numbers, or a pose too far from the body) */
  readonly viewRefused?: string;
}

/** Where a linked camera may be: looking at the body (target inside its box), from no more than a few metres. */
export const viewBounds = {
  /** the target lies in this box around the standing body, metres */
  target: { x: [-1.5, 1.5], y: [-0.5, 2.5], z: [-1.5, 1.5] },
  /** camera distance from the target, metres */
  distance: [0.05, 8],
} as const;

type View = readonly [number, number, number, number, number, number];

/** True when a camera pose keeps the body in reach: finite, target on the body, camera within a few metres. */
export function viewInBounds(view: View): boolean {
  if (!view.every(Number.isFinite)) return false;
  const [px, py, pz, tx, ty, tz] = view;
  const { target, distance } = viewBounds;
  const inside = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
  if (!inside(tx, target.x) || !inside(ty, target.y) || !inside(tz, target.z)) return false;
  return inside(Math.hypot(px - tx, py - ty, pz - tz), distance);
}

/** Reads the atlas parameters of a query string. Never throws: bad values come back undefined or as typed. */
export function parseAtlasLink(search: string): AtlasLink {
  const q = new URLSearchParams(search);
  const typed = q.get('point')?.trim();
  const side = q.get('side');
  const viewTyped = q.get('view') ?? undefined;
  // Blank entries are refused too (Number('') is 0).
  const viewNumbers = viewTyped?.split(',').map((n) => (n.trim() ? Number(n) : Number.NaN));
  const view = viewNumbers && viewNumbers.length === 6 && viewInBounds(viewNumbers as unknown as View) ? (viewNumbers as unknown as View) : undefined;
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
    ...(viewTyped !== undefined && !view ? { viewRefused: viewTyped.slice(0, 60) } : {}),
  };
}

/** Writes the atlas parameters into a query string (`?point=KI1&side=left`), keeping any other parameters. */
export function formatAtlasLink(link: Omit<AtlasLink, 'pointTyped' | 'viewRefused'>, base = ''): string {
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
