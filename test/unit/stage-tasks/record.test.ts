// The stage tasks that record and tell: system commands recorded once per causation, notifications, the facts a
// machine branches on, and a failed stage recorded, told and logged once per execution.
import { describe, expect, it } from 'vitest';
import {
  describePilot,
  recordStageFailure,
  recordTransition,
  sendNotification,
} from '../../../core/stage-tasks/record.ts';
import { CITY_EMAIL, idle, SECRETARIAT_EMAIL } from '../../support/decision-cases.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { pilotIn } from '../../support/pilots.ts';

const issued = { templateId: 't1', key: 'templates/paurora0001/t1.xlsx', catalogueVersion: '1' };

async function seeded(...args: Parameters<typeof pilotIn>) {
  const deps = memoryDeps();
  const pilot = await deps.pilots.seed(pilotIn(...args));
  return { deps, pilot };
}

describe('recording a transition', () => {
  it('records the system command and answers the new stage and version', async () => {
    const { deps, pilot } = await seeded('accepted', { ...idle, version: 3 });

    const result = await recordTransition(deps, {
      pilotId: pilot.pilotId,
      command: 'issueTemplate',
      payload: issued,
      causationId: 'paurora0001-template-issuance-3/RecordTemplate',
    });

    expect(result).toEqual({ stage: 'template_issued', version: 4, repeated: false });
    expect(
      (await deps.pilots.events(pilot.pilotId)).map((e) => [e.type, e.actor.role, e.causationId]),
    ).toEqual([['TemplateIssued', 'system', 'paurora0001-template-issuance-3/RecordTemplate']]);
  });

  it('records nothing new when a re-driven step brings the same causation id', async () => {
    const { deps, pilot } = await seeded('accepted', idle);
    const step = {
      pilotId: pilot.pilotId,
      command: 'issueTemplate',
      payload: issued,
      causationId: 'run-1/RecordTemplate',
    };

    await recordTransition(deps, step);
    const again = await recordTransition(deps, step);

    expect(again).toEqual({ stage: 'template_issued', version: pilot.version + 1, repeated: true });
    expect(await deps.pilots.events(pilot.pilotId)).toHaveLength(1);
  });

  it('refuses an input naming no known command or no causation', async () => {
    const { deps, pilot } = await seeded('accepted', idle);

    await expect(
      recordTransition(deps, { pilotId: pilot.pilotId, command: 'nope', causationId: 'c' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await expect(
      recordTransition(deps, { pilotId: pilot.pilotId, command: 'issueTemplate', payload: issued }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
  });
});

describe('sending a notification', () => {
  it('sends the kind to its audience with the detail, and answers how many it reached', async () => {
    const { deps, pilot } = await seeded('validated', idle);

    const result = await sendNotification(deps, {
      pilotId: pilot.pilotId,
      kind: 'submission_valid',
      detail: 2,
    });

    expect(result).toEqual({ sentTo: 2 });
    expect(deps.notifier.sent.map((m) => m.to)).toEqual([[CITY_EMAIL, SECRETARIAT_EMAIL]]);
    expect(deps.notifier.sent[0]?.text).toContain('Submission 2 of Aurora passed validation');
  });
});

describe('describing a pilot', () => {
  it('gives the facts a machine branches on, with null for what the pilot lacks', async () => {
    const { deps, pilot } = await seeded('loi_received', {
      ...idle,
      verifierId: undefined,
      dueAt: undefined,
      submissions: [],
    });

    expect(await describePilot(deps, { pilotId: pilot.pilotId })).toEqual({
      stage: 'loi_received',
      cityName: 'Aurora',
      verifierId: null,
      latestSubmissionVersion: null,
      dueAt: null,
    });
  });

  it('names the latest submission and the deadline when there are some', async () => {
    const { deps, pilot } = await seeded('validated', idle);

    expect(await describePilot(deps, { pilotId: pilot.pilotId })).toMatchObject({
      verifierId: 'verifier',
      latestSubmissionVersion: 1,
      dueAt: pilot.dueAt,
    });
  });
});

describe('recording a failed stage', () => {
  const failure = (executionName: string) => ({
    pilotId: 'paurora0001',
    machine: 'reporting',
    executionName,
    failure: { Error: 'DatasetChangedError', Cause: 'x'.repeat(1500) },
  });

  it('records the failure with its cause cut to 1000 characters, tells the secretariat and logs it', async () => {
    const { deps, pilot } = await seeded('verified', idle);

    const result = await recordStageFailure(deps, failure('paurora0001-reporting-6'));

    expect(result).toEqual({ recorded: true });
    expect((await deps.pilots.load(pilot.pilotId))?.lastFailure).toMatchObject({
      machine: 'reporting',
      error: 'DatasetChangedError',
      cause: 'x'.repeat(1000),
    });
    expect(deps.notifier.sent.map((m) => [m.to, m.text.split('\n')[0]])).toEqual([
      [[SECRETARIAT_EMAIL], expect.stringContaining('reporting: DatasetChangedError')],
    ]);
    expect(deps.logger.lines).toEqual([
      {
        level: 'error',
        message: 'Stage failed',
        extra: {
          pilotId: pilot.pilotId,
          machine: 'reporting',
          error: 'DatasetChangedError',
          cause: 'x'.repeat(1000),
        },
      },
    ]);
  });

  it('records and tells once when the Catch and the failure event both report one execution', async () => {
    const { deps, pilot } = await seeded('verified', idle);

    await recordStageFailure(deps, failure('paurora0001-reporting-6'));
    const again = await recordStageFailure(deps, failure('paurora0001-reporting-6'));

    expect(again).toEqual({ recorded: false });
    expect(await deps.pilots.events(pilot.pilotId)).toHaveLength(1);
    expect(deps.notifier.sent).toHaveLength(1);
  });

  it('records an unknown error when the failure says nothing', async () => {
    const { deps, pilot } = await seeded('verified', idle);

    await recordStageFailure(deps, { pilotId: pilot.pilotId, machine: 'reporting', executionName: 'run-9' });

    expect((await deps.pilots.load(pilot.pilotId))?.lastFailure).toMatchObject({
      error: 'Unknown',
      cause: '',
    });
  });
});
