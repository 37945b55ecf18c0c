import type { PointInput } from '../schema.ts';

/** Governor vessel (du mai), GV1–GV28. */
export const governorVesselPoints: PointInput[] = [];
