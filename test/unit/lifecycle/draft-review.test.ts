// The rules of the city's review of the draft report, decided and folded as the transition table does.

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { ForbiddenTransitionError } from '../../../core/errors.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import { decide } from '../../../core/lifecycle/decide.ts';
import type { DraftReviewView } from '../../../core/lifecycle/draft-review-schemas.ts';
import type { EventData, PilotEvent } from '../../../core/lifecycle/events.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { revisedConclusion } from '../../../core/verification/draft-revisions.ts';
import { act as actAt } from '../../support/decide-steps.ts';
import { city, pilotIn, secretariat, verifier } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
const open = (review: Partial<DraftReviewView> = {}): Pilot =>
  pilotIn('verified', {
    lastFailure: undefined,
    draftReview: { endsAt: '2026-03-15T00:00:00.000Z', accepted: [], comments: [], ...review },
  });
const comment = { commentId: 'c1', section: 'nextSteps' as const, at: '2026-02-28T00:00:00.000Z' };

/** Decides the command and folds its event into the pilot, as a committed decision would. */
const act = (pilot: Pilot, command: CommandName, payload: unknown, actor: Actor, at = now) =>
  actAt(pilot, command, payload, actor, at);

describe('the comment window', () => {
  it('refuses a comment and an acceptance once the window has ended', () => {
    const late = new Date('2026-03-15T00:00:01.000Z');

    expect(() =>
      decide(open(), 'commentOnDraft', { section: 'summary', text: 'Too late?' }, city, late),
    ).toThrow(/The comment window closed on 2026-03-15T00:00:00.000Z/);
    expect(() => decide(open(), 'acceptDraftSection', { section: 'summary' }, city, late)).toThrow(
      ForbiddenTransitionError,
    );
  });

  it('opens with the approval for the configured number of days', () => {
    const pilot = pilotIn('in_verification', {
      supervisorId: 'supervisor',
      verification: {
        reviews: {},
        queries: [],
        interviews: 0,
        stoppedMs: 0,
        conclusion: { status: 'submitted', at: 'x', datasetVersion: 1, datasetHash: 'h' },
      },
    });

    const after = act(
      pilot,
      'approveConclusion',
      { draftReviewDays: 10 },
      { ...secretariat, userId: 'supervisor' },
    );

    expect(after.stage).toBe('verified');
    expect(after.draftReview).toEqual({ endsAt: '2026-03-11T00:00:00.000Z', accepted: [], comments: [] });
    expect(after.pendingRun).toBeUndefined();
  });
});

describe('accepting and commenting per section', () => {
  it('lets a comment withdraw an earlier acceptance of its section', () => {
    const accepted = act(open(), 'acceptDraftSection', { section: 'summary' }, city);

    const commented = act(
      accepted,
      'commentOnDraft',
      { section: 'summary', text: 'Say which office.' },
      city,
    );

    expect(accepted.draftReview?.accepted).toEqual(['summary']);
    expect(commented.draftReview?.accepted).toEqual([]);
    expect(commented.draftReview?.comments).toEqual([
      { commentId: `c${accepted.version + 1}`, section: 'summary', at: now.toISOString() },
    ]);
  });

  it('refuses to accept a section whose comment waits for an answer, and a fourth comment on one section', () => {
    const three = open({
      comments: [1, 2, 3].map((n) => ({ ...comment, commentId: `c${n}`, answeredAt: 'x' })),
    });

    expect(() =>
      decide(open({ comments: [comment] }), 'acceptDraftSection', { section: 'nextSteps' }, city, now),
    ).toThrow(/awaits the verifier's answer/);
    expect(() =>
      decide(three, 'commentOnDraft', { section: 'nextSteps', text: 'Once more.' }, city, now),
    ).toThrow(/already has 3 comments/);
  });
});

describe('answers and revisions', () => {
  it('marks the comment answered and its section revised, leaving other acceptances alone', () => {
    const pilot = open({ comments: [comment], accepted: ['summary'] });

    const after = act(
      pilot,
      'answerDraftComment',
      { commentId: 'c1', text: 'Revised.', revisedText: 'New step', revisedTextZh: '新步骤' },
      verifier,
    );

    expect(after.draftReview?.comments[0]).toMatchObject({ answeredAt: now.toISOString(), revised: true });
    expect(after.draftReview?.accepted).toEqual(['summary']);
  });

  it('refuses a guidance revision without its Chinese text, or with lines that do not pair up', () => {
    const pilot = open({ comments: [comment] });
    const answer = (revision: object) =>
      decide(pilot, 'answerDraftComment', { commentId: 'c1', text: 'Revised.', ...revision }, verifier, now);

    expect(() => answer({ revisedText: 'New step' })).toThrow(/in Chinese too/);
    expect(() => answer({ revisedText: 'One\nTwo', revisedTextZh: '一' })).toThrow(
      /2 lines and the Chinese 1/,
    );
    expect(() => answer({ revisedText: 'New step', revisedTextZh: 'New step' })).toThrow(
      /repeats the English/,
    );
  });

  it('refuses a second answer to one comment', () => {
    const pilot = open({ comments: [{ ...comment, answeredAt: 'x' }] });

    expect(() =>
      decide(pilot, 'answerDraftComment', { commentId: 'c1', text: 'Again.' }, verifier, now),
    ).toThrow(/already answered/);
  });

  it('applies each revision to the conclusion the report is issued from, the latest last', () => {
    const kept = {
      proposalId: 'belowTarget:EN.EN.WS',
      decision: 'accepted' as const,
      kind: 'belowTarget' as const,
      section: 'policyRecommendations' as const,
      kpiIds: ['EN.EN.WS.1C'],
      text: { en: 'Keep it', zh: '保留' },
    };
    const submitted = {
      summary: 'Summary as submitted.',
      proposals: [kept, { proposalId: 'maturityGap:funding', decision: 'dropped', kind: 'maturityGap' }],
      advice: [{ en: 'Old step', zh: '旧步骤' }],
      auditResults: [],
      datasetVersion: 1,
      datasetHash: 'h',
    } satisfies EventData<'ConclusionSubmitted'>;
    const events = [
      { type: 'VerificationConcluded', data: {} },
      { type: 'DraftReportCommented', data: { commentId: 'c2', section: 'nextSteps', text: 'x' } },
      {
        type: 'DraftCommentAnswered',
        data: { commentId: 'c2', text: 'y', revisedText: 'First\n\n Second ', revisedTextZh: '第一\n第二' },
      },
      {
        type: 'DraftReportCommented',
        data: { commentId: 'c3', section: 'policyRecommendations', text: 'x' },
      },
      {
        type: 'DraftCommentAnswered',
        data: {
          commentId: 'c3',
          text: 'y',
          revisedText: 'Kept, sharper\nA new one',
          revisedTextZh: '保留，更明确\n新的一条',
        },
      },
      { type: 'DraftReportCommented', data: { commentId: 'c4', section: 'summary', text: 'x' } },
      { type: 'DraftCommentAnswered', data: { commentId: 'c4', text: 'y', revisedText: 'Summary revised.' } },
    ] as PilotEvent[];

    const revised = revisedConclusion(submitted, events);
    expect(revised).toMatchObject({
      summary: 'Summary revised.',
      advice: [
        { en: 'First', zh: '第一' },
        { en: 'Second', zh: '第二' },
      ],
    });
    expect(revised.proposals).toEqual([
      submitted.proposals[1],
      { ...kept, decision: 'edited', text: { en: 'Kept, sharper', zh: '保留，更明确' } },
      {
        proposalId: 'revised-policyRecommendations-2',
        decision: 'written',
        section: 'policyRecommendations',
        kpiIds: [],
        text: { en: 'A new one', zh: '新的一条' },
      },
    ]);
  });
});

describe('issuing the report', () => {
  it('refuses while a comment is unanswered, even after the window', () => {
    const pilot = open({ comments: [comment], endsAt: '2026-02-01T00:00:00.000Z' });

    expect(() => decide(pilot, 'closeDraftReview', {}, verifier, now)).toThrow(
      /Answer the city's 1 open comment/,
    );
  });

  it('issues within the window once every section is accepted, and starts the reporting stage', () => {
    const all = open({
      accepted: [
        'summary',
        'results',
        'notReported',
        'notVerified',
        'policyRecommendations',
        'improvementOpportunities',
        'nextSteps',
      ],
    });

    const after = act(all, 'closeDraftReview', {}, verifier);

    expect(after.draftReview?.closedAt).toBe(now.toISOString());
    expect(after.pendingRun?.machine).toBe('reporting');
    expect(() =>
      decide(after, 'commentOnDraft', { section: 'summary', text: 'After all.' }, city, now),
    ).toThrow(/draft review is closed/);
  });

  it('drops the review when the dataset is unlocked, so a new approval brings a new draft', () => {
    const after = act(
      open({ comments: [comment] }),
      'unlockDataset',
      { reason: 'A typo in the GDP' },
      secretariat,
    );

    expect(after.stage).toBe('in_verification');
    expect(after.draftReview).toBeUndefined();
  });
});
