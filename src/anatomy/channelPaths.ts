import { Vector3 } from 'three';
import type { MarkerSide, ResolvedPoint } from './resolvePoint.ts';
import type { SkinSurface } from './skinSurface.ts';
import type { Vec3 } from './landmarks.ts';

/** A channel's line on one side: a polyline over the skin through its points in order. */
export interface ChannelLine {
  readonly channel: string;
  readonly side: MarkerSide;
  /** points lifted slightly off the skin so the line is drawn over it, not inside it */
  readonly points: readonly Vec3[];
}

const lift = 0.0015;

/**
 * Traces a channel over the skin: between each pair of consecutive points it walks the skin toward the next,
 * so the line follows the surface and never cuts through the body.
 */
export function traceChannelLine(skin: SkinSurface, channel: string, side: MarkerSide, ordered: readonly ResolvedPoint[], step = 0.004): ChannelLine {
  const out: Vec3[] = [];
  const push = (p: Vector3, n: Vector3) => out.push([p.x + n.x * lift, p.y + n.y * lift, p.z + n.z * lift]);
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    const start = { position: new Vector3(...a.position), normal: new Vector3(...a.normal) };
    push(start.position, start.normal);
    const b = ordered[i + 1];
    if (!b) break;
    const target = new Vector3(...b.position);
    const straight = start.position.distanceTo(target);
    const path = skin.walk(start, straight * 2.5 + 0.01, (p) => (p.distanceTo(target) < step ? null : target.clone().sub(p)), {
      step,
      keepOnMidline: side === 'midline',
    });
    for (const spot of path.slice(1)) push(spot.position, spot.normal);
  }
  return { channel, side, points: out };
}
