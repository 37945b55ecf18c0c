import { BufferAttribute, type BufferGeometry, type Mesh, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { parseLandmarksFile, type LandmarkSet } from '../anatomy/landmarks.ts';
import { SkinSurface } from '../anatomy/skinSurface.ts';
import { PointResolver, type MarkerSide } from '../anatomy/resolvePoint.ts';
import { traceChannelLine, type ChannelLine } from '../anatomy/channelPaths.ts';
import type { BodyId } from '../data/bodies.ts';
import { pointFactsByCode, pointIndex } from '../data/pointCatalogue.ts';
import type { MeridianCode } from '../data/schema.ts';
import { BodyLoadError, bodyAssetsFor, rememberBodyAssets, type BodyAssets } from './bodyAssetCache.ts';
import type { BodyFiles } from './bodyDownload.ts';

function firstMesh(root: Object3D): Mesh | undefined {
  let found: Mesh | undefined;
  root.traverse((o) => {
    if (!found && (o as Mesh).isMesh) found = o as Mesh;
  });
  return found;
}

/**
 * Decodes and checks a downloaded body, then places every point on it; kept in the cache. The download itself
 * (bodyDownload.ts) needs none of this module, so it starts before this chunk has arrived.
 */
export async function buildBodyAssets(bodyId: BodyId, files: BodyFiles): Promise<BodyAssets> {
  const cached = bodyAssetsFor(bodyId);
  if (cached) return cached;
  let landmarks: LandmarkSet;
  try {
    landmarks = parseLandmarksFile(files.landmarks);
  } catch (e) {
    throw new BodyLoadError('bodyLandmarksInvalid', { detail: (e as Error).message.slice(0, 200) });
  }
  const buffer = files.model;
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
