// The feedback task writes a version's annotated workbook once, beside its results, from the stored findings.
import { describe, expect, it, vi } from 'vitest';
import { writeFeedbackWorkbook } from '../../../core/stage-tasks/write-feedback.ts';
import { feedbackWorkbookKey } from '../../../core/validation/feedback-workbook.ts';
import { resultsKey, type SubmissionResults } from '../../../core/validation/results.ts';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import { dataPointCell, pilotId, signingKey } from '../../fixtures/city-workbook.ts';
import { storeResults } from '../../support/files.ts';
import { receivedUpload } from '../../support/received-upload.ts';

async function receivedVersion() {
  const { deps, bytes } = await receivedUpload((workbook) => {
    dataPointCell(workbook, 'EC.ICT.WS.1C', 'numerator').value = -3;
  });
  const validation = await validateWorkbook(bytes, { pilotId, signingKey });
  const results = { pilotId, version: 1, validatedAt: '2026-03-01T00:00:01.000Z', ...validation };
  await storeResults(deps.documents, resultsKey(pilotId, 1), results as SubmissionResults);
  return { deps, findings: validation.findings };
}

describe('the feedback workbook task', () => {
  it('writes the workbook with the stored findings beside the results, and nothing again on a retry', async () => {
    const { deps, findings } = await receivedVersion();
    const input = { pilotId, version: 1 };

    expect(await writeFeedbackWorkbook(deps, input)).toEqual({
      feedbackKey: feedbackWorkbookKey(pilotId, 1),
    });
    const feedback = await loadWorkbook(await deps.documents.get(feedbackWorkbookKey(pilotId, 1)));
    expect(feedback.getWorksheet('Findings')!.rowCount).toBe(findings.length + 1);
    expect(JSON.stringify(dataPointCell(feedback, 'EC.ICT.WS.1C', 'numerator').note)).toContain('-3');

    const put = vi.spyOn(deps.documents, 'put');
    await writeFeedbackWorkbook(deps, input);
    expect(put).not.toHaveBeenCalled();
  });

  it('refuses a version the pilot does not have', async () => {
    const { deps } = await receivedVersion();
    await expect(writeFeedbackWorkbook(deps, { pilotId, version: 2 })).rejects.toThrow(
      'no submission version 2',
    );
  });
});
