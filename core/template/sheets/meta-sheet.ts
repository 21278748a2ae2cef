// Hidden Meta sheet: one signed key/value pair per row, read back by read-template.ts.
import type { Workbook } from 'exceljs';
import { templateLayout } from '../layout.ts';
import { metaKeys, type TemplateMeta } from '../signature.ts';

export function addMetaSheet(workbook: Workbook, meta: TemplateMeta): void {
  const sheet = workbook.addWorksheet(templateLayout.sheets.meta, { state: 'hidden' });
  const { keyColumn, valueColumn, firstRow } = templateLayout.meta;
  metaKeys.forEach((key, index) => {
    sheet.getCell(`${keyColumn}${firstRow + index}`).value = key;
    const valueCell = sheet.getCell(`${valueColumn}${firstRow + index}`);
    valueCell.value = meta[key];
    // Text format keeps ids such as "0012" from being turned into numbers by spreadsheet programs.
    valueCell.numFmt = '@';
  });
  sheet.getColumn(keyColumn).width = 20;
  sheet.getColumn(valueColumn).width = 70;
}
