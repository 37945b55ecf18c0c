import { BufferAttribute, type BufferGeometry, type Mesh, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { parseLandmarksFile, type LandmarkSet } from '../anatomy/landmarks.ts';
import { SkinSurface } from '../anatomy/skinSurface.ts';
import { PointResolver, type MarkerSide } from '../anatomy/resolvePoint.ts';
import { traceChannelLine, type ChannelLine } from '../anatomy/channelPaths.ts';
import { bodies, type BodyId } from '../data/bodies.ts';
import { pointFactsByCode, pointIndex } from '../data/pointCatalogue.ts';
import type { MeridianCode } from '../data/schema.ts';
import { BodyLoadError, bodyAssetsFor, rememberBodyAssets, type BodyAssets, type DownloadProgress } from './bodyAssetCache.ts';

function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

/** A download that receives nothing for this long is given up, with the same message and Retry as a failure. */
export const downloadStallMs = 15_000;

/** Aborts a download when nothing has arrived for `downloadStallMs`; `kick` on every byte that does. */
class StallWatchdog {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  stalled = false;
  readonly signal = this.controller.signal;
  constructor() {
    this.kick();
  }
  kick(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.stalled = true;
      this.controller.abort();
    }, downloadStallMs);
  }
  stop(): void {
    clearTimeout(this.timer);
  }
}

const stalledError = (file: string) => new BodyLoadError('bodyStalled', { t_file: file, seconds: downloadStallMs / 1000 });

async function fetchChecked(url: string, file: 'fileModel' | 'fileLandmarks', watchdog: StallWatchdog): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal: watchdog.signal });
  } catch {
    throw watchdog.stalled ? stalledError(file) : new BodyLoadError('bodyNetwork', { t_file: file });
  }
  if (!response.ok) throw new BodyLoadError('bodyHttp', { t_file: file, status: response.status });
  // A single-page server answers a missing file with the app's own HTML page.
  if (response.headers.get('content-type')?.includes('text/html')) throw new BodyLoadError('bodyNotFound', { t_file: file });
  return response;
}

function firstMesh(root: Object3D): Mesh | undefined {
  let found: Mesh | undefined;
  root.traverse((o) => {
    if (!found && (o as Mesh).isMesh) found = o as Mesh;
  });
  return found;
}

/**
 * Reads a response to the end, reporting the bytes as they arrive (a ReadableStream reader), at most about every
 * 50 ms so a fast link does not flood the store. Without a body stream it falls back to `arrayBuffer()`.
 */
export async function readWithProgress(response: Response, onProgress?: DownloadProgress, onBytes?: () => void): Promise<ArrayBuffer> {
  const header = Number(response.headers.get('content-length'));
  // A compressed transfer reports its compressed size; the stream yields more than that, so the total is then unknown.
  const encoded = Boolean(response.headers.get('content-encoding'));
  const total = Number.isFinite(header) && header > 0 && !encoded ? header : null;
  if (!response.body || !onProgress) return response.arrayBuffer();
  onProgress(0, total);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onBytes?.();
    const now = performance.now();
    if (now - reported > 50) {
      reported = now;
      onProgress(loaded, total !== null && loaded <= total ? total : null);
    }
  }
  onProgress(loaded, total !== null && loaded <= total ? total : null);
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes.buffer;
}

/** Downloads, decodes and checks a body, then places every point on it. Cached per body. */
export async function loadBodyAssets(bodyId: BodyId, onProgress?: DownloadProgress): Promise<BodyAssets> {
  const cached = bodyAssetsFor(bodyId);
  if (cached) return cached;
  const body = bodies.find((b) => b.id === bodyId);
  if (!body) throw new BodyLoadError('bodyUnknown', { body: bodyId });

  const watchdog = new StallWatchdog();
  let buffer: ArrayBuffer;
  let landmarks: LandmarkSet;
  try {
    const [glbResponse, landmarksResponse] = await Promise.all([
      fetchChecked(assetUrl(body.glb), 'fileModel', watchdog),
      fetchChecked(assetUrl(body.landmarks), 'fileLandmarks', watchdog),
    ]);
    try {
      landmarks = parseLandmarksFile(await landmarksResponse.json());
    } catch (e) {
      if (watchdog.stalled) throw stalledError('fileLandmarks');
      throw new BodyLoadError('bodyLandmarksInvalid', { detail: (e as Error).message.slice(0, 200) });
    }
    try {
      buffer = await readWithProgress(glbResponse, onProgress, () => watchdog.kick());
    } catch {
      throw watchdog.stalled ? stalledError('fileModel') : new BodyLoadError('bodyNetwork', { t_file: 'fileModel' });
    }
  } finally {
    watchdog.stop();
  }
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  let mesh: Mesh | undefined;
  try {
    const gltf = await loader.parseAsync(buffer, '');
    gltf.scene.updateMatrixWorld(true);
    mesh = firstMesh(gltf.scene);
  } catch (e) {
    throw new BodyLoadError('bodyDamaged', { detail: (e as Error).message.slice(0, 120) });
  }
  if (!mesh) throw new BodyLoadError('bodyNoMesh');

  const geometry = toWorldFloatGeometry(mesh);
  const positions = geometry.getAttribute('position').array as Float32Array;
  const normals = geometry.getAttribute('normal').array as Float32Array;
  const index = geometry.getIndex();
  if (!index) throw new BodyLoadError('bodyNoIndex');
  const skin = new SkinSurface(positions, normals, index.array as Uint32Array);
  const started = performance.now();
  const resolver = new PointResolver(landmarks, skin, pointIndex);
  const markers = resolver.resolveAll();
  const material = (Array.isArray(mesh.material) ? mesh.material[0] : mesh.material) as { color?: { getHexString(): string } } | undefined;
  const skinColor = material?.color ? `#${material.color.getHexString()}` : '#e2b99a';
  const assets: BodyAssets = { bodyId, geometry: skin.geometry, skin, landmarks, resolver, markers, resolveMs: performance.now() - started, skinColor };
  // The skin geometry keeps the colour attribute for drawing; the BVH is attached for fast picking.
  const color = geometry.getAttribute('color');
  if (color) skin.geometry.setAttribute('color', color);
  skin.geometry.boundsTree = skin.bvh;
  rememberBodyAssets(assets);
  return assets;
}

/** Bakes the node transform and dequantises attributes, so picking, snapping and drawing share one geometry. */
function toWorldFloatGeometry(mesh: Mesh): BufferGeometry {
  const geometry = mesh.geometry.clone();
  for (const name of Object.keys(geometry.attributes)) {
    const attribute = geometry.getAttribute(name);
    if (attribute.array instanceof Float32Array && !attribute.normalized) continue;
    const floats = new Float32Array(attribute.count * attribute.itemSize);
    for (let i = 0; i < attribute.count; i++) for (let c = 0; c < attribute.itemSize; c++) floats[i * attribute.itemSize + c] = attribute.getComponent(i, c);
    geometry.setAttribute(name, new BufferAttribute(floats, attribute.itemSize));
  }
  geometry.applyMatrix4(mesh.matrixWorld);
  if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
  const index = geometry.getIndex();
  const indices = index ? Uint32Array.from(index.array) : Uint32Array.from({ length: geometry.getAttribute('position').count }, (_, i) => i);
  geometry.setIndex(new BufferAttribute(indices, 1));
  return geometry;
}

const channelLines = new Map<string, ChannelLine>();

/** A channel's line on one side of a loaded body, traced over the skin on first use and kept. */
export function channelLineFor(assets: BodyAssets, channel: MeridianCode, side: MarkerSide): ChannelLine {
  const key = `${assets.bodyId}|${channel}|${side}`;
  const cached = channelLines.get(key);
  if (cached) return cached;
  const ordered = assets.markers
    .filter((m) => !m.alternative && !m.member && m.side === side && pointFactsByCode.get(m.code)?.meridian === channel)
    .sort((a, b) => (pointFactsByCode.get(a.code)?.number ?? 0) - (pointFactsByCode.get(b.code)?.number ?? 0));
  const line = traceChannelLine(assets.skin, channel, side, ordered);
  channelLines.set(key, line);
  return line;
}
