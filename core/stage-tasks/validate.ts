// Submission validation task: validates the newest workbook and stores its findings and computed results.
import { z } from 'zod';
import { resultsKey, type SubmissionResults } from '../documents/results.ts';
import { NotFoundError } from '../errors.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { loadPilot } from '../use-cases/run-command.ts';
import { validateWorkbook } from '../validation/validate-workbook.ts';

export async function validateSubmission(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, z.object({ pilotId: z.string() }).parse(raw).pilotId);
  const submission = pilot.submissions.findLast((s) => s.status === 'received');
  if (!submission) throw new NotFoundError(`Pilot ${pilot.pilotId} has no submission awaiting validation`);
  const bytes = await deps.uploads.get(submission.key);
  const validation = await validateWorkbook(bytes, {
    pilotId: pilot.pilotId,
    signingKey: deps.settings.templateSigningKey,
  });
  const key = resultsKey(pilot.pilotId, submission.version);
  const stored: SubmissionResults = {
    pilotId: pilot.pilotId,
    version: submission.version,
    catalogueVersion: validation.catalogueVersion,
    catalogueChecksum: validation.catalogueChecksum,
    validatedAt: deps.clock.now().toISOString(),
    valid: validation.valid,
    summary: validation.summary,
    findings: validation.findings,
    results: validation.results,
  };
  if (!(await deps.documents.head(key))) {
    await deps.documents.put(key, Buffer.from(JSON.stringify(stored)), 'application/json');
  }
  return {
    valid: validation.valid,
    version: submission.version,
    summary: validation.summary,
    resultsKey: key,
  };
}
