// The template structure as the layout defines it, and as a given workbook actually has it.
import { allDataPoints, kpiCatalogue } from '../kpis/catalogue.ts';
import { cellText, type SheetGrid, type WorkbookGrid } from '../xlsx-reader/grid.ts';
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

export function observedStructure(workbook: WorkbookGrid): TemplateStructure {
  const { cityProfile, dataPoints, maturity } = templateLayout;
  return {
    sheetNames: [...workbook.sheetNames],
    dataPointIds: idColumn(workbook.sheet(sheets.dataPoints), dataPoints.firstDataRow),
    profileFieldIds: idColumn(workbook.sheet(sheets.cityProfile), cityProfile.firstDataRow),
    maturityIds: idColumn(workbook.sheet(sheets.maturity), maturity.firstDataRow),
    headers: {
      cityProfile: headerRow(workbook.sheet(sheets.cityProfile), cityProfile.headerRow),
      dataPoints: headerRow(workbook.sheet(sheets.dataPoints), dataPoints.headerRow),
      maturity: headerRow(workbook.sheet(sheets.maturity), maturity.headerRow),
    },
  };
}

/** Ids in column A from the first data row down to the first empty cell. */
function idColumn(sheet: SheetGrid | undefined, firstRow: number): string[] {
  const ids: string[] = [];
  for (let row = firstRow; sheet; row++) {
    const text = cellText(sheet.cell(row, 1)).trim();
    if (!text) break;
    ids.push(text);
  }
  return ids;
}

function headerRow(sheet: SheetGrid | undefined, row: number): string[] {
  return sheet ? sheet.rowCells(row).map(cellText) : [];
}
