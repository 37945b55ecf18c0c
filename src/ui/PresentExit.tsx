import { useAtlasStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** In presentation mode the chrome is hidden; this one button (and Escape) brings it back. */
export function PresentExit() {
  const { t } = useStrings();
  const mode = useAtlasStore((s) => s.mode);
  const setMode = useAtlasStore((s) => s.setMode);
  if (mode !== 'present') return null;
  return (
    <button type="button" className="present-exit" onClick={() => setMode('explore')}>
      {t.leavePresent}
    </button>
  );
}
