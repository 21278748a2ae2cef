// Finds template rows by the id in their first column, so inserted, deleted or moved rows never shift values.
import type { SheetGrid } from '../xlsx-reader/grid.ts';
import type { FindingList } from './findings.ts';
import { readTextCell } from './read-cell.ts';

export interface LocatedRows {
  /** Row number of each expected id that was found (the first one when an id appears twice). */
  rows: Map<string, number>;
}

export interface RowSpec {
  expected: readonly string[];
  firstRow: number;
  maxRows: number;
  /** The ids are data point ids, so findings name them as such. */
  dataPoints: boolean;
}

/** Scans column A from firstRow (at most maxRows rows) and reports missing, duplicate, unknown and moved ids. */
export function locateRows(sheet: SheetGrid, spec: RowSpec, findings: FindingList): LocatedRows {
  const { expected, firstRow, maxRows } = spec;
  const wanted = new Set(expected);
  const rows = new Map<string, number>();
  const last = Math.min(sheet.rowCount, firstRow + maxRows - 1);
  if (sheet.rowCount > last) {
    findings.error(
      'sheet.too-large',
      {
        en: `Sheet ${sheet.name} has ${sheet.rowCount} rows; only the first ${last} were read. Delete the extra rows.`,
        zh: `工作表 ${sheet.name} 共有 ${sheet.rowCount} 行，仅读取了前 ${last} 行。请删除多余的行。`,
      },
      { sheet: sheet.name },
    );
  }
  for (let number = firstRow; number <= last; number++) {
    const id = readTextCell(sheet.cell(number, 1));
    if (id === '') continue;
    const at = { sheet: sheet.name, cell: `A${number}`, dataPointId: spec.dataPoints ? id : undefined };
    if (!wanted.has(id)) {
      findings.warning('template.unknown-row', unknownRowMessage(id), { ...at, dataPointId: undefined });
    } else if (rows.has(id)) {
      findings.error('template.duplicate-row', duplicateMessage(id, rows.get(id)!), at);
    } else {
      rows.set(id, number);
    }
  }
  reportMissingAndMoved(sheet.name, spec, rows, findings);
  return { rows };
}

function reportMissingAndMoved(
  sheet: string,
  { expected, firstRow, dataPoints }: RowSpec,
  rows: Map<string, number>,
  findings: FindingList,
): void {
  let firstMoved: { id: string; at: number; planned: number } | undefined;
  expected.forEach((id, index) => {
    const row = rows.get(id);
    if (row === undefined) {
      findings.error(
        'template.missing-row',
        {
          en: `The row of ${id} is missing: it was deleted or its id in column A was changed.`,
          zh: `缺少 ${id} 所在行：该行已被删除，或其 A 列编号被修改。`,
        },
        { sheet, dataPointId: dataPoints ? id : undefined },
      );
    } else if (!firstMoved && row !== firstRow + index) {
      firstMoved = { id, at: row, planned: firstRow + index };
    }
  });
  if (firstMoved) {
    const { id, at, planned } = firstMoved;
    findings.warning(
      'template.moved-rows',
      {
        en: `Rows were inserted, deleted or moved (first: ${id} is on row ${at} instead of ${planned}). Values were read by id.`,
        zh: `存在插入、删除或移动的行（首个：${id} 位于第 ${at} 行而非第 ${planned} 行）。已按编号读取数值。`,
      },
      { sheet, cell: `A${at}`, dataPointId: dataPoints ? id : undefined },
    );
  }
}

function unknownRowMessage(id: string) {
  return {
    en: `Row with unknown id "${id}" was ignored; only the template's rows are read.`,
    zh: `编号为"${id}"的行无法识别，已忽略；仅读取模板中的行。`,
  };
}

function duplicateMessage(id: string, firstRow: number) {
  return {
    en: `${id} appears again; only its first row (${firstRow}) was read.`,
    zh: `${id} 重复出现；仅读取其第一行（第 ${firstRow} 行）。`,
  };
}
