// What a read workbook looks like to its readers: sheets of cells with values as stored, formats, merges and hiding.

/** A stored value: what the cell holds, or for a formula what it last evaluated to. */
export type StoredValue =
  | { type: 'number'; value: number }
  | { type: 'text'; text: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; code: string }
  /** A number shown with a date or time format (ISO 8601, as the serial stands for). */
  | { type: 'date'; iso: string };

export interface GridCell {
  /** A1-style address, e.g. `G12`. */
  address: string;
  /** Undefined for an empty cell, and for a formula that holds no result. */
  value?: StoredValue;
  formula: boolean;
  /** The number format code, when the cell has one other than General. */
  numFmt?: string;
  /** Part of a merged range: its top-left cell is the master; the others show the master's value. */
  merge?: 'master' | 'covered';
}

export interface SheetGrid {
  name: string;
  /** Number of the last row the sheet stores (even one without values), 0 for an empty sheet. */
  rowCount: number;
  cell(row: number, column: number): GridCell;
  /** The cells of a row that hold something (or are covered by a merge), left to right. */
  rowCells(row: number): GridCell[];
  /** The formula text of a cell (without `=`), undefined when it has none or shares its group's formula. */
  formulaText(row: number, column: number): string | undefined;
  rowHidden(row: number): boolean;
  columnHidden(column: number): boolean;
}

export interface WorkbookGrid {
  /** Every sheet in workbook order, hidden ones included. */
  sheetNames: readonly string[];
  sheet(name: string): SheetGrid | undefined;
}

/** The text a spreadsheet would show for a cell, without number formatting (numbers as JavaScript writes them). */
export function cellText(cell: GridCell): string {
  return storedText(cell.value);
}

export function storedText(value: StoredValue | undefined): string {
  if (!value) return '';
  switch (value.type) {
    case 'number':
      return String(value.value);
    case 'text':
      return value.text;
    case 'boolean':
      return String(value.value);
    case 'error':
      return value.code;
    case 'date':
      return value.iso;
  }
}

/** One-based column number of a column's letters (A -> 1, AA -> 27). */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

/** Letters of a one-based column number (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Splits an A1 address (`$` anchors allowed); undefined for anything else. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  return { column: columnNumber(match[1]!), row: Number(match[2]) };
}
