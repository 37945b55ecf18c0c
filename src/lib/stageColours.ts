/** The 3D stage's clear colour: drawn behind the body, and turned to white paper in a printed handout's view. */
export const stageBackground = '#1b2129';

/** A `#rrggbb` colour as its three channels. */
export function rgbOf(hex: string): readonly [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
