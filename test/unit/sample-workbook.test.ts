import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../core/template/build-template.ts';
import { validateWorkbook } from '../../core/validation/validate-workbook.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';

const signingKey = 'sample-signing-key-0123456789';

describe('the sample workbook used by the demo and tests', () => {
  it('fills every data point with values that pass every validation rule', async () => {
    const template = await buildTemplate({
      pilotId: 'psample',
      cityName: 'Aurora',
      issuedAt: '2026-03-01T00:00:00.000Z',
      templateId: 'tsample',
      signingKey,
    });

    const validation = await validateWorkbook(await fillSampleWorkbook(template), {
      pilotId: 'psample',
      signingKey,
    });

    expect(validation.findings).toEqual([]);
    expect(validation.summary.reported).toBe(132);
  });
});
