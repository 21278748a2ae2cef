// Wraps a stage task as a Lambda handler: errors keep their names so the ASL's Retry and Catch can match them, and
// every line the invocation logs carries its pilot and execution.
import { taskLogKeys } from '../adapters/aws/log-keys.ts';
import type { TaskHandler } from '../core/stage-tasks/index.ts';
import type { TaskName } from '../core/stage-tasks/task-names.ts';
import { deps, logger } from './composition.ts';

/** Each entry passes its own handler, so a function's bundle holds only the code of its task. */
export function createTaskHandler(task: TaskName, run: TaskHandler) {
  return (input: unknown) =>
    logger.withKeys(taskLogKeys(input), async () => {
      try {
        return await run(deps, input);
      } catch (error) {
        logger.error('Task failed', {
          task,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
        throw error;
      }
    });
}
