// The U4SSC certificate PDF, bilingual (English and Chinese): number, city, dates, issuing bodies,
// the SHA-256 hash of the locked verified dataset and a QR code of the public verification URL.
import type { Pilot } from '../lifecycle/pilot.ts';
import { fonts } from './fonts.ts';
import { palette, startDocument } from './layout.ts';
import { formatDate } from './locale.ts';
import { type Pdf, renderPdf } from './pdf.ts';
import { drawQrCode } from './qr.ts';

export interface CertificateFacts {
  certificateNumber: string;
  datasetHash: string;
  issuedAt: Date;
  verificationUrl: string;
}

export function certificateNumberFor(pilot: Pilot, issuedAt: Date): string {
  return `U4SSC-${issuedAt.getUTCFullYear()}-${pilot.pilotId.slice(1).toUpperCase()}`;
}

const issuers = [
  { short: 'ITU', en: 'International Telecommunication Union', zh: '国际电信联盟' },
  { short: 'UNECE', en: 'United Nations Economic Commission for Europe', zh: '联合国欧洲经济委员会' },
  { short: 'UN-Habitat', en: 'United Nations Human Settlements Programme', zh: '联合国人居署' },
];

function centred(
  doc: Pdf,
  text: string,
  y: number,
  size: number,
  bold = false,
  colour: string = palette.text,
) {
  doc
    .font(bold ? fonts.bold : fonts.regular)
    .fontSize(size)
    .fillColor(colour)
    .text(text, 60, y, { width: doc.page.width - 120, align: 'center' });
}

function frame(doc: Pdf): void {
  const { width, height } = doc.page;
  doc
    .rect(18, 18, width - 36, height - 36)
    .lineWidth(4)
    .strokeColor(palette.primary)
    .stroke();
  doc
    .rect(28, 28, width - 56, height - 56)
    .lineWidth(0.8)
    .strokeColor(palette.accent)
    .stroke();
}

function body(doc: Pdf, pilot: Pilot): void {
  centred(
    doc,
    'United for Smart Sustainable Cities (U4SSC) · 联合智慧可持续城市倡议',
    52,
    11,
    false,
    palette.muted,
  );
  centred(doc, 'Certificate of Assessment', 78, 30, true, palette.primary);
  centred(doc, '评估证书', 118, 20, true, palette.primary);
  centred(doc, 'This certifies that · 兹证明', 160, 12, false, palette.muted);
  centred(doc, `${pilot.cityName}, ${pilot.country}`, 182, 28, true);
  centred(
    doc,
    'has completed the U4SSC KPI pilot project and was assessed against Recommendation ITU-T Y.4903 ' +
      '(U4SSC key performance indicators for smart sustainable cities).',
    228,
    11.5,
  );
  centred(
    doc,
    '已完成 U4SSC 关键绩效指标试点项目，并依据 ITU-T Y.4903 建议书（智慧可持续城市关键绩效指标）接受了评估。',
    262,
    11.5,
  );
}

function signatures(doc: Pdf): void {
  const width = 210;
  const gap = (doc.page.width - 120 - 3 * width) / 2;
  issuers.forEach((issuer, i) => {
    const x = 60 + i * (width + gap);
    doc
      .moveTo(x, 330)
      .lineTo(x + width, 330)
      .lineWidth(0.6)
      .strokeColor(palette.muted)
      .stroke();
    doc
      .font(fonts.bold)
      .fontSize(10)
      .fillColor(palette.primary)
      .text(issuer.short, x, 336, { width, align: 'center' });
    doc.font(fonts.regular).fontSize(7.5).fillColor(palette.text);
    doc.text(issuer.en, x, doc.y + 1, { width, align: 'center' });
    doc.text(issuer.zh, x, doc.y + 1, { width, align: 'center' });
  });
}

function facts(doc: Pdf, pilot: Pilot, f: CertificateFacts): void {
  const rows: [string, string][] = [
    ['Certificate number · 证书编号', f.certificateNumber],
    ['Issued · 签发日期', `${formatDate(f.issuedAt, 'en')} · ${formatDate(f.issuedAt, 'zh')}`],
    [
      'Letter of intent · 意向书日期',
      `${formatDate(pilot.createdAt, 'en')} · ${formatDate(pilot.createdAt, 'zh')}`,
    ],
    ['Verified dataset SHA-256 · 已核查数据集 SHA-256', f.datasetHash],
  ];
  let y = 410;
  for (const [label, value] of rows) {
    doc.font(fonts.bold).fontSize(8.5).fillColor(palette.muted).text(label, 60, y, { width: 250 });
    doc.font(fonts.regular).fontSize(9).fillColor(palette.text).text(value, 60, doc.y, { width: 520 });
    y = doc.y + 6;
  }
}

function verification(doc: Pdf, f: CertificateFacts): void {
  const size = 108;
  const x = doc.page.width - 60 - size;
  drawQrCode(doc, f.verificationUrl, x, 400, size);
  doc.font(fonts.regular).fontSize(7.5).fillColor(palette.muted);
  doc.text('Scan to verify · 扫码验证', x - 40, 400 + size + 2, { width: size + 40, align: 'right' });
  doc.text(f.verificationUrl, x - 150, doc.y + 1, { width: size + 150, align: 'right' });
}

export function buildCertificate(pilot: Pilot, certificate: CertificateFacts): Promise<Buffer> {
  return renderPdf(
    { title: `U4SSC certificate ${certificate.certificateNumber}` },
    (doc) => {
      startDocument(doc);
      frame(doc);
      body(doc, pilot);
      signatures(doc);
      facts(doc, pilot, certificate);
      verification(doc, certificate);
    },
    { layout: 'landscape', margin: 40, lang: 'en-GB' },
  );
}
