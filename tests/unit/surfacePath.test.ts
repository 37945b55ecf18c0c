import { describe, expect, it } from 'vitest';
import { SkinSurface } from '../../src/anatomy/skinSurface.ts';
import { surfacePath } from '../../src/anatomy/surfacePath.ts';

/**
 * The tight path over the skin, checked on shapes whose geodesics are known in closed form: on a cylinder a
 * geodesic unrolls to a straight line, so its length is √((r·Δθ)² + Δy²).
 */

/** An open tube of radius `r` along y, centred on (cx, 0, 0), from y = 0 to `height`. */
function tubes(r: number, height: number, centres: readonly number[], around = 256, along = 100): SkinSurface {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const cx of centres) {
    const base = positions.length / 3;
    for (let j = 0; j <= along; j++) {
      for (let i = 0; i < around; i++) {
        const a = (i / around) * Math.PI * 2;
        positions.push(cx + r * Math.cos(a), (j / along) * height, r * Math.sin(a));
        normals.push(Math.cos(a), 0, Math.sin(a));
      }
    }
    for (let j = 0; j < along; j++) {
      for (let i = 0; i < around; i++) {
        const a = base + j * around + i;
        const b = base + j * around + ((i + 1) % around);
        const c = a + around;
        const d = b + around;
        indices.push(a, c, b, b, c, d);
      }
    }
  }
  return new SkinSurface(new Float32Array(positions), new Float32Array(normals), new Uint32Array(indices));
}

const r = 0.05;
const onTube = (angleDeg: number, y: number, cx = 0): [number, number, number] => {
  const a = (angleDeg * Math.PI) / 180;
  return [cx + r * Math.cos(a), y, r * Math.sin(a)];
};
const unrolled = (angleDeg: number, dy: number) => Math.hypot((r * angleDeg * Math.PI) / 180, dy);

describe('surfacePath: the tight path over the skin', () => {
  const tube = tubes(r, 0.4, [0]);

  it('around a limb: 170° at one height is an arc of the circle, not the chord through it', () => {
    const path = surfacePath(tube, onTube(0, 0.2), onTube(170, 0.2));
    expect(path).not.toBeNull();
    const straight = Math.hypot(...onTube(170, 0.2).map((v, i) => v - onTube(0, 0.2)[i]!));
    expect(path!.length).toBeGreaterThan(straight * 1.3);
    expect(path!.length / unrolled(170, 0)).toBeCloseTo(1, 1);
    expect(Math.abs(path!.length / unrolled(170, 0) - 1)).toBeLessThan(0.02);
  });

  it('a quarter turn while going up: the helix of the unrolled straight line', () => {
    const path = surfacePath(tube, onTube(10, 0.1), onTube(100, 0.2));
    expect(Math.abs(path!.length / unrolled(90, 0.1) - 1)).toBeLessThan(0.02);
    // every point of it lies on the skin
    for (const p of path!.points) expect(Math.abs(Math.hypot(p.x, p.z) - r)).toBeLessThan(0.0005);
  });

  it('along the limb: the straight line', () => {
    const path = surfacePath(tube, onTube(30, 0.05), onTube(30, 0.3));
    expect(Math.abs(path!.length - 0.25)).toBeLessThan(0.0025);
  });

  it('between two limbs (two tubes side by side) there is no path over the skin', () => {
    const two = tubes(r, 0.4, [0, 0.2]);
    expect(surfacePath(two, onTube(0, 0.2), onTube(180, 0.2, 0.2))).toBeNull();
    // on one of them it still measures
    expect(surfacePath(two, onTube(0, 0.1, 0.2), onTube(0, 0.3, 0.2))!.length).toBeCloseTo(0.2, 2);
  });
});
