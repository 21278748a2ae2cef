// Reads a workbook from its XML parts (inflated and bounded by the validation's safe unzip); every sheet is parsed
// before returning, so a malformed part fails here rather than halfway through the checks.
import type { SheetGrid, WorkbookGrid } from './grid.ts';
import {
  type Parts,
  partText,
  readCellFormats,
  readSharedStrings,
  readWorkbookPart,
  required,
} from './package-parts.ts';
import { readWorksheet } from './worksheet.ts';

/** Throws on a missing or malformed part. */
export function workbookFromParts(parts: Parts): WorkbookGrid {
  const workbook = readWorkbookPart(parts);
  const context = {
    sharedStrings: readSharedStrings(
      workbook.sharedStringsPart && partText(parts, workbook.sharedStringsPart),
    ),
    cellFormats: readCellFormats(workbook.stylesPart && partText(parts, workbook.stylesPart)),
    date1904: workbook.date1904,
  };
  const sheets = new Map<string, SheetGrid>();
  for (const { name, part } of workbook.sheets) {
    sheets.set(name, readWorksheet(name, required(parts, part), context));
  }
  return { sheetNames: workbook.sheets.map((sheet) => sheet.name), sheet: (name) => sheets.get(name) };
}
