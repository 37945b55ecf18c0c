/** What `window.__ATLAS__` offers to tests and tools in every build (DESIGN.md, contract 3). */
export interface AtlasHandle {
  /** resolves true after the first frame with the body drawn */
  ready: Promise<true>;
  /** the same, as a boolean */
  isReady: boolean;
  /** where a marker is on the page, in CSS pixels; visible = in view and not hidden behind the body */
  screenPosition: (id: string) => { x: number; y: number; visible: boolean } | null;
  /** ids of the markers currently shown */
  markerIds: () => string[];
  /** frames rendered so far (the scene renders on demand, so an idle atlas counts none) */
  frames: number;
  /** milliseconds it took to place every point on the current body */
  resolveMs: number | null;
  /** shows or hides all point markers (benchmarks compare the body alone with the full atlas) */
  setMarkersVisible: (visible: boolean) => void;
  /** where the camera is and what it orbits, now (metres); null before the scene is up */
  cameraPose: () => { position: [number, number, number]; target: [number, number, number] } | null;
}

declare global {
  interface Window {
    __ATLAS__?: AtlasHandle;
  }
}

let markReady: (value: true) => void = () => {};

/** Creates `window.__ATLAS__` before anything renders, so a test can wait on `ready` from the start. */
export function installAtlasHandle(): AtlasHandle {
  if (window.__ATLAS__) return window.__ATLAS__;
  const handle: AtlasHandle = {
    ready: new Promise<true>((resolve) => {
      markReady = resolve;
    }),
    isReady: false,
    screenPosition: () => null,
    markerIds: () => [],
    frames: 0,
    resolveMs: null,
    setMarkersVisible: () => {},
    cameraPose: () => null,
  };
  window.__ATLAS__ = handle;
  return handle;
}

/** Called by the scene once a frame with the body has been drawn. */
export function announceReady(): void {
  const handle = window.__ATLAS__;
  if (!handle || handle.isReady) return;
  handle.isReady = true;
  markReady(true);
}
