import type { ClassificationKind, PointFacts } from './schema.ts';

type Classified = Pick<PointFacts, 'transporting' | 'classifications'>;

/** The categories a user filters by: the special classifications plus the five transporting points. */
export type PointCategory = ClassificationKind | 'five_transporting';

export const filterCategories: readonly PointCategory[] = [
  'five_transporting',
  'source',
  'connecting',
  'cleft',
  'back_shu',
  'front_mu',
  'influential',
  'confluent',
  'lower_sea',
  'entry',
  'exit',
  'window_of_heaven',
  'ghost',
  'meeting',
];

/** Whether a point belongs to a category. */
export function pointHasCategory(point: Classified, category: PointCategory): boolean {
  if (category === 'five_transporting') return point.transporting !== undefined;
  return point.classifications.includes(category);
}
