// Parses one worksheet part into a SheetGrid: stored values, formulas, formats, merged ranges, hidden rows and columns.
import { columnLetters, type GridCell, parseAddress, type SheetGrid, type StoredValue } from './grid.ts';
import { isDateFormat, serialToIso } from './number-formats.ts';
import { truthy } from './package-parts.ts';
import { parseXml } from './xml.ts';

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Format code of each cell style, by the index in a cell's `s` attribute. */
  cellFormats: readonly (string | undefined)[];
  date1904: boolean;
}

interface StoredCell {
  value?: StoredValue;
  formula: boolean;
  /** The formula as written; absent for a shared formula's followers, which only name their group. */
  formulaText?: string;
  numFmt?: string;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The cell being read: its attributes and the text of its `v` and inline string (`is`) children. */
interface OpenCell {
  row: number;
  column: number;
  type: string;
  numFmt?: string;
  formula: boolean;
  formulaText?: string;
  value?: string;
  inline?: string;
}

export function readWorksheet(name: string, xml: string, context: SheetContext): SheetGrid {
  const rows = new Map<number, Map<number, StoredCell>>();
  const hiddenRows = new Set<number>();
  const hiddenColumns: { min: number; max: number }[] = [];
  const merges: Range[] = [];
  let rowNumber = 0;
  let lastColumn = 0;
  let cell: OpenCell | undefined;
  /** Which text is being collected: a value, an inline string run, a formula, or nothing (phonetic guides). */
  let collecting: 'value' | 'inline' | 'formula' | undefined;
  let phonetic = 0;

  parseXml(xml, {
    open(element, attributes) {
      switch (element) {
        case 'row':
          rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
          lastColumn = 0;
          if (!Number.isInteger(rowNumber) || rowNumber < 1)
            throw new Error(`bad row number ${attributes.r}`);
          if (!rows.has(rowNumber)) rows.set(rowNumber, new Map());
          if (truthy(attributes.hidden)) hiddenRows.add(rowNumber);
          break;
        case 'c': {
          const at = attributes.r ? parseAddress(attributes.r) : undefined;
          if (attributes.r && !at) throw new Error(`bad cell reference ${attributes.r}`);
          lastColumn = at?.column ?? lastColumn + 1;
          const style = attributes.s === undefined ? 0 : Number(attributes.s);
          cell = {
            row: at?.row ?? rowNumber,
            column: lastColumn,
            type: attributes.t ?? 'n',
            numFmt: context.cellFormats[style],
            formula: false,
          };
          break;
        }
        case 'f':
          if (cell) {
            cell.formula = true;
            collecting = 'formula';
          }
          break;
        case 'v':
          if (cell) {
            cell.value ??= '';
            collecting = 'value';
          }
          break;
        case 'is':
          if (cell) cell.inline = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (cell?.inline !== undefined && phonetic === 0) collecting = 'inline';
          break;
        case 'col':
          if (truthy(attributes.hidden)) {
            hiddenColumns.push({
              min: Number(attributes.min),
              max: Number(attributes.max ?? attributes.min),
            });
          }
          break;
        case 'mergeCell': {
          const range = parseRange(attributes.ref ?? '');
          if (range) merges.push(range);
          break;
        }
      }
    },
    close(element) {
      if (element === 'v' || element === 't' || element === 'f') collecting = undefined;
      else if (element === 'rPh') phonetic--;
      else if (element === 'c' && cell) {
        store(rows, cell, context);
        cell = undefined;
      }
    },
    text(text) {
      if (!cell || collecting === undefined) return;
      if (collecting === 'value') cell.value += text;
      else if (collecting === 'formula') cell.formulaText = (cell.formulaText ?? '') + text;
      else cell.inline += text;
    },
  });
  return new StoredSheet(name, rows, hiddenRows, hiddenColumns, merges);
}

function store(rows: Map<number, Map<number, StoredCell>>, cell: OpenCell, context: SheetContext): void {
  const stored: StoredCell = {
    formula: cell.formula,
    ...(cell.formulaText ? { formulaText: cell.formulaText } : {}),
    numFmt: cell.numFmt,
    value: storedValue(cell, context),
  };
  if (stored.value === undefined && !stored.formula && stored.numFmt === undefined) return;
  const row = rows.get(cell.row) ?? new Map<number, StoredCell>();
  rows.set(cell.row, row);
  row.set(cell.column, stored);
}

/** The value as the cell type says to read it; a formula without cached text has no value. */
function storedValue(cell: OpenCell, context: SheetContext): StoredValue | undefined {
  const raw = cell.type === 'inlineStr' ? (cell.inline ?? cell.value) : cell.value;
  const textual = cell.type === 's' || cell.type === 'str' || cell.type === 'inlineStr';
  if (raw === undefined || (raw === '' && (cell.formula || !textual))) return undefined;
  switch (cell.type) {
    case 's': {
      const text = context.sharedStrings[Number(raw)];
      if (text === undefined) throw new Error(`shared string ${raw} does not exist`);
      return { type: 'text', text };
    }
    case 'str':
    case 'inlineStr':
      return { type: 'text', text: raw };
    case 'b':
      return { type: 'boolean', value: Number(raw) !== 0 && raw !== 'false' };
    case 'e':
      return { type: 'error', code: raw };
    case 'd':
      return { type: 'date', iso: raw };
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return { type: 'text', text: raw };
      const iso = isDateFormat(cell.numFmt) ? serialToIso(number, context.date1904) : undefined;
      return iso === undefined ? { type: 'number', value: number } : { type: 'date', iso };
    }
  }
}

function parseRange(reference: string): Range | undefined {
  const [from, to = from] = reference.split(':');
  const start = from ? parseAddress(from) : undefined;
  const end = to ? parseAddress(to) : undefined;
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

class StoredSheet implements SheetGrid {
  readonly rowCount: number;

  constructor(
    readonly name: string,
    private readonly rows: ReadonlyMap<number, ReadonlyMap<number, StoredCell>>,
    private readonly hiddenRows: ReadonlySet<number>,
    private readonly hiddenColumns: readonly { min: number; max: number }[],
    private readonly merges: readonly Range[],
  ) {
    // A merged range counts as stored down to its last row, as spreadsheet programs treat it.
    let last = 0;
    for (const row of rows.keys()) last = Math.max(last, row);
    for (const range of merges) last = Math.max(last, range.bottom);
    this.rowCount = last;
  }

  cell(row: number, column: number): GridCell {
    const address = `${columnLetters(column)}${row}`;
    const own = this.rows.get(row)?.get(column);
    const range = this.merges.find(
      (m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right,
    );
    const { formulaText: _, ...stored } = own ?? {};
    if (!range) return { address, formula: false, ...stored };
    const master = row === range.top && column === range.left;
    if (master) return { address, formula: false, ...stored, merge: 'master' };
    // A covered cell shows what its master holds, in its own format.
    const shown = this.rows.get(range.top)?.get(range.left);
    return {
      address,
      value: shown?.value,
      formula: shown?.formula ?? false,
      numFmt: own?.numFmt,
      merge: 'covered',
    };
  }

  rowCells(row: number): GridCell[] {
    const columns = new Set<number>();
    for (const [column, stored] of this.rows.get(row) ?? []) {
      if (stored.value !== undefined || stored.formula) columns.add(column);
    }
    for (const range of this.merges) {
      if (row < range.top || row > range.bottom) continue;
      for (let column = range.left; column <= range.right; column++) {
        if (row !== range.top || column !== range.left) columns.add(column);
      }
    }
    return [...columns].sort((a, b) => a - b).map((column) => this.cell(row, column));
  }

  formulaText(row: number, column: number): string | undefined {
    return this.rows.get(row)?.get(column)?.formulaText;
  }

  rowHidden(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  columnHidden(column: number): boolean {
    return this.hiddenColumns.some((range) => column >= range.min && column <= range.max);
  }
}
