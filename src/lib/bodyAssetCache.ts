import type { BufferGeometry } from 'three';
import type { LandmarkSet } from '../anatomy/landmarks.ts';
import type { PointResolver, ResolvedPoint } from '../anatomy/resolvePoint.ts';
import type { SkinSurface } from '../anatomy/skinSurface.ts';
import type { BodyId } from '../data/bodies.ts';
import type { BodyErrorCode, MessageParams } from '../i18n/messages.ts';

/*
 * The loaded bodies, and the types and error that describe them. Apart from the loader (bodyAssets.ts, which brings
 * three.js, the glTF decoder and the point resolver) so that the store and the interface can read them without
 * putting any of that on the first load: the loader is fetched when a body is.
 */

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

/** Why the body could not be loaded, as a code and the values the message names (the words come from the strings). */
export class BodyLoadError extends Error {
  override readonly name = 'BodyLoadError';
  constructor(
    readonly code: BodyErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

const cache = new Map<BodyId, BodyAssets>();

/** The loaded assets of a body, if it has been loaded. */
export const bodyAssetsFor = (bodyId: BodyId): BodyAssets | undefined => cache.get(bodyId);

/** Called as a body file arrives: bytes so far, and the file's size when the server gives it. */
export type DownloadProgress = (loaded: number, total: number | null) => void;

/** Keeps a body's assets once loaded (the loader's last step). */
export function rememberBodyAssets(assets: BodyAssets): void {
  cache.set(assets.bodyId, assets);
}
