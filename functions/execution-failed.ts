// Lambda entry for Step Functions "Execution Status Change" events (FAILED, TIMED_OUT, ABORTED) from EventBridge:
// records failures that the ASL's Catch cannot see (States.Runtime, timeouts) on the pilot's timeline.
import { machineOfExecution } from '../core/lifecycle/pilot.ts';
import { recordStageFailure } from '../core/stage-tasks/record.ts';
import { deps, logger } from './composition.ts';
import { endedExecution } from './events/execution-status-change.ts';

export async function handler(event: unknown) {
  const { pilotId, executionName, failure } = endedExecution(event);
  return logger.withKeys({ pilotId, executionName }, async () => {
    const machine = machineOfExecution(pilotId, executionName);
    if (!machine) throw new Error(`Execution ${executionName} is not a stage run of pilot ${pilotId}`);
    return recordStageFailure(deps, { pilotId, machine, executionName, failure });
  });
}
