// Hidden Lists sheet: the source ranges of every dropdown in the template.
import type { Workbook } from 'exceljs';
import { templateLayout } from '../layout.ts';
import { dataQualityCellValue, dataQualityOptions, maturityListValues, yesNoOptions } from '../lists.ts';

export function addListsSheet(workbook: Workbook): void {
  // 'hidden', not 'veryHidden': LibreOffice turns veryHidden sheets visible on save.
  const sheet = workbook.addWorksheet(templateLayout.sheets.lists, { state: 'hidden' });
  const { lists } = templateLayout;
  const columns: [string, string, (string | number)[]][] = [
    [lists.dataQuality.column, 'Data quality / 数据质量', dataQualityOptions.map(dataQualityCellValue)],
    [lists.yesNo.column, 'YES / NO', [...yesNoOptions]],
    [lists.maturityLevel.column, 'Maturity level / 成熟度等级', maturityListValues],
  ];
  for (const [column, title, values] of columns) {
    sheet.getCell(`${column}1`).value = title;
    values.forEach((value, index) => {
      sheet.getCell(`${column}${index + 2}`).value = value;
    });
  }
}
