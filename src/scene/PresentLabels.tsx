import { useEffect, useMemo, useRef } from 'react';
import { Ray, Vector3 } from 'three';
import { addAfterEffect, useThree } from '@react-three/fiber';
import { Html } from '@react-three/drei';
import { markerIdFor } from '../anatomy/markerIds.ts';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { pointFactsByCode } from '../data/pointCatalogue.ts';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { placeLabels, type LabelBox, type ScreenRect } from '../lib/labelPlacement.ts';
import { selectVisibleMarkers } from '../state/selectors.ts';
import { useAtlasStore } from '../state/store.ts';

export type PresentLabelsProps = {
  /** the body drawn: a label whose marker is behind the skin is not shown */
  assets: BodyAssets;
};

/** Labels that never sit on these (the needle's and ruler's own labels, the alternative-location tag). */
const obstacleSelector = '.needle-label, .ruler-label, .marker-label--alt';

const ray = new Ray();
const target = new Vector3();

/**
 * Present mode's labels: the current point, the lesson's points and the shown channel, each with its code. After
 * every frame a simple collision pass (`placeLabels`) keeps the more important label where it is and moves the
 * lesser one to another side of its marker, or drops it; labels of markers behind the body are hidden.
 */
export function PresentLabels({ assets }: PresentLabelsProps) {
  const mode = useAtlasStore((s) => s.mode);
  const markers = useAtlasStore(selectVisibleMarkers);
  const channel = useAtlasStore((s) => s.channel);
  const selectedCode = useAtlasStore((s) => s.selectedCode);
  const selectedSide = useAtlasStore((s) => s.selectedSide);
  const run = useAtlasStore((s) => s.lessonRun);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const elements = useRef(new Map<string, HTMLDivElement>());

  const labelled = useMemo(() => {
    if (mode !== 'present') return [];
    const side = selectedSide === 'right' ? 'right' : 'left';
    const rank = new Map<string, number>();
    if (selectedCode) rank.set(markerIdFor(selectedCode, selectedSide), 0);
    run?.lesson.steps.forEach((s, i) => {
      const id = markerIdFor(s.code, pointFactsByCode.get(s.code)?.laterality === 'midline' ? 'midline' : (s.side ?? side));
      if (!rank.has(id)) rank.set(id, 1 + i);
    });
    const shownChannel = channel ?? (selectedCode ? pointFactsByCode.get(selectedCode)?.meridian : undefined);
    const out: { marker: ResolvedPoint; rank: number }[] = [];
    markers.forEach((m, i) => {
      const own = rank.get(m.id);
      if (own !== undefined) out.push({ marker: m, rank: own });
      else if (shownChannel && m.side !== (side === 'left' ? 'right' : 'left') && pointFactsByCode.get(m.code)?.meridian === shownChannel)
        out.push({ marker: m, rank: 1000 + i });
    });
    return out;
  }, [mode, markers, channel, selectedCode, selectedSide, run]);

  useEffect(() => {
    if (!labelled.length) return;
    const applied = new Map<string, { dx: number; dy: number }>();
    return addAfterEffect(() => {
      const bounds = gl.domElement.getBoundingClientRect();
      const boxes: LabelBox[] = [];
      for (const { marker, rank } of labelled) {
        const el = elements.current.get(marker.id);
        if (!el) continue;
        // Behind the skin: hidden, and no place taken.
        target.set(...marker.position).addScaledVector(new Vector3(...marker.normal), 0.003);
        ray.origin.copy(camera.position);
        ray.direction.subVectors(target, camera.position);
        const distance = ray.direction.length();
        ray.direction.normalize();
        const hit = assets.skin.bvh.raycastFirst(ray, 2, 0, distance);
        const r = el.getBoundingClientRect();
        if ((hit && hit.distance < distance - 0.004) || r.width === 0) {
          el.style.visibility = 'hidden';
          continue;
        }
        const was = applied.get(marker.id) ?? { dx: 0, dy: 0 };
        boxes.push({ id: marker.id, rank, rect: { left: r.left - was.dx, top: r.top - was.dy, width: r.width, height: r.height } });
      }
      const obstacles: ScreenRect[] = [...document.querySelectorAll<HTMLElement>(obstacleSelector)]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
      const placed = placeLabels(boxes, obstacles, { left: bounds.left, top: bounds.top, width: bounds.width, height: bounds.height });
      for (const [id, p] of placed) {
        const el = elements.current.get(id);
        if (!el) continue;
        el.style.visibility = p ? 'visible' : 'hidden';
        if (p) {
          el.style.translate = `${p.dx}px ${p.dy}px`;
          applied.set(id, p);
        }
      }
    });
  }, [labelled, assets, camera, gl]);

  return (
    <>
      {labelled.map(({ marker, rank }) => (
        <Html key={marker.id} position={marker.position as [number, number, number]} style={{ pointerEvents: 'none' }} zIndexRange={[19, 9]}>
          <div
            ref={(el) => {
              if (el) elements.current.set(marker.id, el);
              else elements.current.delete(marker.id);
            }}
            className={rank === 0 ? 'marker-label marker-label--present marker-label--current' : 'marker-label marker-label--present'}
            data-marker={marker.id}
            style={{ visibility: 'hidden' }}
          >
            {marker.member ? `${marker.code}-${marker.member}` : marker.code}
          </div>
        </Html>
      ))}
    </>
  );
}
