// Reporting and certification tasks: build the documents from the verified dataset and store them under new keys.
import * as z from 'zod';
import { buildCertificate, certificateNumberFor } from '../documents/certificate.ts';
import { buildCitySnapshot } from '../documents/city-snapshot.ts';
import { buildVerificationAnnex } from '../documents/verification-annex.ts';
import { buildVerificationReport } from '../documents/verification-report.ts';
import { NotFoundError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { DocumentRef } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { scoreSubmission } from '../scoring/score.ts';
import type { ScoreResult } from '../scoring/score-result.ts';
import type { TargetsTable } from '../scoring/targets.ts';
import { compareCycles } from '../scoring/trends.ts';
import { cycleScore, previousCycle } from '../use-cases/city-cycles.ts';
import type { CoreDeps } from '../use-cases/deps.ts';
import { documentMaturity } from '../use-cases/maturity.ts';
import { loadPilot } from '../use-cases/run-command.ts';
import { currentTargets } from '../use-cases/targets.ts';
import { verdictsOf, verifiedDataset } from '../use-cases/verified-dataset.ts';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const input = z.object({ pilotId: z.string() });

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

/** A later cycle's report compares it with the city's previous certified cycle, scored against the same targets. */
async function trendSincePreviousCycle(
  deps: CoreDeps,
  pilot: Pilot,
  score: ScoreResult,
  targets: TargetsTable,
) {
  const previous = await previousCycle(deps, pilot);
  if (!previous) return undefined;
  return {
    previousPilotId: previous.pilotId,
    previousCertifiedAt: previous.certificate.issuedAt,
    trend: compareCycles(await cycleScore(deps, previous, targets), score),
  };
}

/** Report (in the city's language, and in English), annex, snapshot and the score that fed them. */
export async function generateReport(deps: CoreDeps, raw: unknown) {
  const pilot = await loadPilot(deps, input.parse(raw).pilotId);
  const { conclusion, results, record } = await verifiedDataset(deps, pilot);
  const targets = await currentTargets(deps);
  const { verification, verdicts } = verdictsOf(pilot, conclusion);
  const score = scoreSubmission(results, targets, verdicts);
  const issuedAt = deps.clock.now();
  const trend = await trendSincePreviousCycle(deps, pilot, score, targets);
  const maturity = await documentMaturity(deps, pilot);
  const report = {
    pilot,
    results,
    score,
    targets,
    conclusion: verification,
    record,
    issuedAt,
    trend,
    maturity,
  };
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
      await buildCitySnapshot({
        pilot,
        score,
        initiatives: pilot.letter.initiatives,
        issuedAt,
        language,
        maturity,
      }),
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
