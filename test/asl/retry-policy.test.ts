import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localFunctionArn } from '../../adapters/local/local-stage-runner.ts';
import { ConcurrencyConflictError, TransientError } from '../../core/errors.ts';
import { stageMachineNames } from '../../core/lifecycle/stages.ts';
import { definitionPath, renderDefinition, substitutionsFor } from '../../state-machines/stage-machines.ts';
import { standardRetry, withTaskDefaults } from '../../state-machines/task-defaults.ts';
import { ownRetryPoliciesOf, tasksWithoutStandardRetry } from '../support/standard-retry.ts';

const THROTTLE = 'Lambda.TooManyRequestsException';

const task = (extra: object = {}) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  End: true,
  ...extra,
});

describe('the standard Retry policy', () => {
  it.each(stageMachineNames)('is on every Task state of %s as rendered', (machine) => {
    const rendered = JSON.parse(renderDefinition(machine, substitutionsFor(machine, localFunctionArn)));
    expect(tasksWithoutStandardRetry(rendered, ownRetryPoliciesOf(machine))).toEqual([]);
  });

  it.each(stageMachineNames)('is defined once: the file %s declares no Retry of its own', (machine) => {
    const file = JSON.parse(readFileSync(definitionPath(machine), 'utf8')) as {
      States: Record<string, { Retry?: unknown }>;
    };
    const declared = Object.entries(file.States)
      .filter(([, s]) => s.Retry)
      .map(([name]) => name);
    expect(declared).toEqual(ownRetryPoliciesOf(machine));
  });

  it('retries the domain errors by the names they are thrown with', () => {
    const names = standardRetry[0].ErrorEquals as readonly string[];
    expect(names).toContain(new TransientError('x').name);
    expect(names).toContain(new ConcurrencyConflictError('x').name);
  });

  it('waits out a throttled function, with backoff, longer than a burst takes to drain through its slots', () => {
    const throttle = standardRetry.find((r) => (r.ErrorEquals as readonly string[]).includes(THROTTLE));
    const others = standardRetry.filter((r) => r !== throttle).flatMap((r) => r.ErrorEquals);
    expect(others).not.toContain(THROTTLE);
    const { IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds } = throttle as {
      IntervalSeconds: number;
      MaxAttempts: number;
      BackoffRate: number;
      MaxDelaySeconds: number;
    };
    const waits = Array.from({ length: MaxAttempts }, (_, attempt) =>
      Math.min(IntervalSeconds * BackoffRate ** attempt, MaxDelaySeconds),
    );
    expect(BackoffRate).toBeGreaterThan(1);
    // 100 uploads through 10 slots of a ~4 s feedback workbook drain in ~40 s; full jitter halves the mean wait.
    expect(waits.reduce((sum, wait) => sum + wait, 0) / 2).toBeGreaterThan(40);
  });

  it('is given to a Task without one, and a Task with its own policy keeps it', () => {
    const own = [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 1 }];
    const rendered = withTaskDefaults({ States: { Plain: task(), Special: task({ Retry: own }) } });
    expect(rendered.States.Plain?.Retry).toEqual(standardRetry);
    expect(rendered.States.Special?.Retry).toEqual(own);
  });
});

describe('the checker of the standard Retry policy', () => {
  it('flags a Task without it, one with another policy, and one nested in a Parallel state', () => {
    const definition = {
      States: {
        Covered: task({ Retry: structuredClone(standardRetry) }),
        Bare: task(),
        Other: task({ Retry: [{ ...standardRetry[0], MaxAttempts: 5 }] }),
        Fork: {
          Type: 'Parallel',
          Branches: [{ States: { Inner: task(), Fine: task({ Retry: standardRetry }) } }],
        },
        Wait: { Type: 'Wait', Seconds: 1 },
      },
    };

    expect(tasksWithoutStandardRetry(definition)).toEqual(['Bare', 'Other', 'Fork/Inner']);
  });

  it('lets through a Task explicitly allowed its own policy', () => {
    const definition = { States: { Other: task({ Retry: [{ ErrorEquals: ['States.ALL'] }] }) } };
    expect(tasksWithoutStandardRetry(definition, ['Other'])).toEqual([]);
  });
});
