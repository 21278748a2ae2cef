// Checks that the id in column A of each data point row still belongs to that row, so no value lands on another KPI.
import { allDataPoints, findKpi } from '../kpis/catalogue.ts';
import type { DataPoint } from '../kpis/schema.ts';
import { templateLayout } from '../template/layout.ts';
import { cellText, columnNumber, type SheetGrid } from '../xlsx-reader/grid.ts';
import type { FindingList } from './findings.ts';

const { dataPoints: layout } = templateLayout;
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const kpiCodeOf = (point: DataPoint) => findKpi(point.kpiId)?.code ?? point.kpiId;
const signature = (kpiCode: string, label: string) => `${normalize(kpiCode)}|${normalize(label)}`;
const pointBySignature = new Map(
  allDataPoints().map((point) => [signature(kpiCodeOf(point), point.labelEn), point]),
);

/**
 * The locked KPI code and label beside an id say which data point the row really is. When they are another data
 * point's, or the KPI code is another KPI's, the id in column A was edited (swapped, overtyped): values typed next to
 * a label would be counted for the KPI of the id instead. That is an error, and the row is not read; it is never
 * mapped by guess. A label that matches no data point under the right KPI code is accepted: a template from an
 * older catalogue may word it differently.
 * Returns true when the row's id matches its labels.
 */
export function rowMatchesId(
  sheet: SheetGrid,
  row: number,
  point: DataPoint,
  findings: FindingList,
): boolean {
  const text = (column: string) => cellText(sheet.cell(row, columnNumber(column)));
  const kpiCode = text(layout.columns.kpiCode);
  const labelled = pointBySignature.get(signature(kpiCode, text(layout.columns.labelEn)));
  if (labelled?.id === point.id) return true;
  if (!labelled && normalize(kpiCode) === kpiCodeOf(point)) return true;
  const owner = labelled ?? allDataPoints()[row - layout.firstDataRow];
  const cell = `${layout.columns.dataPointId}${row}`;
  const label = normalize(text(layout.columns.labelEn)).slice(0, 80);
  const message =
    owner && owner.id !== point.id
      ? {
          en:
            `${cell} holds the id ${point.id}, but row ${row} is the template's row of ${owner.id} ("${label}"). ` +
            `Its values were not read, so they cannot count for the wrong KPI. Restore the id ${owner.id} in ${cell}.`,
          zh:
            `${cell} 中的编号为 ${point.id}，但第 ${row} 行是模板中 ${owner.id}（"${label}"）所在的行。` +
            `该行数值未被读取，以免计入错误的 KPI。请将 ${cell} 恢复为编号 ${owner.id}。`,
        }
      : {
          en: `The KPI code beside the id ${point.id} in ${cell} is not that KPI's, so it is unclear which KPI row ${row} reports. Its values were not read. Restore the row as issued.`,
          zh: `${cell} 中编号 ${point.id} 旁的 KPI 编号与该 KPI 不符，无法确定第 ${row} 行填报的是哪个 KPI。该行数值未被读取。请将该行恢复为模板原样。`,
        };
  findings.error('template.id-mismatch', message, { sheet: sheet.name, cell, dataPointId: point.id });
  return false;
}
