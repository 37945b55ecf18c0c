/**
 * Entry of the comparison page: Google's <model-viewer> showing public/models/body.glb with every point of
 * `npm run export:points` as a hotspot (the buttons are written into the HTML by bench/vite.config.ts).
 * It offers `window.__MV__` to scripts/bench.ts, the counterpart of the atlas's `window.__ATLAS__`.
 */
import './mv-config.ts';
import { ModelViewerElement } from '@google/model-viewer';
import type { WebGLRenderer } from 'three';
import { Renderer } from '@google/model-viewer/lib/three-components/Renderer.js';
import type { ModelViewerProbe } from './lib/probe-types.ts';

// Same pixels as the atlas: no dynamic resolution drop when frames are slow (model-viewer's default is 0.5).
ModelViewerElement.minimumRenderScale = 1;

const probe: ModelViewerProbe = {
  ready: Promise.resolve(0),
  loadAt: null,
  frames: 0,
  hotspots: () => 0,
  setHotspotsVisible: () => {},
  resetCamera: () => {},
  camera: () => ({ orbit: '', target: '', fieldOfView: '' }),
  error: null,
};
window.__MV__ = probe;

// Count the frames model-viewer draws: calls of its one three.js renderer with one of its element scenes
// (not the renders that build the environment map). WebGLRenderer defines render() per instance, so the
// instance is wrapped, not the prototype.
const shared = Renderer.singleton;
const three = shared.threeRenderer as WebGLRenderer | null;
if (three) {
  const scenes = (shared as unknown as { scenes: Set<unknown> }).scenes;
  const render = three.render.bind(three);
  three.render = (scene, camera) => {
    if (scenes.has(scene)) probe.frames += 1;
    render(scene, camera);
  };
}

const viewer = document.querySelector<ModelViewerElement>('model-viewer');
if (!viewer) throw new Error('model-viewer.html has no <model-viewer>');

const query = new URLSearchParams(location.search);
const width = Number(query.get('w'));
const height = Number(query.get('h'));
if (width > 0 && height > 0) {
  viewer.style.width = `${width}px`;
  viewer.style.height = `${height}px`;
}

probe.ready = new Promise<number>((resolve) => {
  const loaded = () => {
    probe.loadAt = performance.now();
    requestAnimationFrame(() => resolve(performance.now()));
  };
  if (viewer.loaded) loaded();
  else viewer.addEventListener('load', loaded, { once: true });
  viewer.addEventListener('error', (e) => {
    probe.error = JSON.stringify((e as unknown as CustomEvent).detail ?? 'error');
  });
});

const parked = document.createDocumentFragment();
probe.hotspots = () => viewer.querySelectorAll('[slot^="hotspot-"]').length;
probe.setHotspotsVisible = (visible) => {
  if (visible) viewer.append(parked);
  else parked.append(...viewer.querySelectorAll('[slot^="hotspot-"]'));
};

const initial = { orbit: viewer.cameraOrbit, target: viewer.cameraTarget, fov: viewer.fieldOfView };
probe.resetCamera = () => {
  viewer.cameraTarget = initial.target;
  viewer.cameraOrbit = initial.orbit;
  viewer.fieldOfView = initial.fov;
  viewer.jumpCameraToGoal();
};
probe.camera = () => {
  const orbit = viewer.getCameraOrbit();
  const target = viewer.getCameraTarget();
  return { orbit: orbit.toString(), target: target.toString(), fieldOfView: `${viewer.getFieldOfView().toFixed(2)}deg` };
};
