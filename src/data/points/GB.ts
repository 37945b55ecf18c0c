import type { PointInput } from '../schema.ts';

/** Gallbladder channel of foot shaoyang, GB1–GB44. */
export const gallbladderPoints: PointInput[] = [];
