// The workbook layout shared by the template builder and every reader: sheet names, columns, rows and list ranges.
import { allDataPoints, kpiCatalogue } from '../kpis/catalogue.ts';
import { columnLetters } from '../xlsx-reader/grid.ts';
import { dataQualityOptions, maturityListValues, yesNoOptions } from './lists.ts';
import { maturityCharacteristics } from './maturity.ts';

export interface ColumnSpec<K extends string = string> {
  key: K;
  headerEn: string;
  headerZh: string;
  width: number;
}

const profileColumns = [
  { key: 'fieldId', headerEn: 'Field ID', headerZh: '字段编号', width: 22 },
  { key: 'labelEn', headerEn: 'Field', headerZh: '字段（英文）', width: 40 },
  { key: 'labelZh', headerEn: 'Field (Chinese)', headerZh: '字段（中文）', width: 28 },
  { key: 'unit', headerEn: 'Unit', headerZh: '单位', width: 22 },
  { key: 'value', headerEn: 'Value', headerZh: '数值', width: 20 },
] as const satisfies readonly ColumnSpec[];

const dataPointColumns = [
  { key: 'dataPointId', headerEn: 'Data point ID', headerZh: '数据点编号', width: 24 },
  { key: 'kpiCode', headerEn: 'KPI code', headerZh: 'KPI 编号', width: 18 },
  { key: 'labelEn', headerEn: 'Data point', headerZh: '数据点（英文）', width: 40 },
  { key: 'labelZh', headerEn: 'Data point (Chinese)', headerZh: '数据点（中文）', width: 28 },
  { key: 'unit', headerEn: 'Result unit', headerZh: '结果单位', width: 22 },
  { key: 'guide', headerEn: 'What to enter', headerZh: '填写说明', width: 48 },
  { key: 'numerator', headerEn: 'Numerator', headerZh: '分子', width: 16 },
  { key: 'denominator', headerEn: 'Denominator', headerZh: '分母', width: 16 },
  { key: 'value', headerEn: 'Value (direct or YES/NO)', headerZh: '数值（直接填报或是/否）', width: 16 },
  { key: 'result', headerEn: 'Result', headerZh: '结果', width: 14 },
  { key: 'dataQuality', headerEn: 'Data quality', headerZh: '数据质量', width: 36 },
  { key: 'dataOrigin', headerEn: 'Data origin', headerZh: '数据提供机构', width: 28 },
  { key: 'source', headerEn: 'Source', headerZh: '数据出处', width: 28 },
  { key: 'notes', headerEn: 'Notes', headerZh: '备注', width: 36 },
] as const satisfies readonly ColumnSpec[];

const maturityColumns = [
  { key: 'characteristicId', headerEn: 'Characteristic ID', headerZh: '特征编号', width: 22 },
  { key: 'nameEn', headerEn: 'Characteristic', headerZh: '特征（英文）', width: 22 },
  { key: 'nameZh', headerEn: 'Characteristic (Chinese)', headerZh: '特征（中文）', width: 16 },
  { key: 'guideEn', headerEn: 'What it covers', headerZh: '涵盖内容（英文）', width: 60 },
  { key: 'guideZh', headerEn: 'What it covers (Chinese)', headerZh: '涵盖内容（中文）', width: 40 },
  { key: 'level', headerEn: 'Level (1-4)', headerZh: '等级（1-4）', width: 12 },
  { key: 'evidence', headerEn: 'Evidence', headerZh: '佐证', width: 60 },
] as const satisfies readonly ColumnSpec[];

type Keys<T extends readonly ColumnSpec[]> = T[number]['key'];

function lettersOf<T extends readonly ColumnSpec[]>(columns: T): Record<Keys<T>, string> {
  return Object.fromEntries(columns.map((column, index) => [column.key, columnLetters(index + 1)])) as Record<
    Keys<T>,
    string
  >;
}

function listRange(column: string, length: number): string {
  return `Lists!$${column}$2:$${column}$${length + 1}`;
}

export const templateLayout = {
  formatVersion: 'u4ssc-city-template/1',
  /** Sheet names in workbook order. */
  sheets: {
    instructions: 'Instructions',
    cityProfile: 'CityProfile',
    dataPoints: 'DataPoints',
    maturity: 'Maturity',
    lists: 'Lists',
    meta: 'Meta',
  },
  cityProfile: {
    headerRow: 1,
    firstDataRow: 2,
    columnSpecs: profileColumns,
    columns: lettersOf(profileColumns),
  },
  dataPoints: {
    headerRow: 1,
    firstDataRow: 2,
    columnSpecs: dataPointColumns,
    columns: lettersOf(dataPointColumns),
  },
  maturity: {
    headerRow: 1,
    firstDataRow: 2,
    columnSpecs: maturityColumns,
    columns: lettersOf(maturityColumns),
  },
  /** Lists: one column per dropdown, header in row 1, values from row 2. */
  lists: {
    dataQuality: { column: 'A', range: listRange('A', dataQualityOptions.length) },
    yesNo: { column: 'B', range: listRange('B', yesNoOptions.length) },
    maturityLevel: { column: 'C', range: listRange('C', maturityListValues.length) },
  },
  /** Meta: one key/value pair per row from row 1. */
  meta: { keyColumn: 'A', valueColumn: 'B', firstRow: 1 },
} as const;

export type DataPointColumn = Keys<typeof dataPointColumns>;

const rowOf = <T>(ids: readonly T[], id: T, first: number) => {
  const index = ids.indexOf(id);
  return index < 0 ? undefined : first + index;
};

/** Row of a data point on the DataPoints sheet (rows follow catalogue order). */
export function dataPointRow(dataPointId: string): number | undefined {
  const ids = allDataPoints().map((point) => point.id);
  return rowOf(ids, dataPointId, templateLayout.dataPoints.firstDataRow);
}

/** Cell addresses (e.g. `G7`) of every column of a data point's row. */
export function dataPointCells(dataPointId: string): Record<DataPointColumn, string> | undefined {
  const row = dataPointRow(dataPointId);
  if (row === undefined) return undefined;
  const entries = Object.entries(templateLayout.dataPoints.columns).map(([key, letter]) => [
    key,
    `${letter}${row}`,
  ]);
  return Object.fromEntries(entries) as Record<DataPointColumn, string>;
}

/** Row of a city-profile field on the CityProfile sheet. */
export function profileFieldRow(fieldId: string): number | undefined {
  const ids = kpiCatalogue.cityProfile.map((field) => field.id as string);
  return rowOf(ids, fieldId, templateLayout.cityProfile.firstDataRow);
}

/** Row of a maturity characteristic on the Maturity sheet. */
export function maturityRow(characteristicId: string): number | undefined {
  const ids = maturityCharacteristics.map((characteristic) => characteristic.id as string);
  return rowOf(ids, characteristicId, templateLayout.maturity.firstDataRow);
}

/** Header cell text: English over Chinese, so one header row serves both languages. */
export function headerText(column: ColumnSpec): string {
  return `${column.headerEn}\n${column.headerZh}`;
}
