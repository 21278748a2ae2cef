// What every Task state of the stage machines gets when a definition is rendered: the standard Retry policy and
// the execution name in its payload. Both runtimes render through state-machines/stage-machines.ts.
//
// Design: the ASL files carry no Retry, and rendering adds this policy to each Task state that declares none.
// The alternative, a one-line reference in each file ("Retry": "${StandardRetry}"), was rejected: the raw file would
// no longer be valid ASL (asl-validator, editors and Workflow Studio read the files as they are), and a new Task
// state whose author forgets the reference would get no retry at all. Inserted by default, it cannot be forgotten.
// A Task that needs another policy declares its own Retry and must be listed in test/support/standard-retry.ts, so
// a deviation is always deliberate.

import { EXECUTION_NAME_FIELD } from '../core/stage-tasks/task-names.ts';

/**
 * Lambda's own transient failures (AWS's recommended retry for lambda:invoke), then the domain's retryable errors by
 * their `name` (core/errors.ts): a dependency briefly unavailable, and a concurrent writer that got there first.
 * A throttle has its own, longer retrier: a function at its reserved concurrency (the workbook tasks,
 * infra/task-specs.ts) refuses the rest of a burst, and those runs must wait for a slot rather than fail. Ten
 * attempts capped at 30 s wait up to 210 s (about half that with full jitter), beyond what a burst of 100 uploads
 * takes to drain through 10 slots (docs/decisions/0019-bounded-validation.md).
 */
export const standardRetry = [
  {
    ErrorEquals: [
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'TransientError',
      'ConcurrencyConflictError',
    ],
    IntervalSeconds: 1,
    MaxAttempts: 3,
    BackoffRate: 2,
    JitterStrategy: 'FULL',
  },
  {
    ErrorEquals: ['Lambda.TooManyRequestsException'],
    IntervalSeconds: 2,
    MaxAttempts: 10,
    BackoffRate: 2,
    MaxDelaySeconds: 30,
    JitterStrategy: 'FULL',
  },
] as const;

export interface AslState {
  Type: string;
  Retry?: unknown[];
  Parameters?: { Payload?: Record<string, unknown> } & Record<string, unknown>;
  [field: string]: unknown;
}

export interface AslDefinition {
  States: Record<string, AslState>;
  [field: string]: unknown;
}

function withExecutionName(parameters: AslState['Parameters']): AslState['Parameters'] {
  const payload = parameters?.Payload;
  // A task that names the execution itself (RecordFailure needs it as data) keeps its own field.
  if (!payload || EXECUTION_NAME_FIELD in payload || `${EXECUTION_NAME_FIELD}.$` in payload)
    return parameters;
  return { ...parameters, Payload: { ...payload, [`${EXECUTION_NAME_FIELD}.$`]: '$$.Execution.Name' } };
}

/** The stage machines have no Map or Parallel states, so their Task states are all at the top level. */
export function withTaskDefaults(definition: AslDefinition): AslDefinition {
  const states = Object.entries(definition.States).map(([name, state]) => [
    name,
    state.Type === 'Task'
      ? { ...state, Parameters: withExecutionName(state.Parameters), Retry: state.Retry ?? standardRetry }
      : state,
  ]);
  return { ...definition, States: Object.fromEntries(states) };
}
