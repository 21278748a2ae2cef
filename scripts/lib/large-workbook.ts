// Pads a filled workbook to a target size with an extra sheet of long notes, as a city pasting its sources would.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';

const COLUMNS = 8;
/** Rows the padding sheet may take: validation reads at most 5000 rows of a sheet (core/validation/limits.ts). */
const MAX_ROWS = 4000;
/** Base64 text deflates to about three quarters of its length, so the notes are sized from that. */
const DEFLATED_SHARE = 0.75;

/** The workbook with a "Notes" sheet of incompressible text added, so the file lands near `targetBytes`. */
export async function padWorkbook(workbookBytes: Uint8Array, targetBytes: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(workbookBytes as unknown as ArrayBuffer);
  const missing = Math.max(0, targetBytes - workbookBytes.length);
  const chars = Math.ceil(missing / DEFLATED_SHARE);
  const cellChars = Math.ceil(chars / (MAX_ROWS * COLUMNS));
  const sheet = workbook.addWorksheet('Notes');
  for (let row = 0; row < MAX_ROWS; row++) {
    sheet.addRow(Array.from({ length: COLUMNS }, () => note(cellChars)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function note(chars: number): string {
  return randomBytes(Math.ceil((chars * 3) / 4))
    .toString('base64')
    .slice(0, chars);
}
