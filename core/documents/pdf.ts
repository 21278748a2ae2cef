// Renders a PDF with pdfkit into a Buffer; document builders only describe the pages.
import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

export function renderPdf(info: { title: string }, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: info.title, Author: 'U4SSC secretariat' },
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
