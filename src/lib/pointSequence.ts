import type { MeridianCode } from '../data/schema.ts';

/**
 * The order in which the twelve regular channels hand on to each other (the daily cycle of qi): LU11 leads on to LI1
 * and LR14 back to LU1.
 */
export const channelCycle: readonly MeridianCode[] = ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR'];

/**
 * The two midline vessels are stepped end to end as one ring (GV1 … GV28 → CV1 … CV24 → GV1), the extra points
 * within their own list (EX-HN1 … EX-LE12 → EX-HN1).
 */
const vesselRing: readonly MeridianCode[] = ['GV', 'CV'];

export type StepDirection = 1 | -1;

/** What stepping needs of a point: its code and its channel. */
export interface SequencedPoint {
  readonly code: string;
  readonly meridian: MeridianCode;
}

/** The trailing number of a code (`ST36` → 36, `EX-HN3` → 3), used to keep each channel in its own order. */
const numberOf = (code: string) => Number(/(\d+)$/.exec(code)?.[1] ?? 0);

/**
 * The rings a point can be stepped around, each a list of codes in order: the twelve channels as one ring in the
 * order of the cycle, GV and CV as another, EX as a third. Points keep the order they have within their channel in
 * `points`, which is the WHO order (EX by region, then number).
 */
export function stepRings(points: readonly SequencedPoint[]): readonly (readonly string[])[] {
  const byChannel = new Map<MeridianCode, string[]>();
  for (const p of points) {
    const list = byChannel.get(p.meridian) ?? [];
    list.push(p.code);
    byChannel.set(p.meridian, list);
  }
  for (const [channel, list] of byChannel) {
    // The catalogue is in WHO order already; sorting by number makes that a guarantee for the channels (not EX,
    // whose regions HN, CA, B, UE, LE each count from 1).
    if (channel !== 'EX') list.sort((a, b) => numberOf(a) - numberOf(b));
  }
  const ring = (channels: readonly MeridianCode[]) => channels.flatMap((c) => byChannel.get(c) ?? []);
  return [ring(channelCycle), ring(vesselRing), ring(['EX'])].filter((r) => r.length > 0);
}

/** Steps through a point catalogue along the channel cycle; built once from the catalogue. */
export class PointSequence {
  private readonly place = new Map<string, { ring: readonly string[]; index: number }>();

  constructor(points: readonly SequencedPoint[]) {
    for (const ring of stepRings(points)) ring.forEach((code, index) => this.place.set(code, { ring, index }));
  }

  /** The code one step forward (1) or back (-1) from `code`, wrapping round its ring; null for an unknown code. */
  step(code: string, direction: StepDirection): string | null {
    const at = this.place.get(code);
    if (!at) return null;
    const n = at.ring.length;
    return at.ring[(at.index + direction + n) % n] ?? null;
  }

  next(code: string): string | null {
    return this.step(code, 1);
  }

  previous(code: string): string | null {
    return this.step(code, -1);
  }
}
