// The dataset the supervisor approved, checked against its hash, with the verifier's conclusion and who verified:
// what the report, the certificate and the index rest on.
import type { VerificationRecord } from '../documents/report-model.ts';
import { DatasetChangedError, NotFoundError } from '../errors.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { kpiVerdicts } from '../scoring/verdicts.ts';
import { submissionResultsSchema } from '../validation/results.ts';
import { datasetHashOf } from '../verification/dataset-hash.ts';
import { revisedConclusion } from '../verification/draft-revisions.ts';
import { conclusionForReport } from '../verification/report-conclusion.ts';
import type { CoreDeps } from './deps.ts';
import { parseStoredJson, storedResultsBytes } from './stored-results.ts';

type Concluded = Extract<PilotEvent, { type: 'VerificationConcluded' }>;
type Submitted = Extract<PilotEvent, { type: 'ConclusionSubmitted' }>;
type Interview = Extract<PilotEvent, { type: 'InterviewLogged' }>;

/** The dataset the supervisor approved, and the verifier's conclusion on it. */
export async function verifiedDataset(deps: CoreDeps, pilot: Pilot) {
  const events = await deps.pilots.events(pilot.pilotId);
  const approved = events.findLast((e): e is Concluded => e.type === 'VerificationConcluded');
  const submitted = events.findLast((e): e is Submitted => e.type === 'ConclusionSubmitted');
  if (!approved || !submitted) throw new NotFoundError('The pilot has no approved verification conclusion');
  const version = approved.data.datasetVersion;
  const bytes = await storedResultsBytes(deps, pilot, version);
  // The certificate and the report state what was verified: the stored results must still be the locked dataset.
  if (datasetHashOf(bytes) !== approved.data.datasetHash) {
    throw new DatasetChangedError(
      `The stored results of version ${version} no longer match the dataset hash the supervisor approved`,
    );
  }
  const key = pilot.submissions.find((s) => s.version === version)?.resultsKey ?? '';
  return {
    // As the city's review of the draft left it: the report says what the city last read.
    conclusion: revisedConclusion(submitted.data, events),
    datasetHash: approved.data.datasetHash,
    results: parseStoredJson(submissionResultsSchema, bytes, key),
    record: await verificationRecord(deps, pilot, events, approved.actor.name ?? approved.data.approvedBy),
  };
}

/**
 * Who verified (by the registry's name, else the name on the conclusion) and who approved (or, for a draft, is to
 * approve), with the interviews of the last verification run: the report names them.
 */
export async function verificationRecord(
  deps: CoreDeps,
  pilot: Pilot,
  events: PilotEvent[],
  supervisor: string,
): Promise<VerificationRecord> {
  const registered = pilot.verifierId ? await deps.verifiers.getVerifier(pilot.verifierId) : undefined;
  const started = events.findLastIndex((e) => e.type === 'VerificationStarted');
  const submittedBy = events.findLast((e) => e.type === 'ConclusionSubmitted')?.actor;
  return {
    verifier: registered?.name ?? submittedBy?.name ?? pilot.verifierId ?? '—',
    supervisor,
    interviews: events
      .slice(Math.max(started, 0))
      .filter((e): e is Interview => e.type === 'InterviewLogged')
      .map(({ data: { date, mode, attendees, topics } }) => ({ date, mode, attendees, topics })),
  };
}

/** The conclusion as the report states it, and the verdict per KPI the score rests on. */
export function verdictsOf(pilot: Pilot, conclusion: Submitted['data']) {
  const verification = conclusionForReport(conclusion, pilot);
  // Only what the verifier verified is scored: the report, the snapshot, the certificate and the index rest on that alone.
  return { verification, verdicts: kpiVerdicts(verification.perKpi, pilot.verification?.reviews ?? {}) };
}
