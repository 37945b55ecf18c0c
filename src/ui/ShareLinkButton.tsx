import { useStrings } from '../i18n/useStrings.ts';
import { formatAtlasLink } from '../lib/urlState.ts';
import { useAtlasStore } from '../state/store.ts';
import { linkForState } from '../state/urlSync.ts';

/** Copies a link to what is on screen (point, side, body, channel, language and camera view), and says so. */
export function useCopyLink(): () => Promise<void> {
  const setNotice = useAtlasStore((s) => s.setNotice);
  return async () => {
    const query = formatAtlasLink(linkForState(useAtlasStore.getState(), true));
    const url = `${window.location.origin}${window.location.pathname}${query}`;
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({ kind: 'info', code: 'linkCopied', params: { url } });
    } catch {
      setNotice({ kind: 'info', code: 'linkShown', params: { url } });
    }
  };
}

/** The toolbar's button for `useCopyLink`. */
export function ShareLinkButton() {
  const { t } = useStrings();
  const copyLink = useCopyLink();
  return (
    <button type="button" onClick={() => void copyLink()} title={t.copyLink}>
      {t.copyLinkShort}
    </button>
  );
}
