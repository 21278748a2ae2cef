// Detects locked formula cells a city overwrote or edited, and results the sheet shows that the server would not.
import type { DataPoint } from '../kpis/schema.ts';
import { lockedFormulas } from '../template/formulas.ts';
import { templateLayout } from '../template/layout.ts';
import { cellText, columnNumber, type SheetGrid } from '../xlsx-reader/grid.ts';
import { withReadings } from './compute-results.ts';
import type { DataPointReading } from './data-point-reading.ts';
import type { FindingList } from './findings.ts';
import { firstInputCell } from './input-cells.ts';
import type { DataPointResult } from './results.ts';

const { dataPoints: layout, sheets } = templateLayout;

/**
 * Refused rather than worked around: the server computes every result from the inputs and the city profile, as the
 * template's formulas do. A typed value over a formula (a denominator, a result) makes the city's sheet show a number
 * the server would never compute, and guessing which of the two the city meant would certify one it did not see.
 * So an overwritten or edited formula is an error on its cell; the city restores the formula (or the template).
 * Returns the result the sheet shows (the cached value of the result formula), when it is a number.
 */
export function checkLockedFormulas(
  sheet: SheetGrid,
  row: number,
  point: DataPoint,
  findings: FindingList,
): number | undefined {
  let intact = true;
  for (const { column, formula } of lockedFormulas(point, row)) {
    const number = columnNumber(layout.columns[column]);
    const cell = sheet.cell(row, number);
    const at = { sheet: sheet.name, cell: cell.address, dataPointId: point.id };
    const text = sheet.formulaText(row, number);
    if (!cell.formula) {
      intact = false;
      const typed = cellText(cell).slice(0, 40);
      findings.error('template.formula-overwritten', overwritten(typed), at);
    } else if (text !== undefined && !sameFormula(text, formula)) {
      intact = false;
      findings.error('template.formula-changed', changed(text.slice(0, 80)), at);
    }
  }
  reportUnusedCells(sheet, row, point, findings);
  const shown = sheet.cell(row, columnNumber(layout.columns.result)).value;
  return intact && shown?.type === 'number' ? shown.value : undefined;
}

/**
 * The greyed-out input columns of a row (the value column of a ratio, numerator and denominator of a direct value)
 * are never read: a number typed there would be lost without a word, so it is a warning on its cell.
 */
function reportUnusedCells(sheet: SheetGrid, row: number, point: DataPoint, findings: FindingList): void {
  const unused =
    point.computation.kind === 'ratio' ? (['value'] as const) : (['numerator', 'denominator'] as const);
  for (const column of unused) {
    const cell = sheet.cell(row, columnNumber(layout.columns[column]));
    const typed = cellText(cell).trim().slice(0, 40);
    if (typed === '') continue;
    findings.warning(
      'template.unused-cell',
      {
        en: `${point.id} does not use this greyed-out cell, so "${typed}" was not read. Type the value in the orange cells of the row.`,
        zh: `${point.id} 不使用该灰色单元格，因此"${typed}"未被读取。请在该行的橙色单元格中填写数值。`,
      },
      { sheet: sheet.name, cell: cell.address, dataPointId: point.id },
    );
  }
}

/**
 * A result formula saved by a spreadsheet program carries the value it showed. When it differs from the server's
 * result (an input read differently, such as a number shown with a percent format), the city would be scored on
 * a value its sheet does not show: an error on the input cell to retype. Files written without recalculation keep
 * the template's cached "NR", which is text, and are not compared.
 */
export function checkShownResults(
  readings: DataPointReading[],
  results: DataPointResult[],
  findings: FindingList,
): void {
  for (const { reading, result } of withReadings(readings, results)) {
    const { shownResult: shown } = reading;
    const { value } = result;
    if (shown === undefined || value === null) continue;
    const scale = Math.max(1, Math.abs(shown), Math.abs(value));
    if (Math.abs(shown - value) > 1e-9 * scale) reportDifference(shown, value, reading, findings);
  }
}

function reportDifference(
  shown: number,
  value: number,
  reading: DataPointReading,
  findings: FindingList,
): void {
  findings.error(
    'result.differs-from-sheet',
    {
      en: `The sheet shows the result ${shown}, but the inputs as read give ${value}. Retype the inputs of this row as plain numbers.`,
      zh: `工作表显示的结果为 ${shown}，但按读取的输入计算为 ${value}。请将该行的输入改为纯数字重新填写。`,
    },
    { sheet: sheets.dataPoints, cell: firstInputCell(reading), dataPointId: reading.point.id },
  );
}

function overwritten(typed: string) {
  const what = typed === '' ? 'was deleted' : `was replaced by the typed value "${typed}"`;
  const whatZh = typed === '' ? '已被删除' : `已被手工填写的值"${typed}"替换`;
  return {
    en: `The template's formula in this locked cell ${what}, so the sheet no longer shows what the server computes. Restore the formula (copy it from the template you received).`,
    zh: `该锁定单元格中的模板公式${whatZh}，工作表显示的结果因此与服务器计算不一致。请恢复公式（可从收到的模板中复制）。`,
  };
}

function changed(formula: string) {
  return {
    en: `The template's formula in this locked cell was changed to "=${formula}", so the sheet no longer shows what the server computes. Restore the formula.`,
    zh: `该锁定单元格中的模板公式被改为"=${formula}"，工作表显示的结果因此与服务器计算不一致。请恢复公式。`,
  };
}

/**
 * Compares formulas as spreadsheet programs rewrite them on save: spacing, `$` anchors, case, `_xlfn.` prefixes and
 * quoted sheet names do not matter, and neither do the row numbers of references on the same sheet (a row moved by
 * a program that does not adjust references keeps its old ones). References to CityProfile keep their rows, since
 * they name the profile field.
 */
function sameFormula(found: string, expected: string): boolean {
  return normalizeFormula(found) === normalizeFormula(expected);
}

function normalizeFormula(formula: string): string {
  return formula
    .replace(/^\s*=/, '')
    .split('"')
    .map((part, index) => (index % 2 === 1 ? part : normalizeCode(part)))
    .join('"');
}

function normalizeCode(code: string): string {
  return code
    .replace(/\s+/g, '')
    .replaceAll('$', '')
    .replace(/_xlfn\./gi, '')
    .replace(/'([^']+)'!/g, '$1!')
    .toUpperCase()
    .replace(/(^|[^A-Z0-9_.!])([A-Z]{1,3})\d+/g, '$1$2#');
}
