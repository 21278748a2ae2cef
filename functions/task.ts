// Wraps a stage task as a Lambda handler: errors keep their names so the ASL's Retry and Catch can match them.
import { taskHandlers } from '../core/stage-tasks/index.ts';
import type { TaskName } from '../state-machines/stage-machines.ts';
import { deps, logger } from './composition.ts';

export function createTaskHandler(task: TaskName) {
  return async (input: unknown) => {
    try {
      return await taskHandlers[task](deps, input);
    } catch (error) {
      logger.error('Task failed', {
        task,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      throw error;
    }
  };
}
