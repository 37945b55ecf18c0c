import { useRef, useState } from 'react';
import { Vector3 } from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import type { MeshBVH } from 'three-mesh-bvh';
import { hiddenBySkin } from './markerVisibility.ts';

const toCamera = new Vector3();
const probe = new Vector3();

/**
 * Whether a spot on the skin can be seen now: its normal turns toward the camera and no skin lies in front of it.
 * Checked each drawn frame (one BVH ray), but the component re-renders only when the answer changes.
 */
export function useFacesCamera(spot: { position: Vector3; normal: Vector3 } | null, bvh: MeshBVH | undefined): boolean {
  const camera = useThree((s) => s.camera);
  const [facing, setFacing] = useState(true);
  const last = useRef(true);
  useFrame(() => {
    if (!spot) return;
    toCamera.subVectors(camera.position, spot.position);
    probe.copy(spot.position).addScaledVector(spot.normal, 0.002);
    const now = toCamera.dot(spot.normal) > 0 && !(bvh && hiddenBySkin(bvh, camera.position, probe));
    if (now !== last.current) {
      last.current = now;
      setFacing(now);
    }
  });
  return facing;
}
