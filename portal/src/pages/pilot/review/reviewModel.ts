// What the review grid derives from a pilot: each data point's review state, its category and its KPI's name.
// Part of the lazily loaded grid: it brings the KPI names in both languages from the catalogue data.
import { rawKpis } from '../../../../../core/kpis/data/index.ts';
import { categories } from '../../../../../core/kpis/data/taxonomy.ts';
import type { DataPointResult, DataPointReviewState, VerificationView } from '../../../api/types.ts';
import type { Lang } from '../../../i18n/I18nProvider.tsx';

const kpiNames = new Map(rawKpis.map((kpi) => [kpi.id, { en: kpi.nameEn, zh: kpi.nameZh }]));

export const kpiName = (result: DataPointResult, lang: Lang) =>
  kpiNames.get(result.kpiId)?.[lang] ?? result.labelEn;

/** The category is the third segment of a KPI id such as EC.ICT.ICT.1C. */
export const categoryOf = (result: DataPointResult) => result.kpiId.split('.')[2] ?? '';

export function categoryName(code: string, lang: Lang): string {
  const names = categories[code];
  return names ? (lang === 'zh' ? names.nameZh : names.nameEn) : code;
}

export const reviewStates: DataPointReviewState[] = [
  'pending',
  'accepted',
  'accepted_with_note',
  'query',
  'not_verified',
  'rejected',
];

export const stateTone: Record<DataPointReviewState, string> = {
  pending: 'muted',
  accepted: 'good',
  accepted_with_note: 'good',
  query: 'warn',
  not_verified: 'warn',
  rejected: 'bad',
};

/** A query the city has not seen closed outweighs an earlier decision; otherwise the last decision counts. */
export function reviewStateOf(view: VerificationView | undefined, dataPointId: string): DataPointReviewState {
  if (view?.queries.some((q) => q.dataPointId === dataPointId && q.status !== 'closed')) return 'query';
  return view?.reviews[dataPointId]?.status ?? 'pending';
}

export interface GridFilters {
  category: string;
  result: string;
  review: string;
}

export function matchesFilters(
  result: DataPointResult,
  state: DataPointReviewState,
  { category, result: status, review }: GridFilters,
): boolean {
  return (
    (!category || categoryOf(result) === category) &&
    (!status || result.status === status) &&
    (!review || state === review)
  );
}
