import { useAtlasStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** One-line messages about what did not work (unknown point in a link, refused import…). */
export function NoticeBanner() {
  const { t, say } = useStrings();
  const notice = useAtlasStore((s) => s.notice);
  const setNotice = useAtlasStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{say(notice)}</span>
      <button type="button" className="icon-button" onClick={() => setNotice(null)} aria-label={t.dismiss}>
        ×
      </button>
    </div>
  );
}
