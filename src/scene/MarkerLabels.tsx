import { useRef, useState } from 'react';
import { Vector3 } from 'three';
import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { bodyAssetsFor } from '../lib/bodyAssetCache.ts';
import { keepNonOverlapping, type LabelBox } from '../lib/screenPick.ts';
import { useAtlasStore } from '../state/store.ts';
import { markerHiddenBySkin } from './markerVisibility.ts';

export type MarkerLabelsProps = {
  /** the markers to label, most important first; lesser labels that would collide are dropped */
  markers: readonly ResolvedPoint[];
  /** approximate width of one character of a label, in CSS pixels */
  charWidth?: number;
  /** height of a label, in CSS pixels */
  labelHeight?: number;
};

const ndc = new Vector3();
const anchor = new Vector3();
const lastCamera = new Vector3();
const lastDirection = new Vector3();
const direction = new Vector3();

const labelOf = (m: ResolvedPoint) => (m.member ? `${m.code}-${m.member}` : m.code);

/**
 * Codes beside markers (present mode) that never overlap: after each camera move a screen-space pass keeps the
 * labels in priority order and drops a lesser one that would collide, or whose marker is behind the body.
 */
export function MarkerLabels({ markers, charWidth = 10, labelHeight = 24 }: MarkerLabelsProps) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const checked = useRef<readonly ResolvedPoint[] | null>(null);

  useFrame(() => {
    camera.getWorldDirection(direction);
    const moved = !camera.position.equals(lastCamera) || !direction.equals(lastDirection) || checked.current !== markers;
    if (!moved) return;
    lastCamera.copy(camera.position);
    lastDirection.copy(direction);
    checked.current = markers;
    const bvh = bodyAssetsFor(useAtlasStore.getState().bodyId)?.skin.bvh;
    const boxes: LabelBox[] = [];
    const ids: string[] = [];
    for (const m of markers) {
      anchor.set(...m.position);
      ndc.copy(anchor).project(camera);
      if (ndc.z < -1 || ndc.z > 1 || Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) continue;
      if (bvh && markerHiddenBySkin(bvh, camera.position, m)) continue;
      const x = ((ndc.x + 1) / 2) * size.width;
      const y = ((1 - ndc.y) / 2) * size.height;
      boxes.push({ x: x + 10, y: y - labelHeight / 2, width: labelOf(m).length * charWidth + 14, height: labelHeight });
      ids.push(m.id);
    }
    const next = new Set(keepNonOverlapping(boxes).map((i) => ids[i]!));
    if (next.size !== shown.size || [...next].some((id) => !shown.has(id))) {
      setShown(next);
      invalidate();
    }
  });

  return (
    <>
      {markers
        .filter((m) => shown.has(m.id))
        .map((m) => (
          <Html key={m.id} position={m.position as [number, number, number]} style={{ pointerEvents: 'none' }} zIndexRange={[19, 9]}>
            <div className="marker-label marker-label--present">{labelOf(m)}</div>
          </Html>
        ))}
    </>
  );
}
