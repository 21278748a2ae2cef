// The verifier's evidence beside each data point of a version: the range the validation rules expect, the value
// the city's previous certified cycle verified, and the files attached to its queries and to interviews on its KPI.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import { allDataPoints } from '../kpis/catalogue.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { expectedRange, expectedRangeSchema } from '../validation/rules/expected-range.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';
import { storedResults } from './stored-results.ts';
import { verifiedDataset } from './verified-dataset.ts';

const evidenceFileSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  /** The query whose answer carried it, or absent for an interview attachment. */
  queryId: z.string().optional(),
  source: z.enum(['query', 'interview']),
});

export const dataPointEvidenceSchema = z.object({
  dataPointId: z.string(),
  expectedRange: expectedRangeSchema.optional(),
  previous: z
    .object({ pilotId: z.string(), version: z.number().int(), value: z.number().nullable() })
    .optional(),
  files: z.array(evidenceFileSchema),
});

export type DataPointEvidence = z.infer<typeof dataPointEvidenceSchema>;

export const submissionEvidenceSchema = z.object({
  version: z.number().int().positive(),
  /** The city's previous certified cycle the `previous` values come from, when there is one. */
  previousPilotId: z.string().optional(),
  dataPoints: z.array(dataPointEvidenceSchema),
});
export type SubmissionEvidence = z.infer<typeof submissionEvidenceSchema>;

/** The city's latest earlier cycle whose certificate stands: its verified values are the comparison. */
async function previousCycle(deps: CoreDeps, pilot: Pilot) {
  const earlier = (await deps.pilots.list({ cityId: pilot.cityId }))
    .filter((p) => p.pilotId !== pilot.pilotId && p.createdAt < pilot.createdAt)
    .filter((p) => p.stage === 'certified' && p.certificate && !p.certificate.revoked)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1);
  if (!earlier) return undefined;
  const { results } = await verifiedDataset(deps, earlier);
  return { pilotId: earlier.pilotId, version: results.version, results: results.results };
}

type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** Files by data point: a query's answers for its data point, an interview's attachments for each KPI it covers. */
function filesOf(events: PilotEvent[], pilot: Pilot, dataPointId: string, kpiId: string): EvidenceFile[] {
  const queries = new Set(
    pilot.verification?.queries.filter((q) => q.dataPointId === dataPointId).map((q) => q.queryId),
  );
  return events.flatMap((e): EvidenceFile[] => {
    if (e.type === 'QueryAnswered' && e.data.evidence && queries.has(e.data.queryId)) {
      const { uploadId, fileName } = e.data.evidence;
      return [{ uploadId, fileName, queryId: e.data.queryId, source: 'query' }];
    }
    if (e.type === 'InterviewLogged' && e.data.kpiIds.includes(kpiId))
      return e.data.attachments.map(({ uploadId, fileName }) => ({
        uploadId,
        fileName,
        source: 'interview',
      }));
    return [];
  });
}

export async function submissionEvidence(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  version: number,
): Promise<SubmissionEvidence> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission?.resultsKey) throw new NotFoundError(`Version ${version} of this pilot has no results`);
  const [events, previous] = await Promise.all([deps.pilots.events(pilotId), previousCycle(deps, pilot)]);
  const reported = new Set((await storedResults(deps, pilot, version)).results.map((r) => r.dataPointId));
  const before = new Map(previous?.results.map((r) => [r.dataPointId, r.value]));
  return {
    version,
    ...(previous ? { previousPilotId: previous.pilotId } : {}),
    dataPoints: allDataPoints()
      .filter((point) => reported.has(point.id))
      .map((point) => {
        const range = expectedRange(point.id);
        return {
          dataPointId: point.id,
          ...(range ? { expectedRange: range } : {}),
          ...(previous && before.has(point.id)
            ? {
                previous: {
                  pilotId: previous.pilotId,
                  version: previous.version,
                  value: before.get(point.id) ?? null,
                },
              }
            : {}),
          files: filesOf(events, pilot, point.id, point.kpiId),
        };
      }),
  };
}
