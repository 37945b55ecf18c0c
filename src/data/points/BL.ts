import type { PointInput } from '../schema.ts';

/** Bladder channel of foot taiyang, BL1–BL67. */
export const bladderPoints: PointInput[] = [];
