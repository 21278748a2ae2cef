// The template structure as the layout defines it, and as a given workbook actually has it.
import type { Workbook, Worksheet } from 'exceljs';
import { allDataPoints, kpiCatalogue } from '../kpis/catalogue.ts';
import { headerText, templateLayout } from './layout.ts';
import { maturityCharacteristics } from './maturity.ts';
import type { TemplateStructure } from './signature.ts';

const { sheets } = templateLayout;

export function expectedStructure(): TemplateStructure {
  return {
    sheetNames: Object.values(sheets),
    dataPointIds: allDataPoints().map((point) => point.id),
    profileFieldIds: kpiCatalogue.cityProfile.map((field) => field.id),
    maturityIds: maturityCharacteristics.map((characteristic) => characteristic.id),
    headers: {
      cityProfile: templateLayout.cityProfile.columnSpecs.map(headerText),
      dataPoints: templateLayout.dataPoints.columnSpecs.map(headerText),
      maturity: templateLayout.maturity.columnSpecs.map(headerText),
    },
  };
}

export function observedStructure(workbook: Workbook): TemplateStructure {
  return {
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    dataPointIds: idColumn(workbook.getWorksheet(sheets.dataPoints), templateLayout.dataPoints.firstDataRow),
    profileFieldIds: idColumn(
      workbook.getWorksheet(sheets.cityProfile),
      templateLayout.cityProfile.firstDataRow,
    ),
    maturityIds: idColumn(workbook.getWorksheet(sheets.maturity), templateLayout.maturity.firstDataRow),
    headers: {
      cityProfile: headerRow(workbook.getWorksheet(sheets.cityProfile), templateLayout.cityProfile.headerRow),
      dataPoints: headerRow(workbook.getWorksheet(sheets.dataPoints), templateLayout.dataPoints.headerRow),
      maturity: headerRow(workbook.getWorksheet(sheets.maturity), templateLayout.maturity.headerRow),
    },
  };
}

/** Ids in column A from the first data row down to the first empty cell. */
function idColumn(sheet: Worksheet | undefined, firstRow: number): string[] {
  const ids: string[] = [];
  for (let row = firstRow; sheet; row++) {
    const text = sheet.getCell(`A${row}`).text.trim();
    if (!text) break;
    ids.push(text);
  }
  return ids;
}

function headerRow(sheet: Worksheet | undefined, row: number): string[] {
  const texts: string[] = [];
  sheet?.getRow(row).eachCell((cell) => {
    texts.push(cell.text);
  });
  return texts;
}
