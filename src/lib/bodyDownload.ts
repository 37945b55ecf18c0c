import { bodies, type BodyId } from '../data/bodies.ts';
import { BodyLoadError, type DownloadProgress } from './bodyAssetCache.ts';

/*
 * Downloading a body's two files, with byte progress and a stall watchdog. Light (no three.js), so the download
 * starts at once while the decoder's chunk is still on its way.
 */

/** A body's files as downloaded: the GLB's bytes and the landmarks file's JSON, not yet checked. */
export interface BodyFiles {
  readonly model: ArrayBuffer;
  readonly landmarks: unknown;
}

function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

/** The body download index.html starts before any script arrives (vite-plugins/earlyBody.ts). */
interface EarlyBodyDownload {
  readonly url: string;
  /** the response, or null when it failed or is not the file (the app then fetches again and says why) */
  readonly response: Promise<Response | null>;
  readonly abort: () => void;
}

declare global {
  interface Window {
    __atlasEarlyBody?: EarlyBodyDownload;
  }
}

/** The page's early download of `url`, taken once: a retry or another body fetches afresh. */
function takeEarlyDownload(url: string): EarlyBodyDownload | null {
  const early = typeof window === 'undefined' ? undefined : window.__atlasEarlyBody;
  if (!early) return null;
  delete window.__atlasEarlyBody;
  if (early.url === url) return early;
  early.abort();
  return null;
}

/** A download that receives nothing for this long is given up, with the same message and Retry as a failure. */
const downloadStallMs = 15_000;

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
  const early = file === 'fileModel' ? takeEarlyDownload(url) : null;
  if (early) {
    // The watchdog covers the adopted download as it covers our own.
    watchdog.signal.addEventListener('abort', early.abort);
    const adopted = await early.response;
    if (adopted) return adopted;
  }
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

/**
 * Reads a response to the end, reporting the bytes as they arrive (a ReadableStream reader), at most about every
 * 50 ms so a fast link does not flood the store. Without a body stream it falls back to `arrayBuffer()`.
 */
async function readWithProgress(response: Response, onProgress?: DownloadProgress, onBytes?: () => void): Promise<ArrayBuffer> {
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

/** Downloads a body's GLB (reporting its bytes) and its landmarks; a failure is a BodyLoadError with a code. */
export async function downloadBodyFiles(bodyId: BodyId, onProgress?: DownloadProgress): Promise<BodyFiles> {
  const body = bodies.find((b) => b.id === bodyId);
  if (!body) throw new BodyLoadError('bodyUnknown', { body: bodyId });
  const watchdog = new StallWatchdog();
  try {
    const [glbResponse, landmarksResponse] = await Promise.all([
      fetchChecked(assetUrl(body.glb), 'fileModel', watchdog),
      fetchChecked(assetUrl(body.landmarks), 'fileLandmarks', watchdog),
    ]);
    let landmarks: unknown;
    try {
      landmarks = await landmarksResponse.json();
    } catch (e) {
      if (watchdog.stalled) throw stalledError('fileLandmarks');
      throw new BodyLoadError('bodyLandmarksInvalid', { detail: (e as Error).message.slice(0, 200) });
    }
    let model: ArrayBuffer;
    try {
      model = await readWithProgress(glbResponse, onProgress, () => watchdog.kick());
    } catch {
      throw watchdog.stalled ? stalledError('fileModel') : new BodyLoadError('bodyNetwork', { t_file: 'fileModel' });
    }
    return { model, landmarks };
  } finally {
    watchdog.stop();
  }
}
