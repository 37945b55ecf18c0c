import { z } from 'zod';
import { bCunSegmentIds, type BCunSegmentId } from '../anatomy/bCunSegments.ts';
import { isLandmarkBaseName } from '../anatomy/landmarkNames.ts';
import { regions, safetyKinds } from './enums.ts';

/** WHO point code: `LU1`, `CV24`, `EX-HN3`. */
export const pointCodePattern = /^(?:(?:LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|GB|LR|GV|CV)\d{1,2}|EX-(?:HN|CA|B|UE|LE)\d{1,2})$/;

/**
 * A reference used by a placement rule: either a landmark base name (`medial_malleolus`, the side is
 * supplied by the resolver) or the code of another point resolved on the same side (`ST35`).
 */
export const placementRefSchema = z
  .string()
  .refine((s) => isLandmarkBaseName(s) || pointCodePattern.test(s), {
    message: 'must be a landmark name from src/anatomy/landmarkNames.ts or a WHO point code',
  });

export const measureSchema = z.enum(bCunSegmentIds as [BCunSegmentId, ...BCunSegmentId[]]);

/** Anatomical directions. Lateral/medial follow the side; proximal/distal follow the measure segment (from → to is distal). */
export const directionSchema = z.enum([
  'superior',
  'inferior',
  'anterior',
  'posterior',
  'lateral',
  'medial',
  'proximal',
  'distal',
]);
export type Direction = z.infer<typeof directionSchema>;

/** Where the rule starts before any offset. */
export const placementBaseSchema = z.union([
  /** exactly at a landmark or point */
  z.strictObject({ at: placementRefSchema }),
  /** `cun` from one reference straight toward another (on the skin), in the rule's measure */
  z.strictObject({ from: placementRefSchema, toward: placementRefSchema, cun: z.number() }),
  /** a fraction of the way from one reference to another (0.5 = midpoint) */
  z.strictObject({ from: placementRefSchema, toward: placementRefSchema, fraction: z.number().min(0).max(1) }),
  /** `cun` along the skin path of the rule's measure segment, counted from its `from` end */
  z.strictObject({ alongMeasure: z.number().min(0) }),
  /** the height (y) of `level`, on the vertical line through `line` (trunk and head only) */
  z.strictObject({ level: placementRefSchema, line: placementRefSchema }),
]);
export type PlacementBase = z.infer<typeof placementBaseSchema>;

export const placementOffsetSchema = z.union([
  z.strictObject({ dir: directionSchema, cun: z.number() }),
  z.strictObject({ toward: placementRefSchema, cun: z.number() }),
]);
export type PlacementOffset = z.infer<typeof placementOffsetSchema>;

/** Direction from which the point is dropped onto the skin; `nearest` takes the closest skin. */
export const snapSchema = z.enum(['nearest', 'anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior']);

/** A point's placement as data: base, offsets in cun walked over the skin, then snapped. */
export const placementSchema = z.strictObject({
  base: placementBaseSchema,
  offsets: z.array(placementOffsetSchema).default([]),
  /** the B-cun segment that defines one cun for this rule */
  measure: measureSchema,
  snap: snapSchema.default('nearest'),
});
export type PlacementInput = z.input<typeof placementSchema>;
export type Placement = z.infer<typeof placementSchema>;

export const meridianCodeSchema = z.enum(['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'GV', 'CV', 'EX']);
export type MeridianCode = z.infer<typeof meridianCodeSchema>;

export const regionSchema = z.enum(regions);
export type Region = z.infer<typeof regionSchema>;

export const safetyKindSchema = z.enum(safetyKinds);
export type SafetyKind = z.infer<typeof safetyKindSchema>;

export const safetyWarningSchema = z.strictObject({
  kind: safetyKindSchema,
  /** short reason in our own words, shown next to the flag */
  reason: z.string().min(8),
});

export const needlingSchema = z.discriminatedUnion('allowed', [
  z.strictObject({
    allowed: z.literal(true),
    depthCun: z.strictObject({ min: z.number().min(0), max: z.number().positive() }).refine((d) => d.min <= d.max, 'min ≤ max'),
    angle: z.enum(['perpendicular', 'oblique', 'transverse']),
    /** angle between needle and skin: 90 perpendicular, about 45 oblique, about 15 transverse */
    angleDegrees: z.number().min(5).max(90),
    /** where the needle tip is aimed when not perpendicular: a direction or a reference (GB20 → `nose_tip`) */
    aim: z.union([z.strictObject({ dir: directionSchema }), z.strictObject({ toward: placementRefSchema })]).optional(),
    depthCategory: z.enum(['very_shallow', 'shallow', 'medium', 'deep']),
    /** the needling in words, our own */
    directions: z.string().min(10),
  }),
  z.strictObject({
    allowed: z.literal(false),
    /** why the point is not needled */
    reason: z.string().min(10),
    /** what is done instead (moxibustion on salt, a landmark only…) */
    instead: z.string().min(5),
  }),
]);
export type Needling = z.infer<typeof needlingSchema>;

export const therapyRatingSchema = z.enum(['recommended', 'suitable', 'caution', 'not_advised', 'contraindicated']);
export const therapySchema = z.strictObject({ rating: therapyRatingSchema, note: z.string().optional() });

export const classificationKindSchema = z.enum([
  'source', // Yuan
  'connecting', // Luo
  'cleft', // Xi
  'back_shu',
  'front_mu',
  'influential', // Hui: detail names the tissue (Qi, Blood, Bone…)
  'confluent', // opening point of an extraordinary vessel; detail names the vessel
  'lower_sea', // lower He-sea of a fu organ
  'entry',
  'exit',
  'window_of_heaven',
  'ghost', // Sun Simiao's 13 ghost points
  'meeting', // crossing point of channels; detail lists them
  'sea', // point of one of the four seas
  'command', // command points
  'heavenly_star', // Ma Danyang's heavenly star points
  'revive_yang', // nine needles for returning the yang
  'horary',
]);
export type ClassificationKind = z.infer<typeof classificationKindSchema>;

export const classificationSchema = z.strictObject({ kind: classificationKindSchema, detail: z.string().optional() });

export const namesSchema = z.strictObject({
  /** pinyin with tone marks, as one word per syllable group: `Yǒngquán` */
  pinyin: z.string().min(2),
  hanzi: z.string().min(1),
  english: z.string().min(2),
  /** other English renderings people search for */
  alsoKnownAs: z.array(z.string()).default([]),
});

export const classicalSourceSchema = z.strictObject({
  /** the work, in pinyin with an English gloss: `Ling Shu (Spiritual Pivot), chapter 2` */
  work: z.string().min(3),
  /** what it contributes, in our words; no quotation */
  note: z.string().min(10),
});

const groupMemberSchema = z.strictObject({
  /** member key, becomes part of the id: `EX-UE9-1-L` */
  key: z.string().regex(/^[0-9a-z]+$/),
  label: z.string().min(2),
  placement: placementSchema,
  /** a member of a midline group that sits off the midline (Sishencong's lateral pair) */
  laterality: z.enum(['bilateral', 'midline']).optional(),
});

export const pointSchema = z
  .strictObject({
    code: z.string().regex(pointCodePattern),
    meridian: meridianCodeSchema,
    /** position on the meridian (1-based), or the number of an extra point within its region */
    number: z.number().int().positive(),
    names: namesSchema,
    /** `left` / `right`: a point the standard gives to one side only (Jinjin on the left vein, Yuye on the right) */
    laterality: z.enum(['bilateral', 'midline', 'left', 'right']),
    region: regionSchema,
    /** body area as shown in the panel: `Foot — sole` */
    area: z.string().min(3),
    /** anatomical location in our words (WHO 2008 unless `convention` says otherwise) */
    location: z.string().min(20),
    convention: z.string().optional(),
    /** step-by-step palpation, our words */
    howToLocate: z.string().min(20),
    placement: placementSchema.optional(),
    members: z.array(groupMemberSchema).min(2).optional(),
    /** the WHO alternative location for the six disputed points */
    alternative: z
      .strictObject({ description: z.string().min(20), placement: placementSchema })
      .optional(),
    needling: needlingSchema,
    sensation: z.string().min(10),
    safety: z.array(safetyWarningSchema).default([]),
    cautions: z.string().min(10),
    actions: z.array(z.string().min(3)).min(1),
    indications: z.array(z.string().min(3)).default([]),
    commentary: z.string().min(40),
    classicalSources: z.array(classicalSourceSchema).default([]),
    therapies: z.strictObject({
      moxibustion: therapySchema,
      cupping: therapySchema,
      bloodletting: therapySchema,
      guaSha: therapySchema,
    }),
    fivePhase: z.enum(['wood', 'fire', 'earth', 'metal', 'water']).optional(),
    transporting: z.enum(['well', 'spring', 'stream', 'river', 'sea']).optional(),
    /** role in mother–child (tonify/reduce) treatment of its own channel */
    motherChild: z.enum(['mother', 'child']).optional(),
    classifications: z.array(classificationSchema).default([]),
  })
  .superRefine((p, ctx) => {
    if (!p.placement === !p.members) ctx.addIssue({ code: 'custom', message: `${p.code}: exactly one of placement or members` });
    if (!p.code.startsWith(p.meridian === 'EX' ? 'EX-' : p.meridian)) ctx.addIssue({ code: 'custom', message: `${p.code}: code does not match meridian ${p.meridian}` });
    const forbidden = p.safety.some((s) => s.kind === 'forbidden_needling');
    if (forbidden !== !p.needling.allowed) ctx.addIssue({ code: 'custom', message: `${p.code}: forbidden_needling flag and needling.allowed disagree` });
  });

export type PointInput = z.input<typeof pointSchema>;
export type PointRecord = z.infer<typeof pointSchema>;
