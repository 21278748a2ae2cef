// The verifier's conclusion, which locks the dataset under verification (its hash computed here from the stored
// results, never taken from the client), and the supervisor's decision on it.
import * as z from 'zod';
import { latestValidatedVersion } from '../../lifecycle/pilot.ts';
import { returnConclusionPayload } from '../../lifecycle/verification-commands.ts';
import { conclusionSchema } from '../../lifecycle/verification-schemas.ts';
import { datasetHashOf } from '../../verification/dataset-hash.ts';
import { storedResultsBytes } from '../stored-results.ts';
import { choiceError, decision } from './definition.ts';

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

/**
 * The supervisor's decision: approving opens the city's comment window on the draft report, whose length is the
 * programme's setting and never the client's; returning carries the comments for the verifier.
 */
export const decideOnConclusion = decision({
  command: { approve: 'approveConclusion', return: 'returnConclusion' },
  body: z.discriminatedUnion(
    'decision',
    [
      z.strictObject({ decision: z.literal('approve') }),
      returnConclusionPayload.extend({ decision: z.literal('return') }),
    ],
    { error: choiceError(['approve', 'return']) },
  ),
  async prepare({ deps, body, command }) {
    return command === 'approveConclusion'
      ? { payload: { draftReviewDays: deps.settings.draftReviewDays } }
      : { payload: body };
  },
});
