import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../core/template/build-template.ts';
import { type CarryOver, carriedOverNote, isCarriedOverNote } from '../../../core/template/carry-over.ts';
import { dataPointCells, templateLayout } from '../../../core/template/layout.ts';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import { cellRef, dataPointCell, filledWorkbook, pilotId, signingKey } from '../../fixtures/city-workbook.ts';

const carryOver: CarryOver = {
  fromPilotId: 'pilot-2025',
  certifiedAt: '2026-03-15T10:00:00.000Z',
  dataPoints: [
    {
      dataPointId: 'EC.ICT.ICT.1C',
      inputs: { numerator: 300_000, denominator: 400_000 },
      dataOrigin: 'Telecom regulator',
      source: 'Broadband census 2025',
    },
    {
      dataPointId: 'EC.I.UP.2A.COMPACT',
      inputs: { value: 1 },
      dataOrigin: 'Planning office',
      source: 'Plan',
    },
  ],
};

async function templateWithCarryOver() {
  const bytes = await buildTemplate({
    pilotId,
    cityName: 'Testville',
    issuedAt: '2026-06-01T00:00:00.000Z',
    templateId: 'tpl-carry',
    signingKey,
    carryOver,
  });
  return loadWorkbook(bytes);
}

/** A row as a city leaves it when it neither confirms nor updates the carried-over value. */
const leaveUnconfirmed = (id: string) => (workbook: Parameters<typeof dataPointCell>[0]) => {
  dataPointCell(workbook, id, 'notes').value = carriedOverNote(carryOver.certifiedAt);
  dataPointCell(workbook, id, 'dataQuality').value = null;
};

describe('the next cycle template: last cycle values carried over', () => {
  it('writes the previous inputs, origin and source, and asks to confirm each in its Notes', async () => {
    const sheet = (await templateWithCarryOver()).getWorksheet(templateLayout.sheets.dataPoints)!;
    const ratio = dataPointCells('EC.ICT.ICT.1C')!;
    expect(sheet.getCell(ratio.numerator).value).toBe(300_000);
    expect(sheet.getCell(ratio.denominator).value).toBe(400_000);
    expect(sheet.getCell(ratio.dataOrigin).value).toBe('Telecom regulator');
    expect(sheet.getCell(ratio.source).value).toBe('Broadband census 2025');
    expect(sheet.getCell(ratio.dataQuality).value ?? null).toBeNull();
    expect(String(sheet.getCell(ratio.notes).value)).toContain('2026-03-15');
    expect(isCarriedOverNote(String(sheet.getCell(ratio.notes).value))).toBe(true);
    expect(sheet.getCell(ratio.numerator).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
  });

  it('writes a carried-over YES/NO answer as YES or NO', async () => {
    const sheet = (await templateWithCarryOver()).getWorksheet(templateLayout.sheets.dataPoints)!;
    expect(sheet.getCell(dataPointCells('EC.I.UP.2A.COMPACT')!.value).value).toBe('YES');
  });

  it('leaves every other row as in a first-cycle template', async () => {
    const sheet = (await templateWithCarryOver()).getWorksheet(templateLayout.sheets.dataPoints)!;
    const other = dataPointCells('EC.ICT.ICT.2C')!;
    expect(sheet.getCell(other.numerator).value ?? null).toBeNull();
    expect(sheet.getCell(other.notes).value ?? null).toBeNull();
  });

  it('tells the city on the Instructions sheet, in both languages, how many values it carries over', async () => {
    const texts = (await templateWithCarryOver())
      .getWorksheet(templateLayout.sheets.instructions)!
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.startsWith('7. 2 data points hold the values verified'))).toBe(true);
    expect(texts.some((t) => t.startsWith('7. 有 2 个数据点'))).toBe(true);
  });
});

describe('validating a carried-over value', () => {
  it('refuses a value left unconfirmed, at its data quality cell, in both languages', async () => {
    const validation = await validateWorkbook(await filledWorkbook(leaveUnconfirmed('EC.ICT.ICT.1C')), {
      pilotId,
      signingKey,
    });
    const finding = validation.findings.find((f) => f.rule === 'carried-over.unconfirmed');
    expect(validation.valid).toBe(false);
    expect(finding).toMatchObject({
      severity: 'error',
      dataPointId: 'EC.ICT.ICT.1C',
      cell: cellRef('EC.ICT.ICT.1C', 'dataQuality'),
    });
    expect(finding?.message.zh).toContain('沿用上一周期');
    expect(validation.findings.map((f) => f.rule)).not.toContain('metadata.data-quality-missing');
  });

  it('accepts a value confirmed by its data quality and marks the result as carried over', async () => {
    const validation = await validateWorkbook(
      await filledWorkbook((workbook) => {
        dataPointCell(workbook, 'EC.ICT.ICT.1C', 'notes').value = carriedOverNote(carryOver.certifiedAt);
      }),
      { pilotId, signingKey },
    );
    expect(validation.valid).toBe(true);
    expect(validation.results.find((r) => r.dataPointId === 'EC.ICT.ICT.1C')?.carriedOver).toBe(true);
    expect(validation.results.find((r) => r.dataPointId === 'EC.ICT.ICT.2C')?.carriedOver).toBeUndefined();
  });

  it('recognises the note in Chinese alone, as a city working in Chinese may keep only that line', () => {
    const zhLine = carriedOverNote(carryOver.certifiedAt).split('\n')[1]!;
    expect(isCarriedOverNote(zhLine)).toBe(true);
    expect(isCarriedOverNote('Carried on from the yearbook')).toBe(false);
    expect(isCarriedOverNote('沿用国家标准')).toBe(false);
  });
});
