import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/** Starting a quiz of either kind, and entering or leaving presentation mode. */
export function ModeButtons() {
  const { t } = useStrings();
  const mode = useAtlasStore((s) => s.mode);
  const setMode = useAtlasStore((s) => s.setMode);
  const startQuiz = useAtlasStore((s) => s.startQuiz);
  const ready = useAtlasStore((s) => s.modelStatus.state === 'ready' && s.webgl === 'ok');

  return (
    <>
      <button type="button" disabled={!ready} onClick={() => startQuiz('find')}>
        {t.quizFindShort}
      </button>
      <button type="button" disabled={!ready} onClick={() => startQuiz('name')}>
        {t.quizNameShort}
      </button>
      <button type="button" aria-pressed={mode === 'present'} onClick={() => setMode(mode === 'present' ? 'explore' : 'present')}>
        {mode === 'present' ? t.leavePresent : t.present}
      </button>
    </>
  );
}
