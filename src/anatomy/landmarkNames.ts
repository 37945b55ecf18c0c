/**
 * The landmark vocabulary shared by the body generator (models/) and the point rules (src/data).
 * Every name here must exist in public/models/body.landmarks.json, on the skin, with an outward normal.
 * Paired names are stored with a `_l` / `_r` suffix for the figure's own side (left = +X);
 * point rules use the bare name and the resolver picks the side.
 */

/** Landmarks on the midline (x = 0). */
export const midlineLandmarks = [
  // head and face
  'vertex', // highest point of the skull, GV20 region
  'glabella', // between the eyebrows
  'nasion', // root of the nose, between the inner canthi
  'anterior_hairline', // midpoint of the front hairline
  'posterior_hairline', // midpoint of the back hairline, nape
  'external_occipital_protuberance', // inion
  'nose_tip',
  'subnasale', // where the columella meets the upper lip
  'upper_lip_tubercle', // midpoint of the vermilion border of the upper lip
  'mentolabial_sulcus', // the groove between lower lip and chin
  'chin', // most anterior point of the mental protuberance
  'chin_underside', // lowest point of the chin (menton)
  // neck and front of the trunk
  'hyoid_upper', // upper border of the hyoid bone, under the chin
  'laryngeal_prominence', // Adam's apple
  'suprasternal_notch',
  'sternal_angle', // manubriosternal joint, level of 2nd rib
  'sternum_4th_intercostal', // on the sternum, level of the 4th intercostal space (between the nipples)
  'xiphisternal_junction',
  'umbilicus', // centre of the navel
  'pubic_symphysis_upper', // upper border of the pubic symphysis
  'perineum_center', // midpoint between anus and genitals (CV1)
  // back
  'c7_spinous_process',
  't1_spinous_process',
  't2_spinous_process',
  't3_spinous_process',
  't4_spinous_process',
  't5_spinous_process',
  't6_spinous_process',
  't7_spinous_process',
  't8_spinous_process',
  't9_spinous_process',
  't10_spinous_process',
  't11_spinous_process',
  't12_spinous_process',
  'l1_spinous_process',
  'l2_spinous_process',
  'l3_spinous_process',
  'l4_spinous_process',
  'l5_spinous_process',
  'median_sacral_crest_2', // on the midline at the level of the 2nd sacral foramina
  'sacral_hiatus',
  'coccyx_tip',
] as const;

/** Landmarks present on both sides; stored as `${name}_l` and `${name}_r`. */
export const pairedLandmarks = [
  // head and face
  'hairline_corner', // anterior hairline corner (frontal angle), ST8 region
  'temporal_hairline', // front edge of the temporal hairline at the level of the ear apex
  'sideburn_lower', // lower end of the sideburn in front of the ear
  'mastoid_process', // tip of the mastoid process
  'ear_apex', // top of the helix
  'ear_posterior_root', // where the back of the auricle meets the scalp, middle height
  'tragus', // front of the tragus
  'intertragic_notch',
  'earlobe', // lowest point of the lobe
  'inner_canthus',
  'outer_canthus',
  'pupil', // centre of the eye looking straight ahead, on the closed lid / cornea surface
  'infraorbital_margin', // lower rim of the orbit straight below the pupil
  'infraorbital_foramen', // about 1 cm below the rim, below the pupil
  'eyebrow_medial_end',
  'eyebrow_midpoint', // above the pupil
  'eyebrow_lateral_end',
  'zygoma_lower', // lowest point of the zygomatic bone, below the outer canthus
  'zygomatic_arch_lower', // lower border of the zygomatic arch, in front of the condyle (ST7)
  'nasal_ala', // the widest point of the wing of the nose
  'nasolabial_groove', // groove beside the ala, at the level of the ala
  'mouth_corner',
  'masseter_prominence', // the bulge of the masseter when clenched, front-up of the angle
  'mandible_angle',
  'occipital_hollow', // between sternocleidomastoid and trapezius below the occiput (GB20 region)
  'sternocleidomastoid_anterior_larynx', // anterior border of SCM at the level of the larynx
  // trunk, front
  'sternoclavicular_joint',
  'clavicle_midpoint', // upper border of the clavicle above the nipple line (supraclavicular fossa)
  'infraclavicular_fossa', // below the clavicle, medial to the coracoid (deltopectoral groove)
  'coracoid_process',
  'acromion', // lateral tip of the acromion
  'nipple',
  'intercostal_space_1', // at the midclavicular line
  'intercostal_space_2',
  'intercostal_space_3',
  'intercostal_space_4',
  'intercostal_space_5',
  'intercostal_space_6',
  'intercostal_space_7',
  'costal_margin_midclavicular', // lower margin of the rib cage on the midclavicular line
  'axilla_apex', // highest point of the armpit hollow
  'axillary_fold_anterior', // lower end of the anterior axillary fold
  'axillary_fold_posterior', // lower end of the posterior axillary fold
  'rib11_free_end',
  'rib12_free_end',
  'iliac_crest_top', // highest point of the iliac crest, on the side
  'asis', // anterior superior iliac spine
  'inguinal_midpoint', // middle of the inguinal groove, over the femoral artery
  'pubic_tubercle',
  // trunk, back
  'scapula_superior_angle',
  'scapula_spine_root', // medial end of the scapular spine (level of T3)
  'scapula_medial_border', // medial border of the scapula at the level of T3 (3 cun from the midline)
  'scapula_spine_midpoint', // middle of the upper border of the scapular spine (suprascapular fossa below)
  'infraspinous_fossa_center',
  'scapula_inferior_angle',
  'psis', // posterior superior iliac spine
  'sacral_foramen_1',
  'sacral_foramen_2',
  'sacral_foramen_3',
  'sacral_foramen_4',
  'gluteal_center', // most prominent point of the buttock
  'ischial_tuberosity',
  // upper limb (palms forward)
  'shoulder_anterior_hollow', // in front of the acromion when the arm is raised (LI15 region)
  'shoulder_posterior_hollow', // behind the acromion (TE14 region)
  'deltoid_insertion',
  'biceps_belly', // most prominent point of the biceps
  'lateral_epicondyle',
  'medial_epicondyle',
  'olecranon',
  'cubital_crease_lateral', // lateral (radial) end of the elbow crease
  'cubital_crease_center', // elbow crease on the biceps tendon
  'cubital_crease_medial', // medial (ulnar) end of the elbow crease
  'wrist_crease_palmar', // middle of the palmar wrist crease, between the two tendons
  'wrist_crease_palmar_radial', // radial end of the palmar wrist crease, over the radial artery
  'wrist_crease_palmar_ulnar', // ulnar end of the palmar wrist crease, radial to flexor carpi ulnaris
  'wrist_crease_dorsal', // middle of the dorsal wrist crease
  'radial_styloid',
  'ulnar_styloid',
  'anatomical_snuffbox',
  'pisiform',
  'thenar_eminence', // middle of the thenar eminence, radial to the 1st metacarpal midpoint
  'hypothenar_eminence',
  'palm_center', // between 2nd and 3rd metacarpals, where the tip of the flexed middle finger lands
  'metacarpal_2_radial_mid', // radial side of the 2nd metacarpal at its midpoint, dorsal (LI4 region)
  'metacarpal_5_ulnar_mid', // ulnar border of the 5th metacarpal at its midpoint
  'mcp_1', // dorsal head of the 1st metacarpophalangeal joint (thumb); mcp_2 … mcp_5 for the fingers
  'mcp_2',
  'mcp_3',
  'mcp_4',
  'mcp_5',
  'finger_web_1', // dorsal web margin between thumb and index
  'finger_web_2', // between index and middle
  'finger_web_3', // between middle and ring
  'finger_web_4', // between ring and little
  'pip_crease_2', // palmar crease of the proximal interphalangeal joint, index … little
  'pip_crease_3',
  'pip_crease_4',
  'pip_crease_5',
  'fingertip_1', // tip of the thumb (pulp), 2 index … 5 little
  'fingertip_2',
  'fingertip_3',
  'fingertip_4',
  'fingertip_5',
  'nail_base_1', // middle of the proximal nail fold of the thumb … little finger
  'nail_base_2',
  'nail_base_3',
  'nail_base_4',
  'nail_base_5',
  // lower limb
  'greater_trochanter',
  'gluteal_fold', // middle of the gluteal fold
  'femoral_triangle_apex',
  'thigh_anterior_mid', // front of the thigh at mid height
  'patella_base', // upper border of the patella
  'patella_apex', // lower tip of the patella
  'knee_eye_medial', // hollow medial to the patellar ligament
  'knee_eye_lateral', // hollow lateral to the patellar ligament (ST35)
  'popliteal_crease', // middle of the popliteal crease (BL40)
  'popliteal_crease_lateral', // medial edge of the biceps femoris tendon at the crease
  'popliteal_crease_medial', // lateral edge of the semitendinosus tendon at the crease
  'femur_medial_epicondyle',
  'femur_lateral_epicondyle',
  'tibia_medial_condyle', // hollow below the medial condyle of the tibia (SP9 region)
  'tibial_tuberosity',
  'tibial_crest_mid', // anterior crest of the tibia at mid-leg
  'fibula_head',
  'calf_belly', // lower end of the gastrocnemius bellies (BL57 region)
  'medial_malleolus', // prominence of the medial malleolus
  'lateral_malleolus', // prominence of the lateral malleolus
  'achilles_medial', // hollow between medial malleolus and Achilles tendon
  'achilles_lateral', // hollow between lateral malleolus and Achilles tendon
  'ankle_crease_anterior', // front of the ankle, between the tendons of extensor hallucis and digitorum longus
  'heel', // back of the heel
  'heel_sole', // centre of the heel pad on the sole
  'sole_below_medial_malleolus', // medial border of the sole directly below the medial malleolus
  'sole_center', // centre of the sole
  'sole_toe_base_2_3', // sole, at the base between the 2nd and 3rd toes
  'navicular_tuberosity',
  'metatarsal_1_base_medial', // medial side, base of the 1st metatarsal
  'metatarsal_1_head_medial', // medial side, head of the 1st metatarsal
  'metatarsal_5_base', // tuberosity of the 5th metatarsal, lateral
  'metatarsal_5_head_lateral',
  'dorsum_foot_1_2', // dorsum, junction of the bases of 1st and 2nd metatarsals (LR3 region)
  'dorsalis_pedis', // highest point of the dorsum over the dorsalis pedis pulse (ST42)
  'mtp_1', // dorsal head of the 1st metatarsophalangeal joint (big toe); mtp_2 … mtp_5
  'mtp_2',
  'mtp_3',
  'mtp_4',
  'mtp_5',
  'toe_web_1', // dorsal web margin between big toe and 2nd toe … toe_web_4 between 4th and 5th
  'toe_web_2',
  'toe_web_3',
  'toe_web_4',
  'toe_tip_1', // tip of the big toe … little toe
  'toe_tip_2',
  'toe_tip_3',
  'toe_tip_4',
  'toe_tip_5',
  'toenail_base_1', // middle of the proximal nail fold of the big toe … little toe
  'toenail_base_2',
  'toenail_base_3',
  'toenail_base_4',
  'toenail_base_5',
] as const;

export type MidlineLandmark = (typeof midlineLandmarks)[number];
export type PairedLandmark = (typeof pairedLandmarks)[number];
/** A landmark as point rules name it: without a side suffix. */
export type LandmarkBaseName = MidlineLandmark | PairedLandmark;
export type Side = 'left' | 'right';

const pairedSet: ReadonlySet<string> = new Set(pairedLandmarks);
const midlineSet: ReadonlySet<string> = new Set(midlineLandmarks);

export const isPairedLandmark = (name: string): name is PairedLandmark => pairedSet.has(name);
export const isMidlineLandmark = (name: string): name is MidlineLandmark => midlineSet.has(name);
export const isLandmarkBaseName = (name: string): name is LandmarkBaseName => pairedSet.has(name) || midlineSet.has(name);

/** The stored name of a landmark on one side: `nipple` → `nipple_l`. Midline names are unchanged. */
export function sidedLandmarkName(name: LandmarkBaseName, side: Side): string {
  return isPairedLandmark(name) ? `${name}_${side === 'left' ? 'l' : 'r'}` : name;
}

/** Every stored landmark name the body must provide. */
export const allStoredLandmarkNames: readonly string[] = [...midlineLandmarks, ...pairedLandmarks.flatMap((n) => [`${n}_l`, `${n}_r`])];
