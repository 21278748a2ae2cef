// The validation task grades an upload by the severities the secretariat published, and records their version.
import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../../core/stage-tasks/validate.ts';
import { publishValidationSeverities } from '../../../core/use-cases/validation-severities.ts';
import { resultsKey, submissionResultsSchema } from '../../../core/validation/results.ts';
import { dataPointCell, pilotId } from '../../fixtures/city-workbook.ts';
import { city, secretariat } from '../../support/pilots.ts';
import { receivedUpload } from '../../support/received-upload.ts';

const RULE = 'consistency.fixed-broadband-le-internet';

async function inconsistentUpload() {
  const { deps } = await receivedUpload((workbook) => {
    dataPointCell(workbook, 'EC.ICT.ICT.2C', 'numerator').value = 350_000;
  });
  return deps;
}

describe('the validation task', () => {
  it('refuses an upload whose consistency check the secretariat raised to an error, naming the version', async () => {
    const deps = await inconsistentUpload();
    await expect(
      publishValidationSeverities(deps, city, { severities: [{ rule: RULE, severity: 'error' }] }),
    ).rejects.toThrow('Only the secretariat may change the validation severities');
    await publishValidationSeverities(deps, secretariat, {
      severities: [{ rule: RULE, severity: 'error' }],
      note: 'Broadband figures were wrong in three cities last cycle',
    });

    const outcome = await validateSubmission(deps, { pilotId });

    expect(outcome.valid).toBe(false);
    const stored = submissionResultsSchema.parse(
      JSON.parse((await deps.documents.get(resultsKey(pilotId, 1))).toString('utf8')),
    );
    expect(stored.severitiesVersion).toBe(2);
    expect(stored.findings.find((f) => f.rule === RULE)?.severity).toBe('error');
  });

  it('keeps the check a warning under the shipped severities', async () => {
    const deps = await inconsistentUpload();

    const outcome = await validateSubmission(deps, { pilotId });

    expect(outcome.valid).toBe(true);
  });
});
