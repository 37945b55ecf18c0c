import type { PointInput } from '../schema.ts';

/** Small intestine channel of hand taiyang, SI1–SI19. */
export const smallIntestinePoints: PointInput[] = [];
