// The values a new cycle's template carries over: what the verifier verified in the city's previous certified cycle.

import type { Pilot } from '../lifecycle/pilot.ts';
import type { CarriedDataPoint, CarryOver } from '../template/carry-over.ts';
import { templateLayout } from '../template/layout.ts';
import { FindingList } from '../validation/findings.ts';
import { limits } from '../validation/limits.ts';
import { readDataPoints } from '../validation/read-data-points.ts';
import { checkUpload } from '../validation/upload-checks.ts';
import { workbookFromParts } from '../xlsx-reader/read-workbook.ts';
import { previousCycle } from './city-cycles.ts';
import type { CoreDeps } from './deps.ts';
import { verdictsOf, verifiedDataset } from './verified-dataset.ts';

const REFUSED = new Set(['rejected', 'not_verified']);

/**
 * Last cycle's inputs of every data point its verifier verified (its KPI verified, the data point neither rejected
 * nor left unverified), read from the workbook of the dataset the supervisor approved. A refused value is never
 * carried over: the city must collect it afresh. None when the city has no certified cycle before this one.
 */
export async function carryOverFor(deps: CoreDeps, pilot: Pilot): Promise<CarryOver | undefined> {
  const previous = await previousCycle(deps, pilot);
  if (!previous) return undefined;
  const { conclusion, results } = await verifiedDataset(deps, previous);
  const { verdicts } = verdictsOf(previous, conclusion);
  const reviews = previous.verification?.reviews ?? {};
  const verified = new Set(
    results.results
      .filter((r) => r.status === 'reported' && verdicts.get(r.kpiId)?.verified)
      .filter((r) => !REFUSED.has(reviews[r.dataPointId]?.status ?? ''))
      .map((r) => r.dataPointId),
  );
  const submission = previous.submissions.find((s) => s.version === results.version);
  if (!submission || verified.size === 0) return undefined;
  const readings = await readingsOf(await deps.uploads.get(submission.key));
  const dataPoints = readings
    .filter((reading) => verified.has(reading.point.id))
    .map(
      (reading): CarriedDataPoint => ({
        dataPointId: reading.point.id,
        inputs: Object.fromEntries(
          Object.entries(reading.inputs).filter(
            (entry): entry is [string, number] => typeof entry[1] === 'number',
          ),
        ),
        dataOrigin: reading.dataOrigin,
        source: reading.source,
      }),
    );
  return { fromPilotId: previous.pilotId, certifiedAt: previous.certificate.issuedAt, dataPoints };
}

/** The data point rows of a stored workbook; its findings were settled when it was validated. */
async function readingsOf(bytes: Buffer) {
  const findings = new FindingList();
  const parts = await checkUpload(bytes, limits, findings);
  const sheet = parts && workbookFromParts(parts).sheet(templateLayout.sheets.dataPoints);
  return sheet ? readDataPoints(sheet, findings) : [];
}
