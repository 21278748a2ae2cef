// The reporting and certification tasks on the approved dataset: they refuse, before rendering anything, results
// that no longer match the approved hash or a pilot with no approval; the certificate is registered under its number.
import { describe, expect, it } from 'vitest';
import { DatasetChangedError, NotFoundError } from '../../../core/errors.ts';
import type { NewEvent } from '../../../core/lifecycle/events.ts';
import { scoreResultSchema } from '../../../core/scoring/score-result.ts';
import { generateCertificate, generateReport } from '../../../core/stage-tasks/documents.ts';
import { datasetHashOf } from '../../../core/verification/dataset-hash.ts';
import { storeResults } from '../../support/files.ts';
import { historyTo, record } from '../../support/histories.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { pdfText } from '../documents/read-back.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const RESULTS_KEY = 'results/v001.json';
const conclusion = {
  summary: 'Every core KPI was traced to its source.',
  auditResults: [],
  proposals: [],
  advice: [],
};

/** A pilot in verification whose stored results are these, and, when a hash is given, the conclusion on it approved. */
async function verified(approvedHash?: (stored: Buffer) => string, duringVerification: NewEvent[] = []) {
  const deps = memoryDeps();
  const stored = await storeResults(deps.documents, RESULTS_KEY, resultsWith({ 'EC.ICT.ICT.1C': 80 }, 'pa'));
  const approval: NewEvent[] = approvedHash
    ? [
        {
          type: 'ConclusionSubmitted',
          data: { ...conclusion, datasetVersion: 1, datasetHash: approvedHash(stored) },
        },
        {
          type: 'VerificationConcluded',
          data: {
            summary: 'Approved',
            datasetVersion: 1,
            datasetHash: approvedHash(stored),
            approvedBy: 'supervisor',
          },
        },
      ]
    : [];
  const history = [...historyTo('in_verification'), ...duringVerification, ...approval];
  await record(deps.pilots, 'pa', history, '2026-02-01T10:00:00.000Z');
  return { deps, stored };
}

describe('the approved dataset', () => {
  it('is refused by both tasks when its stored results no longer match the approved hash', async () => {
    const { deps } = await verified(() => 'b'.repeat(64));

    await expect(generateReport(deps, { pilotId: 'pa' })).rejects.toBeInstanceOf(DatasetChangedError);
    await expect(generateCertificate(deps, { pilotId: 'pa' })).rejects.toThrow(
      'The stored results of version 1 no longer match the dataset hash the supervisor approved',
    );
    expect(await deps.documents.list('reports/')).toEqual([]);
    expect(await deps.documents.list('certificates/')).toEqual([]);
  });

  it('is missing, and named so, before the supervisor approved a conclusion', async () => {
    const { deps } = await verified();

    await expect(generateReport(deps, { pilotId: 'pa' })).rejects.toThrow(
      new NotFoundError('The pilot has no approved verification conclusion'),
    );
  });
});

describe('the verification report', () => {
  it('scores without a rejected data point and names the verifier, supervisor, mode and interviews', async () => {
    const rejection = 'The survey sample was too small';
    const { deps } = await verified(datasetHashOf, [
      {
        type: 'DataPointsReviewed',
        data: { items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'rejected', note: rejection }] },
      },
      {
        type: 'InterviewLogged',
        data: {
          date: '2026-02-03',
          mode: 'remote',
          attendees: ['ICT office'],
          topics: ['Household survey'],
          kpiIds: [],
          notes: '',
          attachments: [],
        },
      },
    ]);
    await deps.verifiers.putVerifier({
      verifierId: 'verifier',
      name: 'Dr Vera Fication',
      email: 'vera@example.org',
      languages: [],
      regions: [],
      modes: ['remote'],
      accreditation: '',
      conflicts: [],
      active: true,
    });

    const { documents } = await generateReport(deps, { pilotId: 'pa' });

    const stored = async (kind: string) => deps.documents.get(documents.find((d) => d.kind === kind)!.key);
    const score = scoreResultSchema.parse(JSON.parse((await stored('score')).toString()));
    expect(score.kpis).toEqual([]);
    expect(score.notScored).toContainEqual({
      kpiId: 'EC.ICT.ICT.1C',
      reason: 'not_verified',
      dataPointNotes: [{ dataPointId: 'EC.ICT.ICT.1C', note: rejection }],
    });
    const report = pdfText(await stored('verification_report'));
    expect(report).toContain(
      'Verified by Dr Vera Fication, supervised by supervisor; verification mode: remote.',
    );
    expect(report).toContain('3 February 2026 (remote) with ICT office: Household survey');
    expect(report).toContain(`EC.ICT.ICT.1C Household Internet Access: ${rejection}`);
  }, 20_000); // renders two reports, an annex and a snapshot
});

describe('the certificate', () => {
  it('states the approved hash, is stored as a PDF and registered under its number', async () => {
    const { deps, stored } = await verified(datasetHashOf);
    await record(
      deps.pilots,
      'pa',
      [{ type: 'CertificationRequested', data: {} }],
      '2026-03-01T10:00:00.000Z',
    );

    const issued = await generateCertificate(deps, { pilotId: 'pa' });

    expect(issued).toEqual({
      certificateNumber: 'U4SSC-2026-A',
      datasetHash: datasetHashOf(stored),
      document: {
        kind: 'certificate',
        key: 'certificates/pa/U4SSC-2026-A.pdf',
        contentType: 'application/pdf',
      },
    });
    expect((await deps.documents.get(issued.document.key)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await deps.certificates.pilotOfCertificate('U4SSC-2026-A')).toBe('pa');
  });
});
