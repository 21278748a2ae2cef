// Turns one exceljs cell into what the city meant: empty, a number (and how it was typed) or unreadable text.
import type { Cell, CellValue } from 'exceljs';
import { parseNumberText } from './parse-number.ts';

/** How a number was typed, when it was not a plain number: each is worth a warning, none is an error. */
export type NumberNote = 'text' | 'percent' | 'formula';

export type CellReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; notes: NumberNote[] }
  | { kind: 'invalid'; text: string; problem: 'not_a_number' | 'ambiguous' | 'formula_error' | 'no_result' };

const EMPTY: CellReading = { kind: 'empty' };

/** Reads a numeric input cell; a formula counts through its cached result (what the city saw on screen). */
export function readNumberCell(cell: Cell): CellReading {
  const value = cell.value;
  if (isFormula(value)) {
    if (value.result === undefined || value.result === null) return invalid('', 'no_result');
    const reading = readPlain(value.result, cell.numFmt);
    return reading.kind === 'number' ? { ...reading, notes: [...reading.notes, 'formula'] } : reading;
  }
  return readPlain(value, cell.numFmt);
}

/** Reads a cell as trimmed text (rich text joined, formulas through their result). */
export function readTextCell(cell: Cell): string {
  const value = cell.value;
  if (isFormula(value)) return textOf(value.result);
  return textOf(value);
}

function readPlain(value: CellValue | undefined, numFmt: string | undefined): CellReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    // A number shown with a percent format (typed as `45%`) is stored as 0.45: keep what the city saw.
    return isPercentFormat(numFmt)
      ? { kind: 'number', value: round(value * 100), notes: ['percent'] }
      : { kind: 'number', value, notes: [] };
  }
  if (typeof value === 'object' && 'error' in value) return invalid(String(value.error), 'formula_error');
  const text = textOf(value);
  if (text === '') return EMPTY;
  const typed = typeof value === 'string' || (typeof value === 'object' && 'richText' in value);
  if (!typed) return invalid(text, 'not_a_number');
  const parsed = parseNumberText(text);
  if (!parsed.ok) return invalid(text, parsed.reason);
  return { kind: 'number', value: parsed.value, notes: parsed.percent ? ['text', 'percent'] : ['text'] };
}

type FormulaValue = { formula?: string; sharedFormula?: string; result?: CellValue };

function isFormula(value: CellValue | undefined): value is CellValue & FormulaValue {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function textOf(value: CellValue | undefined | FormulaValue['result']): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return '';
}

function isPercentFormat(numFmt: string | undefined): boolean {
  // Quoted text and escaped characters in a format are literals, not the percent operator.
  return !!numFmt && numFmt.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** Undoes the binary noise of ×100 (0.07 × 100 = 7.000000000000001). */
function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

function invalid(text: string, problem: Extract<CellReading, { kind: 'invalid' }>['problem']): CellReading {
  return { kind: 'invalid', text, problem };
}
