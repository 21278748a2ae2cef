// The shapes the edition composer reads from the API.
import type { IndexEdition, IndexEditionRecord } from '../../../../../core/index/edition.ts';
import type { EligibleCycle } from '../../../../../core/use-cases/index-cycles.ts';

export type { EligibleCycle, IndexEdition, IndexEditionRecord };
export interface EditionReview {
  record: IndexEditionRecord;
  edition: IndexEdition;
  dimensions: { path: string; nameEn: string; nameZh: string }[];
}
