// Read side: pilots, timelines and download links, each filtered by what the actor may see.

import type { Actor } from '../actors.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { canAccessPilot } from '../lifecycle/access.ts';
import { allowedNextSteps } from '../lifecycle/decide.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import { type ScoreResult, scoreResultSchema } from '../scoring/score-result.ts';
import type { CoreDeps } from './deps.ts';
import type { PilotFilter } from './ports.ts';
import { loadPilot } from './run-command.ts';

const LINK_SECONDS = 300;

export async function visiblePilot(
  deps: Pick<CoreDeps, 'pilots'>,
  actor: Actor,
  pilotId: string,
): Promise<Pilot> {
  const pilot = await loadPilot(deps, pilotId);
  if (!canAccessPilot(actor, pilot)) throw new ForbiddenError(`You may not see pilot ${pilotId}`);
  return pilot;
}

export async function getPilotDetail(deps: Pick<CoreDeps, 'pilots'>, actor: Actor, pilotId: string) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const timeline = await deps.pilots.events(pilotId);
  return { pilot, timeline, nextSteps: allowedNextSteps(pilot, actor.role) };
}

/** Narrows the filter to what the role may see, whatever the caller asked for. */
export async function listPilots(
  deps: Pick<CoreDeps, 'pilots'>,
  actor: Actor,
  filter: PilotFilter,
): Promise<Pilot[]> {
  switch (actor.role) {
    case 'city':
      return deps.pilots.list({ ...filter, cityId: actor.cityId ?? '\u0000' });
    case 'verifier':
      return deps.pilots.list({ ...filter, verifierId: actor.userId });
    default:
      return deps.pilots.list(filter);
  }
}

export async function templateDownloadUrl(deps: CoreDeps, actor: Actor, pilotId: string): Promise<string> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  if (!pilot.template) throw new NotFoundError('No template has been issued for this pilot yet');
  const name = `U4SSC-KPI-template-${pilot.cityName.replace(/[^\p{L}\p{N}]+/gu, '-')}.xlsx`;
  return deps.documents.presignGet(pilot.template.key, name, LINK_SECONDS);
}

export async function documentDownloadUrl(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  key: string,
): Promise<string> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const doc = pilot.documents.find((d) => d.key === key);
  if (!doc) throw new NotFoundError('No such document for this pilot');
  return deps.documents.presignGet(doc.key, doc.key.split('/').at(-1) ?? 'document', LINK_SECONDS);
}

export async function submissionResults(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  version: number,
): Promise<unknown> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission) throw new NotFoundError(`No submission version ${version} for this pilot`);
  if (!submission.resultsKey) return { version, status: submission.status, findings: [], results: [] };
  return JSON.parse((await deps.documents.get(submission.resultsKey)).toString('utf8'));
}

/** The benchmark score stored with the latest report, served by the API so browsers need no access to storage. */
export async function latestScore(deps: CoreDeps, actor: Actor, pilotId: string): Promise<ScoreResult> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const doc = pilot.documents.findLast((d) => d.kind === 'score');
  if (!doc) throw new NotFoundError('This pilot has no score yet: it comes with the verification report');
  return scoreResultSchema.parse(JSON.parse((await deps.documents.get(doc.key)).toString('utf8')));
}
