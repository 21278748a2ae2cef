// The verification report PDF: cover, audit summary and the result of every data point of the verified dataset.
import type { Pilot } from '../lifecycle/pilot.ts';
import { renderPdf } from './pdf.ts';
import type { SubmissionResults } from './results.ts';

export function buildVerificationReport(
  pilot: Pilot,
  results: SubmissionResults,
  auditSummary: string,
  issuedAt: Date,
) {
  return renderPdf({ title: `U4SSC verification report - ${pilot.cityName}` }, (doc) => {
    doc.fontSize(22).text('U4SSC KPI verification report', { align: 'center' }).moveDown();
    doc.fontSize(16).text(`${pilot.cityName}, ${pilot.country}`, { align: 'center' }).moveDown();
    doc
      .fontSize(10)
      .text(
        `Pilot ${pilot.pilotId} - dataset version ${results.version} - catalogue ${results.catalogueVersion}`,
        {
          align: 'center',
        },
      );
    doc.text(`Issued ${issuedAt.toISOString().slice(0, 10)}`, { align: 'center' }).moveDown(2);
    doc.fontSize(14).text('Summary').moveDown(0.5);
    doc
      .fontSize(10)
      .text(
        `Data points reported: ${results.summary.reported}; not reported: ${results.summary.notReported}.`,
      )
      .text(`Validation warnings carried into verification: ${results.summary.warnings}.`)
      .moveDown();
    doc.fontSize(14).text('Audit results').moveDown(0.5);
    doc.fontSize(10).text(auditSummary).moveDown();
    doc.addPage().fontSize(14).text('Results per data point').moveDown(0.5);
    doc.fontSize(8);
    for (const r of results.results) {
      const value = r.value === null ? 'NR' : String(Math.round(r.value * 100) / 100);
      doc.text(`${r.dataPointId}  ${r.labelEn}: ${value} ${r.value === null ? '' : r.unit}`);
    }
    const notReported = results.results.filter((r) => r.status === 'not_reported');
    doc.addPage().fontSize(14).text('KPIs not reported').moveDown(0.5);
    doc.fontSize(8).text(notReported.length ? notReported.map((r) => r.dataPointId).join(', ') : 'None.');
  });
}
