// The reporting and certification tasks on the approved dataset: they refuse, before rendering anything, results
// that no longer match the approved hash or a pilot with no approval; the certificate is registered under its number.
import { describe, expect, it } from 'vitest';
import { DatasetChangedError, NotFoundError } from '../../../core/errors.ts';
import type { NewEvent } from '../../../core/lifecycle/events.ts';
import { generateCertificate, generateReport } from '../../../core/stage-tasks/documents.ts';
import { datasetHashOf } from '../../../core/verification/dataset-hash.ts';
import { storeResults } from '../../support/files.ts';
import { historyTo, record } from '../../support/histories.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const RESULTS_KEY = 'results/v001.json';
const conclusion = {
  summary: 'Every core KPI was traced to its source.',
  auditResults: [],
  policyRecommendations: [],
  improvementOpportunities: [],
  nextSteps: [],
};

/** A pilot in verification whose stored results are these, and, when a hash is given, the conclusion on it approved. */
async function verified(approvedHash?: (stored: Buffer) => string) {
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
  await record(deps.pilots, 'pa', [...historyTo('in_verification'), ...approval], '2026-02-01T10:00:00.000Z');
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
