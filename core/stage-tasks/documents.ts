// Reporting and certification tasks: build the documents from the verified dataset and store them under new keys.
import * as z from 'zod';
import { buildCertificate, certificateNumberFor } from '../documents/certificate.ts';
import { buildCitySnapshot } from '../documents/city-snapshot.ts';
import type { VerificationRecord } from '../documents/report-model.ts';
import { buildVerificationAnnex } from '../documents/verification-annex.ts';
import { buildVerificationReport } from '../documents/verification-report.ts';
import { DatasetChangedError, NotFoundError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { DocumentRef, PilotEvent } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { scoreSubmission } from '../scoring/score.ts';
import { kpiVerdicts } from '../scoring/verdicts.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { loadPilot } from '../use-cases/run-command.ts';
import { parseStoredJson, storedResultsBytes } from '../use-cases/stored-results.ts';
import { currentTargets } from '../use-cases/targets.ts';
import { submissionResultsSchema } from '../validation/results.ts';
import { datasetHashOf } from '../verification/dataset-hash.ts';
import { conclusionForReport } from '../verification/report-conclusion.ts';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const input = z.object({ pilotId: z.string() });

type Concluded = Extract<PilotEvent, { type: 'VerificationConcluded' }>;
type Submitted = Extract<PilotEvent, { type: 'ConclusionSubmitted' }>;
type Interview = Extract<PilotEvent, { type: 'InterviewLogged' }>;

/** The dataset the supervisor approved, and the verifier's conclusion on it. */
async function verifiedDataset(deps: CoreDeps, pilot: Pilot) {
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
    conclusion: submitted.data,
    datasetHash: approved.data.datasetHash,
    results: parseStoredJson(submissionResultsSchema, bytes, key),
    record: await verificationRecord(deps, pilot, events, approved),
  };
}

/**
 * Who verified (by the registry's name, else the name on the conclusion) and who approved, with the interviews
 * of the last verification run: the report names them.
 */
async function verificationRecord(
  deps: CoreDeps,
  pilot: Pilot,
  events: PilotEvent[],
  approved: Concluded,
): Promise<VerificationRecord> {
  const registered = pilot.verifierId ? await deps.verifiers.getVerifier(pilot.verifierId) : undefined;
  const started = events.findLastIndex((e) => e.type === 'VerificationStarted');
  const submittedBy = events.findLast((e) => e.type === 'ConclusionSubmitted')?.actor;
  return {
    verifier: registered?.name ?? submittedBy?.name ?? pilot.verifierId ?? '—',
    supervisor: approved.actor.name ?? approved.data.approvedBy,
    interviews: events
      .slice(Math.max(started, 0))
      .filter((e): e is Interview => e.type === 'InterviewLogged')
      .map(({ data: { date, mode, attendees, topics } }) => ({ date, mode, attendees, topics })),
  };
}

async function store(
  deps: CoreDeps,
  pilot: Pilot,
  kind: string,
  name: string,
  body: Uint8Array,
  contentType: string,
) {
  const key = `reports/${pilot.pilotId}/${newId('d')}-${name}`;
  await deps.documents.put(key, body, contentType);
  return { kind, key, contentType } satisfies DocumentRef;
}

/** Report (in the city's language, and in English), annex, snapshot and the score that fed them. */
export async function generateReport(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, input.parse(raw).pilotId);
  const { conclusion, results, record } = await verifiedDataset(deps, pilot);
  const targets = await currentTargets(deps);
  const verification = conclusionForReport(conclusion, pilot);
  // Only what the verifier verified is scored: the report, the snapshot and the certificate rest on that alone.
  const verdicts = kpiVerdicts(verification.perKpi, pilot.verification?.reviews ?? {});
  const score = scoreSubmission(results, targets, verdicts);
  const issuedAt = deps.clock.now();
  const report = { pilot, results, score, targets, conclusion: verification, record, issuedAt };
  const languages = [...new Set([pilot.letter.preferredLanguage, 'en' as const])];
  const documents: DocumentRef[] = [];
  for (const language of languages) {
    const pdf = await buildVerificationReport({ ...report, language });
    documents.push(
      await store(deps, pilot, 'verification_report', `verification-report-${language}.pdf`, pdf, PDF),
    );
  }
  const language = pilot.letter.preferredLanguage;
  documents.push(
    await store(
      deps,
      pilot,
      'verification_annex',
      'data-points.xlsx',
      await buildVerificationAnnex({ ...report, language }),
      XLSX,
    ),
    await store(
      deps,
      pilot,
      'city_snapshot',
      `city-snapshot-${language}.pdf`,
      await buildCitySnapshot({ pilot, score, initiatives: pilot.letter.initiatives, issuedAt, language }),
      PDF,
    ),
    await store(
      deps,
      pilot,
      'score',
      `score-targets-v${targets.version}.json`,
      Buffer.from(JSON.stringify(score)),
      'application/json',
    ),
  );
  return { documents };
}

/**
 * The certificate of the approved dataset. Idempotent: its date is the certification request's, its number and key
 * follow from the pilot and that date, so a retried or repeated run finds the same certificate and makes no second one.
 */
export async function generateCertificate(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, input.parse(raw).pilotId);
  const { datasetHash } = await verifiedDataset(deps, pilot);
  const requested = (await deps.pilots.events(pilot.pilotId)).findLast(
    (e) => e.type === 'CertificationRequested',
  );
  if (!requested) throw new NotFoundError('Certification was not requested for this pilot');
  const issuedAt = new Date(requested.at);
  const certificateNumber = certificateNumberFor(pilot, issuedAt);
  const key = `certificates/${pilot.pilotId}/${certificateNumber}.pdf`;
  if (!(await deps.documents.head(key))) {
    const verificationUrl = `${deps.settings.portalUrl}/#/certificates/${certificateNumber}`;
    const pdf = await buildCertificate(pilot, { certificateNumber, datasetHash, issuedAt, verificationUrl });
    await deps.documents.put(key, pdf, PDF);
  }
  await deps.certificates.registerCertificate(certificateNumber, pilot.pilotId);
  return { certificateNumber, datasetHash, document: { kind: 'certificate', key, contentType: PDF } };
}
