import { readFile } from 'node:fs/promises';
import { NodeIO, type Node as GltfNode } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { parseLandmarksFile, type LandmarkSet } from '../../src/anatomy/landmarks.ts';
import { SkinSurface } from '../../src/anatomy/skinSurface.ts';

/** World-space triangles of a GLB: every mesh primitive, with its node transform applied. */
export interface BodyTriangles {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

function applyMatrix(m: readonly number[], x: number, y: number, z: number, w: number): [number, number, number] {
  return [m[0]! * x + m[4]! * y + m[8]! * z + m[12]! * w, m[1]! * x + m[5]! * y + m[9]! * z + m[13]! * w, m[2]! * x + m[6]! * y + m[10]! * z + m[14]! * w];
}

/** Reads a (meshopt-compressed, quantised) GLB in Node and returns its triangles in metres. */
export async function readBodyGlb(path: string): Promise<BodyTriangles> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const document = await io.readBinary(new Uint8Array(await readFile(path)));
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const visit = (node: GltfNode) => {
    const mesh = node.getMesh();
    if (mesh) {
      const m = node.getWorldMatrix();
      for (const prim of mesh.listPrimitives()) {
        const pos = prim.getAttribute('POSITION');
        const nor = prim.getAttribute('NORMAL');
        const idx = prim.getIndices();
        if (!pos || !nor) continue;
        const base = positions.length / 3;
        const p = [0, 0, 0];
        const n = [0, 0, 0];
        for (let i = 0; i < pos.getCount(); i++) {
          pos.getElement(i, p);
          positions.push(...applyMatrix(m, p[0]!, p[1]!, p[2]!, 1));
          nor.getElement(i, n);
          const [nx, ny, nz] = applyMatrix(m, n[0]!, n[1]!, n[2]!, 0);
          const len = Math.hypot(nx, ny, nz) || 1;
          normals.push(nx / len, ny / len, nz / len);
        }
        if (idx) for (let i = 0; i < idx.getCount(); i++) indices.push(base + idx.getScalar(i));
        else for (let i = 0; i < pos.getCount(); i++) indices.push(base + i);
      }
    }
    for (const child of node.listChildren()) visit(child);
  };
  for (const scene of document.getRoot().listScenes()) for (const node of scene.listChildren()) visit(node);
  return { positions: new Float32Array(positions), normals: new Float32Array(normals), indices: new Uint32Array(indices) };
}

/** The skin surface and landmarks of a generated body, read from disk. */
export async function loadBodyFromDisk(glbPath: string, landmarksPath: string): Promise<{ skin: SkinSurface; landmarks: LandmarkSet; triangles: number }> {
  const t = await readBodyGlb(glbPath);
  const landmarks = parseLandmarksFile(JSON.parse(await readFile(landmarksPath, 'utf8')));
  return { skin: new SkinSurface(t.positions, t.normals, t.indices), landmarks, triangles: t.indices.length / 3 };
}
