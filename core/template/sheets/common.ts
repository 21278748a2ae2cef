// Styling, validation and protection shared by every template sheet, so all sheets look and lock alike.
import type { Cell, DataValidation, Worksheet } from 'exceljs';
import { type ColumnSpec, headerText } from '../layout.ts';

/** Orange marks the cells a city fills in, as in the official U4SSC template. */
const INPUT_FILL = 'FFFCE4D6';
const CARRIED_OVER_FILL = 'FFFFF2CC';
const HEADER_FILL = 'FFD9E1F2';
const LOCKED_FILL = 'FFEDEDED';
/** Excel's default spinCount (100 000) makes protect() take ~200 ms; protection deters edits, it is not security. */
const PROTECTION_SPIN_COUNT = 1000;

export function writeHeader(sheet: Worksheet, row: number, columns: readonly ColumnSpec[]): void {
  sheet.columns = columns.map((column) => ({ key: column.key, width: column.width }));
  const header = sheet.getRow(row);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = headerText(column);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  header.height = 32;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: row }];
}

export function markInput(cell: Cell, validation?: DataValidation): void {
  cell.protection = { locked: false };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  if (validation) cell.dataValidation = validation;
}

/** Yellow marks an input cell holding last cycle's value, until the city confirms or updates it. */
export function markCarriedOver(cell: Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: CARRIED_OVER_FILL } };
}

export function markNotApplicable(cell: Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOCKED_FILL } };
}

export const nonNegativeDecimal: DataValidation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: 'Invalid number / 数值无效',
  error: 'Enter a number of 0 or more. / 请输入大于或等于 0 的数值。',
};

export function listValidation(range: string): DataValidation {
  return {
    type: 'list',
    formulae: [range],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Choose from the list / 请从列表中选择',
    error: 'Pick one of the values offered in the dropdown. / 请选择下拉列表中的值。',
  };
}

export function maxLength(length: number): DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [length],
    allowBlank: true,
    showErrorMessage: true,
    error: `At most ${length} characters. / 最多 ${length} 个字符。`,
  };
}

export function setupPrint(sheet: Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

export async function lockStructure(sheet: Worksheet, password: string): Promise<void> {
  await sheet.protect(password, {
    spinCount: PROTECTION_SPIN_COUNT,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
