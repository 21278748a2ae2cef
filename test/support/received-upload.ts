// A pilot whose first workbook was received and waits for validation: the memory store, the upload in place.
import type { Workbook } from 'exceljs';
import { filledWorkbook, pilotId, signingKey } from '../fixtures/city-workbook.ts';
import { XLSX } from './files.ts';
import { memoryDeps } from './memory-deps.ts';
import { pilotIn } from './pilots.ts';

export async function receivedUpload(edit: (workbook: Workbook) => void) {
  const deps = memoryDeps();
  deps.settings.templateSigningKey = signingKey;
  const bytes = await filledWorkbook(edit);
  const submission = {
    version: 1,
    uploadId: 'u1',
    key: `submissions/${pilotId}/v001-u1.xlsx`,
    size: bytes.length,
    receivedAt: '2026-03-01T00:00:00.000Z',
    status: 'received' as const,
  };
  await deps.pilots.seed(pilotIn('submitted', { pilotId, submissions: [submission] }));
  await deps.uploads.put(submission.key, bytes, XLSX);
  return { deps, bytes };
}
