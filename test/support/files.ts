// Files as people send them and stages store them: just the first bytes the arrival checks sniff, and stored
// validation results whose bytes a conclusion hashes.
import type { ObjectStore } from '../../core/use-cases/ports.ts';
import type { SubmissionResults } from '../../core/validation/results.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF = 'application/pdf';

/** Starts as a zip package does, which is all the upload handler checks before validation opens it. */
export const workbookBytes = (size = 64) =>
  Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(size - 4, 7)]);

export const pdfBytes = (text = 'signed by the mayor') => Buffer.from(`%PDF-1.7\n${text}\n`);

/** Stores results as the validation stage does, and returns the bytes a dataset hash is taken of. */
export async function storeResults(
  documents: ObjectStore,
  key: string,
  results: SubmissionResults,
): Promise<Buffer> {
  const bytes = Buffer.from(JSON.stringify(results));
  await documents.put(key, bytes, 'application/json');
  return bytes;
}
