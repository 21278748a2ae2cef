// Embedded fonts: Noto Sans CJK SC (it covers Latin too), so English and Chinese documents share one typeface.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';

/** Overrides where the .otf files are read from, e.g. in a Lambda bundle that copies them next to the handler. */
export const FONT_DIR_ENV = 'U4SSC_FONT_DIR';
/** The folder of a Lambda code asset that holds the fonts, for the functions that render documents. */
export const BUNDLED_FONT_FOLDER = 'fonts';

export const fonts = { regular: 'body', bold: 'bold' } as const;
const files = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;
export const fontFiles: readonly string[] = Object.values(files);

/** The font folder shipped by the npm package (its exports expose only the entry, the fonts sit beside dist/). */
export function fontDir(): string {
  const configured = process.env[FONT_DIR_ENV];
  if (configured) return configured;
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return join(dirname(entry), '..', 'fonts');
}

// The files are 8 MB each: read them once per process (a warm Lambda reuses them) and let pdfkit subset them.
const cache = new Map<string, Buffer>();
function fontBytes(file: string): Buffer {
  const path = join(fontDir(), file);
  const bytes = cache.get(path) ?? readFileSync(path);
  cache.set(path, bytes);
  return bytes;
}

export function registerFonts(doc: InstanceType<typeof PDFDocument>): void {
  doc.registerFont(fonts.regular, fontBytes(files.regular));
  doc.registerFont(fonts.bold, fontBytes(files.bold));
  doc.font(fonts.regular);
}
