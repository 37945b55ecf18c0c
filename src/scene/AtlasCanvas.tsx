import { Canvas } from '@react-three/fiber';
import { bodyAssetsFor } from '../lib/bodyAssetCache.ts';
import { stageBackground } from '../lib/stageColours.ts';
import { useAtlasStore } from '../state/store.ts';
import { AtlasProbe } from './AtlasProbe.tsx';
import { Body } from './Body.tsx';
import { CameraRig } from './CameraRig.tsx';
import { CompareMarks } from './CompareMarks.tsx';
import { CunRuler } from './CunRuler.tsx';
import { LandmarkLayer } from './LandmarkLayer.tsx';
import { MeridianPaths } from './MeridianPaths.tsx';
import { NeedleGuide } from './NeedleGuide.tsx';
import { PointMarkers } from './PointMarkers.tsx';
import { PresentLabels } from './PresentLabels.tsx';
import { QuizCandidates } from './QuizCandidates.tsx';
import { QuizFeedback } from './QuizFeedback.tsx';
import { QuizTarget } from './QuizTarget.tsx';

/**
 * The 3D stage: the canvas, its lights and camera, and, once the body is loaded, the body with every layer drawn on
 * it. Loaded as its own chunk (App lazy-loads it), so three.js and react-three-fiber stay off the first paint.
 */
export default function AtlasCanvas() {
  const status = useAtlasStore((s) => s.modelStatus);
  const bodyId = useAtlasStore((s) => s.bodyId);
  const setWebgl = useAtlasStore((s) => s.setWebgl);
  const mode = useAtlasStore((s) => s.mode);
  const answerFind = useAtlasStore((s) => s.answerFind);
  const missedBody = useAtlasStore((s) => s.missedBody);
  const showMarkers = useAtlasStore((s) => s.showMarkers);
  const assets = status.state === 'ready' ? bodyAssetsFor(bodyId) : undefined;
  return (
    <Canvas
      className="stage__canvas"
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ position: [0, 0.96, 3.06], fov: 40, near: 0.01, far: 50 }}
      gl={{ antialias: true, preserveDrawingBuffer: true }}
      {...(mode === 'quiz' ? { onPointerMissed: missedBody } : {})}
      onCreated={({ gl }) => {
        const canvas = gl.domElement;
        canvas.addEventListener('webglcontextlost', (e) => {
          e.preventDefault(); // allows the browser to restore the context
          setWebgl('lost');
        });
        canvas.addEventListener('webglcontextrestored', () => setWebgl('ok'));
      }}
    >
      <color attach="background" args={[stageBackground]} />
      <hemisphereLight args={['#f4f1ea', '#3a3f4a', 1.4]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} />
      <directionalLight position={[-2, 1.5, -2.5]} intensity={0.7} />
      <directionalLight position={[0, -3, 0.5]} intensity={0.5} />
      {assets && (
        <>
          <Body assets={assets} onSkinClick={mode === 'quiz' ? answerFind : undefined} />
          <QuizFeedback />
          <QuizCandidates />
          <QuizTarget />
          <MeridianPaths assets={assets} />
          {showMarkers && <PointMarkers />}
          {showMarkers && <PresentLabels assets={assets} />}
          {showMarkers && <CompareMarks assets={assets} />}
          <CunRuler assets={assets} />
          <NeedleGuide assets={assets} />
          <LandmarkLayer assets={assets} />
          <AtlasProbe assets={assets} />
        </>
      )}
      <CameraRig />
    </Canvas>
  );
}
