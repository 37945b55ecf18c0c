import type { StateCreator } from 'zustand';
import { markerIdsOf } from '../../anatomy/markerIds.ts';
import { pointFactsByCode } from '../../data/pointCatalogue.ts';
import type { AtlasState, CameraRequest, CameraSlice } from '../types.ts';

export const initialCameraState = {
  cameraRequest: null,
  cameraPose: null,
} satisfies Partial<CameraSlice>;

type RequestBody = CameraRequest extends infer R ? (R extends CameraRequest ? Omit<R, 'serial'> : never) : never;

/** Camera requests: each one numbered, so asking for the same view twice still moves the camera. */
export const createCameraSlice: StateCreator<AtlasState, [], [], CameraSlice> = (set, get) => {
  const request = (body: RequestBody) => set({ cameraRequest: { ...body, serial: (get().cameraRequest?.serial ?? 0) + 1 } as CameraRequest });
  return {
    ...initialCameraState,
    requestView: (preset) => request({ kind: 'preset', preset }),
    resetView: () => request({ kind: 'reset' }),
    requestPose: (position, target) => request({ kind: 'pose', position, target }),
    focusPoint: (code, side) => {
      const point = pointFactsByCode.get(code);
      if (point) request({ kind: 'focus', markerIds: markerIdsOf(point, side) });
    },
    setCameraPose: (cameraPose) => set({ cameraPose }),
  };
};
