// Stage task: writes a validated version's feedback workbook (the city's own file back, each finding in its cell)
// beside its results. A task of its own so that validation, whose findings the city waits for, loads no exceljs.
import * as z from 'zod';
import { NotFoundError } from '../errors.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { loadPilot } from '../use-cases/run-command.ts';
import { parseStoredJson } from '../use-cases/stored-results.ts';
import { XLSX_CONTENT_TYPE } from '../use-cases/upload-kinds.ts';
import { buildFeedbackWorkbook, feedbackWorkbookKey } from '../validation/feedback-workbook.ts';
import { resultsKey, submissionResultsSchema } from '../validation/results.ts';

const input = z.object({ pilotId: z.string().min(1), version: z.number().int().positive() });

export async function writeFeedbackWorkbook(deps: CoreDeps, raw: unknown) {
  const { pilotId, version } = input.parse(raw);
  const key = feedbackWorkbookKey(pilotId, version);
  // A retried or re-driven run finds the workbook written: a version's feedback is never rewritten.
  if (await deps.documents.head(key)) return { feedbackKey: key };
  const pilot = await loadPilot(deps, pilotId);
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission) throw new NotFoundError(`Pilot ${pilotId} has no submission version ${version}`);
  // The validation stored its results just before this step; the version is not yet recorded as validated.
  const stored = resultsKey(pilotId, version);
  const { findings } = parseStoredJson(submissionResultsSchema, await deps.documents.get(stored), stored);
  const workbook = await buildFeedbackWorkbook(await deps.uploads.get(submission.key), findings);
  await deps.documents.put(key, workbook, XLSX_CONTENT_TYPE);
  return { feedbackKey: key };
}
