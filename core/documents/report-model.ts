// What the verification report and its annex show, derived once from results, scores, targets and the conclusion.

import { categoryPath, findKpi, kpiCatalogue } from '../kpis/catalogue.ts';
import type { DataPoint, Kpi } from '../kpis/schema.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { QueryView } from '../lifecycle/verification-schemas.ts';
import type { MaturityProfile } from '../maturity/profile.ts';
import { kpiTotal } from '../scoring/kpi-totals.ts';
import type { AggregateScore, DataPointScore, ScoreResult } from '../scoring/score-result.ts';
import { benchmarks, type TargetEntry, type TargetsTable } from '../scoring/targets.ts';
import type { SubmissionResults } from '../validation/results.ts';
import type { VerificationConclusion } from '../verification/conclusion.ts';
import type { Language } from './locale.ts';
import { groupReasons, type Reason } from './reasons.ts';
import type { ReportTrend } from './report-trend.ts';

/** An interview the verifier logged, as the report names it. */
export interface InterviewRecord {
  date: string;
  mode: 'onsite' | 'remote';
  attendees: string[];
  topics: string[];
}

/** Who verified and supervised, by name, and the interviews held: read from the registry and the event log. */
export interface VerificationRecord {
  verifier: string;
  supervisor: string;
  interviews: InterviewRecord[];
}

export interface ReportInput {
  pilot: Pilot;
  results: SubmissionResults;
  score: ScoreResult;
  /** The table the score was computed with (its version must match), for target values and sources. */
  targets: TargetsTable;
  conclusion: VerificationConclusion;
  record: VerificationRecord;
  issuedAt: Date;
  language: Language;
  /** The comparison with the city's previous certified cycle; absent on a city's first cycle. */
  trend?: ReportTrend;
  /** The city's maturity self-assessment in force, when it gave one. */
  maturity?: MaturityProfile & { assessedAt: string };
}

/**
 * How a data point stands in the report: scored, or why not. `not_verified` covers a rejected or not verified
 * data point and every data point of a KPI an audit result did not verify; `unbenchmarked` prints N/A.
 */
export type RowState = 'scored' | 'not_verified' | 'unbenchmarked' | 'no_target' | 'not_reported';

export interface DataPointRow {
  point: DataPoint;
  kpi: Kpi;
  value: number | null;
  cityReason?: string;
  target?: TargetEntry;
  score?: DataPointScore;
  verified: boolean;
  state: RowState;
}

/** A KPI whose data points add up (see core/scoring/kpi-totals.ts), printed after its last data point. */
export interface KpiTotalRow {
  kpi: Kpi;
  total: number;
  verified: boolean;
}

export interface KpiReasons {
  kpi: Kpi;
  reasons: Reason[];
}

export interface ReportModel {
  rows: DataPointRow[];
  categories: { category: AggregateScore; rows: DataPointRow[]; totals: KpiTotalRow[] }[];
  notReported: KpiReasons[];
  notVerified: KpiReasons[];
  verifiedNotes: KpiReasons[];
  queries: QueryView[];
  illustrativeTargetsUsed: number;
}

/** Refuses inputs that belong to different pilots, datasets or targets versions. */
function assertConsistent({ pilot, results, score, targets }: ReportInput): void {
  const mismatches = [
    results.pilotId !== pilot.pilotId && `results belong to ${results.pilotId}, not ${pilot.pilotId}`,
    score.pilotId !== results.pilotId && `score belongs to ${score.pilotId}`,
    score.datasetVersion !== results.version && `score is of dataset v${score.datasetVersion}`,
    score.targetsVersion !== targets.version &&
      `score used targets v${score.targetsVersion}, not v${targets.version}`,
  ].filter(Boolean);
  if (mismatches.length) throw new Error(`Inconsistent report input: ${mismatches.join('; ')}`);
}

function rowState(row: Omit<DataPointRow, 'state'>, kpiVerified: boolean, targets: TargetsTable): RowState {
  if (row.score) return 'scored';
  if (row.value === null) return 'not_reported';
  if (!kpiVerified) return 'not_verified';
  return row.target && !benchmarks(targets, row.target) ? 'unbenchmarked' : 'no_target';
}

export function reportModel(input: ReportInput): ReportModel {
  assertConsistent(input);
  const { results, score, targets, conclusion, pilot } = input;
  const reviews = pilot.verification?.reviews ?? {};
  const resultOf = new Map(results.results.map((r) => [r.dataPointId, r]));
  const scoreOf = new Map(score.dataPoints.map((s) => [s.dataPointId, s]));
  const targetOf = new Map(targets.entries.map((e) => [e.dataPointId, e]));
  const decisionOf = new Map(conclusion.perKpi.map((d) => [d.kpiId, d]));
  const kpiVerified = (kpi: Kpi) => decisionOf.get(kpi.id)?.verified === true;
  const rows = kpiCatalogue.kpis.flatMap((kpi) =>
    kpi.dataPoints.map((point): DataPointRow => {
      const result = resultOf.get(point.id);
      const value = result?.value ?? null;
      const row = {
        point,
        kpi,
        value,
        cityReason: result?.cityReason,
        target: targetOf.get(point.id),
        score: scoreOf.get(point.id),
        verified: value !== null && kpiVerified(kpi),
      };
      return { ...row, state: rowState(row, kpiVerified(kpi), targets) };
    }),
  );
  const rowsOfKpi = (kpi: Kpi) => rows.filter((r) => r.kpi.id === kpi.id);
  const reported = (kpi: Kpi) => rowsOfKpi(kpi).some((r) => r.value !== null);
  const reviewNotes = (kpi: Kpi) =>
    kpi.dataPoints.map((p) => ({ dataPointId: p.id, note: reviews[p.id]?.note }));
  const totalOf = (kpi: Kpi): KpiTotalRow[] => {
    const total = kpiTotal(kpi.id, (id) => resultOf.get(id)?.value ?? null);
    return total === null ? [] : [{ kpi, total, verified: kpiVerified(kpi) }];
  };
  return {
    rows,
    categories: score.categories.map((category) => {
      const inCategory = kpiCatalogue.kpis.filter((k) => categoryPath(k) === category.path);
      return {
        category,
        rows: rows.filter((r) => categoryPath(r.kpi) === category.path),
        totals: inCategory.flatMap(totalOf),
      };
    }),
    notReported: kpiCatalogue.kpis
      .filter((kpi) => !reported(kpi))
      .map((kpi) => ({
        kpi,
        reasons: groupReasons(rowsOfKpi(kpi).map((r) => ({ dataPointId: r.point.id, note: r.cityReason }))),
      })),
    notVerified: kpiCatalogue.kpis
      .filter((kpi) => reported(kpi) && !kpiVerified(kpi))
      .map((kpi) => ({ kpi, reasons: groupReasons(reviewNotes(kpi), decisionOf.get(kpi.id)?.note) })),
    verifiedNotes: conclusion.perKpi.flatMap((d) => {
      const kpi = findKpi(d.kpiId);
      if (!d.verified || !kpi) return [];
      const reasons = groupReasons(reviewNotes(kpi), d.note);
      return reasons.length ? [{ kpi, reasons }] : [];
    }),
    queries: pilot.verification?.queries ?? [],
    illustrativeTargetsUsed: score.dataPoints.filter((s) => targetOf.get(s.dataPointId)?.illustrative).length,
  };
}
