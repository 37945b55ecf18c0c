import { useMemo } from 'react';
import { Vector3 } from 'three';
import { Html, Line } from '@react-three/drei';
import { bCunSegments } from '../anatomy/bCunSegments.ts';
import { pointAlongPath, type SkinSpot } from '../anatomy/skinSurface.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import { useStrings } from '../i18n/useStrings.ts';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { useAtlasStore } from '../state/store.ts';
import { markerIdFor } from '../anatomy/markerIds.ts';
import { useFacesCamera } from './useFacesCamera.ts';

export type CunRulerProps = {
  /** the loaded body the segment is traced on */
  assets: BodyAssets;
};

const lifted = (s: SkinSpot, by = 0.002): [number, number, number] => {
  const p = s.position.clone().addScaledVector(s.normal, by);
  return [p.x, p.y, p.z];
};

/** Tick marks across a skin path at every whole cun: short lines along the skin, across the path. */
function ticks(path: readonly SkinSpot[], cun: number): [number, number, number][][] {
  const out: [number, number, number][][] = [];
  for (let k = 0; k <= cun; k++) {
    const spot = pointAlongPath(path, k / cun);
    const ahead = pointAlongPath(path, Math.min(1, k / cun + 0.01))
      .position.clone()
      .sub(pointAlongPath(path, Math.max(0, k / cun - 0.01)).position);
    const across = new Vector3()
      .crossVectors(spot.normal, ahead)
      .normalize()
      .multiplyScalar(k % 5 === 0 ? 0.008 : 0.005);
    const centre = spot.position.clone().addScaledVector(spot.normal, 0.002);
    out.push([centre.clone().add(across).toArray(), centre.clone().sub(across).toArray()]);
  }
  return out;
}

/**
 * How the selected point is measured: its rule's B-cun segment drawn on the skin with a tick at every cun,
 * and the path walked from the landmark to the point.
 */
export function CunRuler({ assets }: CunRulerProps) {
  const code = useAtlasStore((s) => s.selectedCode);
  const side = useAtlasStore((s) => s.selectedSide);
  const show = useAtlasStore((s) => s.showRuler);
  // Presenting, the point labels own the space; the segment's name is a desk detail.
  const presenting = useAtlasStore((s) => s.mode === 'present');
  const { labels } = useStrings();

  const ruler = useMemo(() => {
    const point = code ? pointFactsByCode.get(code) : undefined;
    if (!point || !side || !point.placement) return null;
    const trace = assets.resolver.traceOf(point.code, side);
    const segment = assets.resolver.segment(trace.measure, side);
    const def = bCunSegments[trace.measure];
    return {
      line: segment.path.map((s) => lifted(s)),
      ticks: ticks(segment.path, def.cun),
      walked: trace.paths.filter((p) => p.length > 1).map((p) => p.map((v) => [v[0], v[1], v[2]] as [number, number, number])),
      segmentId: trace.measure,
      labelAt: lifted(pointAlongPath(segment.path, 0.08), 0.01),
      point: assets.markers.find((m) => m.id === markerIdFor(point.code, side)),
    };
  }, [assets, code, side]);
  const spot = useMemo(() => (ruler?.point ? { position: new Vector3(...ruler.point.position), normal: new Vector3(...ruler.point.normal) } : null), [ruler]);
  const facing = useFacesCamera(spot, assets.skin?.bvh);

  if (!show || !ruler) return null;
  return (
    <group name="cun-ruler">
      {/* Drawn twice: solid where the skin does not hide it, and faint through the body, so it never lies over the
          far side of the body as if it were on the near one. */}
      {[true, false].map((depthTest) => {
        const fade = depthTest ? 1 : 0.16;
        return (
          <group key={String(depthTest)}>
            <Line points={ruler.line} color="#ffffff" lineWidth={2} depthTest={depthTest} transparent opacity={0.9 * fade} renderOrder={5} />
            {ruler.ticks.map((t, i) => (
              <Line
                key={i}
                points={t}
                color="#ffffff"
                lineWidth={i % 5 === 0 ? 2.5 : 1.5}
                depthTest={depthTest}
                transparent
                opacity={0.9 * fade}
                renderOrder={5}
              />
            ))}
            {ruler.walked.map((p, i) => (
              <Line
                key={`w${i}`}
                points={p}
                color="#ffe14d"
                lineWidth={2.5}
                dashed
                dashSize={0.006}
                gapSize={0.004}
                depthTest={depthTest}
                transparent
                opacity={fade}
                renderOrder={6}
              />
            ))}
          </group>
        );
      })}
      {facing && !presenting && (
        <Html position={ruler.labelAt} style={{ pointerEvents: 'none' }} zIndexRange={[14, 4]}>
          <div className="ruler-label">{labels.segment[ruler.segmentId] ?? ruler.segmentId}</div>
        </Html>
      )}
    </group>
  );
}
