// What the verification report and its annex show, derived once from results, scores, targets and the conclusion.
import { findKpi, kpiCatalogue } from '../kpis/catalogue.ts';
import type { DataPoint, Kpi } from '../kpis/schema.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { AggregateScore, DataPointScore, ScoreResult } from '../scoring/score-result.ts';
import type { TargetEntry, TargetsTable } from '../scoring/targets.ts';
import type { SubmissionResults } from '../validation/results.ts';
import type { VerificationConclusion } from '../verification/conclusion.ts';
import type { Language } from './locale.ts';

export interface ReportInput {
  pilot: Pilot;
  results: SubmissionResults;
  score: ScoreResult;
  /** The table the score was computed with (its version must match), for target values and sources. */
  targets: TargetsTable;
  conclusion: VerificationConclusion;
  issuedAt: Date;
  language: Language;
}

export interface DataPointRow {
  point: DataPoint;
  kpi: Kpi;
  value: number | null;
  cityReason?: string;
  target?: TargetEntry;
  score?: DataPointScore;
  verified: boolean;
}

export interface ReportModel {
  rows: DataPointRow[];
  categories: { category: AggregateScore; rows: DataPointRow[] }[];
  notReported: { kpi: Kpi; cityReasons: string[] }[];
  notVerified: { kpi: Kpi; note?: string }[];
  verifiedNotes: { kpi: Kpi; note: string }[];
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

const categoryPath = (kpi: Kpi) => `${kpi.dimension.code}.${kpi.subDimension.code}.${kpi.category.code}`;

export function reportModel(input: ReportInput): ReportModel {
  assertConsistent(input);
  const { results, score, targets, conclusion } = input;
  const resultOf = new Map(results.results.map((r) => [r.dataPointId, r]));
  const scoreOf = new Map(score.dataPoints.map((s) => [s.dataPointId, s]));
  const targetOf = new Map(targets.entries.map((e) => [e.dataPointId, e]));
  const decisionOf = new Map(conclusion.perKpi.map((d) => [d.kpiId, d]));
  const rows = kpiCatalogue.kpis.flatMap((kpi) =>
    kpi.dataPoints.map((point): DataPointRow => {
      const result = resultOf.get(point.id);
      const value = result?.value ?? null;
      return {
        point,
        kpi,
        value,
        cityReason: result?.cityReason,
        target: targetOf.get(point.id),
        score: scoreOf.get(point.id),
        verified: value !== null && decisionOf.get(kpi.id)?.verified === true,
      };
    }),
  );
  const rowsOfKpi = (kpi: Kpi) => rows.filter((r) => r.kpi.id === kpi.id);
  const reported = (kpi: Kpi) => rowsOfKpi(kpi).some((r) => r.value !== null);
  return {
    rows,
    categories: score.categories.map((category) => ({
      category,
      rows: rows.filter((r) => categoryPath(r.kpi) === category.path),
    })),
    notReported: kpiCatalogue.kpis
      .filter((kpi) => !reported(kpi))
      .map((kpi) => ({
        kpi,
        cityReasons: rowsOfKpi(kpi).flatMap((r) => (r.cityReason ? [r.cityReason] : [])),
      })),
    notVerified: kpiCatalogue.kpis
      .filter((kpi) => reported(kpi) && decisionOf.get(kpi.id)?.verified !== true)
      .map((kpi) => ({ kpi, note: decisionOf.get(kpi.id)?.note })),
    verifiedNotes: conclusion.perKpi.flatMap((d) => {
      const kpi = findKpi(d.kpiId);
      return d.verified && d.note && kpi ? [{ kpi, note: d.note }] : [];
    }),
    illustrativeTargetsUsed: score.dataPoints.filter((s) => targetOf.get(s.dataPointId)?.illustrative).length,
  };
}
