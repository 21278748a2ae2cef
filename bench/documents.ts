// Times each document builder and reports the peak resident memory while it runs (no assertions).
import { buildCertificate } from '../core/documents/certificate.ts';
import { buildCitySnapshot } from '../core/documents/city-snapshot.ts';
import { buildLetterOfIntent } from '../core/documents/letter-of-intent.ts';
import { buildVerificationAnnex } from '../core/documents/verification-annex.ts';
import { buildVerificationReport } from '../core/documents/verification-report.ts';
import { letter } from '../test/support/pilots.ts';
import { initiatives, issuedAt, pilot, reportInput, score } from '../test/unit/documents/fixtures.ts';

const certificate = {
  certificateNumber: 'U4SSC-2026-AURORA0001',
  datasetHash: '0'.repeat(64),
  issuedAt,
  verificationUrl: 'https://portal.example/#/certificates/U4SSC-2026-AURORA0001',
};

const documents: [string, () => Promise<Buffer>][] = [
  ['verification report (en)', () => buildVerificationReport(reportInput('en'))],
  ['verification report (zh)', () => buildVerificationReport(reportInput('zh'))],
  ['verification annex (zh)', () => buildVerificationAnnex(reportInput('zh'))],
  ['city snapshot (en)', () => buildCitySnapshot({ pilot, score, initiatives, issuedAt, language: 'en' })],
  ['city snapshot (zh)', () => buildCitySnapshot({ pilot, score, initiatives, issuedAt, language: 'zh' })],
  ['certificate', () => buildCertificate(pilot, certificate)],
  ['letter of intent (zh)', () => buildLetterOfIntent(letter, 'zh')],
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

for (const [name, build] of documents) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const bytes = await build();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  size ${(bytes.length / 1024).toFixed(0).padStart(5)} KB  peak RSS ${mb(peak)}`,
  );
}
