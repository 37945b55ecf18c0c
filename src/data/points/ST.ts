import type { PointInput } from '../schema.ts';

/** Stomach channel of foot yangming, ST1–ST45. */
export const stomachPoints: PointInput[] = [];
