import type { LandmarkBaseName } from './landmarkNames.ts';

/**
 * One proportional bone measurement (B-cun) segment: `cun` equal parts between two landmarks. How it is measured
 * is said per segment (`measured`), and a distance in its cun is walked the same way.
 */
export interface BCunSegment {
  readonly from: LandmarkBaseName;
  readonly to: LandmarkBaseName;
  /** For transverse segments across the midline: `from` is taken on the right, `to` on the left. */
  readonly across?: true;
  readonly cun: number;
  /**
   * Which way the tape bows away from the straight line, where the ends alone cannot tell (a hairline-to-hairline
   * tape goes over the vertex, not under the chin; a mastoid-to-mastoid tape goes round the occiput).
   */
  readonly bulge?: 'superior' | 'anterior' | 'posterior';
  /**
   * `straight`: a bone length, the straight distance between the two landmarks (the limbs and the trunk: B-cun is
   * proportional *bone* measurement); a distance in this cun is moved straight and then dropped onto the skin.
   * `surface`: an arc over the skin, as with a tape, where the standard measures over a curved surface (the scalp,
   * round the forehead and the occiput); a distance in this cun is walked over the skin.
   */
  readonly measured: 'straight' | 'surface';
  /**
   * For a straight segment whose landmarks lie off the bone's line (the anterior axillary fold sits on the chest
   * side of the arm): the bone's axis, from one landmark to another; the length is the distance between the two
   * ends' levels along it.
   */
  readonly boneAxis?: readonly [LandmarkBaseName, LandmarkBaseName];
  readonly label: string;
}

/** The B-cun table (docs/point-facts.md), keyed by the id point rules use in `measure`. */
export const bCunSegments = {
  head_midline_12: {
    from: 'anterior_hairline',
    to: 'posterior_hairline',
    cun: 12,
    bulge: 'superior',
    measured: 'surface',
    label: 'Anterior to posterior hairline (12 cun)',
  },
  head_glabella_3: {
    from: 'glabella',
    to: 'anterior_hairline',
    cun: 3,
    bulge: 'anterior',
    measured: 'surface',
    label: 'Glabella to anterior hairline (3 cun)',
  },
  head_nape_3: {
    from: 'posterior_hairline',
    to: 'c7_spinous_process',
    cun: 3,
    bulge: 'posterior',
    measured: 'surface',
    label: 'Posterior hairline to C7 (3 cun)',
  },
  head_corners_9: {
    from: 'hairline_corner',
    to: 'hairline_corner',
    across: true,
    cun: 9,
    bulge: 'anterior',
    measured: 'surface',
    label: 'Between the hairline corners (9 cun)',
  },
  head_mastoids_9: {
    from: 'mastoid_process',
    to: 'mastoid_process',
    across: true,
    cun: 9,
    bulge: 'posterior',
    measured: 'surface',
    label: 'Between the mastoid processes (9 cun)',
  },
  chest_sternum_9: {
    from: 'suprasternal_notch',
    to: 'xiphisternal_junction',
    cun: 9,
    bulge: 'anterior',
    measured: 'straight',
    label: 'Suprasternal notch to xiphisternal junction (9 cun)',
  },
  chest_nipples_8: { from: 'nipple', to: 'nipple', across: true, cun: 8, bulge: 'anterior', measured: 'straight', label: 'Between the nipples (8 cun)' },
  chest_coracoids_12: {
    from: 'coracoid_process',
    to: 'coracoid_process',
    across: true,
    cun: 12,
    bulge: 'anterior',
    measured: 'straight',
    label: 'Between the coracoid processes (12 cun)',
  },
  abdomen_upper_8: {
    from: 'xiphisternal_junction',
    to: 'umbilicus',
    cun: 8,
    bulge: 'anterior',
    measured: 'straight',
    label: 'Xiphisternal junction to umbilicus (8 cun)',
  },
  abdomen_lower_5: {
    from: 'umbilicus',
    to: 'pubic_symphysis_upper',
    cun: 5,
    bulge: 'anterior',
    measured: 'straight',
    label: 'Umbilicus to pubic symphysis (5 cun)',
  },
  back_scapula_3: {
    from: 't3_spinous_process',
    to: 'scapula_medial_border',
    cun: 3,
    bulge: 'posterior',
    measured: 'straight',
    label: 'Posterior midline to medial border of scapula (3 cun)',
  },
  lateral_trunk_12: { from: 'axilla_apex', to: 'rib11_free_end', cun: 12, measured: 'straight', label: 'Apex of axilla to free end of 11th rib (12 cun)' },
  upper_arm_9: {
    from: 'axillary_fold_anterior',
    to: 'cubital_crease_center',
    cun: 9,
    measured: 'straight',
    boneAxis: ['acromion', 'cubital_crease_center'],
    label: 'Anterior axillary fold to cubital crease (9 cun)',
  },
  forearm_palmar_12: {
    from: 'cubital_crease_center',
    to: 'wrist_crease_palmar',
    cun: 12,
    measured: 'straight',
    label: 'Cubital crease to palmar wrist crease (12 cun)',
  },
  forearm_dorsal_12: {
    from: 'cubital_crease_lateral',
    to: 'wrist_crease_dorsal',
    cun: 12,
    measured: 'straight',
    label: 'Cubital crease to dorsal wrist crease (12 cun)',
  },
  thigh_18: { from: 'pubic_symphysis_upper', to: 'patella_base', cun: 18, measured: 'straight', label: 'Pubic symphysis to base of patella (18 cun)' },
  knee_2: { from: 'patella_base', to: 'patella_apex', cun: 2, measured: 'straight', label: 'Base to apex of patella (2 cun)' },
  leg_patella_15: { from: 'patella_apex', to: 'medial_malleolus', cun: 15, measured: 'straight', label: 'Apex of patella to medial malleolus (15 cun)' },
  leg_medial_13: {
    from: 'tibia_medial_condyle',
    to: 'medial_malleolus',
    cun: 13,
    measured: 'straight',
    label: 'Medial tibial condyle to medial malleolus (13 cun)',
  },
  thigh_lateral_19: {
    from: 'greater_trochanter',
    to: 'popliteal_crease_lateral',
    cun: 19,
    measured: 'straight',
    label: 'Greater trochanter to popliteal crease (19 cun)',
  },
  thigh_posterior_14: { from: 'gluteal_fold', to: 'popliteal_crease', cun: 14, measured: 'straight', label: 'Gluteal fold to popliteal crease (14 cun)' },
  leg_lateral_16: {
    from: 'popliteal_crease_lateral',
    to: 'lateral_malleolus',
    cun: 16,
    measured: 'straight',
    label: 'Popliteal crease to lateral malleolus (16 cun)',
  },
  foot_3: { from: 'medial_malleolus', to: 'sole_below_medial_malleolus', cun: 3, measured: 'straight', label: 'Medial malleolus to sole (3 cun)' },
} as const satisfies Record<string, BCunSegment>;

export type BCunSegmentId = keyof typeof bCunSegments;
export const bCunSegmentIds = Object.keys(bCunSegments) as BCunSegmentId[];
