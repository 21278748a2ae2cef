// Lambda entry for Step Functions "Execution Status Change" events (FAILED, TIMED_OUT, ABORTED) from EventBridge:
// records failures that the ASL's Catch cannot see (States.Runtime, timeouts) on the pilot's timeline.
import * as z from 'zod';
import { machineOfExecution } from '../core/lifecycle/pilot.ts';
import { recordStageFailure } from '../core/stage-tasks/record.ts';
import { deps } from './composition.ts';

const eventSchema = z.object({
  detail: z.object({
    name: z.string(),
    status: z.string(),
    input: z.string(),
    error: z.string().nullish(),
    cause: z.string().nullish(),
  }),
});

export async function handler(event: unknown) {
  const { detail } = eventSchema.parse(event);
  const { pilotId } = z.object({ pilotId: z.string() }).parse(JSON.parse(detail.input));
  const machine = machineOfExecution(pilotId, detail.name);
  if (!machine) throw new Error(`Execution ${detail.name} is not a stage run of pilot ${pilotId}`);
  const failure = { Error: detail.error ?? detail.status, Cause: detail.cause ?? '' };
  return recordStageFailure(deps, { pilotId, machine, executionName: detail.name, failure });
}
