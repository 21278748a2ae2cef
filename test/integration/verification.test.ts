// Verification on the embedded runtime: assignment and recusal, review, queries with the clock stop, evidence,
// a corrected workbook, interviews, the conclusion and its sign-off. One pilot's story, told as steps taken once,
// in order, when a test first needs them (test/support/story.ts); each step keeps what its test asserts on, so
// the tests run in any order or alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  acceptDraftAndIssue,
  acceptLetter,
  declaration,
  downloadTemplate,
  getPilot,
  sampleConclusion,
  signInAll,
  submitLetter,
  uploadWorkbook,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { step, storyTimeout } from '../support/story.ts';

let runtime: Runtime;
let actors: Actors;
let verifier2: ApiClient;
let pilotId: string;
let template: Buffer;
const path = (suffix = '') => `/pilots/${pilotId}${suffix}`;

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  verifier2 = await new ApiClient(runtime.urls.portal, runtime.urls.inbox).signIn('verifier2');
  pilotId = (await submitLetter(actors)).pilotId;
  await acceptLetter(actors, pilotId);
  await waitForStage(actors.city, pilotId, 'data_collection');
  template = await downloadTemplate(actors, pilotId);
  await actors.city.call('POST', path('/verification-mode'), { mode: 'remote' });
  await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template));
  const register = (body: object) => actors.secretariat.call('POST', '/verifiers', body);
  await register({
    verifierId: 'verifier',
    name: 'Li Verifier',
    email: 'verifier@u4ssc.local',
    languages: ['en', 'zh'],
    regions: ['Europe'],
  });
  await register({
    verifierId: 'verifier2',
    name: 'Rosa Verifier',
    email: 'verifier2@u4ssc.local',
    languages: ['en'],
    regions: ['Asia'],
  });
  await register({
    verifierId: 'vconflict',
    name: 'Conflicted Verifier',
    email: 'c@u4ssc.local',
    languages: ['en'],
    conflicts: [{ cityId: 'aurora', reason: 'advised the city in 2025' }],
  });
});
afterAll(async () => {
  await runtime.stop();
});

const assign = (verifierId: string) =>
  actors.secretariat.call('POST', path('/verifier-assignment'), {
    verifierId,
    supervisorId: 'supervisor',
    mode: 'remote',
  });

type Candidates = { candidates: { verifierId: string; reasons: string[]; excluded?: string }[] };
type Ticket = { uploadId: string; url: string; fields: Record<string, string> };
const candidates = async () =>
  (await actors.secretariat.call<Candidates>('GET', path('/candidates'))).candidates;
const firstQueryId = async () => (await getPilot(actors.city, pilotId)).verification!.queries[0]!.queryId;

const ranked = step(async () => ({
  candidates: await candidates(),
  conflicted: await failure(assign('vconflict')),
}));
const declined = step(async () => {
  await ranked();
  await assign('verifier2');
  await waitForStage(actors.secretariat, pilotId, 'verifier_assigned');
  await verifier2.call('POST', path('/verification-response'), {
    decision: 'decline',
    reason: 'Workload too high this quarter',
  });
  return { candidates: await candidates(), pilot: await getPilot(actors.secretariat, pilotId) };
});
const recusedRefused = step(async () => {
  await declined();
  const refused = await failure(assign('verifier2'));
  return { refused, pilot: await getPilot(actors.secretariat, pilotId) };
});
const started = step(async () => {
  await recusedRefused();
  await assign('verifier');
  await waitForStage(actors.secretariat, pilotId, 'verifier_assigned');
  const missing = await failure(
    actors.verifier.call('POST', path('/verification-response'), { decision: 'accept' }),
  );
  await actors.verifier.call('POST', path('/verification-response'), { decision: 'accept', ...declaration });
  return { missing, pilot: await getPilot(actors.verifier, pilotId) };
});
const queried = step(async () => {
  await started();
  const before = (await getPilot(actors.verifier, pilotId)).dueAt!;
  await actors.verifier.call('POST', path('/queries'), {
    dataPointId: 'EC.ICT.ICT.1C',
    question: 'Which survey gave the household count?',
  });
  const pilot = await getPilot(actors.city, pilotId);
  const { tasks } = await actors.city.call<{ tasks: { kind: string }[] }>('GET', '/tasks');
  return { before, pilot, tasks, mails: await actors.city.inbox('focal@aurora.example') };
});
const oversized = step(async () => {
  await queried();
  const queryId = await firstQueryId();
  const declared = await failure(
    actors.city.call('POST', path(`/queries/${queryId}/evidence-uploads`), {
      fileName: 'big.pdf',
      contentType: 'application/pdf',
      size: 20_000_000,
    }),
  );
  const ticket = await actors.city.call<Ticket>('POST', path(`/queries/${queryId}/evidence-uploads`), {
    fileName: 'big.pdf',
    contentType: 'application/pdf',
    size: 1000,
  });
  const file = Buffer.alloc(11 * 1024 * 1024, 1);
  // Storage holds the POST to its policy, as S3 does: the file is refused and nothing is kept.
  const posted = await actors.city.upload(ticket, file, 'big.pdf').then(
    () => 'stored',
    (error: Error) => error.message,
  );
  // A file that reached storage anyway (written past the policy) is still refused when the answer names it.
  await runtime.deps.uploads.put(ticket.fields.key ?? '', file, 'application/pdf');
  const sent = await failure(
    actors.city.call('POST', path(`/queries/${queryId}/answer`), {
      text: 'See file',
      evidenceUploadId: ticket.uploadId,
    }),
  );
  return { declared, posted, sent, pilot: await getPilot(actors.city, pilotId) };
});
const answered = step(async () => {
  await oversized();
  const queryId = await firstQueryId();
  const ticket = await actors.city.call<Ticket>('POST', path(`/queries/${queryId}/evidence-uploads`), {
    fileName: 'census.pdf',
    contentType: 'application/pdf',
    size: 9,
  });
  await actors.city.upload(ticket, Buffer.from('%PDF-1.4\n'), 'census.pdf');
  await actors.city.call('POST', path(`/queries/${queryId}/answer`), {
    text: 'The 2025 census, table 4.',
    evidenceUploadId: ticket.uploadId,
  });
  const pilot = await getPilot(actors.verifier, pilotId);
  const { timeline } = await actors.verifier.call<{
    timeline: { type: string; data: { evidence?: { fileName: string; key: string } } }[];
  }>('GET', path());
  const { url } = await actors.verifier.call<{ url: string }>(
    'GET',
    path(`/queries/${queryId}/evidence/${ticket.uploadId}`),
  );
  return { pilot, timeline, url, mails: await actors.verifier.inbox('verifier@u4ssc.local') };
});
const corrected = step(async () => {
  await answered();
  await actors.verifier.call('POST', path('/reviews'), {
    items: [
      { dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' },
      { dataPointId: 'EC.ICT.ICT.2C', status: 'accepted_with_note', note: 'Operator data, 2024' },
    ],
  });
  const workbook = await fillSampleWorkbook(template, {
    overrides: { 'EC.ICT.ICT.1C': { numerator: 170_000 } },
  });
  await uploadWorkbook(actors, pilotId, workbook);
  const { changes } = await actors.verifier.call<{
    changes: { dataPointId: string; after: { value: number } }[];
  }>('GET', path('/submissions/2/changes?from=1'));
  // The reviews as the verifier reads them: the city reads none until the conclusion is approved.
  return { pilot: await getPilot(actors.verifier, pilotId), changes };
});
const closed = step(async () => {
  await corrected();
  const queryId = await firstQueryId();
  await actors.verifier.call('POST', path(`/queries/${queryId}/close`), { resolution: 'Source confirmed' });
  return {
    late: await failure(
      actors.city.call('POST', path(`/queries/${queryId}/answer`), { text: 'One more thing' }),
    ),
  };
});
const minutes = Buffer.from('%PDF-1.4\nminutes of the call\n');
const interviewed = step(async () => {
  await closed();
  const ticket = await actors.verifier.call<Ticket>('POST', path('/interview-attachment-uploads'), {
    fileName: 'minutes.pdf',
    contentType: 'application/pdf',
    size: minutes.length,
  });
  await actors.verifier.upload(ticket, minutes, 'minutes.pdf');
  await actors.verifier.call('POST', path('/interviews'), {
    date: '2026-11-20',
    mode: 'remote',
    attendees: ['Statistics office', 'ICT department'],
    topics: ['Household internet access survey'],
    kpiIds: ['EC.ICT.ICT.1C'],
    notes: 'Survey design reviewed.',
    attachmentUploadIds: [ticket.uploadId],
  });
  const { timeline } = await actors.city.call<{
    timeline: { type: string; data: { attachments?: { fileName: string }[] } }[];
  }>('GET', path());
  const { url } = await actors.city.call<{ url: string }>(
    'GET',
    path(`/interview-attachments/${ticket.uploadId}`),
  );
  return { timeline, url, pilot: await getPilot(actors.verifier, pilotId) };
});
const attachmentMissing = step(async () => {
  await interviewed();
  const ticket = await actors.verifier.call<{ uploadId: string }>(
    'POST',
    path('/interview-attachment-uploads'),
    {
      fileName: 'photo.png',
      contentType: 'image/png',
      size: 1000,
    },
  );
  const refused = await failure(
    actors.verifier.call('POST', path('/interviews'), {
      date: '2026-11-21',
      mode: 'onsite',
      attendees: ['Mayor’s office'],
      topics: ['Site visit'],
      attachmentUploadIds: [ticket.uploadId],
    }),
  );
  const unknown = await failure(actors.city.call('GET', path('/interview-attachments/e-guessed')));
  return { refused, unknown, pilot: await getPilot(actors.verifier, pilotId) };
});
const locked = step(async () => {
  await attachmentMissing();
  const named = await failure(
    actors.verifier.call('POST', path('/conclusion'), { ...sampleConclusion, datasetHash: 'f'.repeat(64) }),
  );
  await actors.verifier.call('POST', path('/conclusion'), sampleConclusion);
  return { named, pilot: await getPilot(actors.verifier, pilotId) };
});
const lockRefusals = step(async () => {
  await locked();
  const review = await failure(
    actors.verifier.call('POST', path('/reviews'), {
      items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' }],
    }),
  );
  const second = await failure(
    actors.verifier.call('POST', path('/conclusion'), {
      ...sampleConclusion,
      summary: 'A different, second conclusion.',
    }),
  );
  return { review, second, pilot: await getPilot(actors.verifier, pilotId) };
});
const returned = step(async () => {
  await lockRefusals();
  const other = await failure(
    actors.secretariat.call('POST', path('/conclusion-decision'), { decision: 'return', comments: 'x y z' }),
  );
  await actors.supervisor.call('POST', path('/conclusion-decision'), {
    decision: 'return',
    comments: 'Add the sources of the mode shares',
  });
  return { other, pilot: await getPilot(actors.verifier, pilotId) };
});
const reported = step(async () => {
  await returned();
  await actors.verifier.call('POST', path('/conclusion'), sampleConclusion);
  await actors.supervisor.call('POST', path('/conclusion-decision'), { decision: 'approve' });
  return acceptDraftAndIssue(actors, pilotId);
});
const unlocked = step(async () => {
  await reported();
  const noReason = await failure(actors.secretariat.call('POST', path('/dataset-unlock'), {}));
  await actors.secretariat.call('POST', path('/dataset-unlock'), {
    reason: 'The city reported a typo in the GDP',
  });
  const detail = await actors.secretariat.call<{
    pilot: Pilot;
    timeline: { type: string; actor: { userId: string } }[];
  }>('GET', path());
  return { noReason, ...detail };
});

describe('assignment', storyTimeout, () => {
  it('ranks candidates with reasons and excludes a declared conflict', async () => {
    const { candidates, conflicted } = await ranked();

    expect(candidates.map((c) => c.verifierId)).toEqual(['verifier', 'verifier2', 'vconflict']);
    expect(candidates[0]?.reasons).toContain('works in Europe');
    expect(candidates[2]?.excluded).toBe('declared conflict of interest: advised the city in 2025');
    expect(conflicted?.status).toBe(400);
  });

  it('records a decline as a recusal and proposes the next candidate', async () => {
    const { candidates, pilot } = await declined();

    expect(candidates[0]?.verifierId).toBe('verifier');
    expect(candidates.find((c) => c.verifierId === 'verifier2')?.excluded).toBe('recused from this pilot');
    expect(pilot.stage).toBe('validated');
  });

  it('refuses to appoint a verifier the ranking excludes, naming the reason', async () => {
    const { refused, pilot } = await recusedRefused();

    expect(refused?.status).toBe(400);
    expect(refused?.body.error?.message).toContain('cannot verify this pilot: recused from this pilot');
    expect(pilot.stage).toBe('validated');
  });

  it('starts verification only with a conflict-of-interest declaration', async () => {
    const { missing, pilot } = await started();

    expect(missing?.status).toBe(400);
    expect(pilot.stage).toBe('in_verification');
  });
});

describe('review and queries', storyTimeout, () => {
  it('refuses a verifier acting on a pilot not assigned to them', async () => {
    await started();

    const attempt = await failure(
      verifier2.call('POST', path('/reviews'), {
        items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' }],
      }),
    );

    expect(attempt?.status).toBe(403);
  });

  it('stops the verifier’s clock while a query waits for the city, and tells the city', async () => {
    const { before, pilot, tasks, mails } = await queried();

    expect(pilot.verification?.clockStoppedSince).toBeDefined();
    expect(pilot.dueAt).toBe(before);
    expect(tasks.map((t) => t.kind)).toEqual(['answer_query']);
    expect(mails.some((m) => m.subject.includes('The verifier has a question'))).toBe(true);
  });

  it('rejects evidence over the size limit and keeps the query open', async () => {
    const { declared, posted, sent, pilot } = await oversized();

    expect(declared?.status).toBe(422);
    expect(posted).toMatch(/^Upload failed with 400: .*<Code>EntityTooLarge<\/Code>/s);
    expect(sent?.status).toBe(422);
    expect(sent?.body.error?.message).toMatch(/limit/);
    expect(pilot.verification?.queries[0]?.status).toBe('open');
  });

  it('takes the city’s answer with evidence, restarts the clock and tells the verifier', async () => {
    const { pilot, timeline, url, mails } = await answered();

    expect(pilot.verification?.clockStoppedSince).toBeUndefined();
    expect(pilot.verification?.stoppedMs).toBeGreaterThan(0);
    expect(timeline.at(-1)).toMatchObject({
      type: 'QueryAnswered',
      data: { evidence: { fileName: 'census.pdf', key: expect.stringMatching(/^kept\/evidence\//) } },
    });
    expect((await actors.verifier.download(url)).toString()).toBe('%PDF-1.4\n');
    expect(mails.some((m) => m.subject.includes('The city answered a query'))).toBe(true);
  });

  it('accepts a corrected workbook during verification and shows the verifier what changed', async () => {
    const { pilot, changes } = await corrected();

    expect(pilot.stage).toBe('in_verification');
    expect(pilot.submissions.map((s) => s.status)).toEqual(['validated', 'validated']);
    expect(changes).toEqual([
      expect.objectContaining({ dataPointId: 'EC.ICT.ICT.1C', after: { value: 50, status: 'reported' } }),
    ]);
    expect(Object.keys(pilot.verification?.reviews ?? {})).toEqual(['EC.ICT.ICT.2C']);
  });

  it('closes a query and refuses an answer to a closed query', async () => {
    const { late } = await closed();

    expect(late?.status).toBe(409);
    expect(late?.body.error?.message).toContain('No query is left to answer or close');
  });

  it('logs an interview with its minutes attached, which readers of the pilot can download', async () => {
    const { timeline, url, pilot } = await interviewed();

    expect(pilot.verification?.interviews).toBe(1);
    expect(timeline.at(-1)).toMatchObject({
      type: 'InterviewLogged',
      data: { attachments: [{ fileName: 'minutes.pdf' }] },
    });
    expect(await actors.city.download(url)).toEqual(minutes);
  });

  it('refuses an interview naming an attachment that never arrived, logging nothing', async () => {
    const { refused, unknown, pilot } = await attachmentMissing();

    expect(refused?.status).toBe(422);
    expect(refused?.body.error?.message).toMatch(/has not arrived/);
    expect(pilot.verification?.interviews).toBe(1);
    expect(unknown?.status).toBe(404);
  });
});

describe('conclusion and sign-off', storyTimeout, () => {
  it('locks the dataset with the hash of the verified results, refusing a hash the client names', async () => {
    const { named, pilot } = await locked();

    expect(named?.status).toBe(400);
    expect(pilot.verification?.lock).toMatchObject({ datasetVersion: 2 });
    expect(pilot.verification?.lock?.datasetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(pilot.verification?.lock?.datasetHash).not.toBe('f'.repeat(64));
  });

  it('refuses a review of the locked dataset and a second conclusion, changing nothing', async () => {
    const { review, second, pilot } = await lockRefusals();

    expect(review?.status).toBe(409);
    expect(second?.status).toBe(409);
    expect(pilot.version).toBe((await locked()).pilot.version);
  });

  it('lets only the supervising staff member return the conclusion, which unlocks the dataset', async () => {
    const { other, pilot } = await returned();

    expect(other?.status).toBe(409);
    expect(pilot.verification?.lock).toBeUndefined();
    expect(pilot.verification?.conclusion?.status).toBe('returned');
  });

  it('moves to verified and reported once the supervisor approves a resubmitted conclusion', async () => {
    const pilot = await reported();

    expect(pilot.documents.map((d) => d.kind)).toContain('verification_report');
  });

  it('unlocks the verified dataset only with a reason, recorded in the timeline', async () => {
    const { noReason, pilot, timeline } = await unlocked();

    expect(noReason?.status).toBe(400);
    expect(pilot.stage).toBe('in_verification');
    expect(timeline.at(-1)).toMatchObject({ type: 'DatasetUnlocked', actor: { userId: 'secretariat' } });
  });
});
