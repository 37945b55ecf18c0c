import { defaultBodyId, isBodyId } from '../data/bodies.ts';
import { meridianByCode } from '../data/meridians.ts';
import type { MeridianCode } from '../data/schema.ts';
import { isLanguage } from '../i18n/index.ts';
import type { LinkProblem } from '../i18n/messages.ts';
import { formatAtlasLink, parseAtlasLink, type AtlasLink } from '../lib/urlState.ts';
import { useAtlasStore } from './store.ts';
import type { AtlasState } from './types.ts';

/** What a link to the current state carries; with `withView`, the camera pose too (for shared links). */
export function linkForState(s: AtlasState, withView = false): Omit<AtlasLink, 'pointTyped'> {
  const pose = withView ? s.cameraPose : null;
  return {
    ...(s.selectedCode ? { point: s.selectedCode } : {}),
    ...(s.selectedSide === 'left' || s.selectedSide === 'right' ? { side: s.selectedSide } : {}),
    ...(s.bodyId !== defaultBodyId ? { body: s.bodyId } : {}),
    ...(s.channel ? { channel: s.channel } : {}),
    ...(withView && s.language !== 'en' ? { lang: s.language } : {}),
    ...(pose ? { view: [...pose.position, ...pose.target] as [number, number, number, number, number, number] } : {}),
  };
}

/**
 * Keeps the address bar and the store in step, in this one place: the link is read once at start
 * (selecting its point and flying there, or saying why not), then every selection change rewrites the link in place.
 */
export function startUrlSync(): () => void {
  const store = useAtlasStore.getState();
  const link = parseAtlasLink(window.location.search);
  const problems: LinkProblem[] = [];
  if (link.lang) {
    if (isLanguage(link.lang)) void store.setLanguage(link.lang);
    else problems.push({ what: 'lang', value: link.lang });
  }
  if (link.body) {
    if (isBodyId(link.body)) useAtlasStore.setState({ bodyId: link.body });
    else problems.push({ what: 'body', value: link.body });
  }
  if (link.channel) {
    const channel = link.channel.toUpperCase();
    if (meridianByCode.has(channel as MeridianCode)) store.setChannel(channel as MeridianCode);
    else problems.push({ what: 'channel', value: link.channel });
  }
  if (link.pointTyped) {
    const chosen = link.point ? store.selectPoint(link.point, link.side ? { side: link.side } : {}) : null;
    if (!chosen) problems.push({ what: 'point', value: link.pointTyped });
    // A shared view wins over flying to the point.
    else if (!link.view) store.focusPoint(chosen.code, chosen.side);
  }
  if (link.viewRefused !== undefined) problems.push({ what: 'view', value: link.viewRefused });
  if (link.view) store.requestPose([link.view[0], link.view[1], link.view[2]], [link.view[3], link.view[4], link.view[5]]);
  if (problems.length) store.setNotice({ kind: 'error', code: 'linkProblems', problems });

  const write = () => {
    const s = useAtlasStore.getState();
    const next = formatAtlasLink(linkForState(s), window.location.search);
    // A link with something unknown stays as it was in the address bar until the user picks something.
    if (!s.selectedCode && problems.length) return;
    if (next !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
  };
  write();
  return useAtlasStore.subscribe((s, prev) => {
    if (s.selectedCode !== prev.selectedCode || s.selectedSide !== prev.selectedSide || s.bodyId !== prev.bodyId || s.channel !== prev.channel) write();
  });
}
