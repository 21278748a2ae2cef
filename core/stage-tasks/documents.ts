// Reporting and certification tasks: build the documents from the verified dataset and store them under new keys.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { buildCertificate, certificateNumberFor } from '../documents/certificate.ts';
import { submissionResultsSchema } from '../documents/results.ts';
import { verificationConclusionSchema } from '../documents/verification-conclusion.ts';
import { buildVerificationReport } from '../documents/verification-report.ts';
import { NotFoundError } from '../errors.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { defaultTargets } from '../scoring/default-targets.ts';
import { scoreSubmission } from '../scoring/score.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { newId } from '../use-cases/letters.ts';
import { loadPilot } from '../use-cases/run-command.ts';

const PDF = 'application/pdf';
const input = z.object({ pilotId: z.string() });

/** The dataset the verifier concluded on, as recorded by the VerificationConcluded event. */
async function verifiedDataset(deps: CoreDeps, pilot: Pilot) {
  const events = await deps.pilots.events(pilot.pilotId);
  const conclusion = events.findLast((e) => e.type === 'VerificationConcluded');
  if (conclusion?.type !== 'VerificationConcluded')
    throw new NotFoundError('The pilot has no concluded verification');
  const submission = pilot.submissions.find((s) => s.version === conclusion.data.datasetVersion);
  if (!submission?.resultsKey)
    throw new NotFoundError(`Dataset version ${conclusion.data.datasetVersion} has no results`);
  const bytes = await deps.documents.get(submission.resultsKey);
  return {
    conclusion: conclusion.data,
    bytes,
    results: submissionResultsSchema.parse(JSON.parse(bytes.toString('utf8'))),
  };
}

export async function generateReport(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, input.parse(raw).pilotId);
  const { conclusion, results } = await verifiedDataset(deps, pilot);
  // Until the verifier's per-KPI decisions and advice are wired in, the report carries the summary alone.
  const pdf = await buildVerificationReport({
    pilot,
    results,
    score: scoreSubmission(results, defaultTargets),
    targets: defaultTargets,
    conclusion: verificationConclusionSchema.parse({
      auditSummary: conclusion.summary,
      perKpi: [],
      policyRecommendations: [],
      improvementOpportunities: [],
      nextSteps: [],
    }),
    issuedAt: deps.clock.now(),
    language: pilot.letter.preferredLanguage,
  });
  const key = `reports/${pilot.pilotId}/${newId('d')}-verification-report.pdf`;
  await deps.documents.put(key, pdf, PDF);
  return { documents: [{ kind: 'verification_report', key, contentType: PDF }] };
}

export async function generateCertificate(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, input.parse(raw).pilotId);
  const { bytes } = await verifiedDataset(deps, pilot);
  const issuedAt = deps.clock.now();
  const certificateNumber = certificateNumberFor(pilot, issuedAt);
  const datasetHash = createHash('sha256').update(bytes).digest('hex');
  const verificationUrl = `${deps.settings.portalUrl}/#/certificates/${certificateNumber}`;
  const pdf = await buildCertificate(pilot, { certificateNumber, datasetHash, issuedAt, verificationUrl });
  const key = `certificates/${pilot.pilotId}/${newId('d')}-${certificateNumber}.pdf`;
  await deps.documents.put(key, pdf, PDF);
  return { certificateNumber, datasetHash, document: { kind: 'certificate', key, contentType: PDF } };
}
