import { useEffect } from 'react';
import { fillTemplate } from '../i18n/messages.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

const typingIn = (target: EventTarget | null): boolean => {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable));
};

/** Scrolls the point panel back to its top, so the point's name is what the room sees. */
function panelToTop(): void {
  const panel = document.querySelector<HTMLElement>('[data-testid="point-panel"]');
  if (!panel) return;
  for (const el of [panel, ...panel.querySelectorAll<HTMLElement>('*')]) if (el.scrollTop) el.scrollTop = 0;
}

/**
 * Present mode's controls: the lesson's step ("4 / 12") with its teacher's note and previous/next, the keys a
 * presentation clicker sends (←/→, PageUp/PageDown, Space) and B for a black screen, as in slide software.
 */
export function LessonPresenter() {
  const { t } = useStrings();
  const mode = useAtlasStore((s) => s.mode);
  const run = useAtlasStore((s) => s.lessonRun);
  const blackout = useAtlasStore((s) => s.blackout);
  const stepLesson = useAtlasStore((s) => s.stepLesson);
  const setBlackout = useAtlasStore((s) => s.setBlackout);
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const presenting = mode === 'present';

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const s = useAtlasStore.getState();
      if (e.key === 'b' || e.key === 'B' || e.key === '.') {
        e.preventDefault();
        s.setBlackout(!s.blackout);
        return;
      }
      if (!s.lessonRun) return;
      const forward = e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey);
      const back = e.key === 'ArrowLeft' || e.key === 'PageUp' || (e.key === ' ' && e.shiftKey);
      if (forward || back) {
        e.preventDefault();
        s.stepLesson(forward ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting]);

  // Each step (and entering present mode) opens the panel at the point's name, wherever it was scrolled before.
  useEffect(() => {
    if (!presenting) return;
    const frame = requestAnimationFrame(panelToTop);
    return () => cancelAnimationFrame(frame);
  }, [presenting, run?.serial, selectedCode]);

  // Leaving present mode lifts the black screen.
  useEffect(() => {
    if (!presenting && useAtlasStore.getState().blackout) setBlackout(false);
  }, [presenting, setBlackout]);

  if (!presenting) return null;
  const step = run?.lesson.steps[run.index];
  return (
    <>
      {run && step && (
        <div className="lesson-bar" role="region" aria-label={run.lesson.title} data-testid="lesson-bar">
          <button type="button" className="lesson-bar__step" onClick={() => stepLesson(-1)} disabled={run.index === 0} aria-label={t.previousStep}>
            ←
          </button>
          <div className="lesson-bar__text">
            <p className="lesson-bar__count" aria-live="polite" data-testid="lesson-step">
              {fillTemplate(t.stepOf, { n: run.index + 1, total: run.lesson.steps.length })} · {run.lesson.title}
            </p>
            {step.note && <p className="lesson-bar__note">{step.note}</p>}
          </div>
          <button
            type="button"
            className="lesson-bar__step"
            onClick={() => stepLesson(1)}
            disabled={run.index === run.lesson.steps.length - 1}
            aria-label={t.nextStep}
          >
            →
          </button>
        </div>
      )}
      {blackout && (
        <div
          className="blackout"
          role="button"
          tabIndex={0}
          aria-label={t.blackScreen}
          data-testid="blackout"
          onClick={() => setBlackout(false)}
          onKeyDown={() => {}}
        >
          <span className="visually-hidden">{t.blackScreen}</span>
        </div>
      )}
    </>
  );
}
