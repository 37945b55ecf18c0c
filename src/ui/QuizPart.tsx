import { useAtlasStore } from '../state/store.ts';
import { LazyPart, type LazyPartProps } from './LazyPart.tsx';
import { useStrings } from '../i18n/useStrings.ts';

// Not needed for the first frame: fetched when a quiz starts.
const loadQuizPanel: LazyPartProps<object>['load'] = () => import('./QuizPanel.tsx');

/** The quiz panel, downloaded when a quiz starts; if it does not arrive, a message with Retry and a way back. */
export function QuizPart() {
  const { t } = useStrings();
  const quitQuiz = useAtlasStore((s) => s.quitQuiz);
  return (
    <LazyPart
      part="quiz"
      load={loadQuizPanel}
      props={{}}
      fallback={
        <aside className="point-panel quiz-panel" aria-label={t.quiz} aria-busy="true">
          <p className="point-panel__loading">{t.quiz}…</p>
        </aside>
      }
      cancel={{ label: t.backToAtlas, onCancel: quitQuiz }}
    />
  );
}
