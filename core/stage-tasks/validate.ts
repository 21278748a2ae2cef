// Submission validation task: validates the newest workbook and stores its findings and computed results.
import * as z from 'zod';
import { NotFoundError } from '../errors.ts';
import { latestValidatedVersion, type Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { loadPilot } from '../use-cases/run-command.ts';
import { storedResults } from '../use-cases/stored-results.ts';
import { currentValidationSeverities } from '../use-cases/validation-severities.ts';
import { diffResults } from '../validation/diff-results.ts';
import { type DataPointResult, resultsKey, type SubmissionResults } from '../validation/results.ts';
import { validateWorkbook } from '../validation/validate-workbook.ts';

export async function validateSubmission(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, z.object({ pilotId: z.string() }).parse(raw).pilotId);
  const submission = pilot.submissions.findLast((s) => s.status === 'received');
  if (!submission) throw new NotFoundError(`Pilot ${pilot.pilotId} has no submission awaiting validation`);
  const bytes = await deps.uploads.get(submission.key);
  const severities = await currentValidationSeverities(deps);
  const validation = await validateWorkbook(bytes, {
    pilotId: pilot.pilotId,
    signingKey: deps.settings.templateSigningKey,
    severities: severities.severities,
  });
  const key = resultsKey(pilot.pilotId, submission.version);
  const stored: SubmissionResults = {
    pilotId: pilot.pilotId,
    version: submission.version,
    catalogueVersion: validation.catalogueVersion,
    catalogueChecksum: validation.catalogueChecksum,
    validatedAt: deps.clock.now().toISOString(),
    severitiesVersion: severities.version,
    valid: validation.valid,
    summary: validation.summary,
    findings: validation.findings,
    results: validation.results,
    profile: validation.profile,
    currency: validation.currency,
    maturity: validation.maturity,
  };
  if (!(await deps.documents.head(key))) {
    await deps.documents.put(key, Buffer.from(JSON.stringify(stored)), 'application/json');
  }
  return {
    valid: validation.valid,
    version: submission.version,
    summary: validation.summary,
    resultsKey: key,
    changedDataPoints: await changedDuringVerification(deps, pilot, validation.results),
  };
}

/** A correction sent during verification: the data points whose results changed must be reviewed again. */
async function changedDuringVerification(
  deps: CoreDeps,
  pilot: Pilot,
  results: DataPointResult[],
): Promise<string[]> {
  const previous = latestValidatedVersion(pilot);
  if (pilot.stage !== 'in_verification' || !previous) return [];
  const before = await storedResults(deps, pilot, previous);
  return diffResults(before.results, results).map((change) => change.dataPointId);
}
