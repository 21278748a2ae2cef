// Step Functions for the bundles: StartExecution signed by the calling function and allowed by its role runs the
// real stage machine, each Task invoking its task bundle if the machine's role may; every status change is published.
import { randomUUID } from 'node:crypto';
import { ExecutionAbortedError, ExecutionTimeoutError, type StateMachine } from 'aws-local-stepfunctions';
import * as z from 'zod';
import { buildLocalMachine, runStageMachine } from '../../../adapters/local/local-stage-runner.ts';
import { type StageMachineName, stageMachineNames } from '../../../core/lifecycle/stages.ts';
import type { StageRun } from '../../../core/use-cases/ports.ts';
import type { CredentialsRegistry } from '../../../local/aws-gateway/credentials.ts';
import type { LocalIam } from '../../../local/iam/enforcement.ts';
import { type LocalNaming, localArns } from '../../../local/iam/naming.ts';
import type { EventBus } from './event-bus.ts';
import { type JsonService, ServiceError, startJsonService } from './json-service.ts';
import type { FunctionError, Invocation } from './lambda-host.ts';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** One execution as DescribeExecution and the status change event describe it (dates in epoch milliseconds). */
export interface Execution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate: number | null;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
}

const startExecutionInput = z.object({
  stateMachineArn: z.string().min(1),
  name: z.string().min(1).max(80).optional(),
  input: z.string().default('{}'),
});

/** How Step Functions reports a Lambda function error: its errorType as Error, the error payload as Cause. */
class LambdaFunctionFailure extends Error {
  constructor(error: FunctionError) {
    super(JSON.stringify(error));
    this.name = error.errorType;
  }
}

export interface StepFunctionsConfig {
  registry: CredentialsRegistry;
  naming: LocalNaming;
  /** The policies in force now (a test may swap them). */
  iam: () => LocalIam;
  invoke: (task: string, payload: unknown) => Promise<Invocation>;
  /** Where every status change is published, as Step Functions publishes it to EventBridge. */
  events: Pick<EventBus, 'publish'>;
  /** Instead of each Retry's interval, so that a retried task does not hold the test for seconds. */
  retryIntervalMs: number;
}

export interface StepFunctions extends JsonService {
  executions: ReadonlyMap<string, Execution>;
  readonly busy: boolean;
  /** Resolves when no execution is running. */
  idle(): Promise<void>;
}

/** "Step Functions Execution Status Change", as EventBridge receives it. */
function publishStatusChange(events: StepFunctionsConfig['events'], execution: Execution): void {
  events.publish('aws.states', 'Step Functions Execution Status Change', [execution.executionArn], {
    ...execution,
    inputDetails: { included: true },
    outputDetails: execution.output === null ? null : { included: true },
  });
}

/** What ended a run, in the terms of its status change event. */
function ending(reason: unknown): Pick<Execution, 'status' | 'error' | 'cause'> {
  if (reason instanceof ExecutionTimeoutError) return { status: 'TIMED_OUT', error: null, cause: null };
  if (reason instanceof ExecutionAbortedError) return { status: 'ABORTED', error: null, cause: null };
  // aws-local-stepfunctions wraps what failed the run (a Fail state, an uncaught error) as the cause.
  const failure = ((reason as Error).cause ?? reason) as Error;
  return { status: 'FAILED', error: failure.name, cause: failure.message };
}

export async function startStepFunctions(config: StepFunctionsConfig): Promise<StepFunctions> {
  const arns = localArns(config.naming);
  const machineByArn = new Map(stageMachineNames.map((machine) => [arns.stateMachine(machine), machine]));
  const definitions = new Map<StageMachineName, StateMachine>();
  const executions = new Map<string, Execution>();
  const running = new Map<string, { done: Promise<void>; abort: () => void }>();
  // Runs cut short by stopping the stand-in are no status change anyone should react to.
  let stopped = false;

  const invokeTask = (machine: StageMachineName) => async (task: string, payload: unknown) => {
    config.iam().assertMayInvoke(machine, task);
    const outcome = await config.invoke(task, payload);
    if ('error' in outcome) throw new LambdaFunctionFailure(outcome.error);
    return outcome.result;
  };

  function start(machine: StageMachineName, execution: Execution): void {
    if (!definitions.has(machine)) definitions.set(machine, buildLocalMachine(machine));
    // Step Functions takes any JSON as input; the stage machines read the pilot from it.
    const run = {
      machine,
      executionName: execution.name,
      input: JSON.parse(execution.input) as StageRun['input'],
    };
    const { result, abort } = runStageMachine(definitions.get(machine)!, run, invokeTask(machine), {
      retryIntervalMs: config.retryIntervalMs,
      executionId: execution.executionArn,
    });
    const end = (outcome: Pick<Execution, 'status' | 'output' | 'error' | 'cause'>) => {
      Object.assign(execution, outcome, { stopDate: Date.now() });
      running.delete(execution.executionArn);
      if (!stopped) publishStatusChange(config.events, execution);
    };
    const done = result.then(
      (output) => end({ status: 'SUCCEEDED', output: JSON.stringify(output), error: null, cause: null }),
      (reason: unknown) => end({ ...ending(reason), output: null }),
    );
    running.set(execution.executionArn, { done, abort });
    publishStatusChange(config.events, execution);
  }

  const service = await startJsonService({
    signingName: 'states',
    targetPrefix: 'AWSStepFunctions',
    jsonVersion: '1.0',
    region: config.naming.region,
    registry: config.registry,
    operations: {
      StartExecution: (body, principal) => {
        const request = startExecutionInput.parse(body);
        const machine = machineByArn.get(request.stateMachineArn);
        if (!machine)
          throw new ServiceError(
            'StateMachineDoesNotExist',
            `State Machine Does Not Exist: '${request.stateMachineArn}'`,
          );
        config.iam().assertAllowed(principal, 'states:StartExecution', request.stateMachineArn);
        const name = request.name ?? randomUUID();
        const executionArn = `${request.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
        const existing = executions.get(executionArn);
        // A Standard workflow's start is idempotent while that run is alive with the same input; otherwise the
        // name is taken for 90 days.
        if (existing) {
          if (existing.status === 'RUNNING' && existing.input === request.input)
            return { executionArn, startDate: existing.startDate / 1000 };
          throw new ServiceError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
        }
        try {
          JSON.parse(request.input);
        } catch {
          throw new ServiceError('InvalidExecutionInput', 'Invalid State Machine Execution Input');
        }
        const execution: Execution = {
          executionArn,
          stateMachineArn: request.stateMachineArn,
          name,
          status: 'RUNNING',
          startDate: Date.now(),
          stopDate: null,
          input: request.input,
          output: null,
          error: null,
          cause: null,
        };
        executions.set(executionArn, execution);
        start(machine, execution);
        return { executionArn, startDate: execution.startDate / 1000 };
      },
    },
  });

  return {
    ...service,
    executions,
    get busy() {
      return running.size > 0;
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()].map((run) => run.done));
    },
    async stop() {
      stopped = true;
      for (const run of running.values()) run.abort();
      await service.stop();
    },
  };
}
