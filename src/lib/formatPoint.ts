import type { NeedlingFacts } from '../data/schema.ts';

/** `0.3–0.5 cun`; a single figure when min = max. */
export function formatDepth(depth: { min: number; max: number }, unit = 'cun'): string {
  const f = (n: number) => String(Number(n.toFixed(2)));
  return depth.min === depth.max ? `${f(depth.min)} ${unit}` : `${f(depth.min)}–${f(depth.max)} ${unit}`;
}

/** `90° (Perpendicular)` */
export function formatAngle(needling: Extract<NeedlingFacts, { allowed: true }>, angleLabel: string): string {
  return `${needling.angleDegrees}° (${angleLabel})`;
}

/** Splits commentary into paragraphs on blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
