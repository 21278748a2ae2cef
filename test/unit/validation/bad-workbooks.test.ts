import ExcelJS, { type Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { buildTemplate } from '../../../core/template/build-template.ts';
import { resultFormula } from '../../../core/template/formulas.ts';
import { dataPointRow, maturityRow, profileFieldRow, templateLayout } from '../../../core/template/layout.ts';
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
  (id: string, column: keyof typeof templateLayout.dataPoints.columns, value: ExcelJS.CellValue) =>
  (workbook: Workbook) => {
    dataPointCell(workbook, id, column).value = value;
  };

const maturityLevelCell = (workbook: Workbook, id: string) =>
  workbook
    .getWorksheet(sheets.maturity)!
    .getCell(`${templateLayout.maturity.columns.level}${maturityRow(id)}`);
/** The result formula as issued, with the value a spreadsheet program saved after calculating it. */
const showResult = (id: string, result: number) => (workbook: Workbook) => {
  const point = allDataPoints().find((candidate) => candidate.id === id)!;
  dataPointCell(workbook, id, 'result').value = { formula: resultFormula(point, dataPointRow(id)!), result };
};
/** Swaps the ids in column A of two rows, leaving their labels and values where they are. */
const swapIds = (first: string, second: string) => (workbook: Workbook) => {
  dataPointCell(workbook, first, 'dataPointId').value = second;
  dataPointCell(workbook, second, 'dataPointId').value = first;
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
    { rule: 'value.text-number', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
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
    { rule: 'percent.range', severity: 'error', cell: cellRef('EC.ICT.ICT.1C', 'numerator') },
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
    {
      rule: 'consistency.mode-share-sum',
      severity: 'warning',
      cell: cellRef('EC.I.T.4A.PRIVATE', 'numerator'),
    },
  ],
  [
    'youth unemployment below overall unemployment',
    () => filledWorkbook(setInput('EC.P.EM.2C', 'numerator', 3)),
    { rule: 'consistency.youth-unemployment', severity: 'warning', cell: cellRef('EC.P.EM.2C', 'numerator') },
  ],
  [
    'fixed broadband above household Internet access',
    () => filledWorkbook(setInput('EC.ICT.ICT.2C', 'numerator', 350_000)),
    {
      rule: 'consistency.fixed-broadband-le-internet',
      severity: 'warning',
      cell: cellRef('EC.ICT.ICT.2C', 'numerator'),
    },
  ],
  [
    'fewer smart electricity meters than smart water meters',
    () => filledWorkbook(setInput('EC.ICT.ES.1C', 'numerator', 1)),
    {
      rule: 'consistency.smart-electricity-ge-water-meters',
      severity: 'warning',
      cell: cellRef('EC.ICT.ES.1C', 'numerator'),
    },
  ],
  [
    'potable water supply above basic water supply',
    () => filledWorkbook(setInput('EC.I.WS.2C', 'numerator', 350_000)),
    {
      rule: 'consistency.potable-le-basic-water',
      severity: 'warning',
      cell: cellRef('EC.I.WS.2C', 'numerator'),
    },
  ],
  [
    'a Gini coefficient written as a percentage',
    () => filledWorkbook(setInput('SC.SH.SI.2C', 'value', 35)),
    { rule: 'value.out-of-range', severity: 'error', cell: cellRef('SC.SH.SI.2C', 'value') },
  ],
  [
    'an implausible rate per 100 000',
    () => filledWorkbook(setInput('SC.SH.SA.9C', 'numerator', 5000)),
    { rule: 'plausibility.per-100k', severity: 'warning', cell: cellRef('SC.SH.SA.9C', 'numerator') },
  ],
  [
    'a reported value without a data quality',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'dataQuality', null)),
    {
      rule: 'metadata.data-quality-missing',
      severity: 'error',
      cell: cellRef('EC.ICT.WS.1C', 'dataQuality'),
    },
  ],
  [
    'a data quality that is not one of the six choices',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'dataQuality', 'very good')),
    {
      rule: 'metadata.data-quality-unknown',
      severity: 'error',
      cell: cellRef('EC.ICT.WS.1C', 'dataQuality'),
    },
  ],
  [
    'a reported value without a data origin',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'dataOrigin', '  ')),
    { rule: 'metadata.data-origin-missing', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'dataOrigin') },
  ],
  ...['RMB', '€', 'Euro', 'EU', '1000'].map((currency): (typeof cases)[number] => [
    `the currency "${currency}" instead of an ISO 4217 code`,
    () =>
      filledWorkbook((workbook) => {
        profileCell(workbook, 'currency').value = currency;
      }),
    {
      rule: 'profile.currency-not-iso4217',
      severity: 'error',
      cell: `CityProfile!E${profileFieldRow('currency')}`,
    },
  ]),
  ...[9, 7, 'very high', -1, 0, 2.5, 'Not sure'].map((level): (typeof cases)[number] => [
    `the maturity level ${JSON.stringify(level)}`,
    () =>
      filledWorkbook((workbook) => {
        maturityLevelCell(workbook, 'governance').value = level;
      }),
    { rule: 'maturity.level-invalid', severity: 'error', cell: `Maturity!F${maturityRow('governance')}` },
  ]),
  [
    'a maturity characteristic left blank',
    () =>
      filledWorkbook((workbook) => {
        maturityLevelCell(workbook, 'funding').value = null;
      }),
    { rule: 'maturity.level-missing', severity: 'warning', cell: `Maturity!F${maturityRow('funding')}` },
  ],
  [
    'a maturity level without evidence',
    () =>
      filledWorkbook((workbook) => {
        workbook
          .getWorksheet(sheets.maturity)!
          .getCell(`${templateLayout.maturity.columns.evidence}${maturityRow('strategy')}`).value = ' ';
      }),
    { rule: 'maturity.evidence-missing', severity: 'warning', cell: `Maturity!G${maturityRow('strategy')}` },
  ],
  [
    'a locked denominator from the city profile overwritten with a typed value',
    () => filledWorkbook(setInput('EC.ICT.ICT.1C', 'denominator', 123_456)),
    {
      rule: 'template.formula-overwritten',
      severity: 'error',
      cell: cellRef('EC.ICT.ICT.1C', 'denominator'),
    },
  ],
  [
    'a result formula overwritten with a typed value',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'result', 99)),
    { rule: 'template.formula-overwritten', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'result') },
  ],
  [
    'a result formula deleted',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'result', null)),
    { rule: 'template.formula-overwritten', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'result') },
  ],
  [
    'a result formula replaced by another formula',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'result', { formula: 'G5/H5*1000', result: 750 })),
    { rule: 'template.formula-changed', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'result') },
  ],
  [
    'a saved result that differs from what the server computes',
    () => filledWorkbook(showResult('EC.ICT.WS.1C', 42)),
    { rule: 'result.differs-from-sheet', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'numerator') },
  ],
  [
    'a value typed in the greyed-out value cell of a ratio',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'value', 75)),
    { rule: 'template.unused-cell', severity: 'warning', cell: cellRef('EC.ICT.WS.1C', 'value') },
  ],
  [
    'a number typed in the greyed-out numerator of a direct value',
    () => filledWorkbook(setInput('SC.EH.H.1C', 'numerator', 78)),
    { rule: 'template.unused-cell', severity: 'warning', cell: cellRef('SC.EH.H.1C', 'numerator') },
  ],
  [
    'two ids swapped in column A',
    () => filledWorkbook(swapIds('EC.ICT.ICT.1C', 'EC.ICT.ICT.2C')),
    {
      rule: 'template.id-mismatch',
      severity: 'error',
      cell: `DataPoints!A${dataPointRow('EC.ICT.ICT.1C')}`,
      dataPointId: 'EC.ICT.ICT.2C',
    },
  ],
  [
    '1e309 typed as text',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'denominator', '1e309')),
    { rule: 'value.not-finite', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
  ],
  [
    'an infinite number written by a program',
    () => filledWorkbook(setInput('EC.ICT.WS.1C', 'denominator', Number.POSITIVE_INFINITY)),
    { rule: 'value.not-finite', severity: 'error', cell: cellRef('EC.ICT.WS.1C', 'denominator') },
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
