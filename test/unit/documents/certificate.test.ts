import jsqr from 'jsqr';
import { describe, expect, it } from 'vitest';
import { buildCertificate, certificateNumberFor } from '../../../core/documents/certificate.ts';
import { issuedAt, pilot } from './fixtures.ts';
import { pageCount, pdfText, renderPage } from './read-back.ts';

const certificateNumber = certificateNumberFor(pilot, issuedAt);
const facts = {
  certificateNumber,
  datasetHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  issuedAt,
  verificationUrl: `https://portal.u4ssc.example/#/certificates/${certificateNumber}`,
};

describe('certificate', () => {
  it('numbers certificates by year and pilot', () => {
    expect(certificateNumber).toBe('U4SSC-2026-AURORA0001');
  });

  it('states number, city, dates, issuing bodies and dataset hash in English and Chinese on one page', async () => {
    const pdf = await buildCertificate(pilot, facts);
    expect(pageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      'Certificate of Assessment',
      '评估证书',
      'Aurora, Utopia',
      certificateNumber,
      '15 June 2026',
      '2026年6月15日',
      '1 January 2026',
      'ITU',
      'UNECE',
      'UN-Habitat',
      '联合国人居署',
      facts.datasetHash,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('carries a QR code that decodes to the verification URL', async () => {
    const png = renderPage(await buildCertificate(pilot, facts), 1, 150);
    // jsqr is CommonJS whose typings declare a default export: under NodeNext it sits on `.default`.
    const decoded = jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(facts.verificationUrl);
  });
});
