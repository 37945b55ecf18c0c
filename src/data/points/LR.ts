import type { PointInput } from '../schema.ts';

/** Liver channel of foot jueyin, LR1–LR14. */
export const liverPoints: PointInput[] = [];
