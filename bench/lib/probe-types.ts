/** What bench/page-probe.js and bench/model-viewer.ts put on `window`, for the benchmark's page.evaluate calls. */

export interface BenchProbe {
  /** performance.now() when window.__ATLAS__.ready resolved (null before, and on other pages) */
  readyAt: () => number | null;
  frames: () => number;
  waitIdle: (maxMs?: number, quiet?: number) => Promise<boolean>;
  armMove: () => void;
  moveDone: (timeoutMs?: number) => Promise<number | null>;
  armClick: (selector: string) => void;
  clickDone: (timeoutMs?: number) => Promise<number | null>;
  renderer: () => string;
}

export interface ModelViewerProbe {
  /** resolves with performance.now() one animation frame after <model-viewer> fired `load` */
  ready: Promise<number>;
  /** performance.now() of the `load` event itself */
  loadAt: number | null;
  /** frames rendered so far (counts WebGLRenderer.render calls; model-viewer renders only when something changed) */
  frames: number;
  /** hotspot buttons currently inside <model-viewer> */
  hotspots: () => number;
  /** removes (false) or puts back (true) every hotspot button */
  setHotspotsVisible: (visible: boolean) => void;
  /** puts the camera back where it started, without the easing */
  resetCamera: () => void;
  /** camera as model-viewer reports it, for checking the framing */
  camera: () => { orbit: string; target: string; fieldOfView: string };
  /** the error message if the model failed to load */
  error: string | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    __MV__?: ModelViewerProbe;
  }
}
