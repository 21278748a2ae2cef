// The verifier's verdicts the score rests on: the per-KPI conclusion, with each refused data point's own reason.
import { findKpi } from '../kpis/catalogue.ts';
import type { KpiVerdicts } from './score.ts';

/** What the score needs of a data point review: its outcome and the verifier's note. */
export type ReviewOutcomes = Readonly<Record<string, { status: string; note?: string } | undefined>>;

const REFUSED: ReadonlySet<string> = new Set(['rejected', 'not_verified']);

/**
 * Joins the conclusion's verdict on each KPI with the reviews of its data points, so a KPI that is not verified
 * carries the reason the verifier gave on each data point it rejected or could not verify, named by data point.
 */
export function kpiVerdicts(
  perKpi: readonly { kpiId: string; verified: boolean; note?: string }[],
  reviews: ReviewOutcomes,
): KpiVerdicts {
  return new Map(
    perKpi.map(({ kpiId, verified, note }) => {
      const points = verified ? [] : (findKpi(kpiId)?.dataPoints ?? []);
      const dataPointNotes = points.flatMap((p) => {
        const review = reviews[p.id];
        return review && REFUSED.has(review.status) && review.note
          ? [{ dataPointId: p.id, note: review.note }]
          : [];
      });
      return [kpiId, { verified, note, dataPointNotes }];
    }),
  );
}
