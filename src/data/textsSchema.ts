import { z } from 'zod';
import { classificationKinds, safetyKinds, therapyKeys } from './enums.ts';

/**
 * The words of one point in one language: everything the panel, search and translators read, and nothing the
 * resolver needs. Joined to the point's facts (`facts/*.ts`) by its code. Every language folder under `texts/`
 * holds one module per channel with records of this shape.
 */
export const pointTextsSchema = z.strictObject({
  /** the point's characters in this language's script, where they differ from the facts' (Traditional: 足三里 → 足三里, 曲澤) */
  name: z.string().min(1).optional(),
  /** body area as a heading: `Foot — sole`, `足底` */
  area: z.string().min(2),
  /** anatomical location (WHO 2008 unless `convention` says otherwise) */
  location: z.string().min(6),
  /** which convention the location follows when sources differ */
  convention: z.string().min(2).optional(),
  /** step-by-step palpation */
  howToLocate: z.string().min(6),
  /** the WHO alternative location, for the six disputed points (present exactly when the facts have one) */
  alternative: z.string().min(6).optional(),
  /** the needling in words; `reason`/`instead` where needling is forbidden */
  needling: z.union([z.strictObject({ directions: z.string().min(6) }), z.strictObject({ reason: z.string().min(4), instead: z.string().min(2) })]),
  /** expected deqi sensation */
  sensation: z.string().min(4),
  /** one short reason per safety kind the facts list, keyed by kind */
  safety: z.partialRecord(z.enum(safetyKinds), z.string().min(4)),
  cautions: z.string().min(4),
  actions: z.array(z.string().min(2)).min(1),
  indications: z.array(z.string().min(1)),
  commentary: z.string().min(10),
  /** the work by its usual title and what it contributes, in our words; never a quotation, never invented */
  classicalSources: z.array(z.strictObject({ work: z.string().min(2), note: z.string().min(4) })),
  /** a note on a method where the rating needs one */
  therapyNotes: z.partialRecord(z.enum(therapyKeys), z.string().min(2)),
  /** the detail of a classification (which channels meet, which tissue an influential point governs…) */
  classificationNotes: z.partialRecord(z.enum(classificationKinds), z.string().min(2)),
  /** labels of a group point's members, keyed by member key */
  memberLabels: z.record(z.string(), z.string().min(2)).optional(),
});

export type PointTextsInput = z.input<typeof pointTextsSchema>;
export type PointTexts = z.infer<typeof pointTextsSchema>;
/** The texts of one channel (or of all points) in one language, keyed by WHO code. */
export type PointTextsByCode = Readonly<Record<string, PointTextsInput>>;
