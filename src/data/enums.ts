/** Enumerations shared by the zod schemas and the interface (which must not pull zod into the first load). */

/** The fourteen channels in the order of the channel cycle (LU → LI → … → LR), then the two vessels, then the extra points. */
export const meridianCodes = ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'GV', 'CV', 'EX'] as const;

/** Regions of the extra points' codes, in the order the WHO list gives them (EX-HN, EX-CA, EX-B, EX-UE, EX-LE). */
export const extraPointRegions = ['HN', 'CA', 'B', 'UE', 'LE'] as const;

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

/** Kinds of safety warning, most serious first: the panel and the filters list them in this order. */
export const safetyKinds = [
  'forbidden_needling', // needling not done at all (CV8, ST17)
  'pregnancy',
  'medulla', // brain stem below the occiput
  'lung', // lung and pleura: shallow or oblique only
  'orbit', // eye and orbit
  'organ', // an organ under the point (liver, heart, kidney, bladder…)
  'vessel', // large artery or vein close by
  'fontanelle', // infants with an open fontanelle
  'nerve', // a nerve trunk close by
  'painful', // needling is notably painful
  'classical_no_needling', // on the classical list of points not to needle
  'classical_no_moxibustion', // on the classical list of points not given moxibustion
] as const;

/** The kinds shown as a severe warning (red), ahead of the others. */
export const severeSafetyKinds: readonly (typeof safetyKinds)[number][] = ['forbidden_needling', 'pregnancy', 'medulla', 'lung', 'orbit', 'organ'];

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
