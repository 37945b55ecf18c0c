import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useAtlasStore, type ViewPreset } from '../state/store.ts';
import type { ResolvedPoint } from '../anatomy/resolvePoint.ts';

export type CameraRigProps = {
  /** seconds a camera move takes (0 when the user prefers reduced motion) */
  duration?: number;
};

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
  return { position: target.clone().addScaledVector(normal, Math.max(0.55, spread * 2.6)).add(new Vector3(0, 0.04, 0)), target };
}

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Orbit controls plus smooth, requested camera moves (presets, fly-to-point, reset, shared views). */
export function CameraRig({ duration = 0.7 }: CameraRigProps) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
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
    let to: Pose | null = null;
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

  return <OrbitControls ref={controls} makeDefault enableDamping={false} minDistance={0.12} maxDistance={6} target={[0, 0.96, 0]} onEnd={rememberPose} />;
}
