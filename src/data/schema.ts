import { z } from 'zod';
import { bCunSegmentIds, type BCunSegmentId } from '../anatomy/bCunSegments.ts';
import { isLandmarkBaseName } from '../anatomy/landmarkNames.ts';
import { classificationKinds, meridianCodes, regions, safetyKinds, therapyRatings } from './enums.ts';

/** WHO point code: `LU1`, `CV24`, `EX-HN3`. */
export const pointCodePattern = /^(?:(?:LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|GB|LR|GV|CV)\d{1,2}|EX-(?:HN|CA|B|UE|LE)\d{1,2})$/;

/**
 * A reference used by a placement rule: either a landmark base name (`medial_malleolus`, the side is
 * supplied by the resolver) or the code of another point resolved on the same side (`ST35`).
 */
export const placementRefSchema = z.string().refine((s) => isLandmarkBaseName(s) || pointCodePattern.test(s), {
  message: 'must be a landmark name from src/anatomy/landmarkNames.ts or a WHO point code',
});

export const measureSchema = z.enum(bCunSegmentIds as [BCunSegmentId, ...BCunSegmentId[]]);

/** Anatomical directions. Lateral/medial follow the side; proximal/distal follow the measure segment (from → to is distal). */
export const directionSchema = z.enum(['superior', 'inferior', 'anterior', 'posterior', 'lateral', 'medial', 'proximal', 'distal']);
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

/**
 * Direction from which the point is dropped onto the skin; `nearest` takes the closest skin; `outward` drops it
 * along the way out where it lies (the skin normals of the references it was built from, blended).
 */
export const snapSchema = z.enum(['nearest', 'outward', 'anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior']);

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

export const meridianCodeSchema = z.enum(meridianCodes);
export type MeridianCode = z.infer<typeof meridianCodeSchema>;

export const regionSchema = z.enum(regions);
export type Region = z.infer<typeof regionSchema>;

export const safetyKindSchema = z.enum(safetyKinds);
export type SafetyKind = z.infer<typeof safetyKindSchema>;

/** What is done at a point besides reading about it: the needling figures, or that needling is forbidden. */
export const needlingFactsSchema = z.discriminatedUnion('allowed', [
  z.strictObject({
    allowed: z.literal(true),
    depthCun: z.strictObject({ min: z.number().min(0), max: z.number().positive() }).refine((d) => d.min <= d.max, 'min ≤ max'),
    angle: z.enum(['perpendicular', 'oblique', 'transverse']),
    /** angle between needle and skin: 90 perpendicular, about 45 oblique, about 15 transverse */
    angleDegrees: z.number().min(5).max(90),
    /** where the needle tip is aimed when not perpendicular: a direction or a reference (GB20 → `nose_tip`) */
    aim: z.union([z.strictObject({ dir: directionSchema }), z.strictObject({ toward: placementRefSchema })]).optional(),
    depthCategory: z.enum(['very_shallow', 'shallow', 'medium', 'deep']),
  }),
  /** needling is not done here (CV8, ST17); the texts say why and what is done instead */
  z.strictObject({ allowed: z.literal(false) }),
]);
export type NeedlingFacts = z.infer<typeof needlingFactsSchema>;

export const therapyRatingSchema = z.enum(therapyRatings);
export type TherapyRating = z.infer<typeof therapyRatingSchema>;
export const classificationKindSchema = z.enum(classificationKinds);
export type ClassificationKind = z.infer<typeof classificationKindSchema>;

export const namesSchema = z.strictObject({
  /** pinyin with tone marks, as one word per syllable group: `Yǒngquán` */
  pinyin: z.string().min(2),
  hanzi: z.string().min(1),
  /** the English rendering of the name; searchable in every language */
  english: z.string().min(2),
  /** other English renderings people search for */
  alsoKnownAs: z.array(z.string()).default([]),
});

const groupMemberSchema = z.strictObject({
  /** member key, becomes part of the id: `EX-UE9-1-L`; its label is in the texts */
  key: z.string().regex(/^[0-9a-z]+$/),
  placement: placementSchema,
  /** a member of a midline group that sits off the midline (Sishencong's lateral pair) */
  laterality: z.enum(['bilateral', 'midline']).optional(),
});

/**
 * A point's facts: its identity, its placement rule and every figure and flag that is the same in any language.
 * The words (location, actions, cautions…) are separate data, one module per channel and language, joined by code.
 */
export const pointFactsSchema = z
  .strictObject({
    code: z.string().regex(pointCodePattern),
    meridian: meridianCodeSchema,
    /** position on the meridian (1-based), or the number of an extra point within its region */
    number: z.number().int().positive(),
    names: namesSchema,
    /** `left` / `right`: a point the standard gives to one side only (Jinjin on the left vein, Yuye on the right) */
    laterality: z.enum(['bilateral', 'midline', 'left', 'right']),
    region: regionSchema,
    placement: placementSchema.optional(),
    members: z.array(groupMemberSchema).min(2).optional(),
    /** the WHO alternative location, for the six disputed points */
    alternative: z.strictObject({ placement: placementSchema }).optional(),
    needling: needlingFactsSchema,
    safety: z.array(safetyKindSchema).default([]),
    therapies: z.strictObject({
      moxibustion: therapyRatingSchema,
      cupping: therapyRatingSchema,
      bloodletting: therapyRatingSchema,
      guaSha: therapyRatingSchema,
    }),
    fivePhase: z.enum(['wood', 'fire', 'earth', 'metal', 'water']).optional(),
    transporting: z.enum(['well', 'spring', 'stream', 'river', 'sea']).optional(),
    /** role in mother–child (tonify/reduce) treatment of its own channel */
    motherChild: z.enum(['mother', 'child']).optional(),
    classifications: z.array(classificationKindSchema).default([]),
  })
  .superRefine((p, ctx) => {
    if (!p.placement === !p.members) ctx.addIssue({ code: 'custom', message: `${p.code}: exactly one of placement or members` });
    if (!p.code.startsWith(p.meridian === 'EX' ? 'EX-' : p.meridian))
      ctx.addIssue({ code: 'custom', message: `${p.code}: code does not match meridian ${p.meridian}` });
    if (p.safety.includes('forbidden_needling') !== !p.needling.allowed)
      ctx.addIssue({ code: 'custom', message: `${p.code}: forbidden_needling flag and needling.allowed disagree` });
    if (new Set(p.safety).size !== p.safety.length) ctx.addIssue({ code: 'custom', message: `${p.code}: a safety kind is listed twice` });
    if (new Set(p.classifications).size !== p.classifications.length) ctx.addIssue({ code: 'custom', message: `${p.code}: a classification is listed twice` });
  });

export type PointFactsInput = z.input<typeof pointFactsSchema>;
export type PointFacts = z.infer<typeof pointFactsSchema>;
