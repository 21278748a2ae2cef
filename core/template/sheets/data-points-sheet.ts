// DataPoints sheet: one row per data point with its input cells, a result formula and the data-quality notes.
import type { Row, Workbook } from 'exceljs';
import { allDataPoints, findKpi, kpiCatalogue } from '../../kpis/catalogue.ts';
import type { DataPoint, Operand } from '../../kpis/schema.ts';
import { type CarriedDataPoint, type CarryOver, carriedOverNote } from '../carry-over.ts';
import { NOT_REPORTED, profileReference, resultFormula } from '../formulas.ts';
import { type DataPointColumn, templateLayout } from '../layout.ts';
import {
  listValidation,
  markCarriedOver,
  markInput,
  markNotApplicable,
  maxLength,
  nonNegativeDecimal,
  setupPrint,
  writeHeader,
} from './common.ts';

const { dataPoints: layout, lists } = templateLayout;
const c = layout.columns;

export function addDataPointsSheet(workbook: Workbook, carryOver?: CarryOver): void {
  const sheet = workbook.addWorksheet(templateLayout.sheets.dataPoints);
  writeHeader(sheet, layout.headerRow, layout.columnSpecs);
  const carried = new Map(carryOver?.dataPoints.map((point) => [point.dataPointId, point]));
  allDataPoints().forEach((point, index) => {
    const row = sheet.getRow(layout.firstDataRow + index);
    writeRow(row, point);
    const previous = carried.get(point.id);
    if (previous && carryOver) writeCarriedOver(row, point, previous, carryOver.certifiedAt);
  });
  setupPrint(sheet, layout.headerRow);
}

/** Last cycle's inputs, origin and source in the row, the data quality left for the city to choose as confirmation. */
function writeCarriedOver(row: Row, point: DataPoint, previous: CarriedDataPoint, certifiedAt: string): void {
  for (const [input, value] of Object.entries(previous.inputs)) {
    const cell = row.getCell(c[input as keyof typeof previous.inputs]);
    cell.value = point.computation.kind === 'yesNo' ? (value ? 'YES' : 'NO') : value;
    markCarriedOver(cell);
  }
  row.getCell(c.dataOrigin).value = previous.dataOrigin;
  row.getCell(c.source).value = previous.source;
  const notes = row.getCell(c.notes);
  notes.value = carriedOverNote(certifiedAt);
  notes.alignment = { wrapText: true, vertical: 'top' };
  markCarriedOver(notes);
}

function writeRow(row: Row, point: DataPoint): void {
  row.getCell(c.dataPointId).value = point.id;
  row.getCell(c.kpiCode).value = findKpi(point.kpiId)?.code ?? point.kpiId;
  row.getCell(c.labelEn).value = point.labelEn;
  row.getCell(c.labelZh).value = point.labelZh;
  row.getCell(c.unit).value = point.unit;
  row.getCell(c.guide).value = guide(point);
  row.getCell(c.guide).alignment = { wrapText: true, vertical: 'top' };

  const computation = point.computation;
  const slots: Partial<Record<DataPointColumn, Operand>> =
    computation.kind === 'ratio'
      ? { numerator: computation.numerator, denominator: computation.denominator }
      : { value: { input: computation.input } };
  for (const column of ['numerator', 'denominator', 'value'] as const) {
    const operand = slots[column];
    const cell = row.getCell(c[column]);
    if (!operand) markNotApplicable(cell);
    else if ('profile' in operand) cell.value = { formula: profileReference(operand.profile), result: '' };
    else if (computation.kind === 'yesNo') markInput(cell, listValidation(lists.yesNo.range));
    else markInput(cell, nonNegativeDecimal);
  }
  row.getCell(c.result).value = { formula: resultFormula(point, row.number), result: NOT_REPORTED };
  row.getCell(c.result).font = { bold: true };

  markInput(row.getCell(c.dataQuality), listValidation(lists.dataQuality.range));
  for (const column of ['dataOrigin', 'source', 'notes'] as const) {
    markInput(row.getCell(c[column]), maxLength(1000));
  }
}

/** Two-language instructions for the row: what each input cell means and how the result is formed. */
function guide(point: DataPoint): string {
  const profile = new Map(kpiCatalogue.cityProfile.map((field) => [field.id, field]));
  const inputs = new Map(point.inputs.map((input) => [input.id, input]));
  const describe = (operand: Operand, lang: 'En' | 'Zh'): string => {
    if ('profile' in operand) {
      const field = profile.get(operand.profile);
      return lang === 'En' ? `from CityProfile: ${field?.labelEn}` : `取自城市概况：${field?.labelZh}`;
    }
    const input = inputs.get(operand.input);
    return `${lang === 'En' ? input?.labelEn : input?.labelZh} (${input?.unit})`;
  };
  const computation = point.computation;
  if (computation.kind === 'ratio') {
    return [
      `Numerator: ${describe(computation.numerator, 'En')}`,
      `Denominator: ${describe(computation.denominator, 'En')}`,
      `Result = numerator ÷ denominator × ${computation.scale}`,
      `分子：${describe(computation.numerator, 'Zh')}`,
      `分母：${describe(computation.denominator, 'Zh')}`,
    ].join('\n');
  }
  const operand: Operand = { input: computation.input };
  const answer = computation.kind === 'yesNo' ? ' — YES/NO 是/否' : '';
  return `Value: ${describe(operand, 'En')}${answer}\n数值：${describe(operand, 'Zh')}`;
}
