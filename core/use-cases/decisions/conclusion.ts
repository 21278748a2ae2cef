// The verifier's conclusion: it locks the dataset under verification, whose hash is computed here from the stored
// results and never taken from the client.
import { latestValidatedVersion } from '../../lifecycle/pilot.ts';
import { conclusionSchema } from '../../lifecycle/verification-schemas.ts';
import { datasetHashOf } from '../../verification/dataset-hash.ts';
import { storedResultsBytes } from '../stored-results.ts';
import { decision } from './definition.ts';

export const submitConclusion = decision({
  command: 'submitConclusion',
  // Strict, so a client naming a dataset hash of its own is refused rather than quietly overruled.
  body: conclusionSchema,
  async prepare({ deps, pilot, body }) {
    const version = latestValidatedVersion(pilot);
    // Without a validated version the command's guard refuses; the placeholder only lets it say why.
    const datasetHash = version
      ? datasetHashOf(await storedResultsBytes(deps, pilot, version))
      : '0'.repeat(64);
    return { payload: { ...body, datasetHash } };
  },
});
