import type { PointInput } from '../schema.ts';

/** The 48 WHO extra points (1991): EX-HN1–15, EX-CA1, EX-B1–9, EX-UE1–11, EX-LE1–12. */
export const extraPoints: PointInput[] = [];
