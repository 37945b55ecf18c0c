/**
 * Renders a contact sheet of the body: a grid of views drawn with scissored viewports on one canvas.
 * Query: ?glb=URL&landmarks=URL&dots=1 (dots draws every landmark as a small red sphere); &points=URL draws the
 * markers of an `export:points` file as blue beads labelled with their codes (used by the close-up sheet).
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

interface View {
  label: string;
  eye: [number, number, number];
  target: [number, number, number];
  size: number; // vertical extent shown (m)
  up?: [number, number, number];
  /** label only the markers of the figure's left side and the midline (the right side is hidden behind the body) */
  leftOnly?: boolean;
}

const q = new URLSearchParams(location.search);
const glbUrl = q.get('glb') ?? '/models/body.glb';
const lmUrl = q.get('landmarks');
const dots = q.get('dots') === '1';
const H = Number(q.get('height') ?? '1.75');

const COLS = Number(q.get('cols') ?? 4);
const ROWS = Number(q.get('rows') ?? 3);
const W = Number(q.get('w') ?? 440);
const HH = Number(q.get('h') ?? 520);

async function main() {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(1);
  renderer.setSize(W * COLS, HH * ROWS);
  renderer.setScissorTest(true);
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  document.body.appendChild(renderer.domElement);

  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0xf2f2f2);
  scene.add(new THREE.HemisphereLight(0xffffff, 0x8a8070, 1.3));

  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(glbUrl);
  scene.add(gltf.scene);
  let tris = 0;
  gltf.scene.traverse((o) => {
    const m = o as THREE.Mesh;
    if (m.isMesh) tris += (m.geometry.index?.count ?? 0) / 3;
  });

  let lm: Record<string, { p: number[]; n: number[] }> = {};
  if (lmUrl) {
    const file = await (await fetch(lmUrl)).json();
    lm = file.landmarks;
    if (dots) {
      const g = new THREE.SphereGeometry(H * 0.0023, 8, 6);
      const mat = new THREE.MeshBasicMaterial({ color: 0xff0000 });
      const mesh = new THREE.InstancedMesh(g, mat, Object.keys(lm).length);
      let i = 0;
      const mtx = new THREE.Matrix4();
      for (const v of Object.values(lm)) mesh.setMatrixAt(i++, mtx.makeTranslation(v.p[0]!, v.p[1]!, v.p[2]!));
      scene.add(mesh);
    }
  }
  const pointsUrl = q.get('points');
  const markers: { code: string; p: THREE.Vector3; n: THREE.Vector3 }[] = [];
  if (pointsUrl) {
    const file = (await (await fetch(pointsUrl)).json()) as { points: { id: string; code: string; position: number[]; normal: number[] }[] };
    const g = new THREE.SphereGeometry(H * 0.0013, 10, 8);
    const mat = new THREE.MeshBasicMaterial({ color: 0x1d4ed8 });
    const mesh = new THREE.InstancedMesh(g, mat, file.points.length);
    const mtx = new THREE.Matrix4();
    file.points.forEach((pt, i) => {
      const p = new THREE.Vector3(pt.position[0], pt.position[1], pt.position[2]);
      const n = new THREE.Vector3(pt.normal[0], pt.normal[1], pt.normal[2]);
      mesh.setMatrixAt(i, mtx.makeTranslation(p.x + n.x * 0.001, p.y + n.y * 0.001, p.z + n.z * 0.001));
      markers.push({ code: pt.code, p, n });
    });
    scene.add(mesh);
  }
  const L = (name: string, fallback: [number, number, number]): [number, number, number] => (lm[name]?.p as [number, number, number] | undefined) ?? fallback;

  const s = H / 1.75;
  const face = L('nose_tip', [0, 1.59 * s, 0.11 * s]);
  const hand = L('palm_center', [0.27 * s, 0.78 * s, 0.03 * s]);
  const foot = L('dorsalis_pedis_l', [0.1 * s, 0.06 * s, 0.04 * s]);
  const back = L('t7_spinous_process', [0, 1.32 * s, -0.1 * s]);
  const palmL = L('palm_center_l', hand);
  const views: View[] = [
    { label: 'front', eye: [0, 0.95 * s, 6], target: [0, 0.9 * s, 0], size: 1.9 * s },
    { label: 'back', eye: [0, 0.95 * s, -6], target: [0, 0.9 * s, 0], size: 1.9 * s },
    { label: 'left side (figure’s left, +X)', eye: [6, 0.95 * s, 0], target: [0, 0.9 * s, 0], size: 1.9 * s },
    { label: 'right side', eye: [-6, 0.95 * s, 0], target: [0, 0.9 * s, 0], size: 1.9 * s },
    { label: 'soles from below', eye: [0, -6, 0.001], target: [0, 0, 0.05 * s], size: 0.5 * s, up: [0, 0, 1] },
    { label: 'face', eye: [face[0] + 0.12, face[1] + 0.04, face[2] + 0.55], target: [face[0], face[1] + 0.03, face[2] - 0.06], size: 0.3 * s },
    { label: 'face, side', eye: [face[0] + 0.6, face[1] + 0.03, face[2] - 0.05], target: [0, face[1] + 0.03, face[2] - 0.09], size: 0.3 * s },
    { label: 'left hand, palm', eye: [palmL[0] + 0.05, palmL[1], palmL[2] + 0.6], target: [palmL[0], palmL[1] - 0.03 * s, palmL[2]], size: 0.26 * s },
    { label: 'left hand, back', eye: [palmL[0] + 0.05, palmL[1], palmL[2] - 0.6], target: [palmL[0], palmL[1] - 0.03 * s, palmL[2]], size: 0.26 * s },
    { label: 'left foot', eye: [foot[0] + 0.3, foot[1] + 0.35, foot[2] + 0.45], target: [foot[0], foot[1] - 0.02, foot[2] + 0.02], size: 0.26 * s },
    { label: 'back, close', eye: [0.15, back[1] + 0.1, -1.6], target: [0, back[1] - 0.05 * s, back[2]], size: 0.75 * s },
    { label: 'front, chest', eye: [0.25, 1.25 * s, 1.6], target: [0, 1.2 * s, 0], size: 0.75 * s },
  ];

  if (q.get('set') === 'detail') {
    const ear = L('tragus_l', [0.08 * s, 1.614 * s, 0.005 * s]);
    const sole = L('sole_center_l', [0.1 * s, 0, 0.05 * s]);
    const navel = L('umbilicus', [0, 1.05 * s, 0.1 * s]);
    const c7 = L('c7_spinous_process', [0, 1.48 * s, -0.09 * s]);
    const mm = L('medial_malleolus_l', [0.07 * s, 0.085 * s, 0]);
    views.length = 0;
    views.push(
      { label: 'face, front', eye: [face[0], face[1] + 0.02, face[2] + 0.6], target: [face[0], face[1] + 0.03, face[2]], size: 0.22 * s },
      { label: 'face, 3/4', eye: [face[0] + 0.45, face[1] + 0.05, face[2] + 0.4], target: [0, face[1] + 0.03, face[2] - 0.04], size: 0.24 * s },
      { label: 'ear', eye: [ear[0] + 0.5, ear[1], ear[2] - 0.05], target: [ear[0], ear[1] + 0.005, ear[2] - 0.02], size: 0.1 * s },
      { label: 'eyes and nose', eye: [face[0] + 0.1, face[1] + 0.02, face[2] + 0.5], target: [face[0], face[1] + 0.02, face[2]], size: 0.1 * s },
      { label: 'hand, palm', eye: [palmL[0] + 0.03, palmL[1] + 0.02, palmL[2] + 0.5], target: [palmL[0], palmL[1] + 0.01 * s, palmL[2]], size: 0.2 * s },
      { label: 'hand, back', eye: [palmL[0] - 0.03, palmL[1] - 0.02, palmL[2] - 0.5], target: [palmL[0], palmL[1] - 0.02 * s, palmL[2]], size: 0.2 * s },
      { label: 'hand, thumb side', eye: [palmL[0] + 0.5, palmL[1] + 0.1, palmL[2] + 0.1], target: [palmL[0], palmL[1] - 0.02 * s, palmL[2]], size: 0.22 * s },
      { label: 'foot, front-medial', eye: [mm[0] - 0.22, mm[1] + 0.12, mm[2] + 0.5], target: [mm[0] + 0.02, mm[1] - 0.02, mm[2] + 0.07], size: 0.22 * s },
      { label: 'foot, lateral', eye: [mm[0] + 0.6, mm[1] + 0.06, mm[2] + 0.06], target: [mm[0], mm[1] + 0.01, mm[2] + 0.06], size: 0.22 * s },
      { label: 'sole', eye: [sole[0], -0.5, sole[2]], target: [sole[0], 0, sole[2]], size: 0.3 * s, up: [0, 0, 1] },
      { label: 'navel, abdomen', eye: [navel[0] + 0.1, navel[1] + 0.05, navel[2] + 0.7], target: [navel[0], navel[1], navel[2]], size: 0.3 * s },
      { label: 'neck and C7', eye: [c7[0] + 0.35, c7[1] + 0.1, c7[2] - 0.5], target: [c7[0], c7[1] - 0.02, c7[2]], size: 0.3 * s },
    );
  }
  if (q.get('set') === 'detail2') {
    const knee = L('patella_apex_l', [0.09 * s, 0.48 * s, 0.06 * s]);
    const mm = L('medial_malleolus_l', [0.07 * s, 0.085 * s, 0]);
    const el = L('olecranon_l', [0.26 * s, 1.13 * s, -0.04 * s]);
    const tip = L('nail_base_3_l', [0.3 * s, 0.7 * s, 0]);
    const toe = L('toenail_base_2_l', [0.1 * s, 0.02 * s, 0.2 * s]);
    const glute = L('gluteal_center_l', [0.07 * s, 0.875 * s, -0.13 * s]);
    const ac = L('acromion_l', [0.2 * s, 1.45 * s, 0]);
    views.length = 0;
    views.push(
      { label: 'knees, front', eye: [knee[0] - 0.05, knee[1] + 0.05, knee[2] + 1.0], target: [0, knee[1] - 0.05, 0], size: 0.45 * s },
      { label: 'leg, medial (malleolus)', eye: [mm[0] - 0.35, mm[1] + 0.25, mm[2] + 0.8], target: [mm[0], mm[1] + 0.15, mm[2]], size: 0.45 * s },
      { label: 'elbow, back', eye: [el[0] + 0.1, el[1], el[2] - 0.6], target: [el[0], el[1], el[2]], size: 0.25 * s },
      { label: 'fingers, dorsal', eye: [tip[0] - 0.02, tip[1] + 0.02, tip[2] - 0.35], target: [tip[0], tip[1] + 0.01, tip[2]], size: 0.12 * s },
      { label: 'toes, from above', eye: [toe[0], toe[1] + 0.35, toe[2] + 0.15], target: [toe[0], toe[1], toe[2] - 0.02], size: 0.14 * s },
      { label: 'buttocks', eye: [glute[0] - 0.07, glute[1], glute[2] - 1.0], target: [0, glute[1] - 0.03, glute[2]], size: 0.45 * s },
      { label: 'shoulder, side', eye: [ac[0] + 0.7, ac[1] - 0.05, ac[2] + 0.25], target: [ac[0], ac[1] - 0.1, ac[2]], size: 0.4 * s },
      { label: 'head, back', eye: [0.1, 1.62 * s, -0.8], target: [0, 1.6 * s, 0], size: 0.35 * s },
      { label: 'head, top', eye: [0.01, 2.6, 0.3], target: [0, 1.65 * s, 0], size: 0.3 * s },
      { label: 'palm, fingers', eye: [tip[0] + 0.02, tip[1] + 0.02, tip[2] + 0.35], target: [tip[0], tip[1] + 0.01, tip[2]], size: 0.12 * s },
      { label: 'neck, front', eye: [0.05, 1.45 * s, 0.7], target: [0, 1.45 * s, 0.05], size: 0.3 * s },
      { label: 'trunk, side', eye: [0.8, 1.2 * s, 0.3], target: [0, 1.15 * s, 0], size: 0.7 * s },
    );
  }
  if (q.get('set') === 'face') {
    views.length = 0;
    views.push(
      { label: 'face, front', eye: [face[0], face[1] + 0.02, face[2] + 0.6], target: [face[0], face[1] + 0.03, face[2]], size: 0.24 * s },
      { label: 'face, 3/4', eye: [face[0] + 0.42, face[1] + 0.04, face[2] + 0.42], target: [0, face[1] + 0.03, face[2] - 0.05], size: 0.25 * s },
      { label: 'profile', eye: [0.7, face[1] + 0.02, face[2] - 0.06], target: [0, face[1] + 0.02, face[2] - 0.07], size: 0.27 * s },
      { label: 'from below', eye: [face[0] + 0.1, face[1] - 0.35, face[2] + 0.4], target: [0, face[1], face[2] - 0.03], size: 0.25 * s },
    );
  }
  if (q.get('set') === 'closeups') {
    const ac = L('acromion_l', [0.2 * s, 1.45 * s, 0]);
    const lmal = L('lateral_malleolus_l', [0.13 * s, 0.07 * s, -0.01 * s]);
    const tragus = L('tragus_l', [0.08 * s, 1.614 * s, 0.005 * s]);
    const nape = L('posterior_hairline', [0, 1.57 * s, -0.08 * s]);
    const chest = L('intercostal_space_2_l', [0.1 * s, 1.36 * s, 0.1 * s]);
    const ax = L('axilla_apex_l', [0.15 * s, 1.31 * s, 0]);
    views.length = 0;
    views.push(
      {
        label: 'shoulder (LI15, TE14, TE13, LI14)',
        eye: [ac[0] + 0.55, ac[1] + 0.02, ac[2] + 0.03],
        target: [ac[0], ac[1] - 0.06, ac[2]],
        size: 0.24 * s,
        leftOnly: true,
      },
      {
        label: 'lateral ankle (BL60–BL62, GB40, ST41)',
        eye: [lmal[0] + 0.45, lmal[1] + 0.06, lmal[2] + 0.05],
        target: [lmal[0], lmal[1] - 0.005, lmal[2] + 0.01],
        size: 0.14 * s,
        leftOnly: true,
      },
      {
        label: 'side of the face (ST7, GB2, GB3, SI19, TE21)',
        eye: [tragus[0] + 0.45, tragus[1] + 0.01, tragus[2] + 0.06],
        target: [tragus[0], tragus[1], tragus[2] + 0.025],
        size: 0.12 * s,
        leftOnly: true,
      },
      { label: 'nape (GV15, GV16, GB20, BL10, GB12)', eye: [0.08, nape[1] + 0.05, nape[2] - 0.5], target: [0, nape[1] + 0.02, nape[2]], size: 0.13 * s },
      {
        label: 'chest (LU1, LU2, KI, ST, SP17–SP20, PC1)',
        eye: [chest[0] + 0.05, chest[1] - 0.01, chest[2] + 0.7],
        target: [chest[0] + 0.02, chest[1] - 0.03, chest[2]],
        size: 0.3 * s,
      },
      {
        label: 'armpit (HT1, GB22, GB23, SP21)',
        eye: [ax[0] + 0.15, ax[1] - 0.33, ax[2] + 0.42],
        target: [ax[0], ax[1] - 0.06, ax[2]],
        size: 0.3 * s,
        leftOnly: true,
      },
    );
  }
  const labels = document.getElementById('labels')!;
  const key = new THREE.DirectionalLight(0xffffff, 1.6);
  const fill = new THREE.DirectionalLight(0xffffff, 0.5);
  scene.add(key, fill, key.target, fill.target);
  views.forEach((v, i) => {
    const col = i % COLS;
    const row = Math.floor(i / COLS);
    const x = col * W;
    const y = (ROWS - 1 - row) * HH;
    renderer.setViewport(x, y, W, HH);
    renderer.setScissor(x, y, W, HH);
    const eye = new THREE.Vector3(...v.eye);
    const target = new THREE.Vector3(...v.target);
    const dist = eye.distanceTo(target);
    const fov = 2 * Math.atan(v.size / 2 / dist) * (180 / Math.PI);
    const cam = new THREE.PerspectiveCamera(fov, W / HH, 0.01, 50);
    cam.position.copy(eye);
    cam.up.set(...(v.up ?? [0, 1, 0]));
    cam.lookAt(target);
    // light from the camera, up and to the side
    const right = new THREE.Vector3().setFromMatrixColumn(cam.matrixWorld, 0);
    const upv = new THREE.Vector3().setFromMatrixColumn(cam.matrixWorld, 1);
    key.position
      .copy(eye)
      .addScaledVector(right, dist * 0.6)
      .addScaledVector(upv, dist * 0.8);
    key.target.position.copy(target);
    fill.position.copy(eye).addScaledVector(right, -dist * 0.8);
    fill.target.position.copy(target);
    key.target.updateMatrixWorld();
    fill.target.updateMatrixWorld();
    renderer.render(scene, cam);
    if (markers.length) {
      // Label the markers in view whose skin faces the camera.
      const seen = new Set<string>();
      for (const m of markers) {
        if (m.n.dot(eye.clone().sub(m.p)) <= 0 || (v.leftOnly && m.p.x < -0.002)) continue;
        const ndc = m.p.clone().project(cam);
        if (Math.abs(ndc.x) > 0.97 || Math.abs(ndc.y) > 0.97 || ndc.z > 1) continue;
        const key = `${m.code}|${Math.round(ndc.x * 20)}|${Math.round(ndc.y * 20)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const t = document.createElement('div');
        t.textContent = m.code;
        t.className = 'point';
        t.style.left = `${x + ((ndc.x + 1) / 2) * W + 5}px`;
        t.style.top = `${row * HH + ((1 - ndc.y) / 2) * HH - 7}px`;
        labels.appendChild(t);
      }
    }
    const d = document.createElement('div');
    d.textContent = v.label;
    d.style.left = `${x + 6}px`;
    d.style.top = `${row * HH + 6}px`;
    labels.appendChild(d);
  });
  const info = document.createElement('div');
  info.textContent = `${glbUrl.split('/').pop()} — ${tris} triangles`;
  info.style.left = '6px';
  info.style.top = `${ROWS * HH - 26}px`;
  labels.appendChild(info);
  (window as unknown as { __done: boolean }).__done = true;
}
main().catch((e) => {
  document.body.textContent = `ERROR ${e}`;
  (window as unknown as { __done: boolean }).__done = true;
});
