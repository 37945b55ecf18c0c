import { BufferAttribute, type BufferGeometry, type Mesh, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { parseLandmarksFile, type LandmarkSet } from '../anatomy/landmarks.ts';
import { SkinSurface } from '../anatomy/skinSurface.ts';
import { PointResolver, type MarkerSide, type ResolvedPoint } from '../anatomy/resolvePoint.ts';
import { traceChannelLine, type ChannelLine } from '../anatomy/channelPaths.ts';
import { bodies, type BodyId } from '../data/bodies.ts';
import { catalogue, pointByCode } from '../data/atlasCatalogue.ts';
import type { MeridianCode } from '../data/schema.ts';

/** Everything the atlas derives from one body file: the drawable geometry, its skin, and every marker. */
export interface BodyAssets {
  readonly bodyId: BodyId;
  /** world-space geometry (node transforms and quantisation already applied), shared by drawing and picking */
  readonly geometry: BufferGeometry;
  readonly skin: SkinSurface;
  readonly landmarks: LandmarkSet;
  readonly resolver: PointResolver;
  readonly markers: readonly ResolvedPoint[];
  readonly resolveMs: number;
  /** the skin colour of the model's own material (its COLOR_0, if any, shades hair, lips and nails on top) */
  readonly skinColor: string;
}

/** Why the body could not be loaded, in words for the user. */
export class BodyLoadError extends Error {
  override readonly name = 'BodyLoadError';
}

const cache = new Map<BodyId, BodyAssets>();

/** The loaded assets of a body, if it has been loaded. */
export const bodyAssetsFor = (bodyId: BodyId): BodyAssets | undefined => cache.get(bodyId);

function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

/** A download that receives nothing for this long is given up, with the same message and Retry as a failure. */
export const downloadStallMs = 15_000;

/** Downloads a file whole; fails with words for the user on a network error, an HTTP error, HTML, or a stall. */
async function fetchChecked(url: string, what: string): Promise<ArrayBuffer> {
  const controller = new AbortController();
  let stalled = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const progress = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, downloadStallMs);
  };
  const failed = (detail: string) => new BodyLoadError(stalled ? `The ${what} download stalled (nothing arrived for ${downloadStallMs / 1000} s).` : `The ${what} could not be downloaded (${detail}).`);
  progress();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch {
      throw failed('network error');
    }
    if (!response.ok) throw new BodyLoadError(`The ${what} could not be downloaded (HTTP ${response.status}).`);
    // A single-page server answers a missing file with the app's own HTML page.
    if (response.headers.get('content-type')?.includes('text/html')) throw new BodyLoadError(`The ${what} was not found on the server.`);
    if (!response.body) return await response.arrayBuffer();
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        progress();
        chunk = await reader.read();
      } catch {
        throw failed('connection lost');
      }
      if (chunk.done) break;
      parts.push(chunk.value);
      length += chunk.value.length;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return bytes.buffer;
  } finally {
    clearTimeout(watchdog);
  }
}

function firstMesh(root: Object3D): Mesh | undefined {
  let found: Mesh | undefined;
  root.traverse((o) => {
    if (!found && (o as Mesh).isMesh) found = o as Mesh;
  });
  return found;
}

/** Downloads, decodes and checks a body, then places every point on it. Cached per body. */
export async function loadBodyAssets(bodyId: BodyId): Promise<BodyAssets> {
  const cached = cache.get(bodyId);
  if (cached) return cached;
  const body = bodies.find((b) => b.id === bodyId);
  if (!body) throw new BodyLoadError(`Unknown body "${bodyId}".`);

  const [glbBytes, landmarksBytes] = await Promise.all([
    fetchChecked(assetUrl(body.glb), '3D body model'),
    fetchChecked(assetUrl(body.landmarks), 'body landmark file'),
  ]);
  let landmarks: LandmarkSet;
  try {
    landmarks = parseLandmarksFile(JSON.parse(new TextDecoder().decode(landmarksBytes)));
  } catch (e) {
    throw new BodyLoadError(`The body landmark file is not valid: ${(e as Error).message.slice(0, 200)}`);
  }
  const buffer = glbBytes;
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  let mesh: Mesh | undefined;
  try {
    const gltf = await loader.parseAsync(buffer, '');
    gltf.scene.updateMatrixWorld(true);
    mesh = firstMesh(gltf.scene);
  } catch (e) {
    throw new BodyLoadError(`The 3D body model is damaged and could not be decoded (${(e as Error).message.slice(0, 120)}).`);
  }
  if (!mesh) throw new BodyLoadError('The 3D body model contains no mesh.');

  const geometry = toWorldFloatGeometry(mesh);
  const positions = geometry.getAttribute('position').array as Float32Array;
  const normals = geometry.getAttribute('normal').array as Float32Array;
  const index = geometry.getIndex();
  if (!index) throw new BodyLoadError('The 3D body model has no triangle index.');
  const skin = new SkinSurface(positions, normals, index.array as Uint32Array);
  const started = performance.now();
  const resolver = new PointResolver(landmarks, skin, catalogue);
  const markers = resolver.resolveAll();
  const material = (Array.isArray(mesh.material) ? mesh.material[0] : mesh.material) as { color?: { getHexString(): string } } | undefined;
  const skinColor = material?.color ? `#${material.color.getHexString()}` : '#e2b99a';
  const assets: BodyAssets = { bodyId, geometry: skin.geometry, skin, landmarks, resolver, markers, resolveMs: performance.now() - started, skinColor };
  // The skin geometry keeps the colour attribute for drawing; the BVH is attached for fast picking.
  const color = geometry.getAttribute('color');
  if (color) skin.geometry.setAttribute('color', color);
  skin.geometry.boundsTree = skin.bvh;
  cache.set(bodyId, assets);
  return assets;
}

/** Bakes the node transform and dequantises attributes, so picking, snapping and drawing share one geometry. */
function toWorldFloatGeometry(mesh: Mesh): BufferGeometry {
  const geometry = mesh.geometry.clone();
  for (const name of Object.keys(geometry.attributes)) {
    const attribute = geometry.getAttribute(name);
    if (attribute.array instanceof Float32Array && !attribute.normalized) continue;
    const floats = new Float32Array(attribute.count * attribute.itemSize);
    for (let i = 0; i < attribute.count; i++)
      for (let c = 0; c < attribute.itemSize; c++) floats[i * attribute.itemSize + c] = attribute.getComponent(i, c);
    geometry.setAttribute(name, new BufferAttribute(floats, attribute.itemSize));
  }
  geometry.applyMatrix4(mesh.matrixWorld);
  if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
  const index = geometry.getIndex();
  const indices = index
    ? Uint32Array.from(index.array)
    : Uint32Array.from({ length: geometry.getAttribute('position').count }, (_, i) => i);
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
    .filter((m) => !m.alternative && !m.member && m.side === side && pointByCode.get(m.code)?.meridian === channel)
    .sort((a, b) => (pointByCode.get(a.code)?.number ?? 0) - (pointByCode.get(b.code)?.number ?? 0));
  const line = traceChannelLine(assets.skin, channel, side, ordered);
  channelLines.set(key, line);
  return line;
}
