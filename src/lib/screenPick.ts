/**
 * Forgiving picking in screen space, as plain numbers: which marker a click or tap meant. The scene projects the
 * markers and tells which are hidden; this module only measures pixels, so it is tested without a browser.
 */

/** A marker where the camera shows it, in CSS pixels. */
export interface ScreenMarker {
  /** index into the caller's marker list */
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** A marker near the pointer and how far it is, in CSS pixels. */
export interface PickCandidate {
  readonly index: number;
  readonly distance: number;
}

/** What a click or tap means: nothing near, one marker, or several close enough that the user should choose. */
export type PickDecision =
  { readonly kind: 'none' } | { readonly kind: 'one'; readonly index: number } | { readonly kind: 'choose'; readonly indices: readonly number[] };

/** Pick radius in CSS pixels for a pointer type: a fingertip covers about twice what a mouse pointer does. */
export function pickRadius(pointerType: string): number {
  return pointerType === 'touch' ? 24 : pointerType === 'pen' ? 16 : 12;
}

/** Markers within `radius` pixels of `at`, nearest first (ties by index, so the order is stable). */
export function candidatesNear(markers: Iterable<ScreenMarker>, at: { x: number; y: number }, radius: number): PickCandidate[] {
  const found: PickCandidate[] = [];
  for (const m of markers) {
    const distance = Math.hypot(m.x - at.x, m.y - at.y);
    if (distance <= radius) found.push({ index: m.index, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || a.index - b.index);
}

/**
 * Decides between the candidates (visible ones only, nearest first). The nearest wins outright when the pointer is
 * on it (within `onMarker` pixels) or when every other candidate is clearly farther (by `margin` pixels, default a
 * third of the radius); otherwise the close rivals, at most `limit`, are offered to choose from.
 */
export function decidePick(
  candidates: readonly PickCandidate[],
  radius: number,
  options: { onMarker?: number; margin?: number; limit?: number } = {},
): PickDecision {
  const [first, second] = candidates;
  if (!first) return { kind: 'none' };
  const { onMarker = 0, margin = radius / 3, limit = 6 } = options;
  if (!second) return { kind: 'one', index: first.index };
  if (first.distance <= onMarker && second.distance > onMarker) return { kind: 'one', index: first.index };
  const rivals = candidates.filter((c) => c.distance - first.distance < margin);
  if (rivals.length === 1) return { kind: 'one', index: first.index };
  return { kind: 'choose', indices: rivals.slice(0, limit).map((c) => c.index) };
}

/** Screen rectangle of a label, in CSS pixels. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A greedy collision pass for labels: boxes in priority order (most important first); a box that overlaps one
 * already kept is dropped. Returns the indices kept, in input order of priority.
 */
export function keepNonOverlapping(boxes: readonly LabelBox[], gap = 2): number[] {
  const kept: number[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    const clash = kept.some((k) => {
      const o = boxes[k]!;
      return b.x < o.x + o.width + gap && o.x < b.x + b.width + gap && b.y < o.y + o.height + gap && o.y < b.y + b.height + gap;
    });
    if (!clash) kept.push(i);
  }
  return kept;
}

/** Two taps make a double tap when they come within `ms` milliseconds and `px` pixels of each other. */
export function isDoubleTap(previous: { x: number; y: number; time: number } | null, now: { x: number; y: number; time: number }, ms = 350, px = 30): boolean {
  return previous !== null && now.time - previous.time <= ms && Math.hypot(now.x - previous.x, now.y - previous.y) <= px;
}
