import { useEffect } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** In presentation mode the chrome is hidden; this one button (and Escape) brings it back. */
export function PresentExit() {
  const { t } = useStrings();
  const mode = useAtlasStore((s) => s.mode);
  const setMode = useAtlasStore((s) => s.setMode);
  // Escape leaves, whichever layout (and so whichever buttons) is on screen.
  useEffect(() => {
    if (mode !== 'present') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setMode('explore');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, setMode]);
  if (mode !== 'present') return null;
  return (
    <button type="button" className="present-exit" onClick={() => setMode('explore')}>
      {t.leavePresent}
    </button>
  );
}
