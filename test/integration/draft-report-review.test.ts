// The city's review of the draft report over the API: the supervisor reads the draft before deciding, the city
// accepts or comments per section within its window, the verifier answers and revises, then the report is issued
// from the draft as revised. Every refused request answers 400, 403 or 409 and records nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { draftSections } from '../../core/lifecycle/draft-review-schemas.ts';
import type { DraftReport } from '../../core/use-cases/draft-report.ts';
import { sendDeadlineReminders } from '../../core/use-cases/sweep.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  bringToVerification,
  reviewAll,
  sampleConclusion,
  signInAll,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

let runtime: Runtime;
let actors: Actors;
let pilotId: string;
const path = (suffix: string) => `/pilots/${pilotId}${suffix}`;
const eventCount = async () => (await runtime.deps.pilots.events(pilotId)).length;
const draft = (who: keyof Actors) => actors[who].call<DraftReport>('GET', path('/draft-report'));
const comment = (section: string, text: string) =>
  actors.city.call('POST', path('/draft-review'), { decision: 'comment', section, text });

/** Whom the board says the pilot waits on, and the kinds of the caller's tasks on it. */
const waitingOn = async () =>
  (
    await actors.secretariat.call<{ pilots: { pilotId: string; waitingOn: string }[] }>('GET', '/pilots')
  ).pilots.find((p) => p.pilotId === pilotId)?.waitingOn;
const taskKinds = async (who: keyof Actors) =>
  (await actors[who].call<{ tasks: { pilotId: string; kind: string }[] }>('GET', '/tasks')).tasks
    .filter((t) => t.pilotId === pilotId)
    .map((t) => t.kind);

/** Runs a request that must be refused and checks that the log did not move. */
async function refused(request: Promise<unknown>) {
  const before = await eventCount();
  const error = await failure(request);
  expect(await eventCount()).toBe(before);
  return error;
}

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  pilotId = await bringToVerification(actors);
  await reviewAll(actors, pilotId);
  await actors.verifier.call('POST', path('/conclusion'), sampleConclusion);
}, 120_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await runtime.stop();
});

describe('the draft report before approval', () => {
  it('shows the supervisor the draft with the conclusion, and hides it from the city', async () => {
    const supervisorView = await draft('supervisor');
    const cityView = await failure(draft('city'));

    expect(supervisorView.phase).toBe('approval');
    expect(supervisorView.content.auditSummary).toBe(sampleConclusion.summary);
    expect(supervisorView.content.categories.length).toBeGreaterThan(0);
    expect(cityView?.status).toBe(404);
  });
});

describe('the city reviews the draft report', () => {
  beforeAll(async () => {
    await actors.supervisor.call('POST', path('/conclusion-decision'), { decision: 'approve' });
  });

  it('opens a comment window of the configured 14 days with the approval, and leaves the pilot verified', async () => {
    const view = await draft('city');

    expect(view.phase).toBe('review');
    const days = (Date.parse(view.review!.endsAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    expect((await actors.city.call<{ pilot: { stage: string } }>('GET', path(''))).pilot.stage).toBe(
      'verified',
    );
    expect([await waitingOn(), await taskKinds('city'), await taskKinds('verifier')]).toEqual([
      'city',
      ['review_draft'],
      [],
    ]);
  });

  it('refuses a comment by anyone but the city, and a section the report does not have', async () => {
    const byVerifier = await refused(
      actors.verifier.call('POST', path('/draft-review'), {
        decision: 'comment',
        section: 'summary',
        text: 'x y z',
      }),
    );
    const badSection = await refused(comment('appendix', 'Where is the appendix?'));

    expect(byVerifier?.status).toBe(403);
    expect(badSection?.status).toBe(400);
  });

  it('refuses to issue the report while a comment waits for the verifier’s answer', async () => {
    await comment('nextSteps', 'Name the office that follows up on the next steps.');

    const issue = await refused(actors.verifier.call('POST', path('/report-issue'), {}));

    expect(issue?.status).toBe(409);
    expect(issue?.body.error?.message).toMatch(/Answer the city's 1 open comment first/);
    expect([await waitingOn(), await taskKinds('verifier')]).toEqual(['verifier', ['answer_draft_comment']]);
  });

  it('lets the verifier answer and revise a section the verifier wrote, but not one that follows from the data', async () => {
    const { thread } = await draft('verifier');
    const onNextSteps = thread.find((c) => c.section === 'nextSteps')!;
    await comment('results', 'The water figure looks too low.');
    const onResults = (await draft('verifier')).thread.find((c) => c.section === 'results')!;

    const revisedData = await refused(
      actors.verifier.call('POST', path('/draft-comment-answer'), {
        commentId: onResults.commentId,
        text: 'It is the verified value.',
        revisedText: 'Other results',
      }),
    );
    const revision = {
      commentId: onNextSteps.commentId,
      text: 'The statistics office follows up; the section names it now.',
      revisedText: 'The statistics office repeats the assessment in two years.\nPublish the results yearly.',
    };
    // The Chinese report never prints English pasted in: a revised guidance section comes in both languages.
    const englishOnly = await refused(actors.verifier.call('POST', path('/draft-comment-answer'), revision));
    await actors.verifier.call('POST', path('/draft-comment-answer'), {
      ...revision,
      revisedTextZh: '统计局两年后再次开展评估。\n每年公布结果。',
    });
    await actors.verifier.call('POST', path('/draft-comment-answer'), {
      commentId: onResults.commentId,
      text: 'It is the value the city reported and the verifier traced to its source.',
    });
    const after = await draft('city');

    expect(revisedData?.status).toBe(409);
    expect(revisedData?.body.error?.message).toMatch(/follows from the verified data/);
    expect(englishOnly?.status).toBe(409);
    expect(englishOnly?.body.error?.message).toMatch(/in Chinese too/);
    expect(after.content.nextSteps.map((item) => item.text)).toEqual([
      { en: 'The statistics office repeats the assessment in two years.', zh: '统计局两年后再次开展评估。' },
      { en: 'Publish the results yearly.', zh: '每年公布结果。' },
    ]);
    expect(after.thread.map((c) => [c.section, c.answer?.revised])).toEqual([
      ['nextSteps', true],
      ['results', false],
    ]);
  });

  it('refuses to issue the report inside the window until the city accepted every section', async () => {
    await actors.city.call('POST', path('/draft-review'), { decision: 'accept', section: 'summary' });

    const issue = await refused(actors.secretariat.call('POST', path('/report-issue'), {}));

    expect(issue?.status).toBe(409);
    expect(issue?.body.error?.message).toMatch(/has accepted 1 of 7 sections/);
  });

  it('refuses a comment or an acceptance after the window closed', async () => {
    const { review } = await draft('city');
    const clock = runtime.depsOf('api').clock;
    vi.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(review!.endsAt) + 60_000));

    const late = await refused(comment('policyRecommendations', 'One more recommendation, please.'));
    const lateAccept = await refused(
      actors.city.call('POST', path('/draft-review'), { decision: 'accept', section: 'nextSteps' }),
    );
    vi.mocked(clock.now).mockRestore();

    expect(late?.status).toBe(409);
    expect(late?.body.error?.message).toMatch(/comment window closed/);
    expect(lateAccept?.status).toBe(409);
  });

  it('is handed to the verifier by the sweeper once the window ended, and the report is not issued', async () => {
    const { review } = await draft('city');
    const sweeper = runtime.depsOf('sweeper');
    expect(await waitingOn()).toBe('city');
    vi.spyOn(sweeper.clock, 'now').mockReturnValue(new Date(Date.parse(review!.endsAt) + 60_000));

    await sendDeadlineReminders(sweeper);
    await sendDeadlineReminders(sweeper);
    vi.mocked(sweeper.clock.now).mockRestore();
    const events = await runtime.deps.pilots.events(pilotId);

    expect(events.filter((e) => e.type === 'ReminderSent').map((e) => e.data)).toEqual([
      { kind: 'draft_review_ended', dueAt: review!.endsAt },
    ]);
    expect([await waitingOn(), await taskKinds('verifier'), await taskKinds('city')]).toEqual([
      'verifier',
      ['issue_report'],
      [],
    ]);
    expect(events.some((e) => e.type === 'DraftReviewClosed')).toBe(false);
  });

  it('issues the report from the draft as revised once the city accepted every section', async () => {
    for (const section of draftSections.filter((s) => s !== 'summary'))
      await actors.city.call('POST', path('/draft-review'), { decision: 'accept', section });

    await actors.verifier.call('POST', path('/report-issue'), {});
    await waitForStage(actors.secretariat, pilotId, 'reported');
    const events = await runtime.deps.pilots.events(pilotId);

    expect(events.filter((e) => e.type === 'DraftReviewClosed')).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('ReportIssued');
    expect((await failure(draft('city')))?.status).toBe(404);
  });
});
