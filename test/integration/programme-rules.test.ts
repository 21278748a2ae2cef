// The programme's own rules through the API on the emulators: the terms accepted with the letter, the collection
// period agreed at acceptance, extension requests within the cap, reminders and escalation with an injected clock,
// the city's questions and calls, the supervisor from the staff directory, the city's verification mode, the
// verifier's confidentiality undertaking, the verification team's internal notes kept from the city, and the costs,
// seen on the pilot and never in public. Each rule is also sent bad input, which is refused and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import { sendDeadlineReminders } from '../../core/use-cases/sweep.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  acceptDraftAndIssue,
  declaration,
  downloadTemplate,
  getPilot,
  sampleConclusion,
  sampleLetter,
  signInAll,
  submitLetter,
  uploadWorkbook,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { pdfText } from '../unit/documents/read-back.ts';

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

describe('the terms of participation', () => {
  it('refuses a letter that does not accept them, opening no pilot', async () => {
    const before = await actors.city.call('GET', '/pilots');
    const { termsAcceptance: _terms, ...letter } = sampleLetter('Aurora').letter;

    const refused = await failure(actors.city.call('POST', '/pilots', { letter }));

    expect(refused?.status).toBe(400);
    expect(JSON.stringify(refused?.body)).toContain('Accept the programme terms (Annex 1, version');
    expect(await actors.city.call('GET', '/pilots')).toEqual(before);
  });

  it('records who accepted which version, and when', async () => {
    const { terms } = await actors.city.call<{ terms: { version: string } }>('GET', '/terms');

    expect((await stateOf()).termsAccepted).toMatchObject({ version: terms.version, userId: 'aurora' });
  });
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

describe('questions and calls during data collection', () => {
  /** This pilot's tasks for the caller, as [kind, the detail's first 31 characters]. */
  const tasksOf = async (caller: typeof actors.city) =>
    (
      await caller.call<{ tasks: { pilotId: string; kind: string; detail?: string }[] }>('GET', '/tasks')
    ).tasks
      .filter((t) => t.pilotId === pilotId)
      .map((t) => [t.kind, t.detail?.slice(0, 31)]);

  it('answers the city’s question about a KPI in a thread, and refuses a reply once it is closed', async () => {
    const { pilot: asked } = await actors.city.call<{ pilot: Pilot }>('POST', path('/clarifications'), {
      kpiId: 'EC.ICT.ICT.1C',
      question: 'Does a household with only a mobile connection count?',
    });
    const threadId = asked.clarifications![0]!.threadId;
    const staffTasks = await tasksOf(actors.secretariat);
    await actors.secretariat.call('POST', path('/clarification-reply'), {
      threadId,
      text: 'Yes, a mobile broadband subscription counts.',
    });
    const cityTasks = await tasksOf(actors.city);
    const { pilot } = await actors.city.call<{ pilot: Pilot }>('POST', path('/clarification-close'), {
      threadId,
      resolution: 'Clear, thank you',
    });
    const before = await stateOf();

    const late = await failure(
      actors.secretariat.call('POST', path('/clarification-reply'), { threadId, text: 'One more thing' }),
    );

    expect(staffTasks).toContainEqual(['answer_clarification', 'EC.ICT.ICT.1C: Does a household']);
    expect(cityTasks).toContainEqual(['read_clarification_reply', 'EC.ICT.ICT.1C: Does a household']);
    expect(await tasksOf(actors.city)).not.toContainEqual(['read_clarification_reply', expect.anything()]);
    expect(pilot.clarifications?.[0]).toMatchObject({ kpiId: 'EC.ICT.ICT.1C', status: 'closed', replies: 1 });
    expect(late?.status).toBe(409);
    expect(late?.body.error?.message).toContain('No clarification is open');
    expect(await stateOf()).toEqual(before);
  });

  it('refuses a question about an unknown KPI, changing nothing', async () => {
    const before = await stateOf();

    const refused = await failure(
      actors.city.call('POST', path('/clarifications'), { kpiId: 'EC.ICT.ICT.99C', question: 'What is it?' }),
    );

    expect(refused?.status).toBe(409);
    expect(refused?.body.error?.message).toContain('Unknown KPI EC.ICT.ICT.99C');
    expect(await stateOf()).toEqual(before);
  });

  it('schedules a call at one of the proposed times, and refuses any other time', async () => {
    const times = [1, 2].map((d) => new Date(Date.now() + d * DAY).toISOString());
    const { pilot: requested } = await actors.city.call<{ pilot: Pilot }>('POST', path('/calls'), {
      topic: 'The transport KPIs',
      proposedTimes: times,
    });
    const callId = requested.calls![0]!.callId;
    expect(await tasksOf(actors.secretariat)).toContainEqual(['answer_call', 'The transport KPIs']);
    const before = await stateOf();

    const other = await failure(
      actors.secretariat.call('POST', path('/call-answer'), {
        decision: 'accept',
        callId,
        time: new Date(Date.now() + 3 * DAY).toISOString(),
      }),
    );
    expect(other?.status).toBe(409);
    expect(other?.body.error?.message).toContain('Choose one of the proposed times');
    expect(await stateOf()).toEqual(before);
    const { pilot } = await actors.secretariat.call<{ pilot: Pilot }>('POST', path('/call-answer'), {
      decision: 'accept',
      callId,
      time: times[1],
    });

    expect(pilot.calls?.[0]).toMatchObject({ status: 'scheduled', time: times[1] });
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
  });

  it('refuses the verifier’s acceptance without the confidentiality undertaking, and records it when signed', async () => {
    const before = await stateOf();
    const { confidentiality, ...unsigned } = declaration.declaration;

    const refused = await failure(
      actors.verifier.call('POST', path('/verification-response'), {
        decision: 'accept',
        declaration: unsigned,
      }),
    );
    expect(refused?.status).toBe(400);
    expect(JSON.stringify(refused?.body)).toContain('Sign the confidentiality undertaking');
    expect(await stateOf()).toEqual(before);
    const { pilot } = await actors.verifier.call<{ pilot: Pilot }>('POST', path('/verification-response'), {
      decision: 'accept',
      ...declaration,
    });

    expect(pilot.verification?.declaration?.undertakingVersion).toBe(confidentiality.version);
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

describe('the verification costs', () => {
  const onsite = { currency: 'CHF', fee: 6543.21, travel: 1234.56, lodging: 987.65, perDiem: 432.1 };
  const invoice = 'INV-COST-4471';
  /** A quote's amounts as they would be printed, with or without thousands separators (decimals, unlike a hash). */
  const printed = [
    '6543.21',
    '6,543.21',
    '1234.56',
    '1,234.56',
    '987.65',
    '432.1',
    '9197.52',
    '9,197.52',
    invoice,
  ];

  it('refuse an on-site quote without travel, lodging and per diem, and an answer by the secretariat', async () => {
    const before = await stateOf();

    const partial = await failure(
      actors.verifier.call('POST', path('/costs'), { currency: 'CHF', fee: 6000 }),
    );
    const notCity = await failure(
      actors.secretariat.call('POST', path('/costs-answer'), { decision: 'accept', quoteId: 'c1' }),
    );

    expect(partial?.status).toBe(409);
    expect(partial?.body.error?.message).toContain('missing: travel, lodging, perDiem');
    expect(notCity?.status).toBe(403);
    expect(await stateOf()).toEqual(before);
  });

  it('are quoted by the verifier, accepted by the city, invoiced and paid, and seen by the three of them', async () => {
    const { pilot: quoted } = await actors.verifier.call<{ pilot: Pilot }>('POST', path('/costs'), onsite);
    const quoteId = quoted.costs!.quote.quoteId;
    const early = await failure(
      actors.verifier.call('POST', path('/costs-invoice'), { quoteId, reference: invoice }),
    );
    await actors.city.call('POST', path('/costs-answer'), { decision: 'accept', quoteId });
    await actors.verifier.call('POST', path('/costs-invoice'), { quoteId, reference: invoice });
    await actors.secretariat.call('POST', path('/costs-payment'), { quoteId });

    expect(early?.body.error?.message).toContain('it must be accepted to be invoiced');
    for (const reader of [actors.city, actors.verifier, actors.secretariat]) {
      expect((await getPilot(reader, pilotId)).costs).toMatchObject({
        status: 'paid',
        invoice: { reference: invoice },
        quote: { total: 9197.52, mode: 'onsite' },
      });
    }
    expect((await timelineOf(actors.city)).map((e) => e.type)).toEqual(
      expect.arrayContaining(['CostsQuoted', 'CostsAnswered', 'CostsInvoiced', 'CostsPaid']),
    );
  });

  it('never appear in the published report, snapshot or certificate check', async () => {
    const version = (await stateOf()).submissions.filter((s) => s.status === 'validated').at(-1)?.version;
    const { results } = await actors.verifier.call<{ results: { dataPointId: string }[] }>(
      'GET',
      path(`/submissions/${version}`),
    );
    await actors.verifier.call('POST', path('/reviews'), {
      items: results.map((r) => ({ dataPointId: r.dataPointId, status: 'accepted' })),
    });
    await actors.verifier.call('POST', path('/conclusion'), sampleConclusion);
    // The supervisor was changed to the staff member "secretariat" above, who approves.
    await actors.secretariat.call('POST', path('/conclusion-decision'), { decision: 'approve' });
    await acceptDraftAndIssue(actors, pilotId);
    await actors.city.call('POST', path('/publication-consent'), { report: 'publish', snapshot: 'publish' });
    await actors.secretariat.call('POST', path('/certification'), {});
    const { certificate } = await waitForStage(actors.secretariat, pilotId, 'certified');
    const publicUrl = `${runtime.urls.api}/public/certificates/${certificate!.certificateNumber}`;

    const check = await (await fetch(publicUrl)).text();
    const documents = await Promise.all(
      ['report', 'snapshot'].map(async (document) => {
        const { url } = (await (await fetch(`${publicUrl}/${document}`)).json()) as { url: string };
        return pdfText(Buffer.from(await (await fetch(url)).arrayBuffer()));
      }),
    );

    expect(check).toContain('valid');
    for (const text of [check, ...documents]) {
      for (const amount of printed) expect(text).not.toContain(amount);
    }
  }, 120_000);
});

describe('user accounts', () => {
  const signIn = (username: string, password = 'demo') =>
    fetch(`${runtime.urls.portal}/local-auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('refuses an invitation of a city focal point without its city, and one by a city, changing nothing', async () => {
    const before = await actors.secretariat.call('GET', '/accounts');
    const invitation = { userId: 'focal-c', name: 'Focal C', email: 'focal@c.example', role: 'city' };

    const noCity = await failure(actors.secretariat.call('POST', '/accounts', invitation));
    const byCity = await failure(actors.city.call('POST', '/accounts', { ...invitation, cityId: 'c' }));

    expect([noCity?.status, byCity?.status]).toEqual([400, 403]);
    expect(JSON.stringify(noCity?.body)).toContain('A city focal point is invited with the cityId');
    expect(await actors.secretariat.call('GET', '/accounts')).toEqual(before);
  });

  it('invites a verifier, recording who did it and when', async () => {
    const { accounts } = await actors.secretariat.call<{
      accounts: { version: number; createdBy: string; accounts: { userId: string; active: boolean }[] };
    }>('POST', '/accounts', {
      userId: 'verifier3',
      name: 'Wei Verifier',
      email: 'wei@v.example',
      role: 'verifier',
    });

    expect(accounts).toMatchObject({
      createdBy: 'secretariat',
      accounts: [{ userId: 'verifier3', active: true }],
    });
  });

  it('deactivates a user with a reason: no sign-in, and a token issued before is refused', async () => {
    const { token } = (await (await signIn('verifier2')).json()) as { token: string };

    await actors.secretariat.call('POST', '/account-deactivations', {
      userId: 'verifier2',
      reason: 'Left the programme',
    });
    const again = await signIn('verifier2');
    const me = await fetch(`${runtime.urls.api}/me`, { headers: { authorization: `Bearer ${token}` } });

    expect([again.status, me.status]).toEqual([401, 401]);
  });

  it('refuses a reactivation without a reason or of an active account, changing nothing', async () => {
    const before = await actors.secretariat.call('GET', '/accounts');

    const noReason = await failure(
      actors.secretariat.call('POST', '/account-reactivations', { userId: 'verifier2' }),
    );
    const active = await failure(
      actors.secretariat.call('POST', '/account-reactivations', { userId: 'verifier3', reason: 'Again' }),
    );

    expect([noReason?.status, active?.status]).toEqual([400, 409]);
    expect(JSON.stringify(active?.body)).toContain('is not deactivated');
    expect(await actors.secretariat.call('GET', '/accounts')).toEqual(before);
    expect((await signIn('verifier2')).status).toBe(401);
  });

  it('reactivates a user with a reason: they can sign in and act again', async () => {
    const { accounts } = await actors.secretariat.call<{
      accounts: { note: string; accounts: { userId: string; active: boolean }[] };
    }>('POST', '/account-reactivations', { userId: 'verifier2', reason: 'Back on the roster' });
    const again = await signIn('verifier2');
    const { token } = (await again.json()) as { token: string };
    const me = await fetch(`${runtime.urls.api}/me`, { headers: { authorization: `Bearer ${token}` } });

    expect(accounts.note).toBe('Reactivated verifier2: Back on the roster');
    expect(accounts.accounts).toContainEqual(expect.objectContaining({ userId: 'verifier2', active: true }));
    expect([again.status, me.status]).toEqual([200, 200]);
  });
});
