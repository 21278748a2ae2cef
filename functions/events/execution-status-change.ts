// The Step Functions "Execution Status Change" event as EventBridge delivers it: the Parser's EventBridge envelope
// schema with the detail declared here, since the Parser has no Step Functions schema.
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas/eventbridge';
import * as z from 'zod';
import { readableCause } from '../failure-cause.ts';

const executionStatusChangeSchema = EventBridgeSchema.extend({
  detail: z.object({
    name: z.string().min(1),
    status: z.string(),
    /** The execution's input, a JSON string; every stage run starts with the pilot it is about. */
    input: JSONStringified(z.object({ pilotId: z.string().min(1) })),
    error: z.string().nullish(),
    cause: z.string().nullish(),
  }),
});

/** The run that ended and how; a run that timed out or was aborted has no error, so its status stands in. A run
 * that an uncaught function error ended carries Lambda's error payload as its cause. */
export function endedExecution(event: unknown) {
  const { name, status, input, error, cause } = executionStatusChangeSchema.parse(event).detail;
  return {
    pilotId: input.pilotId,
    executionName: name,
    failure: { Error: error ?? status, Cause: readableCause(cause ?? '') },
  };
}
