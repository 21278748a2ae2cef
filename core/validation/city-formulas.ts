// Before the system writes a city's workbook back, every formula the city typed becomes the value it showed, and
// links become their text: `=HYPERLINK("http://…")` in a notes cell must not be live in a file we hand out.
import type { Cell, CellValue, Workbook } from 'exceljs';
import { addDataPointsSheet } from '../template/sheets/data-points-sheet.ts';
import { newWorkbook } from '../xlsx.ts';

/** A formula as written, so that spacing or a leading `=` never tells two copies of the template's formula apart. */
const normalized = (formula: string) => formula.replace(/\s+/g, '').replace(/^=/, '');

let templateFormulas: Map<string, string> | undefined;

/**
 * The template's own formulas by `Sheet!A1` address, taken from the builder itself rather than from the uploaded
 * file (which the city controls). Only the DataPoints sheet holds formulas; a formula added to another sheet of the
 * template would become its value here, which the test of a blank template's feedback catches.
 */
function templateFormulaAt(sheet: string, address: string): string | undefined {
  if (!templateFormulas) {
    const workbook = newWorkbook();
    addDataPointsSheet(workbook);
    templateFormulas = new Map();
    for (const built of workbook.worksheets) {
      built.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.formula) templateFormulas?.set(`${built.name}!${cell.address}`, normalized(cell.formula));
        });
      });
    }
  }
  return templateFormulas.get(`${sheet}!${address}`);
}

/** What a formula cell showed when the city saved it; nothing when it was never calculated. */
function cachedValue(cell: Cell): CellValue {
  const result = cell.result as CellValue | undefined;
  return result === undefined || result === '' ? null : result;
}

function plainValue(sheet: string, cell: Cell): CellValue | undefined {
  if (cell.formula) {
    const own = templateFormulaAt(sheet, cell.address);
    // Kept as a plain formula: a shared formula's master may itself be turned into a value below.
    if (own !== undefined && own === normalized(cell.formula))
      return { formula: cell.formula, result: cell.result } as CellValue;
    return cachedValue(cell);
  }
  const value = cell.value;
  if (value && typeof value === 'object' && 'hyperlink' in value) return value.text;
  return undefined;
}

/**
 * Replaces, in place, every formula that is not the template's own at its own cell by its cached value, and every
 * hyperlink by its text. The new values are decided before any is written, because a shared formula's cells read
 * their formula from the first cell of the group.
 */
export function neutralizeCityFormulas(workbook: Workbook): void {
  const changes: { cell: Cell; value: CellValue }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = plainValue(sheet.name, cell);
        if (value !== undefined) changes.push({ cell, value });
      });
    });
  }
  for (const { cell, value } of changes) cell.value = value;
}
