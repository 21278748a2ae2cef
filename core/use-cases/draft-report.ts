// The draft report and its review thread: what the supervisor reads before deciding and the city reviews before the
// report is issued. The verification team reads it from the submitted conclusion on; the city only once the
// supervisor approved it (until then the conclusion is the team's, core/lifecycle/visibility.ts).
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { draftReportContent, draftReportContentSchema } from '../documents/draft-report.ts';
import { NotFoundError } from '../errors.ts';
import { draftReviewViewSchema, draftSectionSchema } from '../lifecycle/draft-review-schemas.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { scoreSubmission } from '../scoring/score.ts';
import { revisedConclusion } from '../verification/draft-revisions.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';
import { storedResults } from './stored-results.ts';
import { currentTargets } from './targets.ts';
import { verdictsOf, verificationRecord } from './verified-dataset.ts';

const threadSchema = z.array(
  z.object({
    commentId: z.string(),
    section: draftSectionSchema,
    text: z.string(),
    at: z.string(),
    by: z.string(),
    answer: z.object({ text: z.string(), at: z.string(), by: z.string(), revised: z.boolean() }).optional(),
  }),
);

export const draftReportSchema = z.object({
  /** `approval`: awaiting the supervisor; `review`: with the city; `closed`: the report is being issued. */
  phase: z.enum(['approval', 'review', 'closed']),
  content: draftReportContentSchema,
  review: draftReviewViewSchema.optional(),
  thread: threadSchema,
});
export type DraftReport = z.infer<typeof draftReportSchema>;

function phaseOf(pilot: Pilot, actor: Actor): DraftReport['phase'] | undefined {
  if (pilot.stage === 'verified' && pilot.draftReview)
    return pilot.draftReview.closedAt ? 'closed' : 'review';
  const awaitingApproval =
    pilot.stage === 'in_verification' && pilot.verification?.conclusion?.status === 'submitted';
  return awaitingApproval && actor.role !== 'city' ? 'approval' : undefined;
}

/** The city's comments since the approval, each with the verifier's answer. */
function threadOf(events: PilotEvent[]): DraftReport['thread'] {
  const approved = events.findLastIndex((e) => e.type === 'VerificationConcluded');
  const thread: DraftReport['thread'] = [];
  for (const e of events.slice(Math.max(approved, 0))) {
    if (e.type === 'DraftReportCommented')
      thread.push({ ...e.data, at: e.at, by: e.actor.name ?? e.actor.userId });
    if (e.type === 'DraftCommentAnswered') {
      const comment = thread.find((c) => c.commentId === e.data.commentId);
      if (comment)
        comment.answer = {
          text: e.data.text,
          at: e.at,
          by: e.actor.name ?? e.actor.userId,
          revised: e.data.revisedText !== undefined,
        };
    }
  }
  return thread;
}

export async function draftReport(deps: CoreDeps, actor: Actor, pilotId: string): Promise<DraftReport> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const phase = phaseOf(pilot, actor);
  if (!phase) throw new NotFoundError('There is no draft report of this pilot for you to read now');
  const events = await deps.pilots.events(pilotId);
  const submitted = events.findLast((e) => e.type === 'ConclusionSubmitted');
  if (submitted?.type !== 'ConclusionSubmitted') throw new NotFoundError('No conclusion was submitted');
  const conclusion = revisedConclusion(submitted.data, events);
  const [results, targets] = await Promise.all([
    storedResults(deps, pilot, conclusion.datasetVersion),
    currentTargets(deps),
  ]);
  const approved = events.findLast((e) => e.type === 'VerificationConcluded');
  const supervisor = approved ? (approved.actor.name ?? approved.actor.userId) : (pilot.supervisorId ?? '—');
  const { verification, verdicts } = verdictsOf(pilot, conclusion);
  const content = draftReportContent({
    pilot,
    results,
    score: scoreSubmission(results, targets, verdicts),
    targets,
    conclusion: verification,
    record: await verificationRecord(deps, pilot, events, supervisor),
  });
  return {
    phase,
    content,
    ...(pilot.draftReview ? { review: pilot.draftReview } : {}),
    thread: threadOf(events),
  };
}
