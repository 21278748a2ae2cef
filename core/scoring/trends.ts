// A city's cycles compared data point by data point and KPI by KPI: the change, whether it moved the way the KPI
// should (performance against the target is direction-aware), and the band each KPI moved between.
import * as z from 'zod';
import { bandSchema, type ScoreResult } from './score-result.ts';

export const movementSchema = z.enum(['better', 'worse', 'unchanged', 'new', 'dropped']);
export type Movement = z.infer<typeof movementSchema>;

export const dataPointTrendSchema = z.object({
  dataPointId: z.string(),
  kpiId: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  /** after - before, in the data point's unit. */
  change: z.number().nullable(),
  movement: movementSchema,
});

export const kpiTrendSchema = z.object({
  kpiId: z.string(),
  pointsBefore: z.number().nullable(),
  pointsAfter: z.number().nullable(),
  bandBefore: bandSchema.nullable(),
  bandAfter: bandSchema.nullable(),
  movement: movementSchema,
});

export const cycleTrendSchema = z.object({
  from: z.object({ pilotId: z.string(), datasetVersion: z.number().int() }),
  to: z.object({ pilotId: z.string(), datasetVersion: z.number().int() }),
  targetsVersion: z.number().int(),
  dataPoints: z.array(dataPointTrendSchema),
  kpis: z.array(kpiTrendSchema),
});
export type CycleTrend = z.infer<typeof cycleTrendSchema>;

function movement(before: number | undefined, after: number | undefined): Movement {
  if (before === undefined) return after === undefined ? 'unchanged' : 'new';
  if (after === undefined) return 'dropped';
  return after > before ? 'better' : after < before ? 'worse' : 'unchanged';
}

/**
 * Compares two scores of the same city made against one targets version (so that a movement is the city's, not the
 * targets'): a data point moves better when its performance against the target rises, whatever the KPI's direction;
 * a KPI when its points rise. Only what both cycles' verifiers verified is compared.
 */
export function compareCycles(before: ScoreResult, after: ScoreResult): CycleTrend {
  if (before.targetsVersion !== after.targetsVersion)
    throw new Error('Cycles are compared against one targets version');
  const pointsBefore = new Map(before.dataPoints.map((p) => [p.dataPointId, p]));
  const pointsAfter = new Map(after.dataPoints.map((p) => [p.dataPointId, p]));
  const ids = [...new Set([...pointsBefore.keys(), ...pointsAfter.keys()])];
  const kpisBefore = new Map(before.kpis.map((k) => [k.kpiId, k]));
  const kpisAfter = new Map(after.kpis.map((k) => [k.kpiId, k]));
  const kpiIds = [...new Set([...kpisBefore.keys(), ...kpisAfter.keys()])];
  return {
    from: { pilotId: before.pilotId, datasetVersion: before.datasetVersion },
    to: { pilotId: after.pilotId, datasetVersion: after.datasetVersion },
    targetsVersion: after.targetsVersion,
    dataPoints: ids.map((id) => {
      const [b, a] = [pointsBefore.get(id), pointsAfter.get(id)];
      return {
        dataPointId: id,
        kpiId: (a ?? b)!.kpiId,
        before: b?.value ?? null,
        after: a?.value ?? null,
        change: a && b ? Math.round((a.value - b.value) * 1e9) / 1e9 : null,
        movement: movement(b?.percentage, a?.percentage),
      };
    }),
    kpis: kpiIds.map((id) => {
      const [b, a] = [kpisBefore.get(id), kpisAfter.get(id)];
      return {
        kpiId: id,
        pointsBefore: b?.points ?? null,
        pointsAfter: a?.points ?? null,
        bandBefore: b?.band ?? null,
        bandAfter: a?.band ?? null,
        movement: movement(b?.points, a?.points),
      };
    }),
  };
}
