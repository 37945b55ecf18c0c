import { z } from 'zod';
import { allStoredLandmarkNames, sidedLandmarkName, type LandmarkBaseName, type Side } from './landmarkNames.ts';

export type Vec3 = readonly [number, number, number];

const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);

/** The `body.landmarks.json` file written by the generator (DESIGN.md). */
export const landmarksFileSchema = z.object({
  units: z.literal('m'),
  up: z.literal('+Y'),
  front: z.literal('+Z'),
  left: z.literal('+X'),
  height: z.number().positive(),
  landmarks: z.record(z.string(), z.object({ p: vec3Schema, n: vec3Schema })),
});
export type LandmarksFile = z.infer<typeof landmarksFileSchema>;

/** A landmark on the skin: position and outward unit normal, in metres. */
export interface Landmark {
  readonly p: Vec3;
  readonly n: Vec3;
}

/** The landmarks of one body, looked up by bare name and side. */
export class LandmarkSet {
  readonly height: number;
  private readonly byName: ReadonlyMap<string, Landmark>;

  constructor(file: LandmarksFile) {
    this.height = file.height;
    this.byName = new Map(Object.entries(file.landmarks));
  }

  /** Parses and checks a landmarks file; the error names every landmark the body lacks. */
  static parse(json: unknown): LandmarkSet {
    const file = landmarksFileSchema.parse(json);
    const missing = allStoredLandmarkNames.filter((n) => !(n in file.landmarks));
    if (missing.length) throw new Error(`The body's landmark file lacks ${missing.length} landmarks: ${missing.slice(0, 12).join(', ')}${missing.length > 12 ? '…' : ''}`);
    return new LandmarkSet(file);
  }

  /** A landmark on the given side (midline landmarks ignore the side). */
  get(name: LandmarkBaseName, side: Side): Landmark {
    const stored = sidedLandmarkName(name, side);
    const found = this.byName.get(stored);
    if (!found) throw new Error(`Unknown landmark ${stored}`);
    return found;
  }

  /** True when every `_l` landmark is the exact mirror image (x → −x) of its `_r` twin, normals included. */
  isMirrorSymmetric(): boolean {
    for (const [name, l] of this.byName) {
      if (!name.endsWith('_l')) continue;
      const r = this.byName.get(`${name.slice(0, -2)}_r`);
      if (!r || r.p[0] !== -l.p[0] || r.p[1] !== l.p[1] || r.p[2] !== l.p[2] || r.n[0] !== -l.n[0] || r.n[1] !== l.n[1] || r.n[2] !== l.n[2]) return false;
    }
    return true;
  }

  /** Every stored landmark, by stored name (`nipple_l`). */
  entries(): IterableIterator<[string, Landmark]> {
    return this.byName.entries();
  }
}
