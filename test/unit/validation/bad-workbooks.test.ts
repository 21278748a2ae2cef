import ExcelJS, { type Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../core/template/build-template.ts';
import { dataPointRow, profileFieldRow, templateLayout } from '../../../core/template/layout.ts';
import { metaKeys } from '../../../core/template/signature.ts';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { cellRef, dataPointCell, filledWorkbook, pilotId, signingKey } from '../../fixtures/city-workbook.ts';

const { sheets } = templateLayout;
const context = { pilotId, signingKey };
const dataSheet = (workbook: Workbook) => workbook.getWorksheet(sheets.dataPoints)!;
const profileCell = (workbook: Workbook, field: string) =>
  workbook.getWorksheet(sheets.cityProfile)!.getCell(`E${profileFieldRow(field)}`);
const metaCell = (workbook: Workbook, key: (typeof metaKeys)[number]) =>
  workbook.getWorksheet(sheets.meta)!.getCell(`B${metaKeys.indexOf(key) + 1}`);
const setInput =
  (id: string, column: 'numerator' | 'denominator' | 'value', value: ExcelJS.CellValue) =>
  (workbook: Workbook) => {
    dataPointCell(workbook, id, column).value = value;
  };

interface Expected {
  rule: string;
  severity: 'error' | 'warning';
  cell?: string;
  dataPointId?: string;
}

/** Each case edits a plausibly filled workbook the way a city (or a program) could, and names the finding. */
const cases: [string, () => Promise<Buffer>, Expected][] = [
  [
    'a workbook that is not the template',
    async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Sheet1').getCell('A1').value = 'population';
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
    { rule: 'template.not-a-template', severity: 'error' },
  ],
  [
    "another city's template",
    () => filledWorkbook(undefined, 'pilot-0099'),
    { rule: 'template.other-pilot', severity: 'error' },
  ],
  [
    'a template signed with another key',
    async () => {
      const bytes = await buildTemplate({
        pilotId,
        cityName: 'Testville',
        issuedAt: '2025-05-01T00:00:00.000Z',
        templateId: 'tpl-forged',
        signingKey: 'someone-elses-signing-key-000000',
      });
      return Buffer.from(bytes);
    },
    { rule: 'template.bad-signature', severity: 'error' },
  ],
  [
    'a Meta sheet whose pilot id was edited',
    () =>
      filledWorkbook((workbook) => {
        metaCell(workbook, 'pilotId').value = 'pilot-0001';
      }),
    { rule: 'template.bad-signature', severity: 'error' },
  ],
  [
    'a damaged Meta sheet',
    () =>
      filledWorkbook((workbook) => {
        metaCell(workbook, 'structureHash').value = 'edited';
      }),
    { rule: 'template.meta-damaged', severity: 'error' },
  ],
  [
    'a column inserted on DataPoints',
    () => filledWorkbook((workbook) => dataSheet(workbook).spliceColumns(3, 0, [])),
    { rule: 'template.column-changed', severity: 'error', cell: 'DataPoints!C1' },
  ],
  [
    'a deleted sheet',
    () => filledWorkbook((workbook) => workbook.removeWorksheet(workbook.getWorksheet(sheets.maturity)!.id)),
    { rule: 'template.missing-sheet', severity: 'error' },
  ],
  [
    'a deleted data point row',
    () => filledWorkbook((workbook) => dataSheet(workbook).spliceRows(dataPointRow('EC.ICT.ICT.2C')!, 1)),
    { rule: 'template.missing-row', severity: 'error', dataPointId: 'EC.ICT.ICT.2C' },
  ],
  [
    'an inserted row',
    () => filledWorkbook((workbook) => dataSheet(workbook).spliceRows(dataPointRow('EC.ICT.WS.1C')!, 0, [])),
    { rule: 'template.moved-rows', severity: 'warning', dataPointId: 'EC.ICT.WS.1C' },
  ],
  [
    'a data point row copied below the table',
    () =>
      filledWorkbook((workbook) => {
        dataSheet(workbook).getCell('A300').value = 'EC.ICT.ICT.1C';
      }),
    { rule: 'template.duplicate-row', severity: 'error', cell: 'DataPoints!A300' },
  ],
  [
    'a row with an unknown id',
    () =>
      filledWorkbook((workbook) => {
        dataSheet(workbook).getCell('A300').value = 'my own KPI';
      }),
    { rule: 'template.unknown-row', severity: 'warning', cell: 'DataPoints!A300' },
  ],
  [
    'a huge sheet',
    () =>
      filledWorkbook((workbook) => {
        dataSheet(workbook).getCell('A6000').value = 'x';
      }),
    { rule: 'sheet.too-large', severity: 'error' },
  ],
  [
    'a hidden row with data',
    () =>
      filledWorkbook((workbook) => {
        dataSheet(workbook).getRow(dataPointRow('EC.ICT.T.1C')!).hidden = true;
      }),
    { rule: 'sheet.hidden-row', severity: 'warning', cell: `DataPoints!A${dataPointRow('EC.ICT.T.1C')}` },
  ],
  [
    'merged input cells',
    () =>
      filledWorkbook((workbook) => {
        const row = dataPointRow('EC.ICT.WS.1C');
        dataSheet(workbook).mergeCells(`G${row}:H${row}`);
      }),
    { rule: 'sheet.merged-cell', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
  ],
  [
    'text in a number cell',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'numerator', 'about forty')),
    { rule: 'value.not-a-number', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'an ambiguous thousands separator',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'denominator', '1,234')),
    { rule: 'value.ambiguous-number', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
  ],
  [
    'a number typed as text with separators',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'denominator', '1 234,5')),
    { rule: 'value.text-number', severity: 'warning', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
  ],
  [
    'a percentage typed into an input',
    () =>
      filledWorkbook((workbook) => {
        const cell = dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator');
        cell.value = 0.03;
        cell.numFmt = '0%';
      }),
    { rule: 'value.percent-sign', severity: 'warning', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'a negative count',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'numerator', -3)),
    { rule: 'value.negative', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'a share over 100 % of households',
    () => filledWorkbook(setInput('EC.ICT.ICT.1C', 'numerator', 500_000)),
    { rule: 'percent.range', severity: 'error', cell: cellRef('EC.ICT.ICT.1C', 'result') },
  ],
  [
    'a numerator larger than its denominator',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'numerator', 150)),
    { rule: 'share.numerator-le-denominator', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'a formula instead of a value',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'numerator', { formula: '1+2', result: 3 })),
    { rule: 'value.formula', severity: 'warning', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'a formula that evaluates to an error',
    () =>
      filledWorkbook(setInput('EC.ICT.WS.1C', 'numerator', { formula: '1/0', result: { error: '#DIV/0!' } })),
    { rule: 'value.formula-error', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'an answer that is not YES or NO',
    () => filledWorkbook(setInput('EC.I.UP.2A.COMPACT', 'value', 'maybe')),
    { rule: 'value.not-yes-no', severity: 'error', cell: cellRef('EC.I.UP.2A.COMPACT', 'value') },
  ],
  [
    'a zero denominator',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'denominator', 0)),
    { rule: 'value.zero-denominator', severity: 'warning', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
  ],
  [
    'a core data point left empty without a reason',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'numerator', null)),
    { rule: 'completeness.core-missing', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'an empty population',
    () =>
      filledWorkbook((workbook) => {
        profileCell(workbook, 'population').value = null;
      }),
    {
      rule: 'completeness.profile-missing',
      severity: 'error',
      cell: `CityProfile!E${profileFieldRow('population')}`,
    },
  ],
  [
    'more households than inhabitants',
    () =>
      filledWorkbook((workbook) => {
        profileCell(workbook, 'households').value = 2_000_000;
      }),
    {
      rule: 'profile.households-le-population',
      severity: 'error',
      cell: `CityProfile!E${profileFieldRow('households')}`,
    },
  ],
  [
    'transport mode shares that do not sum to 100 %',
    () => filledWorkbook(setInput('EC.I.T.4A.PRIVATE', 'numerator', 60)),
    { rule: 'consistency.mode-share-sum', severity: 'warning', cell: cellRef('EC.I.T.4A.PRIVATE', 'result') },
  ],
  [
    'youth unemployment below overall unemployment',
    () => filledWorkbook(setInput('EC.P.EM.2C', 'numerator', 3)),
    { rule: 'consistency.youth-unemployment', severity: 'warning', cell: cellRef('EC.P.EM.2C', 'result') },
  ],
  [
    'a Gini coefficient written as a percentage',
    () => filledWorkbook(setInput('SC.SH.SI.2C', 'value', 35)),
    { rule: 'value.out-of-range', severity: 'error', cell: cellRef('SC.SH.SI.2C', 'result') },
  ],
  [
    'an implausible rate per 100 000',
    () => filledWorkbook(setInput('SC.SH.SA.9C', 'numerator', 5000)),
    { rule: 'plausibility.per-100k', severity: 'warning', cell: cellRef('SC.SH.SA.9C', 'result') },
  ],
];

describe('validateWorkbook: corpus of damaged and implausible workbooks', () => {
  it.each(cases)('reports %s', async (_, make, expected) => {
    const validation = await validateWorkbook(await make(), context);
    expect(validation.findings).toContainEqual(expect.objectContaining(expected));
    expect(validation.valid).toBe(!validation.findings.some((finding) => finding.severity === 'error'));
    if (expected.severity === 'error') expect(validation.valid).toBe(false);
  });
});
