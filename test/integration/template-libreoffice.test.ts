import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../core/template/build-template.ts';
import { dataQualityCellValue, dataQualityOptions } from '../../core/template/lists.ts';
import {
  checkTemplate,
  dataPointCells,
  maturityRow,
  profileFieldRow,
  readWorkbookMeta,
  templateLayout,
  verifyTemplateSignature,
} from '../../core/template/read-template.ts';
import { loadWorkbook } from '../../core/xlsx.ts';
import { parseAddress, type WorkbookGrid } from '../../core/xlsx-reader/grid.ts';
import { isPercentFormat } from '../../core/xlsx-reader/number-formats.ts';
import { expectSameAsExceljs } from '../fixtures/grid-vs-exceljs.ts';
import { readUpload } from '../fixtures/read-upload.ts';
import { resavedByLibreOffice } from '../support/libreoffice.ts';

const run = promisify(execFile);
const signingKey = 'integration-signing-key-0123456789';
const { sheets } = templateLayout;
const surveyChoice = dataQualityCellValue(dataQualityOptions[1]);
const chineseNote = '数据来自统计局 2024 年鉴';

let workdir: string;
let roundTripped: Workbook;
/** The same file as the validation reads it. */
let roundTrippedGrid: WorkbookGrid;

/** Types values into a fresh template the way a city (or a third-party tool) would. */
async function filledTemplate(): Promise<Buffer> {
  const workbook = await loadWorkbook(
    await buildTemplate({
      pilotId: 'pilot-lo-1',
      cityName: '苏州',
      country: 'China',
      issuedAt: '2025-04-01T00:00:00Z',
      templateId: 'tpl-lo-1',
      signingKey,
    }),
  );
  const profile = workbook.getWorksheet(sheets.cityProfile)!;
  const valueColumn = templateLayout.cityProfile.columns.value;
  profile.getCell(`${valueColumn}${profileFieldRow('population')}`).value = 1_250_000;
  profile.getCell(`${valueColumn}${profileFieldRow('households')}`).value = 480_000;
  profile.getCell(`${valueColumn}${profileFieldRow('currency')}`).value = 'CNY';

  const points = workbook.getWorksheet(sheets.dataPoints)!;
  const internet = dataPointCells('EC.ICT.ICT.1C')!;
  points.getCell(internet.numerator).value = 432_000;
  points.getCell(internet.dataQuality).value = surveyChoice;
  points.getCell(internet.notes).value = chineseNote;
  points.getCell(dataPointCells('EN.EN.AQ.1C.PM25')!.value).value = 31.5;
  points.getCell(dataPointCells('SC.SH.SA.3A.RISK')!.value).value = 'YES';
  // Cells LibreOffice writes its own way: a formula, a percentage, a date, a hidden row.
  const broadband = dataPointCells('EC.ICT.WS.1C')!;
  points.getCell(broadband.numerator).value = { formula: '2+3', result: 5 };
  const formatted = (address: string, value: number | Date, numFmt: string) => {
    const cell = points.getCell(address);
    cell.value = value;
    // Loaded cells share style objects: a copy, or every input cell would take this format.
    cell.style = { ...cell.style, numFmt };
  };
  formatted(broadband.denominator, 0.25, '0%');
  formatted(broadband.notes, new Date('2024-06-30T00:00:00Z'), 'yyyy-mm-dd');
  points.getRow(Number(broadband.notes.replace(/^[A-Z]+/, ''))).hidden = true;

  const maturity = workbook.getWorksheet(sheets.maturity)!;
  maturity.getCell(`${templateLayout.maturity.columns.level}${maturityRow('governance')}`).value = 3;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  // Fails (rather than skips) when LibreOffice is absent: this test exists to prove the round trip.
  await run('soffice', ['--version']).catch((error: unknown) => {
    throw new Error(
      `soffice is required: apt-get install -y --no-install-recommends libreoffice-calc (${error})`,
    );
  });
  workdir = await mkdtemp(join(tmpdir(), 'u4ssc-lo-'));
  const saved = await resavedByLibreOffice(await filledTemplate(), workdir);
  roundTripped = await loadWorkbook(saved);
  roundTrippedGrid = await readUpload(saved);
}, 60_000);

afterAll(async () => {
  if (workdir) await rm(workdir, { recursive: true, force: true });
});

describe('template after a LibreOffice save', () => {
  it('keeps the Meta values and a signature that still verifies', () => {
    const meta = readWorkbookMeta(roundTrippedGrid);
    expect(meta).toMatchObject({
      pilotId: 'pilot-lo-1',
      templateId: 'tpl-lo-1',
      issuedAt: '2025-04-01T00:00:00Z',
    });
    expect(verifyTemplateSignature(meta, signingKey)).toBe(true);
  });

  it('reads, as the validation does, every cell as exceljs reads it', () => {
    expect(expectSameAsExceljs(roundTrippedGrid, roundTripped)).toBeGreaterThan(1000);
    const points = roundTrippedGrid.sheet(sheets.dataPoints)!;
    const at = (address: string) => {
      const { row, column } = parseAddress(address)!;
      return { cell: points.cell(row, column), row };
    };
    const broadband = dataPointCells('EC.ICT.WS.1C')!;
    expect(at(broadband.numerator).cell).toMatchObject({
      formula: true,
      value: { type: 'number', value: 5 },
    });
    expect(isPercentFormat(at(broadband.denominator).cell.numFmt)).toBe(true);
    expect(at(broadband.notes).cell.value).toEqual({ type: 'date', iso: '2024-06-30T00:00:00.000Z' });
    expect(points.rowHidden(at(broadband.notes).row)).toBe(true);
  });

  it('keeps the structure the signature covers', () => {
    expect(checkTemplate(roundTrippedGrid, signingKey).problems).toEqual([]);
  });

  it('keeps Meta and Lists hidden', () => {
    expect(roundTripped.getWorksheet(sheets.meta)?.state).toBe('hidden');
    expect(roundTripped.getWorksheet(sheets.lists)?.state).toBe('hidden');
  });

  it('keeps the filled numbers, texts and dropdown choices', () => {
    const profile = roundTripped.getWorksheet(sheets.cityProfile)!;
    const valueColumn = templateLayout.cityProfile.columns.value;
    expect(profile.getCell(`${valueColumn}${profileFieldRow('population')}`).value).toBe(1_250_000);
    expect(profile.getCell(`${valueColumn}${profileFieldRow('currency')}`).value).toBe('CNY');

    const points = roundTripped.getWorksheet(sheets.dataPoints)!;
    const internet = dataPointCells('EC.ICT.ICT.1C')!;
    expect(points.getCell(internet.numerator).value).toBe(432_000);
    expect(points.getCell(internet.dataQuality).text).toBe(surveyChoice);
    expect(points.getCell(internet.notes).text).toBe(chineseNote);
    expect(points.getCell(dataPointCells('EN.EN.AQ.1C.PM25')!.value).value).toBe(31.5);
    expect(points.getCell(dataPointCells('SC.SH.SA.3A.RISK')!.value).text).toBe('YES');

    const maturity = roundTripped.getWorksheet(sheets.maturity)!;
    expect(
      maturity.getCell(`${templateLayout.maturity.columns.level}${maturityRow('governance')}`).value,
    ).toBe(3);
  });

  it('keeps the dropdown validations on input cells', () => {
    const points = roundTripped.getWorksheet(sheets.dataPoints)!;
    const validation = points.getCell(dataPointCells('EC.ICT.ICT.1C')!.dataQuality).dataValidation;
    expect(validation?.type).toBe('list');
    // LibreOffice may append a spurious second formula to list validations; only the first one matters.
    expect(validation?.formulae?.[0]).toBe(templateLayout.lists.dataQuality.range);
  });
});
