import { Quaternion, Vector3 } from 'three';
import { Line } from '@react-three/drei';
import { useAtlasStore } from '../state/store.ts';

/** After a "find" answer: where the student clicked, and an arrow from there to the true point. */
export function QuizFeedback() {
  const quiz = useAtlasStore((s) => s.quiz);
  const markers = useAtlasStore((s) => s.markers);
  const q = quiz && !quiz.finished ? quiz.questions[quiz.index] : undefined;
  const answer = q?.answer?.kind === 'find' ? q.answer : undefined;
  if (!answer) return null;
  const target = markers.find((m) => m.id === answer.markerId);
  if (!target) return null;
  const from = answer.click as [number, number, number];
  const to = target.position as [number, number, number];
  const color = answer.correct ? '#3be37a' : '#ff5a4f';
  const direction = new Vector3(...to).sub(new Vector3(...from));
  const headAt = new Vector3(...to).addScaledVector(direction.clone().normalize(), -0.005);
  const headTurn = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction.lengthSq() > 0 ? direction.normalize() : new Vector3(0, 1, 0));
  return (
    <group name="quiz-feedback">
      <mesh position={from}>
        <sphereGeometry args={[0.005, 12, 8]} />
        <meshBasicMaterial color={color} depthTest={false} />
      </mesh>
      <Line points={[from, to]} color={color} lineWidth={3} depthTest={false} renderOrder={8} />
      <mesh position={headAt} quaternion={headTurn}>
        <coneGeometry args={[0.004, 0.01, 10]} />
        <meshBasicMaterial color={color} depthTest={false} />
      </mesh>
    </group>
  );
}
