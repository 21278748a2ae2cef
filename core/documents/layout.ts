// Shared page furniture for the documents: palette, headings, paragraphs, bullet lists, tables and footers.
import { fonts } from './fonts.ts';
import type { Pdf } from './pdf.ts';
import { plainSubscripts, writeText } from './subscripts.ts';

export const palette = {
  primary: '#0b4f8a',
  accent: '#009edb',
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#d5dde5',
  zebra: '#f3f6f9',
} as const;

/** Colours of the four benchmark bands, from far below target (1) to on target (4). */
export const bandColours: Record<1 | 2 | 3 | 4, string> = {
  1: '#c0392b',
  2: '#e67e22',
  3: '#d4ac0d',
  4: '#1e8449',
};

export function startDocument(doc: Pdf): void {
  doc.fillColor(palette.text).fontSize(10);
}

const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const pageBottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when less than `height` points are left, so a block is not split from its heading. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

export function heading(doc: Pdf, text: string, level: 1 | 2 = 1): void {
  const size = level === 1 ? 16 : 12;
  ensureSpace(doc, size * 4);
  if (level === 1) doc.moveDown(0.5);
  doc.x = doc.page.margins.left;
  doc.font(fonts.bold).fontSize(size).fillColor(palette.primary);
  writeText(doc, text, { width: contentWidth(doc) });
  if (level === 1) {
    const y = doc.y + 2;
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.margins.left + contentWidth(doc), y)
      .lineWidth(1)
      .strokeColor(palette.accent)
      .stroke();
    doc.y = y + 6;
  }
  doc.font(fonts.regular).fontSize(10).fillColor(palette.text);
}

export function paragraph(doc: Pdf, text: string, options: { size?: number; colour?: string } = {}): void {
  doc.x = doc.page.margins.left;
  doc
    .font(fonts.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? palette.text);
  writeText(doc, text, { width: contentWidth(doc), lineGap: 2 });
  doc.moveDown(0.5).fillColor(palette.text);
}

/** A bulleted list; `empty` is printed instead when there are no items, so a section is never blank. */
export function bullets(doc: Pdf, items: readonly string[], empty: string): void {
  if (!items.length) {
    paragraph(doc, empty, { colour: palette.muted });
    return;
  }
  for (const item of items) {
    // A bullet of several lines (a KPI and its reasons) moves to the next page whole, up to a third of a page.
    const height = doc.heightOfString(plainSubscripts(item), { width: contentWidth(doc), lineGap: 2 });
    ensureSpace(doc, Math.min(height + 6, pageBottom(doc) / 3));
    doc.x = doc.page.margins.left;
    doc.fillColor(palette.text);
    writeText(doc, `•  ${item}`, { width: contentWidth(doc), indent: 0, lineGap: 2 });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.3);
}

export type Cell = string | { text: string; colour: string };
export interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

const PAD = 4;

function drawRow(
  doc: Pdf,
  columns: readonly Column[],
  cells: readonly Cell[],
  header: boolean,
  zebra: boolean,
) {
  const widths = columns.map((c) => c.width * contentWidth(doc));
  doc.font(header ? fonts.bold : fonts.regular).fontSize(header ? 8.5 : 8.5);
  const texts = cells.map((c) => (typeof c === 'string' ? c : c.text));
  const height =
    Math.max(
      ...texts.map((t, i) => doc.heightOfString(plainSubscripts(t), { width: widths[i]! - 2 * PAD })),
    ) +
    2 * PAD;
  if (doc.y + height > pageBottom(doc)) return false;
  const top = doc.y;
  const fill = header ? palette.primary : zebra ? palette.zebra : undefined;
  if (fill) doc.rect(doc.page.margins.left, top, contentWidth(doc), height).fill(fill);
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const colour = header ? '#ffffff' : typeof cell === 'string' ? palette.text : cell.colour;
    doc.fillColor(colour);
    const options = { width: widths[i]! - 2 * PAD, align: columns[i]!.align ?? 'left' };
    writeText(doc, texts[i]!, options, { x: x + PAD, y: top + PAD });
    x += widths[i]!;
  });
  doc.y = top + height;
  return true;
}

/** A table that breaks across pages, repeating its header row on each page. */
export function table(doc: Pdf, columns: readonly Column[], rows: readonly (readonly Cell[])[]): void {
  const headers = columns.map((c) => c.header);
  ensureSpace(doc, 60);
  drawRow(doc, columns, headers, true, false);
  rows.forEach((row, index) => {
    if (drawRow(doc, columns, row, false, index % 2 === 1)) return;
    doc.addPage();
    drawRow(doc, columns, headers, true, false);
    drawRow(doc, columns, row, false, index % 2 === 1);
  });
  doc.x = doc.page.margins.left;
  doc.font(fonts.regular).fontSize(10).fillColor(palette.text).moveDown(0.8);
}

/** Writes `left` and "n / total" at the foot of every buffered page. */
export function footers(doc: Pdf, left: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would make pdfkit open a new page: lift the margin while writing.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 32;
    const width = contentWidth(doc);
    doc.font(fonts.regular).fontSize(7.5).fillColor(palette.muted);
    doc.text(left, doc.page.margins.left, y, { width, align: 'left', lineBreak: false });
    doc.text(`${i + 1 - range.start} / ${range.count}`, doc.page.margins.left, y, { width, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
}
