// Renders a PDF with pdfkit into a Buffer; document builders only describe the pages.
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts.ts';

export type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  layout?: 'portrait' | 'landscape';
  /** Keeps pages in memory so footers ("page 2 of 5") can be written once the page count is known. */
  bufferPages?: boolean;
  /** BCP 47 language tag recorded in the document catalog, e.g. `zh-CN`. */
  lang?: string;
  margin?: number;
}

export function renderPdf(
  info: { title: string; subject?: string },
  draw: (doc: Pdf) => void,
  options: PdfOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    // No built-in default font: pdfkit loads Helvetica by a run-time require of its own package files, which a
    // Lambda bundle does not carry. Every document is set in the embedded Noto fonts, registered below.
    font: null as unknown as string,
    size: 'A4',
    margin: options.margin ?? 50,
    layout: options.layout ?? 'portrait',
    bufferPages: options.bufferPages ?? false,
    lang: options.lang,
    // pdfkit fails on an undefined info entry, so Subject is only set when there is one.
    info: {
      Title: info.title,
      Author: 'U4SSC secretariat',
      ...(info.subject ? { Subject: info.subject } : {}),
    },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
