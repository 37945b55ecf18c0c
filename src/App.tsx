import { Canvas } from '@react-three/fiber';
import { bodyAssetsFor } from './lib/bodyAssets.ts';
import { AtlasProbe } from './scene/AtlasProbe.tsx';
import { Body } from './scene/Body.tsx';
import { CameraRig } from './scene/CameraRig.tsx';
import { PointMarkers } from './scene/PointMarkers.tsx';
import { useAtlasStore } from './state/store.ts';
import { ModelStatus } from './ui/ModelStatus.tsx';
import { NoticeBanner } from './ui/NoticeBanner.tsx';
import { PointList } from './ui/PointList.tsx';
import { PointPanel } from './ui/PointPanel.tsx';
import { Toolbar } from './ui/Toolbar.tsx';

/** The one place where the 3D scene and the DOM interface meet; they share only the store. */
export function App() {
  const status = useAtlasStore((s) => s.modelStatus);
  const webgl = useAtlasStore((s) => s.webgl);
  const bodyId = useAtlasStore((s) => s.bodyId);
  const setWebgl = useAtlasStore((s) => s.setWebgl);
  const assets = status.state === 'ready' ? bodyAssetsFor(bodyId) : undefined;
  const listMode = status.state === 'error' || webgl !== 'ok';

  return (
    <div className="atlas">
      <Toolbar />
      <NoticeBanner />
      <div className="atlas__main">
        <main className="stage" aria-label="3D body">
          {webgl !== 'unavailable' && (
            <Canvas
              className="stage__canvas"
              frameloop="demand"
              dpr={[1, 2]}
              camera={{ position: [0, 0.96, 3.06], fov: 40, near: 0.01, far: 50 }}
              gl={{ antialias: true }}
              onCreated={({ gl }) => {
                const canvas = gl.domElement;
                canvas.addEventListener('webglcontextlost', (e) => {
                  e.preventDefault(); // allows the browser to restore the context
                  setWebgl('lost');
                });
                canvas.addEventListener('webglcontextrestored', () => setWebgl('ok'));
              }}
            >
              <color attach="background" args={['#1b2129']} />
              <hemisphereLight args={['#f4f1ea', '#3a3f4a', 1.4]} />
              <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} />
              <directionalLight position={[-2, 1.5, -2.5]} intensity={0.7} />
              <directionalLight position={[0, -3, 0.5]} intensity={0.5} />
              {assets && (
                <>
                  <Body assets={assets} />
                  <PointMarkers />
                  <AtlasProbe assets={assets} />
                </>
              )}
              <CameraRig />
            </Canvas>
          )}
          <ModelStatus />
          {listMode && <PointList />}
        </main>
        <PointPanel />
      </div>
    </div>
  );
}
