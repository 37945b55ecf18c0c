import type { LandmarkBaseName } from './landmarkNames.ts';

/**
 * One proportional bone measurement (B-cun) segment: `cun` equal parts between two landmarks, traced over the
 * skin from `from` to `to` like a tape measure in the plane of the two ends.
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
   * `straight`: one cun is the straight distance / cun, for a segment whose skin path the hanging arm gets in the
   * way of (axilla to 11th rib; axillary fold to elbow, where the tape dips into the armpit). Otherwise a cun is
   * measured along the skin, as with a tape.
   */
  readonly length?: 'straight';
  readonly label: string;
}

/** The B-cun table (docs/point-facts.md), keyed by the id point rules use in `measure`. */
export const bCunSegments = {
  head_midline_12: { from: 'anterior_hairline', to: 'posterior_hairline', cun: 12, bulge: 'superior', label: 'Anterior to posterior hairline (12 cun)' },
  head_glabella_3: { from: 'glabella', to: 'anterior_hairline', cun: 3, bulge: 'anterior', label: 'Glabella to anterior hairline (3 cun)' },
  head_nape_3: { from: 'posterior_hairline', to: 'c7_spinous_process', cun: 3, bulge: 'posterior', label: 'Posterior hairline to C7 (3 cun)' },
  head_corners_9: { from: 'hairline_corner', to: 'hairline_corner', across: true, cun: 9, bulge: 'anterior', label: 'Between the hairline corners (9 cun)' },
  head_mastoids_9: { from: 'mastoid_process', to: 'mastoid_process', across: true, cun: 9, bulge: 'posterior', label: 'Between the mastoid processes (9 cun)' },
  chest_sternum_9: { from: 'suprasternal_notch', to: 'xiphisternal_junction', cun: 9, bulge: 'anterior', label: 'Suprasternal notch to xiphisternal junction (9 cun)' },
  chest_nipples_8: { from: 'nipple', to: 'nipple', across: true, cun: 8, bulge: 'anterior', label: 'Between the nipples (8 cun)' },
  chest_coracoids_12: { from: 'coracoid_process', to: 'coracoid_process', across: true, cun: 12, bulge: 'anterior', label: 'Between the coracoid processes (12 cun)' },
  abdomen_upper_8: { from: 'xiphisternal_junction', to: 'umbilicus', cun: 8, bulge: 'anterior', label: 'Xiphisternal junction to umbilicus (8 cun)' },
  abdomen_lower_5: { from: 'umbilicus', to: 'pubic_symphysis_upper', cun: 5, bulge: 'anterior', label: 'Umbilicus to pubic symphysis (5 cun)' },
  back_scapula_3: { from: 't3_spinous_process', to: 'scapula_medial_border', cun: 3, bulge: 'posterior', label: 'Posterior midline to medial border of scapula (3 cun)' },
  lateral_trunk_12: { from: 'axilla_apex', to: 'rib11_free_end', cun: 12, length: 'straight', label: 'Apex of axilla to free end of 11th rib (12 cun)' },
  upper_arm_9: { from: 'axillary_fold_anterior', to: 'cubital_crease_center', cun: 9, length: 'straight', label: 'Anterior axillary fold to cubital crease (9 cun)' },
  forearm_palmar_12: { from: 'cubital_crease_center', to: 'wrist_crease_palmar', cun: 12, label: 'Cubital crease to palmar wrist crease (12 cun)' },
  forearm_dorsal_12: { from: 'cubital_crease_lateral', to: 'wrist_crease_dorsal', cun: 12, label: 'Cubital crease to dorsal wrist crease (12 cun)' },
  thigh_18: { from: 'pubic_symphysis_upper', to: 'patella_base', cun: 18, label: 'Pubic symphysis to base of patella (18 cun)' },
  knee_2: { from: 'patella_base', to: 'patella_apex', cun: 2, label: 'Base to apex of patella (2 cun)' },
  leg_patella_15: { from: 'patella_apex', to: 'medial_malleolus', cun: 15, label: 'Apex of patella to medial malleolus (15 cun)' },
  leg_medial_13: { from: 'tibia_medial_condyle', to: 'medial_malleolus', cun: 13, label: 'Medial tibial condyle to medial malleolus (13 cun)' },
  thigh_lateral_19: { from: 'greater_trochanter', to: 'popliteal_crease_lateral', cun: 19, label: 'Greater trochanter to popliteal crease (19 cun)' },
  thigh_posterior_14: { from: 'gluteal_fold', to: 'popliteal_crease', cun: 14, label: 'Gluteal fold to popliteal crease (14 cun)' },
  leg_lateral_16: { from: 'popliteal_crease_lateral', to: 'lateral_malleolus', cun: 16, label: 'Popliteal crease to lateral malleolus (16 cun)' },
  foot_3: { from: 'medial_malleolus', to: 'sole_below_medial_malleolus', cun: 3, label: 'Medial malleolus to sole (3 cun)' },
} as const satisfies Record<string, BCunSegment>;

export type BCunSegmentId = keyof typeof bCunSegments;
export const bCunSegmentIds = Object.keys(bCunSegments) as BCunSegmentId[];
