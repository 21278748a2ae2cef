// Embedded fonts: Noto Sans CJK SC (it covers Latin too), so English and Chinese documents share one typeface.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
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

// The files are 8 MB each. Each is read and parsed once per process (a warm Lambda reuses it): given bytes, pdfkit
// would parse the whole font again for every document. Handing it the parsed font also shares fontkit's glyph
// caches between documents; pdfkit still subsets it per document.
const parsed = new Map<string, Font>();
function parsedFont(file: string): Font {
  const path = join(fontDir(), file);
  let font = parsed.get(path);
  if (!font) {
    font = create(readFileSync(path));
    parsed.set(path, font);
  }
  return font;
}

export function registerFonts(doc: InstanceType<typeof PDFDocument>): void {
  // pdfkit's types name only a path or bytes, but it embeds a parsed fontkit font as it is (PDFFontFactory.open).
  doc.registerFont(fonts.regular, parsedFont(files.regular) as unknown as Buffer);
  doc.registerFont(fonts.bold, parsedFont(files.bold) as unknown as Buffer);
  doc.font(fonts.regular);
}
