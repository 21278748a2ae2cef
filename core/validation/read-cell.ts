// Turns one workbook cell into what the city meant: empty, a number (and how it was typed) or unreadable text.
import { cellText, type GridCell, type StoredValue, storedText } from '../xlsx-reader/grid.ts';
import { isPercentFormat } from '../xlsx-reader/number-formats.ts';
import { parseNumberText } from './parse-number.ts';

/** How a number was typed, when it was not a plain number: each is worth a warning, none is an error. */
export type NumberNote = 'text' | 'percent' | 'formula';

export type CellReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; notes: NumberNote[] }
  | {
      kind: 'invalid';
      text: string;
      problem: 'not_a_number' | 'ambiguous' | 'not_finite' | 'formula_error' | 'no_result';
    };

const EMPTY: CellReading = { kind: 'empty' };

/** Reads a numeric input cell; a formula counts through its cached result (what the city saw on screen). */
export function readNumberCell(cell: GridCell): CellReading {
  if (cell.formula) {
    if (!cell.value) return invalid('', 'no_result');
    const reading = readStored(cell.value, cell.numFmt);
    return reading.kind === 'number' ? { ...reading, notes: [...reading.notes, 'formula'] } : reading;
  }
  return cell.value ? readStored(cell.value, cell.numFmt) : EMPTY;
}

/** Reads a cell as trimmed text (rich text joined, formulas through their result). */
export function readTextCell(cell: GridCell): string {
  return cellText(cell).trim();
}

function readStored(value: StoredValue, numFmt: string | undefined): CellReading {
  switch (value.type) {
    case 'number':
      // A number shown with a percent format (typed as `45%`) is stored as 0.45: keep what the city saw.
      return isPercentFormat(numFmt)
        ? { kind: 'number', value: round(value.value * 100), notes: ['percent'] }
        : { kind: 'number', value: value.value, notes: [] };
    case 'error':
      return invalid(value.code, 'formula_error');
    case 'text': {
      const text = value.text.trim();
      if (text === '') return EMPTY;
      const parsed = parseNumberText(text);
      if (!parsed.ok) return invalid(text, parsed.reason);
      return { kind: 'number', value: parsed.value, notes: parsed.percent ? ['text', 'percent'] : ['text'] };
    }
    default:
      // A date or a TRUE/FALSE answer is not a count or an amount.
      return invalid(storedText(value), 'not_a_number');
  }
}

/** Undoes the binary noise of ×100 (0.07 × 100 = 7.000000000000001). */
function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

function invalid(text: string, problem: Extract<CellReading, { kind: 'invalid' }>['problem']): CellReading {
  return { kind: 'invalid', text, problem };
}
