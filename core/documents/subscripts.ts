// Chemical subscripts (NO₂, PM₂.₅, CO₂e) in PDFs: the embedded font has no subscript glyphs, so they are set as
// smaller digits below the baseline, and text that cannot shift (chart labels) gets plain digits.
import type { Pdf } from './pdf.ts';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎';
const PLAIN = '0123456789+-=()';
const SUBSCRIPT_RUN = new RegExp(`([${SUBSCRIPTS}]+)`, 'u');
/** Subscript size and drop, as fractions of the surrounding font size (as word processors set them). */
const SIZE = 0.7;
const DROP = 0.15;

const toPlain = (run: string) => [...run].map((c) => PLAIN[SUBSCRIPTS.indexOf(c)] ?? c).join('');

/** The text with subscripts as plain digits ("NO₂" becomes "NO2"), for places that cannot lower a run. */
export function plainSubscripts(text: string): string {
  return text.split(SUBSCRIPT_RUN).map(toPlain).join('');
}

export const hasSubscripts = (text: string) => SUBSCRIPT_RUN.test(text);

/** pdfkit's current font and size: not in its typings, but what pdfkit itself places a line's top with. */
const current = (doc: Pdf) => doc as unknown as { _font: { ascender: number }; _fontSize: number };

type TextOptions = PDFKit.Mixins.TextOptions;

/** Writes at a point, or where the previous text ended when `at` is absent (pdfkit's two call forms). */
function write(doc: Pdf, text: string, options: TextOptions, at?: { x: number; y: number }) {
  if (at) doc.text(text, at.x, at.y, options);
  else doc.text(text, options);
}

/**
 * Writes text like `doc.text`, setting subscript runs smaller and lower. Both kinds of run are placed with an
 * explicit baseline (pdfkit's default puts a run's top on the line, which would raise a smaller run), and a text
 * ending in a subscript advances the line as its normal size would. Left-aligned text only: pdfkit aligns each run.
 */
export function writeText(doc: Pdf, text: string, options: TextOptions, at?: { x: number; y: number }): void {
  if (!hasSubscripts(text)) {
    write(doc, text, options, at);
    return;
  }
  const size = current(doc)._fontSize;
  const top = (current(doc)._font.ascender / 1000) * size;
  const runs = text.split(SUBSCRIPT_RUN).filter(Boolean);
  runs.forEach((run, i) => {
    const sub = SUBSCRIPT_RUN.test(run);
    doc.fontSize(sub ? size * SIZE : size);
    const baseline = -(top + (sub ? DROP * size : 0));
    const runOptions = { ...options, continued: i < runs.length - 1, baseline };
    write(doc, sub ? toPlain(run) : run, runOptions, i === 0 ? at : undefined);
  });
  const small = doc.currentLineHeight(true);
  doc.fontSize(size);
  if (SUBSCRIPT_RUN.test(runs.at(-1)!)) doc.y += doc.currentLineHeight(true) - small;
}
