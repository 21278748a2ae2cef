// The whole pilot lifecycle on the embedded runtime, with restarts in the middle, told as one pilot's story whose
// steps run once, in order, as the tests first need them (test/support/story.ts); then bad input through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSections } from '../../core/lifecycle/draft-review-schemas.ts';
import type { Runtime } from '../../local/runtime.ts';
import type { ApiError } from '../../scripts/lib/api-client.ts';
import {
  type Actors,
  acceptLetter,
  appointVerifier,
  certify,
  downloadTemplate,
  getPilot,
  signInAll,
  submitLetter,
  uploadWorkbook,
  verify,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir, testPort } from '../support/runtime.ts';
import { step, storyTimeout } from '../support/story.ts';

const dataDir = tempDataDir();
const port = testPort();
let runtime: Runtime;
let actors: Actors;

async function start() {
  runtime = await startTestRuntime(dataDir, port);
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
}
async function restart() {
  await runtime.stop();
  await start();
}

beforeAll(start);
afterAll(async () => {
  await runtime?.stop();
});

// One pilot from its letter to its certificate; each step returns what its tests assert on.
const opened = step(async () => {
  const { pilotId } = await submitLetter(actors);
  await waitForStage(actors.secretariat, pilotId, 'loi_received');
  return pilotId;
});
/** The letter accepted, template issuance cut off by a stop, and re-driven by the next start. */
const redriven = step(async () => {
  const pilotId = await opened();
  await acceptLetter(actors, pilotId);
  runtime.runner.abortAll();
  const interrupted = await getPilot(actors.secretariat, pilotId);
  await restart();
  await waitForStage(actors.city, pilotId, 'data_collection');
  const template = await downloadTemplate(actors, pilotId);
  return { pilotId, interrupted, template, pilot: await getPilot(actors.city, pilotId) };
});
const rejected = step(async () => {
  const { pilotId } = await redriven();
  const broken = await fillSampleWorkbook(await downloadTemplate(actors, pilotId), {
    overrides: { 'EC.ICT.ICT.1C': { numerator: 'lots', denominator: -5 } },
  });
  return { pilotId, pilot: await uploadWorkbook(actors, pilotId, broken) };
});
/** A corrected workbook sent after another restart. */
const corrected = step(async () => {
  const { pilotId } = await rejected();
  await restart();
  const template = await downloadTemplate(actors, pilotId);
  return { pilotId, pilot: await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template)) };
});
const dispatched = step(async () => {
  const { pilotId } = await corrected();
  await appointVerifier(actors, pilotId);
  return { pilotId, mails: await actors.verifier.inbox('verifier@u4ssc.local') };
});
const certified = step(async () => {
  const { pilotId } = await dispatched();
  await verify(actors, pilotId);
  return { pilotId, pilot: await certify(actors, pilotId) };
});

describe('the whole pilot lifecycle on the embedded runtime', storyTimeout, () => {
  it('opens a pilot from a letter of intent and tells the secretariat', async () => {
    const pilotId = await opened();

    const mails = await actors.secretariat.inbox('secretariat@u4ssc.local');
    // Other pilots of this file are Aurora's too: the mail must link to this one.
    expect(mails.filter((m) => m.text.endsWith(`/#/pilots/${pilotId}`)).map((m) => m.subject)).toContain(
      '[U4SSC] New letter of intent: Aurora / 新的意向书：Aurora',
    );
  });

  it('re-drives template issuance that a stop interrupted, losing nothing', async () => {
    const { interrupted, template, pilot } = await redriven();

    expect(interrupted.pendingRun?.machine).toBe('template-issuance');
    expect(template.subarray(0, 2).toString()).toBe('PK');
    expect(pilot.stage).toBe('data_collection');
    expect(pilot.dueAt).toBeDefined();
  });

  it('rejects a broken workbook with findings and keeps the pilot ready for a correction', async () => {
    const { pilotId, pilot } = await rejected();

    expect(pilot.stage).toBe('validation_failed');
    const results = await actors.city.call<{ findings: { severity: string; cell?: string }[] }>(
      'GET',
      `/pilots/${pilotId}/submissions/1`,
    );
    expect(results.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  });

  it('accepts a corrected workbook after a restart, keeping both versions', async () => {
    const { pilot } = await corrected();

    expect(pilot.stage).toBe('validated');
    expect(pilot.submissions.map((s) => s.status)).toEqual(['rejected', 'validated']);
  });

  it('dispatches the verification task to the verifier by e-mail', async () => {
    const { mails } = await dispatched();

    expect(mails.some((m) => m.subject.includes('Verification task: Aurora'))).toBe(true);
  });

  it('verifies, reports and certifies, with the documents stored as real PDFs', async () => {
    const { pilotId, pilot } = await certified();

    expect(pilot.certificate?.certificateNumber).toMatch(/^U4SSC-\d{4}-/);
    expect(pilot.documents.map((d) => d.kind).sort()).toEqual([
      'certificate',
      'city_snapshot',
      'letter_of_intent',
      'score',
      'verification_annex',
      'verification_report',
    ]);
    const magic: Record<string, string> = { 'application/pdf': '%PDF-', 'application/json': '{' };
    for (const doc of pilot.documents) {
      const { url } = await actors.city.call<{ url: string }>(
        'GET',
        `/pilots/${pilotId}/documents?key=${encodeURIComponent(doc.key)}`,
      );
      const bytes = await actors.city.download(url);
      expect(bytes.subarray(0, magic[doc.contentType]?.length ?? 2).toString()).toBe(
        magic[doc.contentType] ?? 'PK',
      );
    }
  });

  it('keeps the full timeline in the event log', async () => {
    const { pilotId } = await certified();
    const { timeline } = await actors.secretariat.call<{ timeline: { type: string; seq: number }[] }>(
      'GET',
      `/pilots/${pilotId}`,
    );

    expect(timeline.map((e) => e.seq)).toEqual(timeline.map((_, i) => i + 1));
    expect(timeline.map((e) => e.type)).toEqual([
      'LetterOfIntentSubmitted',
      'LetterOfIntentChecked',
      'LetterOfIntentAccepted',
      'TemplateIssued',
      'DataCollectionOpened',
      'SubmissionReceived',
      'SubmissionRejected',
      'SubmissionReceived',
      'SubmissionValidated',
      'VerifierAssigned',
      'VerificationTaskSent',
      'VerificationStarted',
      'DataPointsReviewed',
      'ConclusionSubmitted',
      'VerificationConcluded',
      ...draftSections.map(() => 'DraftSectionAccepted'),
      'DraftReviewClosed',
      'ReportIssued',
      'CertificationRequested',
      'CertificateIssued',
    ]);
  });
});

describe('bad input through the API', storyTimeout, () => {
  it('answers an unknown pilot with 404 not_found', async () => {
    await expect(actors.secretariat.call('GET', '/pilots/pnosuchpilot')).rejects.toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
  });

  it('answers a decision on the wrong stage with 409 and the allowed next steps', async () => {
    const { pilotId } = await certified();
    const error = (await actors.secretariat
      .call('POST', `/pilots/${pilotId}/letter-decision`, { decision: 'decline', reason: 'Too late' })
      .catch((e) => e)) as ApiError;

    expect(error.status).toBe(409);
    expect(error.body.error?.code).toBe('forbidden_transition');
    expect(error.body.error?.message).toContain('stage "certified"');
  });

  it('answers a malformed JSON body with 400 invalid_json', async () => {
    const response = await actors.city.raw('POST', '/pilots', '{"letter": ');

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });

  it('refuses a body over the limit with 413 payload_too_large before reading it, closing the connection', async () => {
    const response = await actors.city.raw('POST', '/pilots', `{"letter": "${'x'.repeat(2 * 1024 * 1024)}"}`);

    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    // The unread body ends the connection; said so, the client does not send its next request down it.
    expect(response.headers.get('connection')).toBe('close');
  });

  it('answers a double-clicked decision as a repeat without a second event', async () => {
    const other = (await submitLetter(actors, 'Aurora')).pilotId;
    await waitForStage(actors.secretariat, other, 'loi_received');

    const [first, second] = await Promise.all([
      actors.secretariat.call<{ repeated: boolean }>('POST', `/pilots/${other}/letter-decision`, {
        decision: 'decline',
        reason: 'Duplicate letter',
      }),
      actors.secretariat.call<{ repeated: boolean }>('POST', `/pilots/${other}/letter-decision`, {
        decision: 'decline',
        reason: 'Duplicate letter',
      }),
    ]);

    expect([first.repeated, second.repeated].sort()).toEqual([false, true]);
    const { timeline } = await actors.secretariat.call<{ timeline: { type: string }[] }>(
      'GET',
      `/pilots/${other}`,
    );
    expect(timeline.filter((e) => e.type === 'LetterOfIntentDeclined')).toHaveLength(1);
  });

  it('refuses requests without a token and a city reading another city’s pilot', async () => {
    const pilotId = await opened();
    const anonymous = await fetch(`${runtime.urls.api}/pilots`);
    const borealis = await signInAll(runtime.urls.portal, runtime.urls.inbox, 'borealis');

    expect(anonymous.status).toBe(401);
    await expect(borealis.city.call('GET', `/pilots/${pilotId}`)).rejects.toMatchObject({ status: 403 });
  });
});
