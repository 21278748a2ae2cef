// The verifier's verdicts the score rests on: the per-KPI conclusion, with each refused data point's own reason.
import { findKpi } from '../kpis/catalogue.ts';
import type { KpiVerdicts } from './score.ts';

/** What the score needs of a data point review: its outcome and the verifier's note. */
export type ReviewOutcomes = Readonly<Record<string, { status: string; note?: string } | undefined>>;

const REFUSED: ReadonlySet<string> = new Set(['rejected', 'not_verified']);

/**
 * Whether a KPI's note only repeats its data points' notes: where the audit results are silent, the conclusion
 * joins the data points' notes with "; ", so the same text would otherwise be stated once per data point.
 */
export function restatesDataPointNotes(kpiNote: string, notes: readonly (string | undefined)[]): boolean {
  const given = notes.filter((n): n is string => !!n);
  return kpiNote === given.join('; ') || given.includes(kpiNote);
}

/**
 * Joins the conclusion's verdict on each KPI with the reviews of its data points, so a KPI that is not verified
 * carries the reason the verifier gave on each data point it rejected or could not verify, named by data point,
 * and its own note only when that says more (an audit result's reason).
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
      const reviewNotes = points.map((p) => reviews[p.id]?.note);
      const own = note && !restatesDataPointNotes(note, reviewNotes) ? note : undefined;
      return [kpiId, { verified, note: own, dataPointNotes }];
    }),
  );
}
