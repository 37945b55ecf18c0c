import { Html } from '@react-three/drei';
import { markerIdFor } from '../anatomy/markerIds.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { useAtlasStore } from '../state/store.ts';

/**
 * The point a "name it" question asks about: a ring that pulses around its marker (CSS, so the canvas is not redrawn
 * for it), 44 px across so it is unmistakable on a phone too. Gone once answered.
 */
export function QuizTarget() {
  const quiz = useAtlasStore((s) => s.quiz);
  const markers = useAtlasStore((s) => s.markers);
  const { t } = useStrings();
  const q = quiz && !quiz.finished && quiz.kind === 'name' ? quiz.questions[quiz.index] : undefined;
  const target = q && !q.answer ? markers.find((m) => m.id === markerIdFor(q.code, q.side)) : undefined;
  if (!target) return null;
  return (
    <Html position={target.position} style={{ pointerEvents: 'none' }} zIndexRange={[16, 6]}>
      <div className="quiz-target" role="img" aria-label={t.quizTargetLabel} data-testid="quiz-target" />
    </Html>
  );
}
