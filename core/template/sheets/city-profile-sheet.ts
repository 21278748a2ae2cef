// CityProfile sheet: one row per shared denominator, entered once and referenced by the DataPoints formulas.
import type { DataValidation, Workbook } from 'exceljs';
import { kpiCatalogue } from '../../kpis/catalogue.ts';
import type { ProfileField } from '../../kpis/schema.ts';
import { templateLayout } from '../layout.ts';
import { markInput, maxLength, nonNegativeDecimal, setupPrint, writeHeader } from './common.ts';

const { cityProfile } = templateLayout;

const validationFor: Record<ProfileField['valueType'], DataValidation> = {
  number: nonNegativeDecimal,
  year: {
    type: 'whole',
    operator: 'between',
    formulae: [1990, 2100],
    allowBlank: true,
    showErrorMessage: true,
    error: 'Enter a four-digit year. / 请输入四位数年份。',
  },
  text: maxLength(3),
};

export function addCityProfileSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(templateLayout.sheets.cityProfile);
  writeHeader(sheet, cityProfile.headerRow, cityProfile.columnSpecs);
  const c = cityProfile.columns;
  kpiCatalogue.cityProfile.forEach((field, index) => {
    const row = cityProfile.firstDataRow + index;
    sheet.getCell(`${c.fieldId}${row}`).value = field.id;
    sheet.getCell(`${c.labelEn}${row}`).value = field.labelEn;
    sheet.getCell(`${c.labelZh}${row}`).value = field.labelZh;
    sheet.getCell(`${c.unit}${row}`).value = field.unit;
    markInput(sheet.getCell(`${c.value}${row}`), validationFor[field.valueType]);
  });
  setupPrint(sheet, cityProfile.headerRow);
}
