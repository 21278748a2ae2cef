import type { Workbook, Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { buildTemplate } from '../../../core/template/build-template.ts';
import { dataQualityOptions } from '../../../core/template/lists.ts';
import { dataPointCells, profileFieldRow, templateLayout } from '../../../core/template/read-template.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';

const input = {
  pilotId: 'pilot-0001',
  cityName: 'Suzhou',
  country: 'China',
  issuedAt: '2025-03-01T08:00:00Z',
  templateId: 'tpl-0001',
  signingKey: 'unit-test-signing-key-0123456789',
};

let workbook: Workbook;
const sheet = (name: string): Worksheet => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`missing sheet ${name}`);
  return found;
};
const { sheets } = templateLayout;

beforeAll(async () => {
  workbook = await loadWorkbook(await buildTemplate(input));
});

describe('buildTemplate: sheets', () => {
  it('writes the six sheets in layout order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(Object.values(sheets));
  });

  it('hides Meta and Lists with the hidden (not veryHidden) state and shows the others', () => {
    expect(sheet(sheets.meta).state).toBe('hidden');
    expect(sheet(sheets.lists).state).toBe('hidden');
    for (const name of [sheets.instructions, sheets.cityProfile, sheets.dataPoints, sheets.maturity]) {
      expect(sheet(name).state).toBe('visible');
    }
  });

  it('names the city and pilot in both languages on the Instructions sheet', () => {
    const texts = sheet(sheets.instructions)
      .getSheetValues()
      .flat()
      .filter((value): value is string => typeof value === 'string');
    expect(texts).toContain('City: Suzhou (China)');
    expect(texts).toContain('城市：Suzhou (China)');
  });
});

describe('buildTemplate: DataPoints sheet', () => {
  const { columns, firstDataRow } = templateLayout.dataPoints;

  it('has one row per data point in catalogue order', () => {
    const ws = sheet(sheets.dataPoints);
    const ids = allDataPoints().map(
      (_, index) => ws.getCell(`${columns.dataPointId}${firstDataRow + index}`).text,
    );
    expect(ids).toEqual(allDataPoints().map((point) => point.id));
    expect(ws.getCell(`${columns.dataPointId}${firstDataRow + allDataPoints().length}`).text).toBe('');
  });

  it('locates a data point’s cells by id through the layout', () => {
    const cells = dataPointCells('EN.EN.AQ.1C.NO2');
    expect(cells).toBeDefined();
    expect(sheet(sheets.dataPoints).getCell(cells!.dataPointId).text).toBe('EN.EN.AQ.1C.NO2');
    expect(dataPointCells('NO.SUCH.POINT')).toBeUndefined();
  });

  it('shows NR as the cached result of a formula until inputs are present', () => {
    const result = sheet(sheets.dataPoints).getCell(dataPointCells('EC.I.T.5A')!.result).value;
    expect(result).toMatchObject({ result: 'NR' });
    expect(JSON.stringify(result)).toContain('*1');
  });

  it('pulls a profile denominator from the CityProfile value cell', () => {
    const denominator = sheet(sheets.dataPoints).getCell(dataPointCells('EC.ICT.ICT.1C')!.denominator).value;
    const profileCell = `${templateLayout.cityProfile.columns.value}$${profileFieldRow('households')}`;
    expect(JSON.stringify(denominator)).toContain(`CityProfile!$${profileCell}`);
  });

  it('offers the six data-quality choices as a dropdown from the Lists sheet', () => {
    const validation = sheet(sheets.dataPoints).getCell(
      dataPointCells('EC.ICT.ICT.1C')!.dataQuality,
    ).dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: [templateLayout.lists.dataQuality.range] });
    const lists = sheet(sheets.lists);
    const choices = dataQualityOptions.map((_, index) => lists.getCell(`A${index + 2}`).text);
    expect(choices).toHaveLength(6);
    expect(choices[0]).toBe('Accurate measurements / 准确测量');
  });

  it('offers YES/NO as a dropdown on yes/no data points', () => {
    const validation = sheet(sheets.dataPoints).getCell(
      dataPointCells('SC.SH.SA.3A.RISK')!.value,
    ).dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: [templateLayout.lists.yesNo.range] });
  });

  it('accepts only numbers of 0 or more in numeric input cells', () => {
    const validation = sheet(sheets.dataPoints).getCell(
      dataPointCells('EC.I.T.5A')!.numerator,
    ).dataValidation;
    expect(validation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
  });
});

describe('buildTemplate: protection and printing', () => {
  it('protects every sheet with a low spin count', () => {
    // exceljs reads sheetProtection back but does not declare it on Worksheet.
    for (const ws of workbook.worksheets as (Worksheet & { sheetProtection?: object })[]) {
      expect(ws.sheetProtection, ws.name).toMatchObject({ sheet: true, spinCount: 1000 });
    }
  });

  it('unlocks input cells and keeps labels, profile formulas and results locked', () => {
    const ws = sheet(sheets.dataPoints);
    const cells = dataPointCells('EC.ICT.ICT.1C')!;
    for (const key of ['numerator', 'dataQuality', 'dataOrigin', 'source', 'notes'] as const) {
      expect(ws.getCell(cells[key]).protection?.locked, key).toBe(false);
    }
    for (const key of ['dataPointId', 'denominator', 'value', 'result'] as const) {
      expect(ws.getCell(cells[key]).protection?.locked, key).not.toBe(false);
    }
  });

  it('unlocks the maturity level and evidence cells and offers levels 1-4, not addressed and cannot assess', () => {
    const ws = sheet(sheets.maturity);
    const { columns, firstDataRow } = templateLayout.maturity;
    expect(ws.getCell(`${columns.level}${firstDataRow}`).protection?.locked).toBe(false);
    expect(ws.getCell(`${columns.level}${firstDataRow}`).dataValidation).toMatchObject({
      type: 'list',
      formulae: [templateLayout.lists.maturityLevel.range],
    });
    const choices = [2, 3, 4, 5, 6, 7].map((row) => sheet(sheets.lists).getCell(`C${row}`).value);
    expect(choices).toEqual([1, 2, 3, 4, 'Not addressed / 未涉及', 'Cannot assess / 无法评估']);
    expect(ws.getCell(`${columns.characteristicId}${firstDataRow + 7}`).text).toBe('services');
  });

  it('freezes the header row and prints landscape, one page wide, repeating the header', () => {
    const ws = sheet(sheets.dataPoints);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
  });
});

describe('buildTemplate: input validation', () => {
  it('rejects a signing key shorter than 16 characters', async () => {
    await expect(buildTemplate({ ...input, signingKey: 'short' })).rejects.toThrow();
  });

  it('rejects an issuedAt that is not an ISO date-time', async () => {
    await expect(buildTemplate({ ...input, issuedAt: 'yesterday' })).rejects.toThrow();
  });
});
