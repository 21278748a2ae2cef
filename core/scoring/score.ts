// Benchmark scoring of a validated submission: data points against targets, KPIs, then taxonomy aggregates.

import { categoryPath, kpiCatalogue } from '../kpis/catalogue.ts';
import type { Kpi } from '../kpis/schema.ts';
import type { SubmissionResults } from '../validation/results.ts';
import { bandFor, performancePercentage } from './bands.ts';
import type {
  AggregateLevel,
  AggregateScore,
  DataPointNote,
  DataPointScore,
  KpiScore,
  NotScored,
  ScoreResult,
} from './score-result.ts';
import { benchmarks, type TargetEntry, type TargetsTable } from './targets.ts';

/** A value this far above target already scores 4; the cap keeps lower-is-better zeros finite for JSON. */
const PERCENTAGE_CAP = 1000;
const MAX_POINTS_PER_KPI = 4;

export function scoreDataPoint(
  point: { dataPointId: string; kpiId: string; direction: Kpi['direction'] },
  value: number,
  target: number,
  illustrative = false,
): DataPointScore {
  const percentage = Math.min(performancePercentage(value, target, point.direction), PERCENTAGE_CAP);
  return { ...point, value, target, percentage, band: bandFor(percentage), illustrative };
}

/** A KPI scores the mean of its scored data points, so every KPI weighs the same in its aggregates. */
function scoreKpi(kpi: Kpi, points: readonly Pick<DataPointScore, 'band' | 'illustrative'>[]): KpiScore {
  const mean = points.reduce((sum, p) => sum + p.band.points, 0) / points.length;
  return {
    kpiId: kpi.id,
    points: mean,
    scoredDataPoints: points.length,
    band: bandFor((mean / MAX_POINTS_PER_KPI) * 100),
    illustrative: points.some((p) => p.illustrative),
  };
}

const taxonomyPaths: Record<AggregateLevel, (kpi: Kpi) => string> = {
  dimension: (k) => k.dimension.code,
  subDimension: (k) => `${k.dimension.code}.${k.subDimension.code}`,
  category: categoryPath,
};

/** Points earned / maximum points x 100 per taxonomy node, in catalogue order, including nodes with no score. */
function aggregate(level: AggregateLevel, kpiScores: Map<string, KpiScore>): AggregateScore[] {
  const nodes = new Map<string, AggregateScore>();
  for (const kpi of kpiCatalogue.kpis) {
    const path = taxonomyPaths[level](kpi);
    const { nameEn, nameZh } = kpi[level];
    const node = nodes.get(path) ?? {
      level,
      path,
      nameEn,
      nameZh,
      points: 0,
      maxPoints: 0,
      scoredKpis: 0,
      illustrativeKpis: 0,
      percentage: null,
      band: null,
    };
    const score = kpiScores.get(kpi.id);
    if (score) {
      node.points += score.points;
      node.maxPoints += MAX_POINTS_PER_KPI;
      node.scoredKpis += 1;
      if (score.illustrative) node.illustrativeKpis += 1;
      node.percentage = (node.points / node.maxPoints) * 100;
      node.band = bandFor(node.percentage);
    }
    nodes.set(path, node);
  }
  return [...nodes.values()];
}

/**
 * The category (or other level's) aggregates of data point percentages alone, banded and averaged as a score is:
 * what an index edition keeps of each city, so a peer's category compares with the city's own.
 */
export function aggregatesOfPercentages(
  level: AggregateLevel,
  points: readonly { kpiId: string; percentage: number }[],
): AggregateScore[] {
  const kpis = new Map<string, KpiScore>();
  for (const kpi of kpiCatalogue.kpis) {
    const own = points.filter((p) => p.kpiId === kpi.id);
    if (own.length)
      kpis.set(
        kpi.id,
        scoreKpi(
          kpi,
          own.map((p) => ({ band: bandFor(p.percentage), illustrative: false })),
        ),
      );
  }
  return aggregate(level, kpis);
}

/** The verifier's word on each KPI, when the score is of a verified dataset, with its reason per data point. */
export type KpiVerdicts = ReadonlyMap<
  string,
  { verified: boolean; note?: string; dataPointNotes?: readonly DataPointNote[] }
>;

/** Why a KPI none of whose data points could be scored is left out, the first reason that applies. */
function notScoredReason(entries: (TargetEntry | undefined)[], targets: TargetsTable) {
  if (entries.every((e) => !e)) return 'no_target' as const;
  if (entries.every((e) => !e || !benchmarks(targets, e))) return 'not_benchmarked' as const;
  return 'not_reported' as const;
}

/**
 * Scores a submission against a targets table. A data point is scored when it has a value and a target; a KPI is
 * scored when at least one of its data points is; other KPIs are listed as not scored (no target wins over not
 * benchmarked, which wins over not reported) and left out of every aggregate. A table that leaves illustrative
 * targets unbenchmarked scores only against sourced ones. Given the verifier's verdicts, a KPI the verifier did not verify is not
 * scored either, whatever its values, so no score ever rests on data the verification did not accept.
 */
export function scoreSubmission(
  results: SubmissionResults,
  targets: TargetsTable,
  verdicts?: KpiVerdicts,
): ScoreResult {
  const values = new Map(results.results.map((r) => [r.dataPointId, r.value]));
  const entryOf = new Map(targets.entries.map((e) => [e.dataPointId, e]));
  const dataPoints: DataPointScore[] = [];
  const kpis = new Map<string, KpiScore>();
  const notScored: NotScored[] = [];
  for (const kpi of kpiCatalogue.kpis) {
    const verdict = verdicts?.get(kpi.id);
    const reported = kpi.dataPoints.some((p) => values.get(p.id) != null);
    if (verdicts && reported && !verdict?.verified) {
      const { note, dataPointNotes } = verdict ?? {};
      notScored.push({
        kpiId: kpi.id,
        reason: 'not_verified',
        note,
        ...(dataPointNotes?.length ? { dataPointNotes: [...dataPointNotes] } : {}),
      });
      continue;
    }
    const scored = kpi.dataPoints.flatMap((p) => {
      const value = values.get(p.id);
      const entry = entryOf.get(p.id);
      if (value === null || value === undefined || !entry || !benchmarks(targets, entry)) return [];
      const point = { dataPointId: p.id, kpiId: kpi.id, direction: p.direction };
      return [scoreDataPoint(point, value, entry.target, entry.illustrative)];
    });
    dataPoints.push(...scored);
    if (scored.length) kpis.set(kpi.id, scoreKpi(kpi, scored));
    else {
      const entries = kpi.dataPoints.map((p) => entryOf.get(p.id));
      notScored.push({ kpiId: kpi.id, reason: notScoredReason(entries, targets) });
    }
  }
  return {
    pilotId: results.pilotId,
    datasetVersion: results.version,
    catalogueVersion: results.catalogueVersion,
    targetsVersion: targets.version,
    dataPoints,
    kpis: [...kpis.values()],
    notScored,
    categories: aggregate('category', kpis),
    subDimensions: aggregate('subDimension', kpis),
    dimensions: aggregate('dimension', kpis),
  };
}
