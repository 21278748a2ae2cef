// A pilot that meets every shipped readiness rule, and the ways to make it miss one: for the readiness and
// certification tests.
import { allDataPoints } from '../../core/kpis/catalogue.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import { emptyVerification } from '../../core/lifecycle/verification-schemas.ts';
import type { SubmissionResults } from '../../core/validation/results.ts';
import { resultsWith } from '../unit/scoring/fixtures.ts';
import { storeResults } from './files.ts';
import type { MemoryDeps } from './memory-deps.ts';
import { pilotIn } from './pilots.ts';

/** Every data point of the catalogue reported with the same value. */
export const everythingReported = (pilotId = 'paurora0001'): SubmissionResults =>
  resultsWith(Object.fromEntries(allDataPoints().map((p) => [p.id, 50])), pilotId);

/** Every data point accepted by the verifier. */
export const allAccepted = (ids: readonly string[] = allDataPoints().map((p) => p.id)) =>
  Object.fromEntries(
    ids.map((id) => [id, { status: 'accepted' as const, at: '2026-02-25T00:00:00.000Z', by: 'li' }]),
  );

/** A reported pilot whose stored dataset (results key `r`) was fully reported and fully accepted. */
export const reportedAndVerified = (overrides: Partial<Pilot> = {}): Pilot =>
  pilotIn('reported', {
    lastFailure: undefined,
    verification: { ...emptyVerification(), reviews: allAccepted() },
    ...overrides,
  });

export async function storeDataset(
  deps: MemoryDeps,
  results: SubmissionResults,
): Promise<Record<string, never>> {
  await storeResults(deps.documents, 'r', results);
  return {};
}
