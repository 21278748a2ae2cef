// Reads generated documents back for assertions: PDF text (pdftotext), rendered pages (pdftoppm) and their ink.
import { spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';

function poppler(tool: string, args: string[], input: Buffer): Buffer {
  const run = spawnSync(tool, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    throw new Error(`${tool} failed (install poppler-utils): ${run.error?.message ?? run.stderr.toString()}`);
  }
  return run.stdout;
}

/** The PDF's text with runs of whitespace collapsed, so assertions do not depend on line breaks. */
export function pdfText(pdf: Buffer): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf).toString('utf8').replace(/\s+/g, ' ');
}

/** The 1-based page whose text holds `needle` (whitespace collapsed), or 0. */
export function pageWith(pdf: Buffer, needle: string): number {
  const pages = poppler('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf).toString('utf8').split('\f');
  return pages.findIndex((page) => page.replace(/\s+/g, ' ').includes(needle)) + 1;
}

/** A figure as pdfText reads it back: the documents' non-breaking spaces come back as plain ones. */
export const asRead = (text: string) => text.replace(/\s+/g, ' ');

export function pageCount(pdf: Buffer): number {
  return poppler('pdftotext', ['-', '-'], pdf).toString('utf8').split('\f').length - 1;
}

export function renderPage(pdf: Buffer, page: number, dpi = 50): PNG {
  const png = poppler(
    'pdftoppm',
    ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-'],
    pdf,
  );
  return PNG.sync.read(png);
}

/** Share of pixels that are not (near) white: a blank page scores 0. */
export function inkShare(png: PNG): number {
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) ink++;
  }
  return ink / (png.width * png.height);
}

/** Fails when any page of the document renders blank. */
export function expectEveryPageInked(pdf: Buffer, minimum = 0.005): number[] {
  const shares = Array.from({ length: pageCount(pdf) }, (_, i) => inkShare(renderPage(pdf, i + 1, 30)));
  const blank = shares.flatMap((share, i) => (share < minimum ? [i + 1] : []));
  if (blank.length) throw new Error(`blank pages: ${blank.join(', ')}`);
  return shares;
}
