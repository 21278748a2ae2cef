// The verifier's conclusion: it locks the dataset under verification, whose hash is computed here from the stored
// results and never taken from the client.
import * as z from 'zod';
import { latestValidatedVersion } from '../../lifecycle/pilot.ts';
import { datasetHashOf } from '../../verification/dataset-hash.ts';
import { storedResultsBytes } from '../stored-results.ts';
import { decision } from './definition.ts';

export const submitConclusion = decision({
  command: 'submitConclusion',
  body: z.record(z.string(), z.unknown()),
  async prepare({ deps, pilot, body }) {
    const version = latestValidatedVersion(pilot);
    // Without a validated version the command's guard refuses; the placeholder only lets it say why.
    const datasetHash = version
      ? datasetHashOf(await storedResultsBytes(deps, pilot, version))
      : '0'.repeat(64);
    return { payload: { ...body, datasetHash } };
  },
});
