// The programme sets how the consistency checks grade an upload: raised to an error it blocks the upload, turned off
// it is silent, and any other rule keeps its own severity.
import { describe, expect, it } from 'vitest';
import {
  applySeverities,
  configurableRules,
  validationSeveritiesSchema,
} from '../../../core/validation/severities.ts';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { dataPointCell, filledWorkbook, pilotId, signingKey } from '../../fixtures/city-workbook.ts';

const RULE = 'consistency.fixed-broadband-le-internet';
/** Fixed broadband above household Internet access: a consistency warning under the shipped severities. */
const inconsistent = () =>
  filledWorkbook((workbook) => {
    dataPointCell(workbook, 'EC.ICT.ICT.2C', 'numerator').value = 350_000;
  });
const findingsOf = (validation: Awaited<ReturnType<typeof validateWorkbook>>) =>
  validation.findings.filter((f) => f.rule === RULE).map((f) => f.severity);

describe('the severities of the consistency checks', () => {
  it('leave a check a warning by default, which does not block the upload', async () => {
    const validation = await validateWorkbook(await inconsistent(), { pilotId, signingKey });

    expect(findingsOf(validation)).toEqual(['warning']);
    expect(validation.valid).toBe(true);
  });

  it('block the upload when the programme raised the check to an error', async () => {
    const severities = [{ rule: RULE, severity: 'error' as const }];

    const validation = await validateWorkbook(await inconsistent(), { pilotId, signingKey, severities });

    expect(findingsOf(validation)).toEqual(['error']);
    expect(validation).toMatchObject({ valid: false, summary: { errors: 1 } });
    expect(validation.findings[0]?.rule).toBe(RULE);
  });

  it('silence a check turned off, and leave every other rule as it was', () => {
    const other = { severity: 'error' as const, rule: 'value.not-a-number', message: { en: 'x', zh: 'x' } };
    const check = { ...other, severity: 'warning' as const, rule: RULE };

    expect(applySeverities([other, check], { severities: [{ rule: RULE, severity: 'off' }] })).toEqual([
      other,
    ]);
    expect(applySeverities([other], { severities: [{ rule: RULE, severity: 'warning' }] })).toEqual([other]);
  });

  it('can be set only for the consistency checks, each once', () => {
    const table = (severities: unknown) =>
      validationSeveritiesSchema.safeParse({
        version: 2,
        createdAt: '2026-12-01T00:00:00.000Z',
        createdBy: 's',
        severities,
      });

    expect(configurableRules).toContain(RULE);
    expect(table([{ rule: 'value.not-a-number', severity: 'off' }]).success).toBe(false);
    expect(
      table([
        { rule: RULE, severity: 'error' },
        { rule: RULE, severity: 'off' },
      ]).success,
    ).toBe(false);
    expect(table([{ rule: RULE, severity: 'error' }]).success).toBe(true);
  });
});
