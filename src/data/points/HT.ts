import type { PointInput } from '../schema.ts';

/** Heart channel of hand shaoyin, HT1–HT9. */
export const heartPoints: PointInput[] = [];
