/** A box on the screen, CSS pixels. */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A label to place: where it sits by default; lower `rank` is placed first and wins. */
export interface LabelBox {
  readonly id: string;
  readonly rect: ScreenRect;
  readonly rank: number;
}

/** Where a label ended up: moved by (dx, dy) from its default, or dropped. */
export type LabelPlacement = { readonly dx: number; readonly dy: number } | null;

const overlaps = (a: ScreenRect, b: ScreenRect, gap: number): boolean =>
  a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;

const moved = (r: ScreenRect, dx: number, dy: number): ScreenRect => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height });

/**
 * A simple collision pass: labels are taken by rank; each keeps its place if that is free, else tries the other
 * side of its marker, then above and below it; if none is free (of placed labels, of fixed obstacles such as the
 * needle and ruler labels, and inside `bounds`) it is dropped. Returns a placement per label id.
 */
export function placeLabels(
  labels: readonly LabelBox[],
  obstacles: readonly ScreenRect[],
  bounds: ScreenRect | null,
  gap = 2,
  markerGap = 20,
): Map<string, LabelPlacement> {
  const placed: ScreenRect[] = [...obstacles];
  const out = new Map<string, LabelPlacement>();
  const inside = (r: ScreenRect) =>
    !bounds ||
    (r.left >= bounds.left && r.top >= bounds.top && r.left + r.width <= bounds.left + bounds.width && r.top + r.height <= bounds.top + bounds.height);
  for (const label of [...labels].sort((a, b) => a.rank - b.rank)) {
    const { width: w, height: h } = label.rect;
    // default (right of the marker), left of it, above, below
    const candidates: [number, number][] = [
      [0, 0],
      [-(w + markerGap), 0],
      [-(w + markerGap) / 2, -(h / 2 + 8)],
      [-(w + markerGap) / 2, h / 2 + 8],
    ];
    let chosen: LabelPlacement = null;
    for (const [dx, dy] of candidates) {
      const r = moved(label.rect, dx, dy);
      if (inside(r) && !placed.some((p) => overlaps(p, r, gap))) {
        chosen = { dx, dy };
        placed.push(r);
        break;
      }
    }
    out.set(label.id, chosen);
  }
  return out;
}

/** Pairs of boxes that overlap (for tests and checks). */
export function overlappingPairs(rects: readonly (ScreenRect & { id: string })[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) if (overlaps(rects[i]!, rects[j]!, -0.5)) pairs.push([rects[i]!.id, rects[j]!.id]);
  return pairs;
}
