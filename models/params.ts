/**
 * Body parameters. Every shape is designed in a reference frame of a 1.75 m adult and scaled to `height`;
 * the sex and build parameters change widths, depths and the soft-tissue parts.
 */
export type Sex = 'male' | 'female';

export interface BodyParams {
  sex: Sex;
  /** Standing height in metres (soles to vertex). */
  height: number;
  /** 0 = slender, 1 = heavy. Scales girths of the trunk and limbs. */
  build: number;
  /** 0 = little muscle relief, 1 = athletic relief (pectorals, deltoids, calves). */
  muscle: number;
}

/** Widths and soft-tissue amounts derived from the parameters (reference 1.75 m frame). */
export interface Shape {
  female: boolean;
  shoulderX: number; // x of the acromion tip
  chestR: [number, number, number]; // rib-cage ellipsoid radii
  waistR: [number, number, number];
  pelvisR: [number, number, number];
  hipX: number; // x of the greater trochanter
  hipJointX: number;
  breast: number; // breast radius (0: none)
  girth: number; // multiplier for limb radii
  muscle: number;
  neckR: number;
  larynx: number;
  armLen: [number, number]; // upper arm, forearm
  handScale: number;
  footScale: number;
  headScale: number;
}

export const defaultParams = (sex: Sex): BodyParams =>
  sex === 'female' ? { sex, height: 1.63, build: 0.45, muscle: 0.35 } : { sex, height: 1.75, build: 0.45, muscle: 0.65 };

export function shapeOf(p: BodyParams): Shape {
  const b = p.build - 0.45; // 0 at the default build
  const g = 1 + 0.35 * b;
  if (p.sex === 'female') {
    return {
      female: true,
      shoulderX: 0.178 + 0.02 * b,
      chestR: [0.13 * g, 0.17, 0.095 * g],
      waistR: [0.118 * g, 0.15, 0.088 * g],
      pelvisR: [0.17 * g, 0.125, 0.108 * g],
      hipX: 0.188 * g,
      hipJointX: 0.095,
      breast: 0.064 + 0.012 * b,
      girth: 0.93 * g,
      muscle: p.muscle,
      neckR: 0.05,
      larynx: 0.25,
      armLen: [0.3, 0.245],
      handScale: 0.95,
      footScale: 0.95,
      headScale: 1.02,
    };
  }
  return {
    female: false,
    shoulderX: 0.198 + 0.02 * b,
    chestR: [0.15 * g, 0.175, 0.104 * g], // 30 cm across at the nipples: room for the 6-cun line (SP17–SP20, LU1)
    waistR: [0.136 * g, 0.16, 0.097 * g],
    pelvisR: [0.158 * g, 0.12, 0.104 * g],
    hipX: 0.17 * g,
    hipJointX: 0.09,
    breast: 0,
    girth: g,
    muscle: p.muscle,
    neckR: 0.058,
    larynx: 1,
    armLen: [0.3, 0.255],
    handScale: 1,
    footScale: 1,
    headScale: 1,
  };
}
