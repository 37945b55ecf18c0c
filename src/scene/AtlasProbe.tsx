import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { announceReady } from '../lib/atlasHandle.ts';
import type { BodyAssets } from '../lib/bodyAssetCache.ts';
import { selectVisibleMarkers } from '../state/selectors.ts';
import { useAtlasStore } from '../state/store.ts';
import { markerCentre, markerHiddenBySkin } from './markerVisibility.ts';

export type AtlasProbeProps = {
  /** the body being drawn; markers behind it are reported as not visible */
  assets: BodyAssets;
};

const ndc = new Vector3();
const centre = new Vector3();

/** Fills in `window.__ATLAS__` (DESIGN.md contract 3) from inside the canvas, where the camera is. */
export function AtlasProbe({ assets }: AtlasProbeProps) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const drawn = useRef(false);

  useEffect(() => {
    const handle = window.__ATLAS__;
    if (!handle) return;
    handle.markerIds = () => (useAtlasStore.getState().showMarkers ? selectVisibleMarkers(useAtlasStore.getState()).map((m) => m.id) : []);
    handle.resolveMs = assets.resolveMs;
    handle.setMarkersVisible = (visible) => {
      useAtlasStore.getState().setLayer('showMarkers', visible);
      invalidate();
    };
    handle.cameraPose = () => {
      const target = (get().controls as { target?: Vector3 } | null)?.target;
      return target ? { position: camera.position.toArray(), target: target.toArray() } : null;
    };
    handle.screenPosition = (id) => {
      const marker = useAtlasStore.getState().markers.find((m) => m.id === id);
      if (!marker) return null;
      const shown = useAtlasStore.getState().showMarkers && selectVisibleMarkers(useAtlasStore.getState()).includes(marker);
      markerCentre(marker, 0.002, centre);
      ndc.copy(centre).project(camera);
      const rect = gl.domElement.getBoundingClientRect();
      const x = rect.left + ((ndc.x + 1) / 2) * rect.width;
      const y = rect.top + ((1 - ndc.y) / 2) * rect.height;
      const inView = ndc.z > -1 && ndc.z < 1 && Math.abs(ndc.x) <= 1 && Math.abs(ndc.y) <= 1;
      // Hidden when the skin lies between the camera and the marker.
      const occluded = markerHiddenBySkin(assets.skin.bvh, camera.position, marker);
      return { x, y, visible: shown && inView && !occluded };
    };
    invalidate();
  }, [assets, camera, gl, invalidate, get]);

  useFrame(() => {
    const handle = window.__ATLAS__;
    if (handle) handle.frames += 1;
    if (!drawn.current) {
      drawn.current = true;
      // useFrame runs before the render; announce after this frame has been drawn.
      requestAnimationFrame(() => announceReady());
    }
  });
  return null;
}
