// Reading stored JSON documents, checked against their schema like any stored data; above all a submission's
// validation results: the bytes (whose hash fixes the verified dataset) and the parsed document.
import * as z from 'zod';
import { NotFoundError, StoredDataError } from '../errors.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { type SubmissionResults, submissionResultsSchema } from '../validation/results.ts';
import type { CoreDeps } from './deps.ts';

export async function storedResultsBytes(
  deps: Pick<CoreDeps, 'documents'>,
  pilot: Pilot,
  version: number,
): Promise<Buffer> {
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission?.resultsKey) throw new NotFoundError(`Version ${version} has no stored results`);
  return deps.documents.get(submission.resultsKey);
}

/** Parses a stored JSON document; one that does not match its schema is named by its key, never used half-read. */
export function parseStoredJson<T>(schema: z.ZodType<T>, bytes: Buffer, key: string): T {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new StoredDataError(key, 'it is not JSON', { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new StoredDataError(key, z.prettifyError(parsed.error));
  return parsed.data;
}

export async function storedResults(
  deps: Pick<CoreDeps, 'documents'>,
  pilot: Pilot,
  version: number,
): Promise<SubmissionResults> {
  const key = pilot.submissions.find((s) => s.version === version)?.resultsKey ?? '';
  return parseStoredJson(submissionResultsSchema, await storedResultsBytes(deps, pilot, version), key);
}
