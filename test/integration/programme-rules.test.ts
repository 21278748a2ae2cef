// The programme's own rules through the API on the emulators: the collection period agreed at acceptance, extension
// requests within the cap, reminders and escalation with an injected clock, the supervisor from the staff directory,
// the city's verification mode, and the verification team's internal notes kept from the city. Each rule is also
// sent bad input, which is refused and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import { sendDeadlineReminders } from '../../core/use-cases/sweep.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  declaration,
  downloadTemplate,
  getPilot,
  signInAll,
  submitLetter,
  uploadWorkbook,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

const DAY = 86_400_000;
let runtime: Runtime;
let actors: Actors;
let pilotId: string;
const path = (suffix = '') => `/pilots/${pilotId}${suffix}`;

const timelineOf = async (client = actors.secretariat) =>
  (await client.call<{ timeline: PilotEvent[] }>('GET', path())).timeline;
/** What a refused request must leave as it was: the pilot's version and its whole view. */
const stateOf = () => getPilot(actors.secretariat, pilotId);

/** Sweeps once with the clock at the instant, as the sweeper would run then. */
const sweepAt = (instant: number) =>
  sendDeadlineReminders({ ...runtime.depsOf('sweeper'), clock: { now: () => new Date(instant) } }).then(
    ({ sent }) => sent,
  );

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  pilotId = (await submitLetter(actors)).pilotId;
  await waitForStage(actors.secretariat, pilotId, 'loi_received');
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('the agreed collection deadline', () => {
  let collecting: Pilot;

  beforeAll(async () => {
    const refused = await failure(
      actors.secretariat.call('POST', path('/letter-decision'), { decision: 'accept', collectionMonths: 7 }),
    );
    expect(refused?.status).toBe(400);
    await actors.secretariat.call('POST', path('/letter-decision'), {
      decision: 'accept',
      collectionMonths: 4,
    });
    collecting = await waitForStage(actors.city, pilotId, 'data_collection');
  }, 60_000);

  it('lasts the period the secretariat proposed at acceptance, not a fixed six months', async () => {
    const opened = (await timelineOf()).find((e) => e.type === 'DataCollectionOpened');

    expect(opened?.data).toMatchObject({ collectionMonths: 4 });
    const months = (Date.parse(collecting.dueAt!) - Date.parse(opened!.at)) / (30.44 * DAY);
    expect(Math.round(months)).toBe(4);
  });

  it('is confirmed by the city, once: a second click records nothing', async () => {
    const { pilot } = await actors.city.call<{ pilot: Pilot }>('POST', path('/deadline-confirmation'), {});
    const again = await actors.city.call<{ pilot: Pilot; repeated: boolean }>(
      'POST',
      path('/deadline-confirmation'),
      {},
    );

    expect(pilot.deadline?.confirmations).toEqual([
      expect.objectContaining({ role: 'city', dueAt: collecting.dueAt }),
    ]);
    expect(again).toMatchObject({ repeated: true, pilot: { version: pilot.version } });
  });

  it('refuses an extension beyond the cap, and a grant with nothing asked, changing nothing', async () => {
    const before = await stateOf();
    const tooLong = new Date(Date.parse(collecting.dueAt!) + 91 * DAY).toISOString();

    const beyond = await failure(
      actors.city.call('POST', path('/extension-request'), { dueAt: tooLong, reason: 'We need a long time' }),
    );
    const unasked = await failure(
      actors.secretariat.call('POST', path('/extension-decision'), { decision: 'grant', reason: 'Sure' }),
    );
    const bySecretariat = await failure(
      actors.secretariat.call('POST', path('/deadline'), { dueAt: tooLong, reason: 'Directly' }),
    );

    expect([beyond?.status, unasked?.status, bySecretariat?.status]).toEqual([409, 409, 409]);
    expect(beyond?.body.error?.message).toContain('at most 90 days in total');
    expect(await stateOf()).toEqual(before);
  });

  it('is extended when the city asks with a reason and the secretariat grants it', async () => {
    const wanted = new Date(Date.parse(collecting.dueAt!) + 30 * DAY).toISOString();
    await actors.city.call('POST', path('/extension-request'), {
      dueAt: wanted,
      reason: 'Municipal elections',
    });

    const { pilot } = await actors.secretariat.call<{ pilot: Pilot }>('POST', path('/extension-decision'), {
      decision: 'grant',
      reason: 'Elections are a fair reason',
    });

    expect(pilot.dueAt).toBe(wanted);
    expect(pilot.deadline?.extensions).toEqual([
      expect.objectContaining({ fromDueAt: collecting.dueAt, toDueAt: wanted, role: 'secretariat' }),
    ]);
    expect(pilot.deadline?.request).toBeUndefined();
  });

  it('is reminded at the configured offsets and escalated when overdue, each naming the date', async () => {
    const { dueAt } = await stateOf();
    const due = Date.parse(dueAt!);
    const date = dueAt!.slice(0, 10);

    const sent = [
      await sweepAt(due - 40 * DAY),
      await sweepAt(due - 20 * DAY),
      await sweepAt(due - 2 * DAY),
      await sweepAt(due - DAY),
      await sweepAt(due + DAY),
      await sweepAt(due + 8 * DAY),
    ];

    expect(sent).toEqual([0, 1, 1, 0, 1, 1]);
    const reminders = (await timelineOf()).filter((e) => e.type === 'ReminderSent').map((e) => e.data);
    expect(reminders).toEqual([
      { kind: 'due_soon', dueAt, offsetDays: 30 },
      { kind: 'due_soon', dueAt, offsetDays: 3 },
      { kind: 'overdue', dueAt },
      { kind: 'escalated', dueAt },
    ]);
    const mail = (await actors.secretariat.inbox()).filter((m) => /Deadline|截止/.test(m.subject));
    expect(mail.length).toBeGreaterThanOrEqual(4);
    for (const message of mail.slice(-4)) expect(message.text).toContain(date);
    expect(mail.at(-1)?.subject).toContain('Deadline missed, escalated');
  });
});

describe('the verification mode and the supervisor', () => {
  beforeAll(async () => {
    await actors.city.call('POST', path('/verification-mode'), { mode: 'remote' });
    await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(await downloadTemplate(actors, pilotId)));
    await actors.secretariat.call('POST', '/verifiers', {
      verifierId: 'verifier',
      name: 'Li Verifier',
      email: 'verifier@u4ssc.local',
      languages: ['en'],
    });
  }, 120_000);

  const appoint = (body: object) =>
    actors.secretariat.call<{ pilot: Pilot }>('POST', path('/verifier-assignment'), {
      verifierId: 'verifier',
      supervisorId: 'supervisor',
      mode: 'remote',
      ...body,
    });

  it('refuses a mode the city did not choose and a supervisor the staff directory does not list', async () => {
    const before = await stateOf();

    const otherMode = await failure(appoint({ mode: 'onsite' }));
    const bob = await failure(appoint({ supervisorId: 'bob' }));

    expect(otherMode?.status).toBe(409);
    expect(otherMode?.body.error?.message).toContain('The city chose remote verification');
    expect(bob?.status).toBe(400);
    expect(bob?.body.error?.message).toContain('"bob" is not in the secretariat\'s staff directory');
    expect(await stateOf()).toEqual(before);
  });

  it('appoints with the city’s mode and a supervisor from the directory, with the directory’s address', async () => {
    const { pilot } = await appoint({});
    const { staff } = await actors.secretariat.call<{ staff: { members: { userId: string }[] } }>(
      'GET',
      '/staff',
    );

    expect(pilot).toMatchObject({
      verificationMode: 'remote',
      supervisorId: 'supervisor',
      supervisorEmail: 'supervisor@u4ssc.local',
    });
    expect(staff.members.map((m) => m.userId)).toEqual(['secretariat', 'supervisor']);
    await waitForStage(actors.verifier, pilotId, 'verifier_assigned');
    await actors.verifier.call('POST', path('/verification-response'), {
      decision: 'accept',
      ...declaration,
    });
  });

  it('changes the mode only when the city accepts the secretariat’s proposal', async () => {
    await actors.secretariat.call('POST', path('/mode-change'), {
      mode: 'onsite',
      reason: 'The statistics office asks for a site visit',
    });
    const before = await stateOf();

    const alone = await failure(
      actors.secretariat.call('POST', path('/mode-change-answer'), { decision: 'accept' }),
    );
    expect(alone?.status).toBe(409);
    expect(await stateOf()).toEqual(before);
    const { pilot } = await actors.city.call<{ pilot: Pilot }>('POST', path('/mode-change-answer'), {
      decision: 'accept',
    });

    expect(before.verificationMode).toBe('remote');
    expect(pilot.verificationMode).toBe('onsite');
  });

  it('changes the supervisor to another member of the directory with a reason, and refuses anyone else', async () => {
    const before = await stateOf();
    const bob = await failure(
      actors.secretariat.call('POST', path('/supervisor'), { supervisorId: 'bob', reason: 'Bob is free' }),
    );
    expect(bob?.status).toBe(400);
    expect(await stateOf()).toEqual(before);

    const { pilot } = await actors.secretariat.call<{ pilot: Pilot }>('POST', path('/supervisor'), {
      supervisorId: 'secretariat',
      reason: 'Jonas is on leave until June',
    });

    expect(pilot.supervisorId).toBe('secretariat');
    expect((await timelineOf()).at(-1)).toMatchObject({
      type: 'SupervisorChanged',
      data: { previousSupervisorId: 'supervisor', reason: 'Jonas is on leave until June' },
    });
  });
});

describe('confidentiality inside the pilot', () => {
  const note = 'Check the household survey before accepting ICT.1C';

  beforeAll(async () => {
    await actors.secretariat.call('POST', path('/internal-notes'), { text: note });
    await actors.verifier.call('POST', path('/reviews'), {
      items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'rejected', note: 'The survey could not be traced' }],
    });
  });

  it('refuses the city an internal note, changing nothing', async () => {
    const before = await stateOf();

    const refused = await failure(actors.city.call('POST', path('/internal-notes'), { text: 'Let us see' }));

    expect(refused?.status).toBe(403);
    expect(await stateOf()).toEqual(before);
  });

  it('shows the verification team its internal notes and reviews, and the city neither', async () => {
    const cityDetail = await actors.city.call<{ pilot: Pilot; timeline: PilotEvent[] }>('GET', path());
    const teamTypes = (await timelineOf(actors.verifier)).map((e) => e.type);
    const cityTypes = cityDetail.timeline.map((e) => e.type);

    expect(teamTypes).toEqual(expect.arrayContaining(['InternalNoteAdded', 'DataPointsReviewed']));
    expect(cityTypes).not.toContain('InternalNoteAdded');
    expect(cityTypes).not.toContain('DataPointsReviewed');
    expect(JSON.stringify(cityDetail)).not.toContain(note);
    expect(cityDetail.pilot.verification?.reviews).toEqual({});
    expect((await getPilot(actors.verifier, pilotId)).verification?.reviews['EC.ICT.ICT.1C']).toMatchObject({
      status: 'rejected',
    });
  });
});
