import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allDataPoints } from '../../../core/kpis/catalogue.ts';
import { resultFormula } from '../../../core/template/formulas.ts';
import { dataPointRow, maturityRow, profileFieldRow, templateLayout } from '../../../core/template/layout.ts';
import { validateWorkbook, type WorkbookValidation } from '../../../core/validation/validate-workbook.ts';
import { cellRef, dataPointCell, filledWorkbook, pilotId, signingKey } from '../../fixtures/city-workbook.ts';
import { readZip, writeZip } from '../../fixtures/zip.ts';

const context = { pilotId, signingKey };
const validate = async (edit: (workbook: Workbook) => void) =>
  validateWorkbook(await filledWorkbook(edit), context);
const resultOf = (validation: WorkbookValidation, id: string) =>
  validation.results.find((result) => result.dataPointId === id);
const rulesOf = (validation: WorkbookValidation) => validation.findings.map((finding) => finding.rule);
const pointOf = (id: string) => allDataPoints().find((point) => point.id === id)!;

describe('validateWorkbook: ids swapped in column A', () => {
  it('refuses both rows, names both ids and the cell, and maps no value to the wrong KPI', async () => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'dataPointId').value = 'EC.ICT.ICT.2C';
      dataPointCell(workbook, 'EC.ICT.ICT.2C', 'dataPointId').value = 'EC.ICT.ICT.1C';
    });
    const mismatches = validation.findings.filter((finding) => finding.rule === 'template.id-mismatch');
    expect(mismatches.map((finding) => finding.cell)).toEqual([
      `DataPoints!A${dataPointRow('EC.ICT.ICT.2C')}`,
      `DataPoints!A${dataPointRow('EC.ICT.ICT.1C')}`,
    ]);
    for (const finding of mismatches) {
      expect(finding.message.en).toMatch(
        /EC\.ICT\.ICT\.1C.*EC\.ICT\.ICT\.2C|EC\.ICT\.ICT\.2C.*EC\.ICT\.ICT\.1C/,
      );
      expect(finding.message.zh).toContain('EC.ICT.ICT.1C');
      expect(finding.message.zh).toContain('EC.ICT.ICT.2C');
    }
    expect(validation.valid).toBe(false);
    expect(resultOf(validation, 'EC.ICT.ICT.1C')?.status).toBe('not_reported');
    expect(resultOf(validation, 'EC.ICT.ICT.2C')?.status).toBe('not_reported');
  });
});

describe('validateWorkbook: ids overtyped in column A', () => {
  it("refuses a row whose id was overtyped with another KPI's id, naming the row's own data point", async () => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'dataPointId').value = 'EC.ICT.ES.1C';
    });
    const mismatch = validation.findings.find((finding) => finding.rule === 'template.id-mismatch');
    expect(mismatch).toMatchObject({
      severity: 'error',
      cell: `DataPoints!A${dataPointRow('EC.ICT.WS.1C')}`,
      dataPointId: 'EC.ICT.ES.1C',
    });
    expect(mismatch?.message.en).toContain('EC.ICT.WS.1C');
  });

  it("refuses a row whose KPI code is another KPI's even when its label is unknown", async () => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'kpiCode').value = 'EC: ICT: ES: 1C';
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'labelEn').value = 'Meters';
    });
    expect(rulesOf(validation)).toEqual(['template.id-mismatch']);
  });

  it('reads a row whose label is worded differently, as in a template from an older catalogue', async () => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'labelEn').value = 'Share of smart water meters (old wording)';
    });
    expect(validation.findings).toEqual([]);
    expect(resultOf(validation, 'EC.ICT.WS.1C')?.value).toBe(75);
  });
});

describe('validateWorkbook: numbers that are not finite', () => {
  it.each(['1e309', '-1e309', 'Infinity'])(
    'reports "%s" as not finite, not as a number typed as text',
    async (typed) => {
      const validation = await validate((workbook) => {
        dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator').value = typed;
      });
      expect(rulesOf(validation)).toEqual(['value.not-finite']);
      expect(validation.findings[0]).toMatchObject({
        severity: 'error',
        cell: cellRef('EC.ICT.WS.1C', 'numerator'),
      });
      expect(validation.findings[0]!.message.en).toMatch(/too large/);
    },
  );
});

describe('validateWorkbook: locked formula cells', () => {
  it('refuses a typed denominator even though its row shows a plausible result', async () => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'denominator').value = 600_000;
    });
    expect(validation.findings).toEqual([
      expect.objectContaining({
        rule: 'template.formula-overwritten',
        severity: 'error',
        cell: cellRef('EC.ICT.ICT.1C', 'denominator'),
        dataPointId: 'EC.ICT.ICT.1C',
      }),
    ]);
    expect(validation.findings[0]!.message.en).toContain('"600000"');
    expect(validation.valid).toBe(false);
  });

  it('accepts a result formula whose saved value is the one the server computes', async () => {
    const validation = await validate((workbook) => {
      const point = pointOf('EC.ICT.WS.1C');
      dataPointCell(workbook, point.id, 'result').value = {
        formula: resultFormula(point, dataPointRow(point.id)!),
        result: 75,
      };
    });
    expect(validation.findings).toEqual([]);
  });

  it('accepts a result formula as a spreadsheet program rewrites it (spacing, anchors, case)', async () => {
    const validation = await validate((workbook) => {
      const row = dataPointRow('EC.ICT.WS.1C');
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'result').value = {
        formula: `if(and(isnumber($G$${row}), isnumber(H${row})), if(H${row}=0, "NR", G${row}/H${row}*100), "NR")`,
        result: 75,
      };
    });
    expect(validation.findings).toEqual([]);
  });

  it('accepts a result cell that follows a shared formula, which carries no text of its own', async () => {
    const row = dataPointRow('EC.ICT.WS.1C');
    const own = new RegExp(`(<c r="J${row}"[^>]*>)<f>[^<]*</f>`);
    const entries = (await readZip(await filledWorkbook())).map((entry) => {
      // DataPoints is the template's third sheet.
      if (entry.name !== 'xl/worksheets/sheet3.xml') return entry;
      const xml = entry.data.toString('utf8');
      expect(xml).toMatch(own);
      return { ...entry, data: Buffer.from(xml.replace(own, '$1<f t="shared" si="0"/>')) };
    });
    const validation = await validateWorkbook(writeZip(entries), context);
    expect(validation.findings).toEqual([]);
  });

  it('refuses a result formula whose text is right but which points at another profile field', async () => {
    const validation = await validate((workbook) => {
      const population = `CityProfile!$E$${profileFieldRow('population')}`;
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'denominator').value = {
        formula: `IF(ISNUMBER(${population}),${population},"")`,
        result: 1_000_000,
      };
    });
    expect(rulesOf(validation)).toContain('template.formula-changed');
  });
});

describe('validateWorkbook: findings point at the cell the city edits', () => {
  it.each([
    ['a share over 100 %', 'EC.ICT.ICT.1C', 'numerator', 500_000],
    ['a Gini coefficient over 1', 'SC.SH.SI.2C', 'value', 35],
    ['a rate per 100 000 over its bound', 'SC.SH.SA.9C', 'numerator', 5000],
  ] as const)('puts %s on an input cell, never on the locked result column', async (_, id, column, value) => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, id, column).value = value;
    });
    expect(validation.findings.map((finding) => finding.cell)).toEqual([cellRef(id, column)]);
    const resultColumn = `DataPoints!${templateLayout.dataPoints.columns.result}`;
    expect(validation.findings.every((finding) => !finding.cell?.startsWith(resultColumn))).toBe(true);
  });
});

describe('validateWorkbook: a zero denominator from the city profile', () => {
  it('points at the profile cell, not at the locked formula that shows it', async () => {
    const validation = await validate((workbook) => {
      workbook
        .getWorksheet(templateLayout.sheets.cityProfile)!
        .getCell(`E${profileFieldRow('households')}`).value = 0;
    });
    const zero = validation.findings.filter((finding) => finding.rule === 'value.zero-denominator');
    expect(zero.length).toBeGreaterThan(0);
    expect(new Set(zero.map((finding) => finding.cell))).toEqual(
      new Set([`CityProfile!E${profileFieldRow('households')}`]),
    );
  });
});

describe('validateWorkbook: answers the template offers are accepted however they were entered', () => {
  it('accepts maturity levels 1 to 4 typed, pasted as text or named, the answers without a level, a lower-case currency and a data quality in one language', async () => {
    const validation = await validate((workbook) => {
      const maturity = workbook.getWorksheet(templateLayout.sheets.maturity)!;
      const level = (id: string) =>
        maturity.getCell(`${templateLayout.maturity.columns.level}${maturityRow(id)}`);
      level('strategy').value = 1;
      level('governance').value = '3';
      level('services').value = 4;
      level('funding').value = 'Advanced';
      level('stakeholders').value = '中级';
      level('businessModel').value = 'Not addressed / 未涉及';
      level('valueAssessment').value = '无法评估';
      workbook
        .getWorksheet(templateLayout.sheets.cityProfile)!
        .getCell(`E${profileFieldRow('currency')}`).value = 'cny';
      dataPointCell(workbook, 'EC.ICT.WS.1C', 'dataQuality').value = 'Personal estimation';
      dataPointCell(workbook, 'EC.ICT.ES.1C', 'dataQuality').value = '根据居民调查推算';
    });
    expect(validation.findings).toEqual([]);
    expect(
      Object.fromEntries(validation.maturity.map((entry) => [entry.characteristicId, entry.answer])),
    ).toEqual({
      strategy: { kind: 'level', level: 1 },
      stakeholders: { kind: 'level', level: 2 },
      governance: { kind: 'level', level: 3 },
      funding: { kind: 'level', level: 3 },
      valueAssessment: { kind: 'cannotAssess' },
      businessModel: { kind: 'notAddressed' },
      ictInfrastructure: { kind: 'level', level: 4 },
      services: { kind: 'level', level: 4 },
    });
  });

  it('asks no data quality or origin of a data point that is not reported', async () => {
    const validation = await validate((workbook) => {
      for (const column of ['numerator', 'dataQuality', 'dataOrigin'] as const) {
        dataPointCell(workbook, 'EC.ICT.WS.2A', column).value = null;
      }
    });
    expect(validation.findings).toEqual([]);
    expect(resultOf(validation, 'EC.ICT.WS.2A')?.status).toBe('not_reported');
  });
});
