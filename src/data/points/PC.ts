import type { PointInput } from '../schema.ts';

/** Pericardium channel of hand jueyin, PC1–PC9. */
export const pericardiumPoints: PointInput[] = [];
