// Where a log line's correlation keys come from: a stage task's payload, an API route, an object key, a stage run.
// Both runtimes take them from here, so the keys of one pilot read the same in every log.
import type { Hono } from 'hono';
import * as z from 'zod';
import { EXECUTION_NAME_FIELD } from '../../core/stage-tasks/task-names.ts';
import type { StageRun } from '../../core/use-cases/ports.ts';
import type { AppLogger, LogKeys } from './logger.ts';

/** Loose on purpose: a payload that names neither still runs, its task rejects what it cannot use. */
const taskPayload = z.object({
  pilotId: z.string().optional(),
  [EXECUTION_NAME_FIELD]: z.string().optional(),
});

/** Every Task state's payload names the pilot, and rendering adds the execution (state-machines/task-defaults.ts). */
export function taskLogKeys(payload: unknown): LogKeys {
  const parsed = taskPayload.safeParse(payload);
  return parsed.success ? parsed.data : {};
}

/** Every key in the buckets reads `<kind>/<pilotId>/…` (docs/architecture.md, "S3 keys never overwrite"). */
export function objectLogKeys(key: string): LogKeys {
  return { pilotId: /^[^/]+\/([^/]+)\//.exec(key)?.[1] };
}

export const runLogKeys = (run: StageRun): LogKeys => ({
  pilotId: run.input.pilotId,
  executionName: run.executionName,
});

/** Gives every request under `<basePath>/pilots/:id` (the route itself and all below it) the pilot's key. */
export function correlatePilotRoutes(app: Hono, basePath: string, logger: AppLogger): void {
  app.use(`${basePath}/pilots/:id/*`, (c, next) => logger.withKeys({ pilotId: c.req.param('id') }, next));
}
