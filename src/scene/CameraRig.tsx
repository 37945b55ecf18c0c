import { useEffect, useRef } from 'react';
import { Mesh, Raycaster, Vector2, Vector3, type PerspectiveCamera } from 'three';
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useAtlasStore, type ViewPreset } from '../state/store.ts';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { isDoubleTap } from '../lib/screenPick.ts';

export type CameraRigProps = {
  /** seconds a camera move takes (0 when the user prefers reduced motion) */
  duration?: number;
  /** zoom per pixel of wheel travel: the distance is multiplied by exp(deltaY × rate); 100 px ≈ 14 % */
  wheelRate?: number;
  /** nearest and farthest the camera may come to its target, in metres */
  minDistance?: number;
  maxDistance?: number;
};

// Scratch objects, allocated once.
const ray = new Vector3();
const forward = new Vector3();
const ndc = new Vector2();
const raycaster = new Raycaster();

/**
 * Zooms toward a spot on the page (the pointer, or the centre of a pinch): the distance to the target is multiplied
 * by `factor`, and the camera moves along the ray through the spot so that what lies under it at the target's depth
 * stays under it. The orbit target becomes the point straight ahead at the new distance.
 */
export function zoomToward(
  camera: PerspectiveCamera,
  target: Vector3,
  spot: { x: number; y: number },
  factor: number,
  limits: { min: number; max: number },
): void {
  const distance = camera.position.distanceTo(target);
  const next = Math.min(limits.max, Math.max(limits.min, distance * factor));
  ray.set(spot.x, spot.y, 0.5).unproject(camera).sub(camera.position).normalize();
  camera.getWorldDirection(forward);
  camera.position.addScaledVector(ray, (distance - next) / Math.max(ray.dot(forward), 0.3));
  target.copy(camera.position).addScaledVector(forward, next);
}

interface Pose {
  position: Vector3;
  target: Vector3;
}

/** Camera poses of the toolbar's preset views, for a body of the given height standing at the origin. */
export function presetPose(preset: ViewPreset, height = 1.75): Pose {
  const mid = new Vector3(0, height * 0.55, 0);
  const d = height * 1.75;
  switch (preset) {
    case 'front':
      return { position: new Vector3(0, mid.y, d), target: mid };
    case 'back':
      return { position: new Vector3(0, mid.y, -d), target: mid };
    case 'left': // the figure's own left is +X
      return { position: new Vector3(d, mid.y, 0), target: mid };
    case 'right':
      return { position: new Vector3(-d, mid.y, 0), target: mid };
    case 'top':
      return { position: new Vector3(0, height + 0.9, 0.05), target: new Vector3(0, height * 0.8, 0) };
    case 'sole':
      // From below and slightly in front, so both soles face the camera.
      return { position: new Vector3(0, -0.62 * (height / 1.75), 0.12), target: new Vector3(0, 0.05, 0.02) };
    case 'armpit': {
      // Into the figure's left armpit from in front, below and outside, between the hanging arm and the chest
      // wall: HT1, GB22, GB23 and SP21 are hidden from every other view.
      const k = height / 1.75;
      return { position: new Vector3(0.3 * k, 0.98 * k, 0.42 * k), target: new Vector3(0.15 * k, 1.25 * k, -0.01 * k) };
    }
  }
}

/** A pose that faces a point (or the members of a group point) along their mean normal, with room around them. */
export function focusPose(markers: readonly ResolvedPoint[]): Pose | null {
  if (!markers.length) return null;
  const target = new Vector3();
  const normal = new Vector3();
  for (const m of markers) {
    target.add(new Vector3(...m.position));
    normal.add(new Vector3(...m.normal));
  }
  target.divideScalar(markers.length);
  if (normal.lengthSq() < 1e-6) normal.set(0, 0, 1);
  normal.normalize();
  // A group spread wide (Jiaji down the back) is framed whole; a single point shows the landmarks around it.
  let spread = 0;
  for (const m of markers) spread = Math.max(spread, target.distanceTo(new Vector3(...m.position)));
  return {
    position: target
      .clone()
      .addScaledVector(normal, Math.max(0.55, spread * 2.6))
      .add(new Vector3(0, 0.04, 0)),
    target,
  };
}

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Orbit controls plus smooth, requested camera moves (presets, fly-to-point, reset, shared views). */
export function CameraRig({ duration = 0.7, wheelRate = 0.0015, minDistance = 0.12, maxDistance = 6 }: CameraRigProps) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const request = useAtlasStore((s) => s.cameraRequest);
  const hasMarkers = useAtlasStore((s) => s.markers.length > 0);
  const flight = useRef<{ from: Pose; to: Pose; t: number } | null>(null);
  const setCameraPose = useAtlasStore((s) => s.setCameraPose);
  const round = (v: Vector3) => [Number(v.x.toFixed(3)), Number(v.y.toFixed(3)), Number(v.z.toFixed(3))] as [number, number, number];
  // The resting pose goes to the store for shared links: once per move, never per frame.
  const rememberPose = () => {
    if (controls.current) setCameraPose({ position: round(camera.position), target: round(controls.current.target) });
  };

  useEffect(() => {
    if (!request || !controls.current) return;
    const state = useAtlasStore.getState();
    let to: Pose | null;
    const height = state.bodyHeight ?? undefined;
    if (request.kind === 'preset') to = presetPose(request.preset, height);
    else if (request.kind === 'reset') to = presetPose('front', height);
    else if (request.kind === 'pose') to = { position: new Vector3(...request.position), target: new Vector3(...request.target) };
    else to = focusPose(state.markers.filter((m) => request.markerIds.includes(m.id)));
    if (!to) return;
    const from = { position: camera.position.clone(), target: controls.current.target.clone() };
    flight.current = { from, to, t: reducedMotion() || duration === 0 ? 1 : 0 };
    invalidate();
    // markers may arrive after the request (a link opened before the body loaded): retry when they do
  }, [request, camera, duration, invalidate, hasMarkers]);

  // Zoom toward the pointer (wheel) and toward the fingers (pinch), at a rate a person controls; a double click or
  // double tap on the skin centres the view there. OrbitControls keeps rotating and panning.
  useEffect(() => {
    const limits = { min: minDistance, max: maxDistance };
    const toNdc = (x: number, y: number) => {
      const rect = canvas.getBoundingClientRect();
      return { x: ((x - rect.left) / rect.width) * 2 - 1, y: -((y - rect.top) / rect.height) * 2 + 1 };
    };
    let restTimer = 0;
    const zoom = (x: number, y: number, factor: number) => {
      const c = controls.current;
      if (!c || !Number.isFinite(factor) || factor <= 0) return;
      flight.current = null;
      zoomToward(camera as PerspectiveCamera, c.target, toNdc(x, y), factor, limits);
      c.update();
      invalidate();
      window.clearTimeout(restTimer);
      restTimer = window.setTimeout(rememberPose, 150);
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const pixels = e.deltaY * (e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1);
      zoom(e.clientX, e.clientY, Math.exp(Math.max(-300, Math.min(300, pixels)) * wheelRate));
    };
    const touches = new Map<number, { x: number; y: number }>();
    let spread: number | null = null;
    const pinch = () => {
      const [a, b] = [...touches.values()];
      return a && b ? { d: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      spread = pinch()?.d ?? null;
    };
    const onMove = (e: PointerEvent) => {
      if (!touches.has(e.pointerId)) return;
      touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const p = pinch();
      if (!p || spread === null || p.d < 1) return;
      // Fingers twice as far apart: half the distance. The ratio is the zoom, no faster.
      zoom(p.x, p.y, spread / p.d);
      spread = p.d;
    };
    const onUp = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      spread = pinch()?.d ?? null;
    };
    let lastTap: { x: number; y: number; time: number } | null = null;
    const onClick = (e: MouseEvent) => {
      const now = { x: e.clientX, y: e.clientY, time: performance.now() };
      if (!isDoubleTap(lastTap, now)) {
        lastTap = now;
        return;
      }
      lastTap = null;
      const body = scene.getObjectByName('body');
      const c = controls.current;
      if (!(body instanceof Mesh) || !c) return;
      const at = toNdc(e.clientX, e.clientY);
      raycaster.setFromCamera(ndc.set(at.x, at.y), camera);
      const hit = raycaster.intersectObject(body, false)[0];
      if (!hit) return;
      // Centre on the spot at the same distance and angle: the camera slides, it does not turn.
      const shift = hit.point.clone().sub(c.target);
      flight.current = {
        from: { position: camera.position.clone(), target: c.target.clone() },
        to: { position: camera.position.clone().add(shift), target: hit.point.clone() },
        t: reducedMotion() || duration === 0 ? 1 : 0,
      };
      invalidate();
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    canvas.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    canvas.addEventListener('click', onClick);
    return () => {
      window.clearTimeout(restTimer);
      canvas.removeEventListener('wheel', onWheel);
      canvas.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      canvas.removeEventListener('click', onClick);
    };
    // rememberPose only reads refs and the store's setter
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, canvas, scene, invalidate, wheelRate, minDistance, maxDistance, duration]);

  useFrame((_, delta) => {
    const f = flight.current;
    const c = controls.current;
    if (!f || !c) return;
    f.t = Math.min(1, f.t + delta / Math.max(duration, 0.001));
    const k = f.t < 0.5 ? 4 * f.t ** 3 : 1 - (-2 * f.t + 2) ** 3 / 2; // ease in-out
    c.target.lerpVectors(f.from.target, f.to.target, k);
    camera.position.lerpVectors(f.from.position, f.to.position, k);
    c.update();
    if (f.t >= 1) {
      flight.current = null;
      rememberPose();
    }
    invalidate();
  });

  // Zoom is ours (toward the pointer and the pinch); OrbitControls rotates with one finger and pans with two.
  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      enableZoom={false}
      minDistance={minDistance}
      maxDistance={maxDistance}
      target={[0, 0.96, 0]}
      onEnd={rememberPose}
    />
  );
}
