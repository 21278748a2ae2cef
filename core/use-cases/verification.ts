// Verification use cases that need more than one command: candidates, the locked dataset's hash, evidence, tasks and changes.
import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { ForbiddenError, InvalidRequestError, NotFoundError } from '../errors.ts';
import { assertMayIssue, parsePayload } from '../lifecycle/decide.ts';
import { latestValidatedVersion, type Pilot } from '../lifecycle/pilot.ts';
import { diffResults } from '../validation/diff-results.ts';
import { submissionResultsSchema } from '../validation/results.ts';
import { rankVerifiers } from '../verification/ranking.ts';
import {
  arrivedAttachment,
  attachedFileUrl,
  issueAttachmentUpload,
  supportingFileRules,
} from './attachments.ts';
import { decideOnPilot } from './decisions.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';
import type { CommandResult } from './run-command.ts';

const EVIDENCE_RULES = supportingFileRules('evidence', 'evidence', 'evidence');
const ACTIVE_VERIFICATION = ['verifier_assigned', 'in_verification'];

export async function verifierCandidates(deps: CoreDeps, actor: Actor, pilotId: string) {
  if (actor.role !== 'secretariat')
    throw new ForbiddenError('Only the secretariat may see verifier candidates');
  const pilot = await visiblePilot(deps, actor, pilotId);
  const [verifiers, previous, active] = await Promise.all([
    deps.verifiers.listVerifiers(),
    deps.pilots.list({ cityId: pilot.cityId }),
    Promise.all(ACTIVE_VERIFICATION.map((stage) => deps.pilots.list({ stage: stage as Pilot['stage'] }))),
  ]);
  const workload: Record<string, number> = {};
  for (const p of active.flat()) if (p.verifierId) workload[p.verifierId] = (workload[p.verifierId] ?? 0) + 1;
  return rankVerifiers(verifiers, {
    pilot,
    previousPilots: previous.filter((p) => p.pilotId !== pilotId),
    workload,
  });
}

async function resultsBytes(deps: CoreDeps, pilot: Pilot, version: number): Promise<Buffer> {
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission?.resultsKey) throw new NotFoundError(`Version ${version} has no stored results`);
  return deps.documents.get(submission.resultsKey);
}

/** Locks the dataset under verification: the hash is computed here from the stored results, never taken from the client. */
export async function submitConclusion(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  body: unknown,
): Promise<CommandResult> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  assertMayIssue(pilot, 'submitConclusion', actor);
  const version = latestValidatedVersion(pilot);
  const datasetHash = version
    ? createHash('sha256')
        .update(await resultsBytes(deps, pilot, version))
        .digest('hex')
    : '0'.repeat(64);
  const payload = { ...(typeof body === 'object' && body ? body : {}), datasetHash };
  return decideOnPilot(deps, { pilotId, command: 'submitConclusion', payload, actor });
}

/** A presigned POST for one evidence file attached to a query answer. */
export async function requestEvidenceUpload(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  queryId: string,
  body: unknown,
) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  assertMayIssue(pilot, 'answerQuery', actor);
  const query = pilot.verification?.queries.find((q) => q.queryId === queryId);
  if (!query || query.status === 'closed') throw new InvalidRequestError(`Query ${queryId} is not open`);
  return issueAttachmentUpload(deps, actor, pilotId, EVIDENCE_RULES, body);
}

const answerSchema = z.object({
  text: z.string(),
  evidenceUploadId: z.string().optional(),
  submissionVersion: z.number().int().positive().optional(),
});

/** Records the city's answer; attached evidence is re-checked because local S3 enforces no POST policy. */
export async function answerQuery(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  queryId: string,
  body: unknown,
) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  assertMayIssue(pilot, 'answerQuery', actor);
  const answer = parsePayload(answerSchema, body, 'answer a query');
  let evidence: { uploadId: string; key: string; fileName: string } | undefined;
  if (answer.evidenceUploadId && actor.role === 'city') {
    const grant = await arrivedAttachment(deps, pilotId, answer.evidenceUploadId, EVIDENCE_RULES);
    evidence = { uploadId: grant.uploadId, key: grant.key, fileName: grant.fileName };
  }
  if (answer.submissionVersion && !pilot.submissions.some((s) => s.version === answer.submissionVersion)) {
    throw new InvalidRequestError(`No submission version ${answer.submissionVersion}`);
  }
  const payload = { queryId, text: answer.text, evidence, submissionVersion: answer.submissionVersion };
  return decideOnPilot(deps, { pilotId, command: 'answerQuery', payload, actor });
}

/** A download link for an evidence file, only as attached to an answer of that query on this pilot. */
export async function evidenceDownloadUrl(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  queryId: string,
  uploadId: string,
): Promise<string> {
  await visiblePilot(deps, actor, pilotId);
  return attachedFileUrl(
    deps,
    pilotId,
    uploadId,
    (e) => (e.type === 'QueryAnswered' && e.data.queryId === queryId ? [e.data.evidence] : []),
    `Query ${queryId}`,
  );
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
  const [before, after] = await Promise.all(
    [from, to].map(async (v) =>
      submissionResultsSchema.parse(JSON.parse((await resultsBytes(deps, pilot, v)).toString('utf8'))),
    ),
  );
  return { from, to, changes: diffResults(before!.results, after!.results) };
}

export interface Task {
  pilotId: string;
  cityName: string;
  stage: Pilot['stage'];
  kind: string;
  dueAt?: string;
  /** English detail for API clients; interfaces word it from kind and the fields below. */
  detail?: string;
  /** For "verify": how many data points have a review. */
  reviewed?: number;
}

/** Stages in which a pilot may wait for the secretariat (a failed automated step can leave it in any of them). */
const STAFF_TASK_STAGES = [
  'loi_received',
  'accepted',
  'template_issued',
  'submitted',
  'validated',
  'in_verification',
  'verified',
  'reported',
] as const;

/** The secretariat's share: decisions the stage waits for, approvals for the supervisor, failed steps to retry. */
function staffTasks(p: Pilot, actor: Actor, base: Pick<Task, 'pilotId' | 'cityName' | 'stage'>): Task[] {
  if (p.pendingRun) return [];
  if (p.lastFailure) return [{ ...base, kind: 'retry_stage', detail: p.lastFailure.machine }];
  const conclusion = p.verification?.conclusion;
  switch (p.stage) {
    case 'loi_received':
      return [{ ...base, kind: 'review_letter' }];
    case 'validated':
      return [{ ...base, kind: 'appoint_verifier' }];
    case 'reported':
      return [{ ...base, kind: 'certify' }];
    case 'in_verification':
      return conclusion?.status === 'submitted' && p.supervisorId === actor.userId
        ? [{ ...base, kind: 'approve_conclusion', detail: conclusion.datasetHash }]
        : [];
    default:
      return [];
  }
}

/** What each person must do next, across the pilots they may see. */
export async function listTasks(deps: CoreDeps, actor: Actor): Promise<Task[]> {
  const pilots =
    actor.role === 'verifier'
      ? await deps.pilots.list({ verifierId: actor.userId })
      : actor.role === 'city'
        ? await deps.pilots.list({ cityId: actor.cityId ?? '\u0000' })
        : (await Promise.all(STAFF_TASK_STAGES.map((stage) => deps.pilots.list({ stage })))).flat();
  return pilots.flatMap((p) => tasksOf(p, actor));
}

function tasksOf(p: Pilot, actor: Actor): Task[] {
  const base = { pilotId: p.pilotId, cityName: p.cityName, stage: p.stage };
  const v = p.verification;
  const queries = v?.queries ?? [];
  switch (actor.role) {
    case 'verifier':
      if (p.stage === 'verifier_assigned') return [{ ...base, kind: 'answer_assignment' }];
      if (p.stage !== 'in_verification' || v?.conclusion?.status === 'submitted') return [];
      return [
        {
          ...base,
          kind: 'verify',
          dueAt: p.dueAt,
          detail: `${Object.keys(v?.reviews ?? {}).length} data points reviewed`,
          reviewed: Object.keys(v?.reviews ?? {}).length,
        },
        ...queries
          .filter((q) => q.status === 'answered')
          .map((q) => ({ ...base, kind: 'read_answer', detail: q.queryId })),
      ];
    case 'city':
      return queries
        .filter((q) => q.status === 'open')
        .map((q) => ({
          ...base,
          kind: 'answer_query',
          dueAt: q.dueAt,
          detail: `${q.queryId}: ${q.question}`,
        }));
    default:
      return staffTasks(p, actor, base);
  }
}
