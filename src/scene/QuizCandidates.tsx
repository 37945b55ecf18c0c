import { Html } from '@react-three/drei';
import { useAtlasStore } from '../state/store.ts';

/** "Find" by keyboard: four numbered spots near the asked point, one of them right; keys 1–4 answer. */
export function QuizCandidates() {
  const show = useAtlasStore((s) => s.showCandidates);
  const quiz = useAtlasStore((s) => s.quiz);
  const markers = useAtlasStore((s) => s.markers);
  const q = quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
  if (!show || !q?.candidates || q.answer) return null;
  return (
    <group name="quiz-candidates">
      {q.candidates.map((id, i) => {
        const m = markers.find((x) => x.id === id);
        if (!m) return null;
        return (
          <group key={id}>
            <mesh position={m.position} renderOrder={9}>
              <sphereGeometry args={[0.004, 12, 8]} />
              <meshBasicMaterial color="#ffe14d" depthTest={false} />
            </mesh>
            <Html position={m.position} style={{ pointerEvents: 'none' }} zIndexRange={[20, 10]}>
              <div className="marker-label marker-label--spot">{i + 1}</div>
            </Html>
          </group>
        );
      })}
    </group>
  );
}
