import type { PointInput } from '../schema.ts';

/** Lung channel of hand taiyin, LU1–LU11. */
export const lungPoints: PointInput[] = [];
