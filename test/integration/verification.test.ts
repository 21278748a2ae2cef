import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
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
    supervisorEmail: 'supervisor@u4ssc.local',
    mode: 'remote',
  });

describe('assignment', () => {
  it('ranks candidates with reasons and excludes a declared conflict', async () => {
    const { candidates } = await actors.secretariat.call<{
      candidates: { verifierId: string; reasons: string[]; excluded?: string }[];
    }>('GET', path('/candidates'));

    expect(candidates.map((c) => c.verifierId)).toEqual(['verifier', 'verifier2', 'vconflict']);
    expect(candidates[0]?.reasons).toContain('works in Europe');
    expect(candidates[2]?.excluded).toBe('declared conflict of interest: advised the city in 2025');
    expect((await failure(assign('vconflict')))?.status).toBe(400);
  });

  it('records a decline as a recusal and proposes the next candidate', async () => {
    await assign('verifier2');
    await waitForStage(actors.secretariat, pilotId, 'verifier_assigned');

    await verifier2.call('POST', path('/verification-response'), {
      decision: 'decline',
      reason: 'Workload too high this quarter',
    });

    const { candidates } = await actors.secretariat.call<{
      candidates: { verifierId: string; excluded?: string }[];
    }>('GET', path('/candidates'));
    expect(candidates[0]?.verifierId).toBe('verifier');
    expect(candidates.find((c) => c.verifierId === 'verifier2')?.excluded).toBe('recused from this pilot');
    expect((await getPilot(actors.secretariat, pilotId)).stage).toBe('validated');
  });

  it('refuses to appoint a verifier the ranking excludes, naming the reason', async () => {
    const refused = await failure(assign('verifier2'));

    expect(refused?.status).toBe(400);
    expect(refused?.body.error?.message).toContain('cannot verify this pilot: recused from this pilot');
    expect((await getPilot(actors.secretariat, pilotId)).stage).toBe('validated');
  });

  it('starts verification only with a conflict-of-interest declaration', async () => {
    await assign('verifier');
    await waitForStage(actors.secretariat, pilotId, 'verifier_assigned');

    const missing = await failure(
      actors.verifier.call('POST', path('/verification-response'), { decision: 'accept' }),
    );
    await actors.verifier.call('POST', path('/verification-response'), {
      decision: 'accept',
      ...declaration,
    });

    expect(missing?.status).toBe(400);
    expect((await getPilot(actors.verifier, pilotId)).stage).toBe('in_verification');
  });
});

describe('review and queries', () => {
  it('refuses a verifier acting on a pilot not assigned to them', async () => {
    const attempt = await failure(
      verifier2.call('POST', path('/reviews'), {
        items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' }],
      }),
    );

    expect(attempt?.status).toBe(403);
  });

  it('stops the verifier’s clock while a query waits for the city, and tells the city', async () => {
    const before = (await getPilot(actors.verifier, pilotId)).dueAt!;
    await actors.verifier.call('POST', path('/queries'), {
      dataPointId: 'EC.ICT.ICT.1C',
      question: 'Which survey gave the household count?',
    });

    const pilot = await getPilot(actors.city, pilotId);
    const { tasks } = await actors.city.call<{ tasks: { kind: string }[] }>('GET', '/tasks');
    const mails = await actors.city.inbox('focal@aurora.example');
    expect(pilot.verification?.clockStoppedSince).toBeDefined();
    expect(pilot.dueAt).toBe(before);
    expect(tasks.map((t) => t.kind)).toEqual(['answer_query']);
    expect(mails.some((m) => m.subject.includes('The verifier has a question'))).toBe(true);
  });

  it('rejects evidence over the size limit and keeps the query open', async () => {
    const queryId = (await getPilot(actors.city, pilotId)).verification!.queries[0]!.queryId;
    const declared = await failure(
      actors.city.call('POST', path(`/queries/${queryId}/evidence-uploads`), {
        fileName: 'big.pdf',
        contentType: 'application/pdf',
        size: 20_000_000,
      }),
    );
    const ticket = await actors.city.call<{ uploadId: string; url: string; fields: Record<string, string> }>(
      'POST',
      path(`/queries/${queryId}/evidence-uploads`),
      { fileName: 'big.pdf', contentType: 'application/pdf', size: 1000 },
    );
    const oversized = Buffer.alloc(11 * 1024 * 1024, 1);
    // Storage holds the POST to its policy, as S3 does: the file is refused and nothing is kept.
    const posted = await actors.city.upload(ticket, oversized, 'big.pdf').then(
      () => 'stored',
      (error: Error) => error.message,
    );
    // A file that reached storage anyway (written past the policy) is still refused when the answer names it.
    await runtime.deps.uploads.put(ticket.fields.key ?? '', oversized, 'application/pdf');

    const sent = await failure(
      actors.city.call('POST', path(`/queries/${queryId}/answer`), {
        text: 'See file',
        evidenceUploadId: ticket.uploadId,
      }),
    );

    expect(declared?.status).toBe(422);
    expect(posted).toMatch(/^Upload failed with 400: .*<Code>EntityTooLarge<\/Code>/s);
    expect(sent?.status).toBe(422);
    expect(sent?.body.error?.message).toMatch(/limit/);
    expect((await getPilot(actors.city, pilotId)).verification?.queries[0]?.status).toBe('open');
  });

  it('takes the city’s answer with evidence, restarts the clock and tells the verifier', async () => {
    const queryId = (await getPilot(actors.city, pilotId)).verification!.queries[0]!.queryId;
    const ticket = await actors.city.call<{ uploadId: string; url: string; fields: Record<string, string> }>(
      'POST',
      path(`/queries/${queryId}/evidence-uploads`),
      { fileName: 'census.pdf', contentType: 'application/pdf', size: 9 },
    );
    await actors.city.upload(ticket, Buffer.from('%PDF-1.4\n'), 'census.pdf');

    await actors.city.call('POST', path(`/queries/${queryId}/answer`), {
      text: 'The 2025 census, table 4.',
      evidenceUploadId: ticket.uploadId,
    });

    const pilot = await getPilot(actors.verifier, pilotId);
    const { timeline } = await actors.verifier.call<{
      timeline: { type: string; data: { evidence?: { fileName: string } } }[];
    }>('GET', path());
    expect(pilot.verification?.clockStoppedSince).toBeUndefined();
    expect(pilot.verification?.stoppedMs).toBeGreaterThan(0);
    expect(timeline.at(-1)).toMatchObject({
      type: 'QueryAnswered',
      data: { evidence: { fileName: 'census.pdf' } },
    });
    const { url } = await actors.verifier.call<{ url: string }>(
      'GET',
      path(`/queries/${queryId}/evidence/${ticket.uploadId}`),
    );
    expect((await actors.verifier.download(url)).toString()).toBe('%PDF-1.4\n');
    expect(
      (await actors.verifier.inbox('verifier@u4ssc.local')).some((m) =>
        m.subject.includes('The city answered a query'),
      ),
    ).toBe(true);
  });

  it('accepts a corrected workbook during verification and shows the verifier what changed', async () => {
    await actors.verifier.call('POST', path('/reviews'), {
      items: [
        { dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' },
        { dataPointId: 'EC.ICT.ICT.2C', status: 'accepted_with_note', note: 'Operator data, 2024' },
      ],
    });
    const corrected = await fillSampleWorkbook(template, {
      overrides: { 'EC.ICT.ICT.1C': { numerator: 170_000 } },
    });

    const pilot = await uploadWorkbook(actors, pilotId, corrected);
    const { changes } = await actors.verifier.call<{
      changes: { dataPointId: string; after: { value: number } }[];
    }>('GET', path('/submissions/2/changes?from=1'));

    expect(pilot.stage).toBe('in_verification');
    expect(pilot.submissions.map((s) => s.status)).toEqual(['validated', 'validated']);
    expect(changes).toEqual([
      expect.objectContaining({ dataPointId: 'EC.ICT.ICT.1C', after: { value: 50, status: 'reported' } }),
    ]);
    expect(Object.keys(pilot.verification?.reviews ?? {})).toEqual(['EC.ICT.ICT.2C']);
  });

  it('closes a query and refuses an answer to a closed query', async () => {
    const queryId = (await getPilot(actors.city, pilotId)).verification!.queries[0]!.queryId;
    await actors.verifier.call('POST', path(`/queries/${queryId}/close`), { resolution: 'Source confirmed' });

    const late = await failure(
      actors.city.call('POST', path(`/queries/${queryId}/answer`), { text: 'One more thing' }),
    );

    expect(late?.status).toBe(409);
    expect(late?.body.error?.message).toContain('is closed');
  });

  it('logs an interview with its minutes attached, which readers of the pilot can download', async () => {
    const minutes = Buffer.from('%PDF-1.4\nminutes of the call\n');
    const ticket = await actors.verifier.call<{
      uploadId: string;
      url: string;
      fields: Record<string, string>;
    }>('POST', path('/interview-attachment-uploads'), {
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
    expect((await getPilot(actors.verifier, pilotId)).verification?.interviews).toBe(1);
    expect(timeline.at(-1)).toMatchObject({
      type: 'InterviewLogged',
      data: { attachments: [{ fileName: 'minutes.pdf' }] },
    });
    expect(await actors.city.download(url)).toEqual(minutes);
  });

  it('refuses an interview naming an attachment that never arrived, logging nothing', async () => {
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

    expect(refused?.status).toBe(422);
    expect(refused?.body.error?.message).toMatch(/has not arrived/);
    expect((await getPilot(actors.verifier, pilotId)).verification?.interviews).toBe(1);
    expect(unknown?.status).toBe(404);
  });
});

describe('conclusion and sign-off', () => {
  let locked: Pilot;

  it('locks the dataset with the hash of the verified results, refusing a hash the client names', async () => {
    const named = await failure(
      actors.verifier.call('POST', path('/conclusion'), { ...sampleConclusion, datasetHash: 'f'.repeat(64) }),
    );
    await actors.verifier.call('POST', path('/conclusion'), sampleConclusion);

    locked = await getPilot(actors.verifier, pilotId);
    expect(named?.status).toBe(400);
    expect(locked.verification?.lock).toMatchObject({ datasetVersion: 2 });
    expect(locked.verification?.lock?.datasetHash).toMatch(/^[0-9a-f]{64}$/);
    expect(locked.verification?.lock?.datasetHash).not.toBe('f'.repeat(64));
  });

  it('refuses a review of the locked dataset and a second conclusion, changing nothing', async () => {
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

    expect(review?.status).toBe(409);
    expect(second?.status).toBe(409);
    expect((await getPilot(actors.verifier, pilotId)).version).toBe(locked.version);
  });

  it('lets only the supervising staff member return the conclusion, which unlocks the dataset', async () => {
    const other = await failure(
      actors.secretariat.call('POST', path('/conclusion-decision'), {
        decision: 'return',
        comments: 'x y z',
      }),
    );

    await actors.supervisor.call('POST', path('/conclusion-decision'), {
      decision: 'return',
      comments: 'Add the sources of the mode shares',
    });

    const pilot = await getPilot(actors.verifier, pilotId);
    expect(other?.status).toBe(409);
    expect(pilot.verification?.lock).toBeUndefined();
    expect(pilot.verification?.conclusion?.status).toBe('returned');
  });

  it('moves to verified and reported once the supervisor approves a resubmitted conclusion', async () => {
    await actors.verifier.call('POST', path('/conclusion'), sampleConclusion);
    await actors.supervisor.call('POST', path('/conclusion-decision'), { decision: 'approve' });

    const pilot = await waitForStage(actors.secretariat, pilotId, 'reported');
    expect(pilot.documents.map((d) => d.kind)).toContain('verification_report');
  });

  it('unlocks the verified dataset only with a reason, recorded in the timeline', async () => {
    const noReason = await failure(actors.secretariat.call('POST', path('/dataset-unlock'), {}));
    await actors.secretariat.call('POST', path('/dataset-unlock'), {
      reason: 'The city reported a typo in the GDP',
    });

    const { pilot, timeline } = await actors.secretariat.call<{
      pilot: Pilot;
      timeline: { type: string; actor: { userId: string } }[];
    }>('GET', path());
    expect(noReason?.status).toBe(400);
    expect(pilot.stage).toBe('in_verification');
    expect(timeline.at(-1)).toMatchObject({ type: 'DatasetUnlocked', actor: { userId: 'secretariat' } });
  });
});
