// Runs the stage machines' real ASL files in process with aws-local-stepfunctions, each Task mapped to its handler.
import './polyfills.ts';
import { StateMachine } from 'aws-local-stepfunctions';

type JSONValue = Parameters<StateMachine['run']>[0];

import { type StageMachineName, stageMachineNames } from '../../core/lifecycle/stages.ts';
import type { TaskName } from '../../core/stage-tasks/task-names.ts';
import type { Logger, StageRun, StageRunner } from '../../core/use-cases/ports.ts';
import { renderDefinition, stageMachines, substitutionsFor } from '../../state-machines/stage-machines.ts';

/**
 * Runs one task. `machine` names the stage machine whose Task state invokes it; it is absent for the failure record
 * of a run no Catch saw, which on AWS a function outside the machines writes (functions/execution-failed.ts).
 */
export type TaskInvoker = (task: TaskName, payload: unknown, machine?: StageMachineName) => Promise<unknown>;

/** The ARN-shaped name a Task state carries locally; it is never called, the override runs instead. */
export const localFunctionArn = (task: TaskName) =>
  `arn:aws:lambda:local:000000000000:function:u4ssc-${task}`;

function localDefinition(machine: StageMachineName) {
  return JSON.parse(renderDefinition(machine, substitutionsFor(machine, localFunctionArn))) as {
    TimeoutSeconds?: number;
    States: Record<string, { Type: string; TimeoutSeconds?: number }>;
  };
}

/** Each Task state's own timeout in the ASL, in milliseconds. */
export function taskTimeoutsMs(machine: StageMachineName): Record<string, number> {
  const { States } = localDefinition(machine);
  return Object.fromEntries(
    Object.entries(States).flatMap(([state, definition]) =>
      definition.Type === 'Task' && definition.TimeoutSeconds
        ? [[state, definition.TimeoutSeconds * 1000]]
        : [],
    ),
  );
}

/**
 * Builds a machine once; the definition is validated on construction. Its Task states' timeouts are enforced by
 * `taskOverrides` from when a task really starts: on AWS a throttled invocation's timeout runs only once it runs,
 * while here a task may first wait in the runtime's queue for a workbook slot. The library keeps the machine's own
 * timeout as the backstop of every task.
 */
export function buildLocalMachine(machine: StageMachineName): StateMachine {
  const definition = localDefinition(machine);
  for (const state of Object.values(definition.States))
    if (state.Type === 'Task' && state.TimeoutSeconds) state.TimeoutSeconds = definition.TimeoutSeconds;
  return new StateMachine(definition as unknown as ConstructorParameters<typeof StateMachine>[0]);
}

/** The error a Task state fails with when it runs past its TimeoutSeconds, named as Step Functions names it. */
export class TaskTimeoutError extends Error {
  override name = 'States.Timeout';
}

async function withinTimeout<T>(work: Promise<T>, ms: number, state: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TaskTimeoutError(`${state} ran past its ${ms / 1000} s timeout`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The queue a task waits in for a slot, if it has one (the embedded runtime's workbook tasks do). */
export type TaskQueue = (task: TaskName) => { run<T>(task: () => Promise<T>): Promise<T> } | undefined;

export interface TaskOptions {
  queueFor?: TaskQueue;
  /** Each Task state's timeout; the ASL's by default (tests shorten them). */
  timeoutsMs?: Record<string, number>;
}

/** Step Functions' limit on the data a state passes on, and Lambda's on what a function returns. */
export const MAX_STATE_PAYLOAD_BYTES = 256 * 1024;

/** The error Step Functions ends a run with when a state's data is over the limit. */
export class DataLimitExceededError extends Error {
  override name = 'States.DataLimitExceeded';
}

/** Refuses what AWS would refuse to pass between states; locally nothing else would notice. */
export function assertWithinStateLimit(what: string, data: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(data ?? null));
  if (bytes > MAX_STATE_PAYLOAD_BYTES)
    throw new DataLimitExceededError(`${what} is ${bytes} bytes, over the 256 KB state payload limit`);
}

/**
 * Wraps a task the way lambda:invoke returns, so the ASL's ResultSelector works unchanged; a queued task's timeout
 * starts when it leaves the queue.
 */
export function taskOverrides(machine: StageMachineName, invoke: TaskInvoker, options: TaskOptions = {}) {
  const timeouts = options.timeoutsMs ?? taskTimeoutsMs(machine);
  return Object.fromEntries(
    Object.entries(stageMachines[machine].tasks).map(([state, task]) => [
      state,
      async (input: JSONValue) => {
        const payload = (input as { Payload?: unknown } | null)?.Payload;
        const timeoutMs = timeouts[state];
        const run = () => {
          const work = invoke(task, payload, machine);
          return timeoutMs ? withinTimeout(work, timeoutMs, state) : work;
        };
        const queue = options.queueFor?.(task);
        const result = await (queue ? queue.run(run) : run());
        assertWithinStateLimit(`The result of ${state}`, result);
        return { StatusCode: 200, Payload: result as JSONValue };
      },
    ]),
  );
}

/**
 * Starts one run of a stage machine: its Tasks run through `invoke`, a Retry waits `retryIntervalMs` instead of its
 * interval, and `$$.Execution` names the run. The embedded runtime and the integration tier's Step Functions both
 * run stages this way.
 */
export function runStageMachine(
  machine: StateMachine,
  run: StageRun,
  invoke: TaskInvoker,
  options: { retryIntervalMs: number; executionId: string; queueFor?: TaskQueue },
) {
  const overrides = taskOverrides(run.machine, invoke, { queueFor: options.queueFor });
  return machine.run(run.input, {
    overrides: {
      taskResourceLocalHandlers: overrides,
      retryIntervalOverrides: Object.fromEntries(
        Object.keys(overrides).map((state) => [state, options.retryIntervalMs]),
      ),
    },
    context: { Execution: { Id: options.executionId, Name: run.executionName } },
  });
}

export class LocalStageRunner implements StageRunner {
  private readonly machines = new Map(stageMachineNames.map((m) => [m, buildLocalMachine(m)] as const));
  private readonly running = new Map<string, { done: Promise<void>; abort: () => void }>();
  /** Names started since this process began: like Step Functions, a name runs once (a restart forgets them). */
  private readonly started = new Set<string>();

  constructor(
    private readonly invoke: TaskInvoker,
    private readonly logger: Logger,
    private readonly queueFor?: TaskQueue,
    private readonly retryIntervalMs = 200,
  ) {}

  async start(run: StageRun): Promise<void> {
    assertWithinStateLimit(`The input of ${run.executionName}`, run.input);
    if (this.started.has(run.executionName)) return;
    this.started.add(run.executionName);
    const execution = runStageMachine(this.machines.get(run.machine)!, run, this.invoke, {
      retryIntervalMs: this.retryIntervalMs,
      executionId: `local:${run.executionName}`,
      queueFor: this.queueFor,
    });
    let aborted = false;
    const done = execution.result.then(
      () => this.logger.info('Stage run succeeded', { ...run }),
      async (error: Error) => {
        if (aborted) return;
        this.logger.warn('Stage run ended in failure', { ...run, error: error.message });
        await this.recordUncaughtFailure(run, error);
      },
    );
    this.running.set(run.executionName, {
      done,
      abort: () => {
        aborted = true;
        execution.abort();
      },
    });
    void done.finally(() => this.running.delete(run.executionName));
  }

  /**
   * Failures the ASL cannot Catch (States.Runtime, e.g. a missing path) end a run without recording anything;
   * this records them the way the Catch would. A failure the Catch already recorded is a no-op (same causation id).
   */
  private async recordUncaughtFailure(run: StageRun, error: Error): Promise<void> {
    const failure = { Error: (error.cause as Error | undefined)?.name ?? error.name, Cause: error.message };
    try {
      await this.invoke('recordStageFailure', {
        ...run.input,
        machine: run.machine,
        executionName: run.executionName,
        failure,
      });
    } catch (recordError) {
      this.logger.error('Could not record a failed stage run', { ...run, error: String(recordError) });
    }
  }

  /** Resolves when no run is in flight (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((r) => r.done));
  }

  /** Stops in-flight runs; their pilots keep a pending run that the next start re-drives. */
  abortAll(): void {
    for (const run of this.running.values()) run.abort();
    this.running.clear();
  }
}
