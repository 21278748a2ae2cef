// The fingerprint of a verified dataset: the SHA-256 of its stored validation results, fixed when the verifier
// concludes and certified as such.
import { createHash } from 'node:crypto';

export function datasetHashOf(storedResults: Uint8Array): string {
  return createHash('sha256').update(storedResults).digest('hex');
}
