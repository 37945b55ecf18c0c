import type { PointInput } from '../schema.ts';

/** Spleen channel of foot taiyin, SP1–SP21. */
export const spleenPoints: PointInput[] = [];
