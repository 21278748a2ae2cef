// Reads every data point row of the DataPoints sheet (located by id) into the inputs computeResult expects.
import { allDataPoints } from '../kpis/catalogue.ts';
import type { DataPoint } from '../kpis/schema.ts';
import { templateLayout } from '../template/layout.ts';
import { columnNumber, type GridCell, type SheetGrid } from '../xlsx-reader/grid.ts';
import { reportReading } from './cell-findings.ts';
import type { DataPointReading } from './data-point-reading.ts';
import type { FindingList, Location } from './findings.ts';
import { inputColumns, noteColumns } from './input-cells.ts';
import { limits } from './limits.ts';
import { locateRows } from './locate-rows.ts';
import { checkLockedFormulas } from './locked-formulas.ts';
import { readNumberCell, readTextCell } from './read-cell.ts';
import { rowMatchesId } from './row-identity.ts';

const { dataPoints: layout } = templateLayout;

const YES_NO: Record<string, number> = { YES: 1, NO: 0, 是: 1, 否: 0, Y: 1, N: 0 };

export function readDataPoints(sheet: SheetGrid, findings: FindingList): DataPointReading[] {
  const points = allDataPoints();
  const { rows } = locateRows(
    sheet,
    {
      expected: points.map((point) => point.id),
      firstRow: layout.firstDataRow,
      maxRows: limits.maxSheetRows,
      dataPoints: true,
    },
    findings,
  );
  reportHiddenColumns(sheet, findings);
  return points.map((point) => {
    const row = rows.get(point.id);
    if (row === undefined || !rowMatchesId(sheet, row, point, findings)) return emptyReading(point);
    return readRow(sheet, row, point, findings);
  });
}

function readRow(sheet: SheetGrid, row: number, point: DataPoint, findings: FindingList): DataPointReading {
  const reading: DataPointReading = {
    ...emptyReading(point),
    row,
    shownResult: checkLockedFormulas(sheet, row, point, findings),
  };
  const cellOf = (column: string) => sheet.cell(row, columnNumber(column));
  let hasData = false;
  for (const { input, column } of inputColumns(point)) {
    const cell = cellOf(column);
    const at: Location = { sheet: sheet.name, cell: cell.address, dataPointId: point.id };
    reading.cells[input] = cell.address;
    if (!readableCell(cell, at, findings)) continue;
    hasData ||= cell.value !== undefined || cell.formula;
    const value =
      point.computation.kind === 'yesNo' ? readYesNo(cell, at, findings) : readNumber(cell, at, findings);
    if (value === undefined) reading.unreadable.push(input);
    else reading.inputs[input] = value;
  }
  reading.notes = readTextCell(cellOf(layout.columns.notes));
  reading.dataQuality = readTextCell(cellOf(layout.columns.dataQuality));
  reading.dataOrigin = readTextCell(cellOf(layout.columns.dataOrigin));
  reading.source = readTextCell(cellOf(layout.columns.source));
  hasData ||= noteColumns.some((column) => readTextCell(cellOf(column)) !== '');
  if (sheet.rowHidden(row) && hasData) {
    findings.warning(
      'sheet.hidden-row',
      {
        en: `Row ${row} is hidden but holds data; unhide it so reviewers see what was submitted.`,
        zh: `第 ${row} 行已隐藏但含有数据；请取消隐藏，以便审核人员查看。`,
      },
      { sheet: sheet.name, cell: `A${row}`, dataPointId: point.id },
    );
  }
  return reading;
}

/** Returns the number, null for an empty cell, undefined for an unreadable one. */
function readNumber(cell: GridCell, at: Location, findings: FindingList): number | null | undefined {
  const reading = readNumberCell(cell);
  const value = reportReading(reading, at, findings);
  return reading.kind === 'invalid' ? undefined : value;
}

function readYesNo(cell: GridCell, at: Location, findings: FindingList): number | null | undefined {
  const text = readTextCell(cell).normalize('NFKC').toUpperCase();
  if (text === '') return null;
  const answer = YES_NO[text];
  if (answer !== undefined) return answer;
  findings.error(
    'value.not-yes-no',
    { en: `"${text}" is not an answer: choose YES or NO.`, zh: `"${text}"不是有效答案：请选择 YES 或 NO。` },
    at,
  );
  return undefined;
}

/** A merged input cell is ambiguous (which cell did the city mean?), so only a merge's top-left cell is read. */
function readableCell(cell: GridCell, at: Location, findings: FindingList): boolean {
  if (!cell.merge) return true;
  findings.error(
    'sheet.merged-cell',
    {
      en: 'This input cell is merged with others. Unmerge the cells and type each value in its own cell.',
      zh: '该输入单元格与其他单元格合并。请取消合并，并在各自的单元格中填写数值。',
    },
    at,
  );
  return cell.merge === 'master';
}

function reportHiddenColumns(sheet: SheetGrid, findings: FindingList): void {
  const columns = new Set(allDataPoints().flatMap((point) => inputColumns(point).map((c) => c.column)));
  for (const column of [...columns, ...noteColumns]) {
    if (!sheet.columnHidden(columnNumber(column))) continue;
    findings.warning(
      'sheet.hidden-column',
      {
        en: `Column ${column} is hidden; unhide it so reviewers see what was submitted.`,
        zh: `第 ${column} 列已隐藏；请取消隐藏，以便审核人员查看。`,
      },
      { sheet: sheet.name, cell: `${column}${layout.headerRow}` },
    );
  }
}

function emptyReading(point: DataPoint): DataPointReading {
  return {
    point,
    inputs: {},
    cells: {},
    unreadable: [],
    notes: '',
    dataQuality: '',
    dataOrigin: '',
    source: '',
  };
}
