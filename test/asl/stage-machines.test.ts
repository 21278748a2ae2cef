import { readFileSync } from 'node:fs';
import aslValidator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { buildLocalMachine, taskOverrides } from '../../adapters/local/local-stage-runner.ts';
import { TransientError } from '../../core/errors.ts';
import { type StageMachineName, stageMachineNames } from '../../core/lifecycle/stages.ts';
import type { TaskName } from '../../core/stage-tasks/task-names.ts';
import { definitionPath, definitionTemplate, stageMachines } from '../../state-machines/stage-machines.ts';

interface Call {
  task: TaskName;
  payload: Record<string, unknown>;
}

const fakeResults: Partial<Record<TaskName, unknown>> = {
  checkLetter: {
    checks: [{ check: 'vision_described', passed: true }],
    letterDocument: { kind: 'letter_of_intent', key: 'letters/p1/d1.pdf', contentType: 'application/pdf' },
  },
  generateTemplate: {
    templateId: 't1',
    key: 'templates/p1/t1.xlsx',
    catalogueVersion: '1.0.0',
    collectionMonths: 4,
  },
  validateSubmission: {
    valid: true,
    version: 2,
    summary: { errors: 0, warnings: 0, reported: 1, notReported: 0 },
    resultsKey: 'r',
    changedDataPoints: [],
  },
  describePilot: { verifierId: 'verifier', stage: 'verifier_assigned' },
  generateReport: { documents: [{ kind: 'verification_report', key: 'k', contentType: 'application/pdf' }] },
  generateCertificate: {
    certificateNumber: 'U4SSC-1',
    datasetHash: 'h',
    document: { kind: 'certificate', key: 'c', contentType: 'application/pdf' },
  },
};

async function execute(
  machine: StageMachineName,
  behaviour: (call: Call, attempt: number) => unknown = () => undefined,
) {
  const calls: Call[] = [];
  const attempts = new Map<TaskName, number>();
  const invoke = async (task: TaskName, payload: unknown) => {
    const call = { task, payload: payload as Record<string, unknown> };
    calls.push(call);
    attempts.set(task, (attempts.get(task) ?? 0) + 1);
    const custom = await behaviour(call, attempts.get(task)!);
    return custom ?? fakeResults[task] ?? { ok: true };
  };
  const overrides = taskOverrides(machine, invoke);
  const execution = buildLocalMachine(machine).run(
    { pilotId: 'p1' },
    {
      overrides: {
        taskResourceLocalHandlers: overrides,
        retryIntervalOverrides: Object.fromEntries(Object.keys(overrides).map((s) => [s, 0])),
      },
      context: { Execution: { Id: 'local:run-1', Name: 'run-1' } },
    },
  );
  const outcome = await execution.result.then(
    (output: unknown) => ({ ok: true as const, output }),
    (error: Error & { cause?: { name?: string } }) => ({ ok: false as const, error }),
  );
  return { calls, outcome };
}

const commandsOf = (calls: Call[]) =>
  calls.filter((c) => c.task === 'recordTransition').map((c) => c.payload.command);

describe('each stage machine file', () => {
  it.each(stageMachineNames)('%s is valid ASL in JSONPath and names only tasks of the table', (machine) => {
    const definition = JSON.parse(readFileSync(definitionPath(machine), 'utf8'));
    const taskStates = Object.entries(definition.States as Record<string, { Type: string }>)
      .filter(([, s]) => s.Type === 'Task')
      .map(([name]) => name);

    // Both the file as written and the definition the runtimes run (with the Task defaults) are valid.
    for (const candidate of [definition, JSON.parse(definitionTemplate(machine))]) {
      const { isValid, errors } = aslValidator(structuredClone(candidate));
      expect(errors).toEqual([]);
      expect(isValid).toBe(true);
    }
    expect(definition.QueryLanguage).toBe('JSONPath');
    expect(taskStates.sort()).toEqual(Object.keys(stageMachines[machine].tasks).sort());
  });

  it.each(stageMachineNames)('%s passes the execution name to every task it invokes', async (machine) => {
    const { calls } = await execute(machine);

    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.payload.executionName !== 'run-1')).toEqual([]);
  });

  it.each(stageMachineNames)('%s records a failure and fails when a task fails for good', async (machine) => {
    const firstTask = Object.values(stageMachines[machine].tasks)[0]!;

    const { calls, outcome } = await execute(machine, (call) => {
      if (call.task === firstTask) throw Object.assign(new Error('disk on fire'), { name: 'BrokenError' });
    });

    expect(outcome.ok).toBe(false);
    const failure = calls.find((c) => c.task === 'recordStageFailure');
    expect(failure?.payload).toEqual({
      pilotId: 'p1',
      machine,
      executionName: 'run-1',
      failure: { Error: 'BrokenError', Cause: 'disk on fire' },
    });
  });
});

describe('stage machine paths', () => {
  it('letter-of-intent intake notifies both sides before recording the checks', async () => {
    const { calls, outcome } = await execute('letter-of-intent-intake');

    expect(outcome.ok).toBe(true);
    expect(calls.map((c) => c.task)).toEqual([
      'checkLetter',
      'sendNotification',
      'sendNotification',
      'recordTransition',
    ]);
    expect(calls[3]?.payload).toEqual({
      pilotId: 'p1',
      executionName: 'run-1',
      command: 'recordIntakeChecks',
      payload: fakeResults.checkLetter,
      causationId: 'run-1/RecordIntake',
    });
  });

  it('template issuance records the template, notifies the city and opens data collection', async () => {
    const { calls } = await execute('template-issuance');

    expect(commandsOf(calls)).toEqual(['issueTemplate', 'openDataCollection']);
    expect(calls[1]?.payload.payload).toEqual({
      templateId: 't1',
      key: 'templates/p1/t1.xlsx',
      catalogueVersion: '1.0.0',
    });
  });

  it('template issuance opens data collection for the period the template task read, not a fixed one', async () => {
    const { calls } = await execute('template-issuance');

    expect(calls.find((c) => c.payload.command === 'openDataCollection')?.payload.payload).toEqual({
      collectionMonths: 4,
    });
  });

  it('submission validation records a valid workbook as validated', async () => {
    const { calls } = await execute('submission-validation');

    expect(commandsOf(calls)).toEqual(['passValidation']);
    expect(calls.find((c) => c.task === 'sendNotification')?.payload).toEqual({
      pilotId: 'p1',
      executionName: 'run-1',
      kind: 'submission_valid',
      detail: 2,
    });
  });

  it('submission validation records an invalid workbook as failed', async () => {
    const { calls } = await execute('submission-validation', (call) =>
      call.task === 'validateSubmission'
        ? { ...(fakeResults.validateSubmission as object), valid: false }
        : undefined,
    );

    expect(commandsOf(calls)).toEqual(['failValidation']);
  });

  it('retries a transient failure and then succeeds', async () => {
    const { calls, outcome } = await execute('verification-dispatch', (call, attempt) => {
      if (call.task === 'sendNotification' && attempt === 1) throw new TransientError('mail server busy');
    });

    expect(outcome.ok).toBe(true);
    expect(calls.filter((c) => c.task === 'sendNotification')).toHaveLength(2);
    expect(commandsOf(calls)).toEqual(['recordTaskSent']);
    expect(calls.at(-1)?.payload.payload).toEqual({ verifierId: 'verifier' });
  });

  it('reporting passes the generated documents to the recorded event', async () => {
    const { calls } = await execute('reporting');

    expect(calls.at(-1)?.payload.payload).toEqual(fakeResults.generateReport);
  });

  it('certification notifies with the certificate number and records the certificate', async () => {
    const { calls } = await execute('certification');

    expect(calls.find((c) => c.task === 'sendNotification')?.payload.detail).toBe('U4SSC-1');
    expect(commandsOf(calls)).toEqual(['issueCertificate']);
  });
});
