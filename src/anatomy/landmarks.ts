import { allStoredLandmarkNames, sidedLandmarkName, type LandmarkBaseName, type Side } from './landmarkNames.ts';

export type Vec3 = readonly [number, number, number];

/** The `body.landmarks.json` file written by the generator (DESIGN.md). */
export interface LandmarksFile {
  readonly units: 'm';
  readonly up: '+Y';
  readonly front: '+Z';
  readonly left: '+X';
  readonly height: number;
  readonly landmarks: Readonly<Record<string, { readonly p: Vec3; readonly n: Vec3 }>>;
}

const isVec3 = (v: unknown): v is Vec3 => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/**
 * Checks a landmarks file and returns the landmark set; throws with a readable reason. Written by hand rather than
 * with zod so the first page load does not carry a schema library for one small file.
 */
export function parseLandmarksFile(json: unknown): LandmarkSet {
  if (typeof json !== 'object' || json === null) throw new Error('not a JSON object');
  const f = json as Record<string, unknown>;
  const axes: [string, unknown][] = [
    ['units', 'm'],
    ['up', '+Y'],
    ['front', '+Z'],
    ['left', '+X'],
  ];
  for (const [key, wanted] of axes) if (f[key] !== wanted) throw new Error(`"${key}" must be "${String(wanted)}"`);
  if (typeof f.height !== 'number' || !(f.height > 0)) throw new Error('"height" must be a positive number');
  if (typeof f.landmarks !== 'object' || f.landmarks === null) throw new Error('"landmarks" is missing');
  for (const [name, l] of Object.entries(f.landmarks as Record<string, unknown>)) {
    const entry = l as { p?: unknown; n?: unknown } | null;
    if (!entry || !isVec3(entry.p) || !isVec3(entry.n)) throw new Error(`landmark "${name}" needs p and n as three numbers`);
  }
  return LandmarkSet.fromFile(json as LandmarksFile);
}

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

  /** Checks that a (schema-valid) landmarks file has every landmark; the error names the ones the body lacks. */
  static fromFile(file: LandmarksFile): LandmarkSet {
    const missing = allStoredLandmarkNames.filter((n) => !(n in file.landmarks));
    if (missing.length)
      throw new Error(`The body's landmark file lacks ${missing.length} landmarks: ${missing.slice(0, 12).join(', ')}${missing.length > 12 ? '…' : ''}`);
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
