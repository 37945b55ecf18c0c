import { useEffect, useRef } from 'react';
import { Vector3, type Camera } from 'three';
import { useThree } from '@react-three/fiber';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { bodyAssetsFor } from '../lib/bodyAssetCache.ts';
import { candidatesNear, decidePick, pickRadius, type PickDecision, type ScreenMarker } from '../lib/screenPick.ts';
import { useAtlasStore } from '../state/store.ts';
import { markerHiddenBySkin } from './markerVisibility.ts';

/** Click events the screen-space picker has answered; the instanced mesh's own click handler leaves them alone. */
export const screenPickedEvents = new WeakSet<Event>();

const ndc = new Vector3();
const centre = new Vector3();

export interface ScreenPickingOptions {
  /** the markers drawn, in instance order */
  markers: readonly ResolvedPoint[];
  /** where a marker's centre is drawn now (world space) */
  centreOf: (marker: ResolvedPoint, target: Vector3) => Vector3;
  /** a marker's drawn radius now, in metres */
  radius: () => number;
  /** the hovered marker changed (mouse only; null when none) */
  onHover: (index: number | null) => void;
  /** a tap or click decided on a marker, or on several to choose from */
  onPick: (decision: PickDecision, at: { x: number; y: number }) => void;
  /** false while picking is off (the quiz, where a click on the skin is an answer) */
  enabled: boolean;
}

/** Projects the markers and returns the visible ones near a page point, nearest first, with the on-marker radius. */
function pickNear(
  markers: readonly ResolvedPoint[],
  camera: Camera,
  canvas: HTMLCanvasElement,
  at: { x: number; y: number },
  reach: number,
  centreOf: ScreenPickingOptions['centreOf'],
  radius: number,
) {
  const rect = canvas.getBoundingClientRect();
  const screen: ScreenMarker[] = [];
  markers.forEach((m, index) => {
    ndc.copy(centreOf(m, centre)).project(camera);
    if (ndc.z < -1 || ndc.z > 1) return;
    screen.push({ index, x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height });
  });
  const bvh = bodyAssetsFor(useAtlasStore.getState().bodyId)?.skin.bvh;
  const visible = candidatesNear(screen, at, reach).filter((c) => {
    const m = markers[c.index];
    return m !== undefined && !(bvh && markerHiddenBySkin(bvh, camera.position, m));
  });
  // A marker's own radius on screen: a click inside it means that marker.
  const first = visible[0] && markers[visible[0].index];
  let onMarker = 0;
  if (first && 'fov' in camera) {
    const distance = camera.position.distanceTo(centreOf(first, centre));
    const fov = ((camera as unknown as { fov: number }).fov * Math.PI) / 180;
    onMarker = (radius / (distance * Math.tan(fov / 2))) * (rect.height / 2);
  }
  return { visible, onMarker };
}

/**
 * Forgiving picking on the canvas: a click or tap means the nearest visible marker within a radius suited to the
 * pointer (about 12 px for a mouse, 24 px for a finger), or asks the user to choose between close rivals. Hover
 * (mouse only) names the nearest visible marker the same way. Markers behind the body never count.
 */
export function useScreenPicking({ markers, centreOf, radius, onHover, onPick, enabled }: ScreenPickingOptions): void {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  // The latest options, read by listeners that are attached once.
  const options = useRef({ markers, centreOf, radius, onHover, onPick, enabled });
  options.current = { markers, centreOf, radius, onHover, onPick, enabled };

  useEffect(() => {
    let down: { x: number; y: number; id: number } | null = null;
    let pointers = 0;
    let multiTouch = false;
    let hoverFrame = 0;
    let lastMove: PointerEvent | null = null;

    const onDown = (e: PointerEvent) => {
      pointers += 1;
      if (pointers > 1) multiTouch = true;
      if (pointers === 1) {
        multiTouch = false;
        down = { x: e.clientX, y: e.clientY, id: e.pointerId };
      }
    };
    const onUp = () => {
      pointers = Math.max(0, pointers - 1);
    };
    const onClick = (e: MouseEvent) => {
      const o = options.current;
      const pointerType = (e as PointerEvent).pointerType || 'mouse';
      const start = down;
      down = null;
      if (!o.enabled || e.button !== 0 || multiTouch) return;
      // A drag that ends on the canvas is an orbit, not a click.
      if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > (pointerType === 'touch' ? 10 : 5)) return;
      const reach = pickRadius(pointerType);
      const at = { x: e.clientX, y: e.clientY };
      const { visible, onMarker } = pickNear(o.markers, camera, canvas, at, reach, o.centreOf, o.radius());
      const decision = decidePick(visible, reach, { onMarker });
      screenPickedEvents.add(e);
      o.onPick(decision, at);
    };
    const hover = () => {
      hoverFrame = 0;
      const e = lastMove;
      const o = options.current;
      if (!e) return;
      // No names during a quiz: the hover label would give the answer away.
      if (!o.enabled) return o.onHover(null);
      const { visible } = pickNear(o.markers, camera, canvas, { x: e.clientX, y: e.clientY }, pickRadius('mouse'), o.centreOf, o.radius());
      o.onHover(visible[0]?.index ?? null);
    };
    const onMove = (e: PointerEvent) => {
      // No hover while a button is held (orbiting) or for a finger; a label chasing the pointer costs frames.
      if (e.pointerType !== 'mouse' || e.buttons !== 0) return;
      lastMove = e;
      if (!hoverFrame) hoverFrame = requestAnimationFrame(hover);
    };
    const onLeave = () => {
      lastMove = null;
      options.current.onHover(null);
    };
    canvas.addEventListener('pointerdown', onDown);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    canvas.addEventListener('click', onClick);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    return () => {
      if (hoverFrame) cancelAnimationFrame(hoverFrame);
      canvas.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
    };
  }, [camera, canvas]);
}
