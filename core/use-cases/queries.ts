// Read side: pilots, timelines, validation results and scores, each filtered by what the actor may see.
import type { Actor } from '../actors.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { canAccessPilot } from '../lifecycle/access.ts';
import { nextSteps, waitingFor } from '../lifecycle/orientation.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { visibleTimeline } from '../lifecycle/visibility.ts';
import { type ScoreResult, scoreResultSchema } from '../scoring/score-result.ts';
import { diffResults } from '../validation/diff-results.ts';
import type { CoreDeps } from './deps.ts';
import { loadPilot } from './run-command.ts';
import { parseStoredJson, storedResults } from './stored-results.ts';
import { TIMELINE_PAGE_BYTES, type TimelinePage, type TimelineRequest } from './timeline-page.ts';

export async function visiblePilot(
  deps: Pick<CoreDeps, 'pilots'>,
  actor: Actor,
  pilotId: string,
): Promise<Pilot> {
  const pilot = await loadPilot(deps, pilotId);
  if (!canAccessPilot(actor, pilot)) throw new ForbiddenError(`You may not see pilot ${pilotId}`);
  return pilot;
}

/** A pilot with its timeline, whom it waits on and the steps the caller can take now. */
export async function getPilotDetail(
  deps: Pick<CoreDeps, 'pilots' | 'clock'>,
  actor: Actor,
  pilotId: string,
) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  // Only what the reader's role may read: the city never gets the verification team's internal exchanges.
  const page = await deps.pilots.eventsPage(pilotId, undefined, TIMELINE_PAGE_BYTES);
  return {
    pilot,
    timeline: visibleTimeline(actor, pilot, page.events),
    ...(page.olderBefore ? { olderBefore: page.olderBefore } : {}),
    waiting: waitingFor(pilot),
    nextSteps: nextSteps(pilot, actor, deps.clock.now()),
  };
}

/** Older pages of what the actor may read of the pilot's log, or only the events of one type, a page at a time. */
export async function pilotTimeline(
  deps: Pick<CoreDeps, 'pilots'>,
  actor: Actor,
  pilotId: string,
  request: TimelineRequest,
): Promise<TimelinePage> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const page = await deps.pilots.eventsPage(pilotId, request.before, TIMELINE_PAGE_BYTES);
  const types = request.type && new Set<string>(request.type);
  const visible = visibleTimeline(actor, pilot, page.events);
  // A page may hold none of the types asked for while older ones remain: the cursor still leads on to them.
  return {
    timeline: types ? visible.filter((event) => types.has(event.type)) : visible,
    ...(page.olderBefore ? { olderBefore: page.olderBefore } : {}),
  };
}

export async function submissionResults(deps: CoreDeps, actor: Actor, pilotId: string, version: number) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission) throw new NotFoundError(`No submission version ${version} for this pilot`);
  if (!submission.resultsKey) return { version, status: submission.status, findings: [], results: [] };
  return storedResults(deps, pilot, version);
}

/** Data point by data point, what changed between two versions of a pilot's submission. */
export async function submissionChanges(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  from: number,
  to: number,
) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const [before, after] = await Promise.all([from, to].map((v) => storedResults(deps, pilot, v)));
  return { from, to, changes: diffResults(before!.results, after!.results) };
}

/** The benchmark score stored with the latest report, served by the API so browsers need no access to storage. */
export async function latestScore(deps: CoreDeps, actor: Actor, pilotId: string): Promise<ScoreResult> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const doc = pilot.documents.findLast((d) => d.kind === 'score');
  if (!doc) throw new NotFoundError('This pilot has no score yet: it comes with the verification report');
  return parseStoredJson(scoreResultSchema, await deps.documents.get(doc.key), doc.key);
}
