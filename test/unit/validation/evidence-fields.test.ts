import type { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectedRange } from '../../../core/validation/rules/expected-range.ts';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { dataPointCell, filledWorkbook, pilotId, signingKey } from '../../fixtures/city-workbook.ts';

const validate = async (edit: (workbook: Workbook) => void) =>
  validateWorkbook(await filledWorkbook(edit), { pilotId, signingKey });

describe('stored results: what the city typed on the row', () => {
  it('keeps the inputs, data quality, origin, source and notes of each data point for the verifier', async () => {
    const validation = await validate((workbook) => {
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'numerator').value = 450;
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'source').value = 'Household survey 2025';
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'notes').value = 'Survey of 2 000 households';
      dataPointCell(workbook, 'EC.ICT.ICT.1C', 'dataOrigin').value = 'Statistics office';
    });
    const result = validation.results.find((r) => r.dataPointId === 'EC.ICT.ICT.1C');

    expect(result).toMatchObject({
      status: 'reported',
      inputs: { numerator: 450 },
      source: 'Household survey 2025',
      notes: 'Survey of 2 000 households',
      dataOrigin: 'Statistics office',
    });
    expect(result?.dataQuality).toBeTruthy();
  });
});

describe('expectedRange: the bounds the validation rules set on a result', () => {
  it('bounds a percentage between 0 and 100', () => {
    expect(expectedRange('EC.ICT.ICT.1C')).toEqual({
      min: 0,
      max: 100,
      rules: ['value.negative', 'percent.range'],
    });
  });

  it('takes the plausible range of a directly reported value', () => {
    expect(expectedRange('SC.EH.H.1C')).toMatchObject({ min: 40, max: 95 });
  });

  it('bounds a per-100 000 result by its plausibility limit', () => {
    expect(expectedRange('EC.P.IN.2C')).toMatchObject({ min: 0, max: 2_000 });
  });

  it('gives no range to a YES/NO answer or an unknown data point', () => {
    expect(expectedRange('NOPE.X')).toBeUndefined();
  });
});
