// Maturity sheet: the city's self-assessed level (1-4) and evidence for each of the eight characteristics.
import type { Workbook } from 'exceljs';
import { templateLayout } from '../layout.ts';
import { maturityCharacteristics } from '../maturity.ts';
import { listValidation, markInput, maxLength, setupPrint, writeHeader } from './common.ts';

const { maturity } = templateLayout;

export function addMaturitySheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(templateLayout.sheets.maturity);
  writeHeader(sheet, maturity.headerRow, maturity.columnSpecs);
  const c = maturity.columns;
  maturityCharacteristics.forEach((characteristic, index) => {
    const row = sheet.getRow(maturity.firstDataRow + index);
    row.getCell(c.characteristicId).value = characteristic.id;
    row.getCell(c.nameEn).value = characteristic.nameEn;
    row.getCell(c.nameZh).value = characteristic.nameZh;
    row.getCell(c.guideEn).value = characteristic.guideEn;
    row.getCell(c.guideZh).value = characteristic.guideZh;
    for (const key of ['guideEn', 'guideZh'] as const) row.getCell(c[key]).alignment = { wrapText: true };
    markInput(row.getCell(c.level), listValidation(templateLayout.lists.maturityLevel.range));
    markInput(row.getCell(c.evidence), maxLength(2000));
    row.getCell(c.evidence).alignment = { wrapText: true, vertical: 'top' };
  });
  setupPrint(sheet, maturity.headerRow);
}
