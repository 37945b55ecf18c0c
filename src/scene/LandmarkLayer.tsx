import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type InstancedMesh, Matrix4, Quaternion, SphereGeometry, Vector3 } from 'three';
import { Html, Line } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { bCunSegmentIds, bCunSegments } from '../anatomy/bCunSegments.ts';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { useAtlasStore } from '../state/store.ts';

export type LandmarkLayerProps = {
  /** the loaded body whose landmarks and segments are drawn */
  assets: BodyAssets;
};

const matrix = new Matrix4();
const identity = new Quaternion();
const one = new Vector3(1, 1, 1);

/** Every landmark as a small white bead (name on hover) and every B-cun segment traced over the skin. */
export function LandmarkLayer({ assets }: LandmarkLayerProps) {
  const show = useAtlasStore((s) => s.showLandmarks);
  const mesh = useRef<InstancedMesh>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const landmarks = useMemo(() => [...assets.landmarks.entries()], [assets]);
  const geometry = useMemo(() => new SphereGeometry(0.0035, 8, 6), []);
  const segments = useMemo(() => {
    if (!show) return [];
    return bCunSegmentIds.flatMap((id) => {
      const sides = 'across' in bCunSegments[id] ? (['left'] as const) : (['left', 'right'] as const);
      return sides.map((side) => ({
        key: `${id}-${side}`,
        points: assets.resolver.segment(id, side).path.map((s) => {
          const p = s.position.clone().addScaledVector(s.normal, 0.0015);
          return [p.x, p.y, p.z] as [number, number, number];
        }),
      }));
    });
  }, [assets, show]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    landmarks.forEach(([, l], i) => m.setMatrixAt(i, matrix.compose(new Vector3(...l.p), identity, one)));
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [landmarks, show]);

  if (!show) return null;
  const hoveredLandmark = hovered !== null ? landmarks[hovered] : undefined;
  return (
    <group name="landmarks">
      <instancedMesh
        ref={mesh}
        args={[geometry, undefined, landmarks.length]}
        onPointerMove={(e: ThreeEvent<PointerEvent>) => {
          e.stopPropagation();
          if (e.instanceId !== undefined) setHovered(e.instanceId);
        }}
        onPointerOut={() => setHovered(null)}
      >
        <meshBasicMaterial color="#ffffff" />
      </instancedMesh>
      {segments.map((s) => (
        <Line key={s.key} points={s.points} color="#9fe3ff" lineWidth={1.5} transparent opacity={0.85} />
      ))}
      {hoveredLandmark && (
        <Html position={hoveredLandmark[1].p} style={{ pointerEvents: 'none' }}>
          <div className="marker-label" role="tooltip">
            {hoveredLandmark[0].replaceAll('_', ' ')}
          </div>
        </Html>
      )}
    </group>
  );
}
