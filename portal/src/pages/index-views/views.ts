// Pure view models of the index pages: compared cities side by side, scores against quartiles, and a city's KPIs
// across its certified cycles. No React here, so the unit tier can hold the arithmetic.
import type { Distribution, PublicEdition } from '../../../../core/index/public-view.ts';
import type { CycleTrend, Movement } from '../../../../core/scoring/trends.ts';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface Labelled {
  path: string;
  label: string;
}

/** Adds or removes a city from the comparison, never holding more than MAX_COMPARED. */
export function toggleCompared(chosen: readonly string[], cityId: string): string[] {
  if (chosen.includes(cityId)) return chosen.filter((id) => id !== cityId);
  return chosen.length >= MAX_COMPARED ? [...chosen] : [...chosen, cityId];
}

/** One row per dimension with each compared city's score under its id: the comparison chart's and table's data. */
export function comparisonRows(
  cities: PublicEdition['cities'],
  chosen: readonly string[],
  dimensions: readonly Labelled[],
): Record<string, string | number | null>[] {
  const compared = chosen.flatMap((id) => cities.filter((c) => c.cityId === id));
  return dimensions.map((d) => ({
    label: d.label,
    ...Object.fromEntries(compared.map((c) => [c.cityId, c.dimensions[d.path] ?? null])),
  }));
}

/** A row of the quartile chart: the box from q1 to q3 drawn as an offset and a length, the median, a score. */
export interface QuartileRow {
  label: string;
  offset: number | null;
  box: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  score: number | null;
}

export function quartileRow(label: string, peers: Distribution | null | undefined, score?: number | null) {
  return {
    label,
    offset: peers ? peers.q1 : null,
    box: peers ? Math.round((peers.q3 - peers.q1) * 1e6) / 1e6 : null,
    q1: peers?.q1 ?? null,
    median: peers?.median ?? null,
    q3: peers?.q3 ?? null,
    score: score ?? null,
  } satisfies QuartileRow;
}

/** The index and each dimension against the edition's distributions, with a city's own scores when one is given. */
export function editionQuartiles(
  view: PublicEdition,
  dimensions: readonly Labelled[],
  indexLabel: string,
  city?: PublicEdition['cities'][number],
): QuartileRow[] {
  const of = (path: string) => view.distributions.find((d) => d.path === path && d.level !== 'kpi');
  return [
    quartileRow(indexLabel, of('index'), city?.index),
    ...dimensions.map((d) => quartileRow(d.label, of(d.path), city?.dimensions[d.path])),
  ];
}

export type Position = 'belowQ1' | 'q1ToMedian' | 'medianToQ3' | 'aboveQ3' | 'unknown';

/** Where a score falls among its peers' quartiles; at a quartile it counts in the upper interval. */
export function positionAmongPeers(score: number | null, peers: Distribution | null): Position {
  if (score === null || !peers) return 'unknown';
  if (score < peers.q1) return 'belowQ1';
  if (score < peers.median) return 'q1ToMedian';
  if (score < peers.q3) return 'medianToQ3';
  return 'aboveQ3';
}

export interface TrendRow {
  kpiId: string;
  /** The KPI's points (1 to 4) in each cycle, oldest first; null where it was not scored. */
  points: (number | null)[];
  bandBefore: string | null;
  bandAfter: string | null;
  /** The latest comparison's movement, relative to the KPI's desirable direction. */
  movement: Movement;
}

export interface TrendTable {
  cycles: CycleTrend['from'][];
  rows: TrendRow[];
}

/** Lays the cycle-to-cycle comparisons out as one row per KPI with its points in every cycle. */
export function trendTable(trends: readonly CycleTrend[]): TrendTable {
  if (!trends.length) return { cycles: [], rows: [] };
  const cycles = [trends[0]!.from, ...trends.map((t) => t.to)];
  const ids = [...new Set(trends.flatMap((t) => t.kpis.map((k) => k.kpiId)))].sort();
  const latest = trends.at(-1)!;
  const rows = ids.map((kpiId) => {
    const at = (t: CycleTrend) => t.kpis.find((k) => k.kpiId === kpiId);
    const last = at(latest);
    return {
      kpiId,
      points: [at(trends[0]!)?.pointsBefore ?? null, ...trends.map((t) => at(t)?.pointsAfter ?? null)],
      bandBefore: last?.bandBefore?.label ?? null,
      bandAfter: last?.bandAfter?.label ?? null,
      movement: last?.movement ?? 'unchanged',
    };
  });
  return { cycles, rows };
}

/** How many KPIs moved each way in the latest comparison. */
export function movementCounts(table: TrendTable): Record<Movement, number> {
  const counts: Record<Movement, number> = { better: 0, worse: 0, unchanged: 0, new: 0, dropped: 0 };
  for (const row of table.rows) counts[row.movement] += 1;
  return counts;
}

/** The KPIs a trend chart opens with: those that moved in the latest comparison, at most `count`. */
export function movedKpis(table: TrendTable, count: number): string[] {
  return table.rows
    .filter((r) => r.movement === 'better' || r.movement === 'worse')
    .slice(0, count)
    .map((r) => r.kpiId);
}

/** The trend chart's data: one row per cycle with the chosen KPIs' points under their ids. */
export function trendChartRows(
  table: TrendTable,
  kpiIds: readonly string[],
  cycleLabel: (n: number) => string,
): Record<string, string | number | null>[] {
  const chosen = table.rows.filter((r) => kpiIds.includes(r.kpiId));
  return table.cycles.map((_, i) => ({
    label: cycleLabel(i + 1),
    ...Object.fromEntries(chosen.map((r) => [r.kpiId, r.points[i] ?? null])),
  }));
}
