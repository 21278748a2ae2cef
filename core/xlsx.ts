// The one place core creates and loads exceljs workbooks, for writing. It loads exceljs's Workbook class directly:
// the package entry also loads the streaming reader and writer (unzipper, archiver and their dependencies), which
// core never uses and which would otherwise be parsed at every Lambda cold start. Reading a city's workbook to
// validate it goes through core/xlsx-reader instead.
import type { Workbook } from 'exceljs';
import WorkbookClass from 'exceljs/lib/doc/workbook.js';

export function newWorkbook(): Workbook {
  return new WorkbookClass();
}

/** Loads an .xlsx file to change it and write it again (the feedback workbook, tests that edit a template). */
export async function loadWorkbook(buffer: Buffer | Uint8Array): Promise<Workbook> {
  const workbook = newWorkbook();
  // exceljs' declared Buffer type predates @types/node's generic Buffer; the runtime accepts any Uint8Array.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}
