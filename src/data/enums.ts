/** Enumerations shared by the zod schema and the interface (which must not pull zod into the first load). */

/** Body regions, for the region filter. */
export const regions = [
  'head',
  'face',
  'neck',
  'chest',
  'abdomen',
  'upper_back',
  'lower_back',
  'shoulder',
  'upper_arm',
  'forearm',
  'hand',
  'hip',
  'thigh',
  'knee',
  'leg',
  'foot',
] as const;

/** Kinds of safety warning; the panel shows the most serious first. */
export const safetyKinds = [
  'forbidden_needling', // needling not done at all (CV8, ST17)
  'pregnancy',
  'lung', // lung and pleura: shallow or oblique only
  'vessel', // large artery or vein close by
  'medulla', // brain stem below the occiput
  'orbit', // eye and orbit
  'organ', // an organ under the point (liver, heart, kidney, bladder…)
  'fontanelle', // infants with an open fontanelle
  'nerve', // a nerve trunk close by
  'painful', // needling is notably painful
  'classical_no_needling', // on the classical list of points not to needle
  'classical_no_moxibustion', // on the classical list of points not given moxibustion
] as const;

/** Special classifications of a point. */
export const classificationKinds = [
  'source', // Yuan
  'connecting', // Luo
  'cleft', // Xi
  'back_shu',
  'front_mu',
  'influential', // Hui: the note names the tissue (Qi, Blood, Bone…)
  'confluent', // opening point of an extraordinary vessel; the note names the vessel
  'lower_sea', // lower He-sea of a fu organ
  'entry',
  'exit',
  'window_of_heaven',
  'ghost', // Sun Simiao's 13 ghost points
  'meeting', // crossing point of channels; the note lists them
  'sea', // point of one of the four seas
  'command', // command points
  'heavenly_star', // Ma Danyang's heavenly star points
  'revive_yang', // nine needles for returning the yang
  'horary',
] as const;

/** Methods other than needling, each rated per point. */
export const therapyKeys = ['moxibustion', 'cupping', 'bloodletting', 'guaSha'] as const;

/** Ratings of a method at a point, from best suited to forbidden. */
export const therapyRatings = ['recommended', 'suitable', 'caution', 'not_advised', 'contraindicated'] as const;
