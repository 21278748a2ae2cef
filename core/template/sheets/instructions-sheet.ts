// Instructions sheet: how to fill the workbook, in English and Chinese, with the pilot's identifiers.
import type { Workbook } from 'exceljs';
import { kpiCatalogue } from '../../kpis/catalogue.ts';
import type { CarryOver } from '../carry-over.ts';
import { templateLayout } from '../layout.ts';
import { dataQualityCellValue, dataQualityOptions, maturityLevels, maturityNonLevels } from '../lists.ts';

export interface InstructionsContext {
  pilotId: string;
  cityName: string;
  country?: string;
  issuedAt: string;
  templateId: string;
  carryOver?: CarryOver;
}

export function addInstructionsSheet(workbook: Workbook, context: InstructionsContext): void {
  const sheet = workbook.addWorksheet(templateLayout.sheets.instructions);
  sheet.columns = [{ width: 80 }, { width: 60 }];
  const city = context.country ? `${context.cityName} (${context.country})` : context.cityName;
  const { sheets } = templateLayout;
  const rows: [string, string][] = [
    ['U4SSC smart sustainable city KPI data collection', 'U4SSC 智慧可持续城市 KPI 数据收集'],
    [`City: ${city}`, `城市：${city}`],
    [
      `Pilot: ${context.pilotId}   Template: ${context.templateId}`,
      `试点：${context.pilotId}   模板：${context.templateId}`,
    ],
    [
      `Issued: ${context.issuedAt}   KPI catalogue ${kpiCatalogue.version}`,
      `签发时间：${context.issuedAt}   KPI 目录 ${kpiCatalogue.version}`,
    ],
    ['', ''],
    [
      `1. Fill in ${sheets.cityProfile} first: population, households, area and GDP are shared by many KPIs.`,
      `1. 请先填写 ${sheets.cityProfile}：人口、户数、面积和 GDP 为多个 KPI 共用。`,
    ],
    [
      `2. On ${sheets.dataPoints}, type values only in the orange cells. Column "What to enter" says what each cell means.`,
      `2. 在 ${sheets.dataPoints} 中，只在橙色单元格内填写。"填写说明"列解释每个单元格的含义。`,
    ],
    [
      '3. The Result column is calculated and shows NR (not reported) until all inputs of the row are present.',
      '3. "结果"列自动计算；在该行所有输入齐全之前显示 NR（未报告）。',
    ],
    [
      '4. For every value choose a data quality, and name the data origin (department or body) and the source document.',
      '4. 请为每个数值选择数据质量，并注明数据提供机构和数据出处。',
    ],
    [
      `5. On ${sheets.maturity}, rate each characteristic from 1 to 4 (or choose Not addressed or Cannot assess) and describe the evidence for each level.`,
      `5. 在 ${sheets.maturity} 中，为每项特征评定 1 至 4 级（或选择"未涉及"或"无法评估"），并为所评等级说明佐证。`,
    ],
    [
      '6. Do not rename, add, move or delete sheets, rows or columns: the workbook is signed and checked on upload.',
      '6. 请勿重命名、增加、移动或删除工作表、行或列：本工作簿已签名，上传时将被校验。',
    ],
    ...(context.carryOver ? carriedOverRows(context.carryOver) : []),
    ['', ''],
    ['Data quality choices', '数据质量选项'],
    ...dataQualityOptions.map((option): [string, string] => [option.en, option.zh]),
    ['', ''],
    ['Maturity levels', '成熟度等级'],
    ...maturityLevels.map((level): [string, string] => [
      `${level.level} ${level.en}`,
      `${level.level} ${level.zh}`,
    ]),
    ...maturityNonLevels.map((answer): [string, string] => [dataQualityCellValue(answer), answer.zh]),
  ];
  rows.forEach((texts, index) => {
    const row = sheet.getRow(index + 1);
    row.values = texts;
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(1).font = { bold: true, size: 14 };
}

/** What the yellow cells are: the previous cycle's verified values, each to confirm or update. */
function carriedOverRows(carryOver: CarryOver): [string, string][] {
  const day = carryOver.certifiedAt.slice(0, 10);
  const count = carryOver.dataPoints.length;
  return [
    [
      `7. ${count} data points hold the values verified in your previous cycle (pilot ${carryOver.fromPilotId}, certified ${day}), in yellow. For each, confirm the value by choosing its data quality, or update it and replace the note. An unconfirmed value is refused on upload.`,
      `7. 有 ${count} 个数据点已填入上一周期（试点 ${carryOver.fromPilotId}，${day} 认证）经核实的数值，以黄色标示。请逐一选择数据质量以确认，或更新数值并替换备注。未确认的数值在上传时将被拒绝。`,
    ],
  ];
}
