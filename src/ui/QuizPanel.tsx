import { useLayoutEffect } from 'react';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { fillTemplate } from '../i18n/messages.ts';
import { useAtlasStore } from '../state/store.ts';
import { useUserData } from '../state/userData.ts';
import { useStrings } from '../i18n/useStrings.ts';

/** The quiz in the side panel: the question, the feedback, the score and the history. Loaded on demand. */
export default function QuizPanel() {
  const { t, language } = useStrings();
  const quiz = useAtlasStore((s) => s.quiz);
  const answerName = useAtlasStore((s) => s.answerName);
  const nextQuestion = useAtlasStore((s) => s.nextQuestion);
  const startQuiz = useAtlasStore((s) => s.startQuiz);
  const quitQuiz = useAtlasStore((s) => s.quitQuiz);
  const history = useUserData((s) => s.data.quizHistory);
  const drillFeedback = useAtlasStore((s) => s.drillFeedback);
  const setShowCandidates = useAtlasStore((s) => s.setShowCandidates);
  const showCandidates = useAtlasStore((s) => s.showCandidates);
  const setStudyPanel = useAtlasStore((s) => s.setStudyPanel);
  useQuizKeys();
  if (!quiz) return null;

  const score = quiz.questions.filter((q) => q.answer?.correct).length;
  const q = quiz.questions[quiz.index];
  const point = q ? pointFactsByCode.get(q.code) : undefined;

  return (
    <aside className="point-panel quiz-panel" aria-label={`${t.quiz} — ${quiz.kind === 'find' ? t.quizFind : t.quizName}`}>
      <header className="point-panel__header">
        <p className="quiz-panel__progress">
          {quiz.finished ? t.quizDone : `${t.question} ${quiz.index + 1} / ${quiz.questions.length}`} · {t.score} {score}
        </p>
        <button type="button" className="icon-button point-panel__close" onClick={quitQuiz} aria-label={t.quitQuiz}>
          ×
        </button>
      </header>
      <div className="point-panel__body">
        {!quiz.finished && point && q && quiz.kind === 'find' && (
          <>
            <h2 className="quiz-panel__ask">
              {t.find} <strong>{point.code}</strong> {point.names.pinyin} <span lang="zh-Hans">{point.names.hanzi}</span>
            </h2>
            <p className="muted">{t.findHelp}</p>
            {!q.answer && (
              <button type="button" aria-pressed={showCandidates} onClick={() => setShowCandidates(!showCandidates)} aria-keyshortcuts="K">
                ⌨ {t.findByKeyboard}
              </button>
            )}
            {showCandidates && !q.answer && q.candidates && (
              <div className="quiz-panel__choices" role="group" aria-label={t.choices}>
                {q.candidates.map((id, i) => (
                  <button key={id} type="button" className="quiz-choice" onClick={() => answerSpot(i)} aria-keyshortcuts={String(i + 1)}>
                    <strong>{i + 1}</strong>
                  </button>
                ))}
              </div>
            )}
            {q.answer?.kind === 'find' && (
              <p className={q.answer.correct ? 'quiz-panel__right' : 'quiz-panel__wrong'} role="status" data-testid="quiz-feedback">
                {q.answer.correct ? t.right : t.notQuite} {q.answer.distanceCun.toFixed(1)} {t.cunAway} ({t[`side_${q.answer.side}`]})
              </p>
            )}
          </>
        )}
        {!quiz.finished && point && q && quiz.kind === 'name' && (
          <>
            <h2 className="quiz-panel__ask">{t.nameIt}</h2>
            <div className="quiz-panel__choices" role="group" aria-label={t.choices}>
              {q.choices.map((c) => {
                const choice = pointFactsByCode.get(c)!;
                const state = q.answer?.kind === 'name' ? (c === q.code ? 'right' : c === q.answer.chosen ? 'wrong' : '') : '';
                return (
                  <button
                    key={c}
                    type="button"
                    className={`quiz-choice ${state}`}
                    disabled={Boolean(q.answer)}
                    onClick={() => answerName(c)}
                    aria-keyshortcuts={String(q.choices.indexOf(c) + 1)}
                  >
                    <span className="quiz-choice__key" aria-hidden="true">
                      {q.choices.indexOf(c) + 1}
                    </span>{' '}
                    <strong>{choice.code}</strong> {choice.names.pinyin}
                  </button>
                );
              })}
            </div>
            {!q.answer && <p className="muted">{t.nameByKeyboard}</p>}
            {q.answer?.kind === 'name' && (
              <p className={q.answer.correct ? 'quiz-panel__right' : 'quiz-panel__wrong'} role="status" data-testid="quiz-feedback">
                {q.answer.correct ? t.right : `${t.notQuite} ${point.code} ${point.names.pinyin}`}
              </p>
            )}
          </>
        )}
        {!quiz.finished && q?.answer && drillFeedback && (
          <p className="muted" data-testid="drill-grade">
            {fillTemplate(t.gradeShown, {
              grade: t[`grade_${drillFeedback.grade}`],
              due: new Date(drillFeedback.due).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </p>
        )}
        {!quiz.finished && q?.answer && (
          <button type="button" className="primary" onClick={nextQuestion} aria-keyshortcuts="Enter">
            {quiz.index + 1 >= quiz.questions.length ? t.seeScore : t.nextQuestion}
          </button>
        )}
        {quiz.finished && (
          <>
            <h2>
              {t.score}: {score} / {quiz.questions.length}
            </h2>
            <div className="related__row">
              {quiz.drill ? (
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    quitQuiz();
                    setStudyPanel('review');
                  }}
                >
                  {t.menuReview}
                </button>
              ) : (
                <button type="button" className="primary" onClick={() => startQuiz(quiz.kind)}>
                  {t.playAgain}
                </button>
              )}
              <button type="button" onClick={quitQuiz}>
                {t.backToAtlas}
              </button>
            </div>
          </>
        )}
        {history.length > 0 && (
          <section className="field">
            <h3>{t.history}</h3>
            <ol className="quiz-history">
              {history
                .slice(-8)
                .reverse()
                .map((h) => (
                  <li key={h.at + h.kind}>
                    {new Date(h.at).toLocaleString(language)} — {h.kind === 'find' ? t.quizFind : t.quizName}: {h.score}/{h.total}
                    {h.meanErrorCun !== undefined ? ` (${h.meanErrorCun.toFixed(1)} ${t.cun})` : ''}
                  </li>
                ))}
            </ol>
          </section>
        )}
      </div>
    </aside>
  );
}

/** Answers a "find" question with one of the numbered spots (0-based). */
function answerSpot(i: number): void {
  const s = useAtlasStore.getState();
  const q = s.quiz && !s.quiz.finished ? s.quiz.questions[s.quiz.index] : undefined;
  const id = q?.candidates?.[i];
  const marker = id ? s.markers.find((m) => m.id === id) : undefined;
  if (marker) s.answerFind(marker.position);
}

/** Both quiz kinds by keyboard: 1–4 choose (a name, or a numbered spot), K shows the spots, Enter goes on. */
function useQuizKeys(): void {
  // Listening from the commit on (a layout effect), not after the next paint: a key pressed as soon as the first
  // question shows is answered, not lost (the panel arrives in a lazy chunk, and a paint can be slow).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if ((el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT')) || e.altKey || e.ctrlKey || e.metaKey) return;
      const s = useAtlasStore.getState();
      const quiz = s.quiz;
      const q = quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
      if (!quiz || !q) return;
      const n = Number(e.key);
      if (q.answer) {
        if (e.key === 'Enter' && el?.tagName !== 'BUTTON') {
          e.preventDefault();
          s.nextQuestion();
        }
        return;
      }
      if (quiz.kind === 'find' && (e.key === 'k' || e.key === 'K')) {
        e.preventDefault();
        s.setShowCandidates(!s.showCandidates);
      } else if (n >= 1 && n <= 4) {
        e.preventDefault();
        if (quiz.kind === 'name') {
          const code = q.choices[n - 1];
          if (code) s.answerName(code);
        } else if (s.showCandidates) answerSpot(n - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
