import type { Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import { dataPointRow, templateLayout } from '../../../core/template/layout.ts';
import { diffResults } from '../../../core/validation/diff-results.ts';
import { validateWorkbook, type WorkbookValidation } from '../../../core/validation/validate-workbook.ts';
import {
  dataPointCell,
  filledWorkbook,
  pilotId,
  profileValues,
  signingKey,
  templateBytes,
} from '../../fixtures/city-workbook.ts';

const context = { pilotId, signingKey };
const dataSheet = (workbook: Workbook) => workbook.getWorksheet(templateLayout.sheets.dataPoints)!;
const resultOf = (validation: WorkbookValidation, id: string) =>
  validation.results.find((result) => result.dataPointId === id);
const rulesOf = (validation: WorkbookValidation) => validation.findings.map((finding) => finding.rule);

let clean: WorkbookValidation;

beforeAll(async () => {
  clean = await validateWorkbook(await filledWorkbook(), context);
});

describe('validateWorkbook: a correctly filled workbook', () => {
  it('validates without findings and reports every data point', () => {
    expect(clean.findings).toEqual([]);
    expect(clean.valid).toBe(true);
    expect(clean.summary).toEqual({ errors: 0, warnings: 0, reported: 132, notReported: 0 });
    expect(clean.catalogueVersion).toBe(kpiCatalogue.version);
    expect(clean.catalogueChecksum).toBe(kpiCatalogue.checksum);
  });

  it('computes results from the inputs and the city profile', () => {
    expect(resultOf(clean, 'EC.ICT.ICT.1C')).toMatchObject({
      value: 75,
      status: 'reported',
      tier: 'core',
      unit: '%',
    });
    expect(resultOf(clean, 'EC.ICT.ICT.3C.MOBILE')?.value).toBe(5);
    expect(resultOf(clean, 'EC.I.T.4A.PUBLIC')?.value).toBe(40);
    expect(resultOf(clean, 'SC.SH.SI.2C')?.value).toBe(0.35);
    expect(resultOf(clean, 'SC.EH.H.2C')?.value).toBe(20);
    expect(resultOf(clean, 'EC.I.UP.2A.COMPACT')).toMatchObject({ value: 1, tier: 'advanced' });
  });

  it('returns the numeric city profile', () => {
    const { currency: _, ...numeric } = profileValues;
    expect(clean.profile).toEqual(numeric);
  });
});

describe('validateWorkbook: reading values whatever the layout damage or typing', () => {
  it('reads every other row by id after a row was deleted', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => dataSheet(workbook).spliceRows(dataPointRow('EC.ICT.ICT.2C')!, 1)),
      context,
    );
    expect(diffResults(clean.results, validation.results)).toEqual([
      {
        dataPointId: 'EC.ICT.ICT.2C',
        change: 'changed',
        before: { value: 75, status: 'reported' },
        after: { value: null, status: 'not_reported' },
      },
    ]);
  });

  it('reads the same results after rows were inserted', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) =>
        dataSheet(workbook).spliceRows(dataPointRow('EC.ICT.WS.1C')!, 0, [], []),
      ),
      context,
    );
    expect(diffResults(clean.results, validation.results)).toEqual([]);
    expect(validation.valid).toBe(true);
  });

  it('uses the cached result of a formula typed into an input, which the sheet counts too', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => {
        dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator').value = { formula: '1+2', result: 3 };
      }),
      context,
    );
    expect(resultOf(validation, 'EC.ICT.WS.1C')?.value).toBe(75);
    expect(validation.valid).toBe(true);
  });

  it('refuses numbers typed as text, in either convention, since the sheet shows NR for them', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => {
        dataPointCell(workbook, 'EC.ICT.ES.1C', 'denominator').value = '1 234,5';
        dataPointCell(workbook, 'EC.ICT.T.1C', 'denominator').value = '１，２３４．５';
      }),
      context,
    );
    expect(validation.valid).toBe(false);
    expect(
      validation.findings.filter((f) => f.rule === 'value.text-number').map((f) => f.dataPointId),
    ).toEqual(['EC.ICT.ES.1C', 'EC.ICT.T.1C']);
  });

  it('reads the values of a hidden row (and warns)', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => {
        dataSheet(workbook).getRow(dataPointRow('EC.ICT.T.1C')!).hidden = true;
      }),
      context,
    );
    expect(resultOf(validation, 'EC.ICT.T.1C')?.value).toBe(75);
    expect(rulesOf(validation)).toEqual(['sheet.hidden-row']);
  });

  it('accepts the Findings sheet of a feedback workbook on re-upload', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => void workbook.addWorksheet('Findings')),
      context,
    );
    expect(validation.findings).toEqual([]);
  });
});

describe('validateWorkbook: completeness', () => {
  const withNotes = (notes: string) =>
    filledWorkbook((workbook) => {
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator').value = null;
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'notes').value = notes;
    });

  it('accepts a core data point declared not reported with a reason', async () => {
    const validation = await validateWorkbook(
      await withNotes('NR: smart meters are not installed yet'),
      context,
    );
    expect(validation.findings).toEqual([]);
    expect(resultOf(validation, 'EC.ICT.WS.1C')).toMatchObject({
      status: 'not_reported',
      reason: 'missing_input',
      cityReason: 'smart meters are not installed yet',
    });
    expect(validation.summary).toMatchObject({ reported: 131, notReported: 1 });
  });

  it.each(['NR', '', 'see attachment'])(
    'rejects a core data point left empty with notes "%s"',
    async (notes) => {
      const validation = await validateWorkbook(await withNotes(notes), context);
      expect(rulesOf(validation)).toEqual(['completeness.core-missing']);
    },
  );

  it('accepts an empty advanced data point without a reason', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => {
        dataPointCell(workbook, 'EC.ICT.WS.2A', 'numerator').value = null;
      }),
      context,
    );
    expect(validation.valid).toBe(true);
    expect(resultOf(validation, 'EC.ICT.WS.2A')?.status).toBe('not_reported');
  });

  it('reports every empty core data point and maturity answer of the unfilled template, and no crash', async () => {
    const validation = await validateWorkbook(await templateBytes(), context);
    const rules = new Set(rulesOf(validation));
    expect(rules).toEqual(
      new Set(['completeness.core-missing', 'completeness.profile-missing', 'maturity.level-missing']),
    );
    expect(validation.summary.reported).toBe(0);
  });
});
