import type { PointInput } from '../schema.ts';

/** Triple energizer (san jiao) channel of hand shaoyang, TE1–TE23. */
export const tripleEnergizerPoints: PointInput[] = [];
