// The U4SSC certificate PDF: number, city, dates, issuing bodies and the hash of the verified dataset.
import type { Pilot } from '../lifecycle/pilot.ts';
import { renderPdf } from './pdf.ts';

export interface CertificateFacts {
  certificateNumber: string;
  datasetHash: string;
  issuedAt: Date;
  verificationUrl: string;
}

export function certificateNumberFor(pilot: Pilot, issuedAt: Date): string {
  return `U4SSC-${issuedAt.getUTCFullYear()}-${pilot.pilotId.slice(1).toUpperCase()}`;
}

export function buildCertificate(pilot: Pilot, facts: CertificateFacts) {
  return renderPdf({ title: `U4SSC certificate ${facts.certificateNumber}` }, (doc) => {
    doc.moveDown(4).fontSize(26).text('Certificate', { align: 'center' }).moveDown();
    doc.fontSize(12).text('United for Smart Sustainable Cities (U4SSC)', { align: 'center' }).moveDown(2);
    doc.fontSize(14).text('This certifies that', { align: 'center' }).moveDown(0.5);
    doc.fontSize(22).text(`${pilot.cityName}, ${pilot.country}`, { align: 'center' }).moveDown(0.5);
    doc
      .fontSize(12)
      .text('has completed the U4SSC KPI pilot project and was assessed against ITU-T Y.4903 (U4SSC KPIs).', {
        align: 'center',
      })
      .moveDown(2);
    doc.fontSize(10).text('Issued by ITU, UNECE and UN-Habitat', { align: 'center' }).moveDown(2);
    doc.text(`Certificate number: ${facts.certificateNumber}`);
    doc.text(`Issued: ${facts.issuedAt.toISOString().slice(0, 10)}`);
    doc.text(`Letter of intent: ${pilot.createdAt.slice(0, 10)}`);
    doc.text(`Verified dataset SHA-256: ${facts.datasetHash}`);
    doc.text(`Check this certificate: ${facts.verificationUrl}`);
  });
}
