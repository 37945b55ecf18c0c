import type { LandmarkBaseName } from './landmarkNames.ts';

/**
 * How the skin path of a segment is traced: `chord` projects points of the straight line to the
 * nearest skin; `radial` casts outward from the centre of the head (midpoint of the two tragi),
 * so a hairline-to-hairline segment follows the scalp over the vertex instead of cutting the skull.
 */
export type SegmentPath = 'chord' | 'radial';

/** One proportional bone measurement (B-cun) segment: `cun` equal parts between two landmarks. */
export interface BCunSegment {
  readonly from: LandmarkBaseName;
  readonly to: LandmarkBaseName;
  /** For transverse segments across the midline: `from` is taken on the right, `to` on the left. */
  readonly across?: true;
  readonly cun: number;
  readonly path: SegmentPath;
  /**
   * Which way the tape bows away from the straight line, where the ends alone cannot tell (a hairline-to-hairline
   * tape goes over the vertex, not under the chin; a mastoid-to-mastoid tape goes round the occiput).
   */
  readonly bulge?: 'superior' | 'anterior' | 'posterior';
  /**
   * `straight`: one cun is the straight distance / cun, for a segment whose skin path the hanging arm gets in the
   * way of (axilla to 11th rib). Otherwise a cun is measured along the skin, as with a tape.
   */
  readonly length?: 'straight';
  readonly label: string;
}

/** The B-cun table of DOMAIN.md, keyed by the id point rules use in `measure`. */
export const bCunSegments = {
  head_midline_12: { from: 'anterior_hairline', to: 'posterior_hairline', cun: 12, path: 'radial', bulge: 'superior', label: 'Anterior to posterior hairline (12 cun)' },
  head_glabella_3: { from: 'glabella', to: 'anterior_hairline', cun: 3, path: 'radial', bulge: 'anterior', label: 'Glabella to anterior hairline (3 cun)' },
  head_nape_3: { from: 'posterior_hairline', to: 'c7_spinous_process', cun: 3, path: 'chord', bulge: 'posterior', label: 'Posterior hairline to C7 (3 cun)' },
  head_corners_9: { from: 'hairline_corner', to: 'hairline_corner', across: true, cun: 9, path: 'radial', bulge: 'anterior', label: 'Between the hairline corners (9 cun)' },
  head_mastoids_9: { from: 'mastoid_process', to: 'mastoid_process', across: true, cun: 9, path: 'chord', bulge: 'posterior', label: 'Between the mastoid processes (9 cun)' },
  chest_sternum_9: { from: 'suprasternal_notch', to: 'xiphisternal_junction', cun: 9, path: 'chord', bulge: 'anterior', label: 'Suprasternal notch to xiphisternal junction (9 cun)' },
  chest_nipples_8: { from: 'nipple', to: 'nipple', across: true, cun: 8, path: 'chord', bulge: 'anterior', label: 'Between the nipples (8 cun)' },
  chest_coracoids_12: { from: 'coracoid_process', to: 'coracoid_process', across: true, cun: 12, path: 'chord', bulge: 'anterior', label: 'Between the coracoid processes (12 cun)' },
  abdomen_upper_8: { from: 'xiphisternal_junction', to: 'umbilicus', cun: 8, path: 'chord', bulge: 'anterior', label: 'Xiphisternal junction to umbilicus (8 cun)' },
  abdomen_lower_5: { from: 'umbilicus', to: 'pubic_symphysis_upper', cun: 5, path: 'chord', bulge: 'anterior', label: 'Umbilicus to pubic symphysis (5 cun)' },
  back_scapula_3: { from: 't3_spinous_process', to: 'scapula_medial_border', cun: 3, path: 'chord', bulge: 'posterior', label: 'Posterior midline to medial border of scapula (3 cun)' },
  lateral_trunk_12: { from: 'axilla_apex', to: 'rib11_free_end', cun: 12, path: 'chord', length: 'straight', label: 'Apex of axilla to free end of 11th rib (12 cun)' },
  upper_arm_9: { from: 'axillary_fold_anterior', to: 'cubital_crease_center', cun: 9, path: 'chord', label: 'Anterior axillary fold to cubital crease (9 cun)' },
  forearm_palmar_12: { from: 'cubital_crease_center', to: 'wrist_crease_palmar', cun: 12, path: 'chord', label: 'Cubital crease to palmar wrist crease (12 cun)' },
  forearm_dorsal_12: { from: 'cubital_crease_lateral', to: 'wrist_crease_dorsal', cun: 12, path: 'chord', label: 'Cubital crease to dorsal wrist crease (12 cun)' },
  thigh_18: { from: 'pubic_symphysis_upper', to: 'patella_base', cun: 18, path: 'chord', label: 'Pubic symphysis to base of patella (18 cun)' },
  knee_2: { from: 'patella_base', to: 'patella_apex', cun: 2, path: 'chord', label: 'Base to apex of patella (2 cun)' },
  leg_patella_15: { from: 'patella_apex', to: 'medial_malleolus', cun: 15, path: 'chord', label: 'Apex of patella to medial malleolus (15 cun)' },
  leg_medial_13: { from: 'tibia_medial_condyle', to: 'medial_malleolus', cun: 13, path: 'chord', label: 'Medial tibial condyle to medial malleolus (13 cun)' },
  thigh_lateral_19: { from: 'greater_trochanter', to: 'popliteal_crease_lateral', cun: 19, path: 'chord', label: 'Greater trochanter to popliteal crease (19 cun)' },
  thigh_posterior_14: { from: 'gluteal_fold', to: 'popliteal_crease', cun: 14, path: 'chord', label: 'Gluteal fold to popliteal crease (14 cun)' },
  leg_lateral_16: { from: 'popliteal_crease_lateral', to: 'lateral_malleolus', cun: 16, path: 'chord', label: 'Popliteal crease to lateral malleolus (16 cun)' },
  foot_3: { from: 'medial_malleolus', to: 'sole_below_medial_malleolus', cun: 3, path: 'chord', label: 'Medial malleolus to sole (3 cun)' },
} as const satisfies Record<string, BCunSegment>;

export type BCunSegmentId = keyof typeof bCunSegments;
export const bCunSegmentIds = Object.keys(bCunSegments) as BCunSegmentId[];
