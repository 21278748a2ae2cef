// A pilot page's orientation: the next steps are exactly what the transition table would let succeed for the pilot's
// state, and the pilot says whom it waits on with the date that binds them.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actors.ts';
import { ForbiddenTransitionError } from '../../../core/errors.ts';
import type { CommandName } from '../../../core/lifecycle/commands.ts';
import { decide } from '../../../core/lifecycle/decide.ts';
import { nextSteps, waitingFor } from '../../../core/lifecycle/orientation.ts';
import { type Pilot, reminderKey } from '../../../core/lifecycle/pilot.ts';
import { decisions } from '../../../core/use-cases/decisions/table.ts';
import {
  concluded,
  decisionCases,
  extensionAsked,
  idle,
  inDraftReview,
  openQuery,
  verifying,
} from '../../support/decision-cases.ts';
import { city, pilotIn, secretariat, supervisor, verifier } from '../../support/pilots.ts';

const now = new Date('2026-03-01T00:00:00.000Z');
/** The commands that can succeed now. */
const commandsFor = (pilot: Pilot, actor: Actor) =>
  nextSteps(pilot, actor, now)
    .filter((s) => s.ready)
    .map((s) => s.command);

/** The command a decision case issues: its one command, or the choice its body names. */
function commandOf(c: (typeof decisionCases)[number]): CommandName {
  const { command } = decisions[c.decision];
  return typeof command === 'string' ? command : command[String(c.body?.decision)]!;
}

describe('next steps', () => {
  it.each(decisionCases.map((c) => [`${c.decision} as ${c.actor.userId}`, c] as const))(
    'list a decision that succeeds: %s',
    (_name, c) => {
      expect(commandsFor(c.pilot, c.actor)).toContain(commandOf(c));
    },
  );

  it.each([
    ['retryStage', 'without a failed stage', pilotIn('validated', idle), secretariat],
    [
      'extendDeadline',
      'without a deadline',
      pilotIn('validated', { ...idle, dueAt: undefined }),
      secretariat,
    ],
    ['grantExtension', 'without a request to answer', pilotIn('data_collection', idle), secretariat],
    ['answerQuery', 'without a query left open', verifying(), city],
    ['submitConclusion', 'while a query is open', verifying({ queries: [openQuery] }), verifier],
    ['reviewDataPoints', 'once the dataset is locked', concluded, verifier],
    ['approveConclusion', 'to staff who do not supervise it', concluded, secretariat],
    ['revokeCertificate', 'twice', pilotIn('certified', { ...idle, certificate: revoked() }), secretariat],
  ] as const)('leave out %s %s, which the command refuses', (command, _why, pilot, actor) => {
    expect(commandsFor(pilot, actor)).not.toContain(command);
    expect(() => decide(pilot, command, payloadFor(command), actor, now)).toThrow(ForbiddenTransitionError);
  });

  it('offer answering an extension request and approving a conclusion to whom they fall', () => {
    expect(
      commandsFor(pilotIn('data_collection', { ...idle, deadline: extensionAsked }), secretariat),
    ).toEqual(expect.arrayContaining(['grantExtension', 'declineExtension']));
    expect(commandsFor(concluded, supervisor)).toEqual(
      expect.arrayContaining(['approveConclusion', 'returnConclusion']),
    );
  });

  it('keep a command the stage allows but the pilot’s state refuses, marked as not ready', () => {
    const step = nextSteps(pilotIn('validated', idle), secretariat, now).find(
      (s) => s.command === 'retryStage',
    );
    expect(step).toMatchObject({ ready: false, outstanding: true });
  });

  it('mark replacing the signed letter and choosing publication before the report as not outstanding', () => {
    const signed = pilotIn('data_collection', {
      ...idle,
      documents: [
        {
          kind: 'signed_letter_of_intent',
          key: 'k',
          contentType: 'application/pdf',
          createdAt: now.toISOString(),
        },
      ],
    });
    const outstanding = (pilot: Pilot, actor: Actor) =>
      nextSteps(pilot, actor, now)
        .filter((s) => s.ready && s.outstanding)
        .map((s) => s.command);

    expect(commandsFor(signed, city)).toContain('attachSignedLetter');
    expect(outstanding(signed, city)).not.toContain('attachSignedLetter');
    expect(outstanding(pilotIn('data_collection', idle), city)).toContain('attachSignedLetter');
    expect(outstanding(signed, city)).not.toContain('setPublicationConsent');
    expect(outstanding(pilotIn('reported', idle), city)).toContain('setPublicationConsent');
  });
});

function revoked() {
  return {
    certificateNumber: 'U4SSC-2026-AURORA0001',
    datasetHash: 'a'.repeat(64),
    key: 'certificates/x.pdf',
    issuedAt: '2026-02-28T00:00:00.000Z',
    revoked: { reason: 'Data was falsified', at: '2026-03-01T00:00:00.000Z' },
  };
}

/** A payload the command's schema accepts, so only the pilot's state can refuse it. */
function payloadFor(command: CommandName): object {
  const reason = { reason: 'Because it is needed' };
  const payloads: Partial<Record<CommandName, object>> = {
    retryStage: {},
    extendDeadline: { dueAt: '2026-09-01T00:00:00.000Z', ...reason },
    grantExtension: reason,
    answerQuery: { queryId: 'q1', text: 'Here is the source' },
    submitConclusion: {
      summary: 'Every core KPI was traced.',
      auditResults: [],
      proposals: [],
      advice: [],
      datasetHash: 'a'.repeat(64),
    },
    reviewDataPoints: { items: [{ dataPointId: 'EC.ICT.ICT.1C', status: 'accepted' }] },
    approveConclusion: { draftReviewDays: 14 },
    revokeCertificate: reason,
  };
  return payloads[command]!;
}

describe('whom a pilot waits on', () => {
  it('names the city and its submission deadline during data collection', () => {
    expect(waitingFor(pilotIn('data_collection', idle))).toEqual({
      on: 'city',
      dueAt: '2026-07-01T00:00:00.000Z',
      dueFor: 'submission',
    });
  });

  it('names the city and the earliest open query’s date while queries are open', () => {
    const later = { ...openQuery, queryId: 'q2', dueAt: '2026-04-01T00:00:00.000Z' };
    expect(waitingFor(verifying({ queries: [later, openQuery] }))).toEqual({
      on: 'city',
      dueAt: openQuery.dueAt,
      dueFor: 'query',
    });
  });

  it('names the verifier and the verification deadline, then the supervisor with no date', () => {
    expect(waitingFor(verifying())).toEqual({
      on: 'verifier',
      dueAt: '2026-07-01T00:00:00.000Z',
      dueFor: 'verification',
    });
    expect(waitingFor(concluded)).toEqual({ on: 'supervisor' });
  });

  it('names the city and the end of its comment window during the draft review, then the verifier', () => {
    const endsAt = '2026-03-10T00:00:00.000Z';
    const comment = { commentId: 'c9', section: 'summary' as const, at: '2026-03-02T00:00:00.000Z' };
    const ended = inDraftReview([], endsAt);
    ended.remindersSent = [reminderKey({ kind: 'draft_review_ended', dueAt: endsAt })];

    expect(waitingFor(inDraftReview([], endsAt))).toEqual({
      on: 'city',
      dueAt: endsAt,
      dueFor: 'draft_review',
    });
    expect(waitingFor(inDraftReview([comment], endsAt))).toEqual({ on: 'verifier' });
    expect(waitingFor(ended)).toEqual({ on: 'verifier' });
    expect(waitingFor(inDraftReview([{ ...comment, answeredAt: endsAt }], endsAt)).on).toBe('city');
  });

  it('gives no date when the one waited on is not bound by the running deadline', () => {
    expect(waitingFor(pilotIn('validated', idle))).toEqual({ on: 'secretariat' });
    expect(waitingFor(pilotIn('certified', idle))).toEqual({ on: 'nobody' });
  });
});
