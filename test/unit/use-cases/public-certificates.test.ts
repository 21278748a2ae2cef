// The public certificate check behind the QR code: valid, revoked or unknown, and only what the city published.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../core/errors.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { checkCertificate, publishedDocumentUrl } from '../../../core/use-cases/public-certificates.ts';
import { HASH, idle } from '../../support/decision-cases.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { pilotIn } from '../../support/pilots.ts';

const NUMBER = 'U4SSC-2026-AURORA0001';
const doc = (kind: string, key: string) => ({
  kind,
  key,
  contentType: 'application/pdf',
  createdAt: '2026-02-20T00:00:00.000Z',
});

/** A certified pilot whose report exists in English and Chinese, registered under its number. */
async function certified(overrides: Partial<Pilot> = {}) {
  const deps = memoryDeps();
  const pilot = await deps.pilots.seed(
    pilotIn('certified', {
      ...idle,
      letter: { ...pilotIn('certified').letter, preferredLanguage: 'zh' },
      certificate: {
        certificateNumber: NUMBER,
        datasetHash: HASH,
        key: 'certificates/c.pdf',
        issuedAt: '2026-02-28T00:00:00.000Z',
      },
      documents: [
        doc('verification_report', 'reports/pa/d1-verification-report-zh.pdf'),
        doc('verification_report', 'reports/pa/d2-verification-report-en.pdf'),
        doc('city_snapshot', 'reports/pa/d3-city-snapshot-zh.pdf'),
      ],
      publication: {
        report: 'publish',
        snapshot: 'withhold',
        index: 'anonymous',
        factsheet: 'withhold',
        caseStudies: 'withhold',
      },
      ...overrides,
    }),
  );
  await deps.certificates.registerCertificate(NUMBER, pilot.pilotId);
  return { deps, pilot };
}

describe('checking a certificate', () => {
  it('answers valid with what the city published and the languages it exists in', async () => {
    const { deps } = await certified();

    expect(await checkCertificate(deps, NUMBER, HASH.toUpperCase())).toEqual({
      status: 'valid',
      certificateNumber: NUMBER,
      cityName: 'Aurora',
      country: 'Utopia',
      issuedAt: '2026-02-28T00:00:00.000Z',
      datasetHash: HASH,
      revoked: undefined,
      published: ['report'],
      languages: { report: ['zh', 'en'] },
    });
  });

  it('answers revoked with the reason', async () => {
    const revoked = { reason: 'Data found to be falsified', at: '2026-03-01T00:00:00.000Z' };
    const { deps } = await certified({
      certificate: {
        certificateNumber: NUMBER,
        datasetHash: HASH,
        key: 'c.pdf',
        issuedAt: '2026-02-28T00:00:00.000Z',
        revoked,
      },
    });

    expect(await checkCertificate(deps, NUMBER)).toMatchObject({ status: 'revoked', revoked });
  });

  it('answers unknown for a number nobody registered, a hash that differs, or a pilot certified under another number', async () => {
    const { deps, pilot } = await certified();
    await deps.certificates.registerCertificate('U4SSC-2026-STALE', pilot.pilotId);

    expect(await checkCertificate(deps, 'U4SSC-2026-NONE')).toEqual({
      status: 'unknown',
      certificateNumber: 'U4SSC-2026-NONE',
      reason: 'No certificate has this number',
    });
    expect(await checkCertificate(deps, NUMBER, 'b'.repeat(64))).toMatchObject({
      status: 'unknown',
      reason: 'The dataset hash does not match this certificate',
    });
    expect(await checkCertificate(deps, 'U4SSC-2026-STALE')).toMatchObject({ status: 'unknown' });
  });
});

describe('a published document', () => {
  it('is served in the language asked for, or by default in the city’s own', async () => {
    const { deps } = await certified();

    expect(await publishedDocumentUrl(deps, NUMBER, 'report', 'en')).toBe(
      'https://documents.memory.test/reports/pa/d2-verification-report-en.pdf?download=d2-verification-report-en.pdf&expires=300',
    );
    expect(await publishedDocumentUrl(deps, NUMBER, 'report')).toContain('d1-verification-report-zh.pdf');
  });

  it('is refused, never revealed, when withheld, of an unknown kind, revoked, or missing in that language', async () => {
    const { deps } = await certified();
    const revoked = await certified({
      certificate: {
        certificateNumber: NUMBER,
        datasetHash: HASH,
        key: 'c.pdf',
        issuedAt: '2026-02-28T00:00:00.000Z',
        revoked: { reason: 'Falsified', at: '2026-03-01T00:00:00.000Z' },
      },
    });
    const refused = new NotFoundError('This document is not published');

    await expect(publishedDocumentUrl(deps, NUMBER, 'snapshot')).rejects.toThrow(refused);
    await expect(publishedDocumentUrl(deps, NUMBER, 'certificate')).rejects.toThrow(refused);
    await expect(publishedDocumentUrl(deps, NUMBER, 'report', 'fr')).rejects.toThrow(refused);
    await expect(publishedDocumentUrl(revoked.deps, NUMBER, 'report')).rejects.toThrow(refused);
  });
});
