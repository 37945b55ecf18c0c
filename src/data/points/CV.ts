import type { PointInput } from '../schema.ts';

/** Conception vessel (ren mai), CV1–CV24. */
export const conceptionVesselPoints: PointInput[] = [];
