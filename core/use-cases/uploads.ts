// Upload links for every kind of file, and what happens when S3 reports that a workbook arrived.
import { type Actor, systemActor } from '../actors.ts';
import { ForbiddenTransitionError } from '../errors.ts';
import { commands } from '../lifecycle/commands.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { InBothLanguages } from '../notifications/messages.ts';
import type { FileKind } from '../validation/sniff-file.ts';
import { notZip } from '../validation/upload-checks.ts';
import type { CoreDeps } from './deps.ts';
import { notify } from './notify.ts';
import { loadPilot, resumePendingRun, runCommand } from './run-command.ts';
import { submissionUpload, uploadKinds } from './upload-kinds.ts';
import {
  inspectArrival,
  issueUploadLink,
  type UploadGrant,
  type UploadParams,
  type UploadPurpose,
  type UploadTicket,
} from './upload-links.ts';

const UPLOAD_KEY = /^uploads\/(p[a-z0-9]+)\/(u[a-z0-9]+)\.xlsx$/;

export const submissionKey = (pilotId: string, version: number, uploadId: string) =>
  `submissions/${pilotId}/v${String(version).padStart(3, '0')}-${uploadId}.xlsx`;

/** A presigned POST for one file of the given kind, for an actor that kind lets send it to this pilot now. */
export async function requestUpload(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  purpose: UploadPurpose,
  request: { body?: unknown; params?: UploadParams } = {},
): Promise<UploadTicket> {
  const pilot = await loadPilot(deps, pilotId);
  return issueUploadLink(deps, actor, pilot, uploadKinds[purpose], {
    body: request.body ?? {},
    params: request.params ?? {},
  });
}

/**
 * Records why an upload was refused and tells the city, once: a repeated or retried event finds the rejection
 * recorded under the same causation and sends nothing again.
 */
async function rejectUpload(
  deps: CoreDeps,
  pilot: Pilot,
  uploadId: string,
  reason: InBothLanguages,
  causationId = `upload/${uploadId}`,
) {
  const { repeated } = await runCommand(deps, {
    pilotId: pilot.pilotId,
    command: 'rejectUpload',
    payload: { uploadId, reason: reason.en, reasonZh: reason.zh },
    actor: systemActor,
    causationId,
  });
  // A repeat of a refusal already recorded (the same event again) tells no one again and counts as handled.
  if (repeated) return { outcome: 'ignored' as const, reason: `already refused: ${reason.en}` };
  await notify(deps, pilot, 'upload_rejected', reason);
  return { outcome: 'rejected' as const, reason: reason.en };
}

const LINK_USED: InBothLanguages = {
  en: 'This upload link was already used; request a new one.',
  zh: '此上传链接已被使用，请重新申请上传链接。',
};

/**
 * A second upload to a link already used is refused under its own causation (the link and the object), so it can
 * never stand in for the first upload's record.
 */
const rejectSecondUpload = (deps: CoreDeps, pilot: Pilot, uploadId: string, objectTag: string) =>
  rejectUpload(deps, pilot, uploadId, LINK_USED, `upload/${uploadId}/${objectTag}`);

/** A workbook that is not a zip package is named for what it is (a PDF, a CSV, an old .xls), as validation would. */
const workbookMismatch = (found: FileKind): InBothLanguages | undefined => {
  if (!(found in notZip)) return undefined;
  const { en, zh } = notZip[found as keyof typeof notZip];
  return { en, zh };
};

export type UploadOutcome =
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'rejected'; reason: string }
  | { outcome: 'received'; version: number };

/**
 * Handles an "object created" event from the uploads bucket. Events arrive at least once: the same object may be
 * announced twice, at the same time or later, and a handler may be retried after a crash at any step. The object's
 * tag tells a repeat (which resumes or changes nothing) from a second upload to the same link (which is refused).
 */
export async function handleUploadedObject(deps: CoreDeps, key: string): Promise<UploadOutcome> {
  const match = UPLOAD_KEY.exec(key);
  if (!match) return { outcome: 'ignored', reason: `not an upload key: ${key}` };
  const [, pilotId = '', uploadId = ''] = match;
  const grant = await deps.grants.getGrant(pilotId, uploadId);
  if (!grant) return { outcome: 'ignored', reason: `no upload link was issued for ${key}` };
  const object = await deps.uploads.head(key);
  if (!object) return { outcome: 'ignored', reason: `the object ${key} is no longer there` };
  const objectTag = object.tag ?? `size-${object.size}`;
  const pilot = await loadPilot(deps, pilotId);
  if (pilot.submissions.some((s) => s.uploadId === uploadId)) {
    if (grant.objectTag && grant.objectTag !== objectTag)
      return rejectSecondUpload(deps, pilot, uploadId, objectTag);
    // The same object again: a retry may find its submission recorded but its validation never started.
    await resumePendingRun(deps, pilot);
    return { outcome: 'ignored', reason: 'already received' };
  }
  const claim = await deps.grants.claimGrant(pilotId, uploadId, {
    at: deps.clock.now().toISOString(),
    objectTag,
  });
  if (claim === 'claimed-by-another-object') return rejectSecondUpload(deps, pilot, uploadId, objectTag);
  return receiveClaimedUpload(deps, pilot, key, grant);
}

/** The uploads a pilot's log records, as a submission or a rejection: each is recorded once. */
async function recordedUploads(deps: Pick<CoreDeps, 'pilots'>, pilotId: string): Promise<Set<string>> {
  const events = await deps.pilots.events(pilotId);
  return new Set(
    events.flatMap((e) =>
      e.type === 'SubmissionReceived' || e.type === 'UploadRejected' ? [e.data.uploadId] : [],
    ),
  );
}

/** The checks and the recording that follow the claim of an upload link; the claim makes them run once. */
async function receiveClaimedUpload(
  deps: CoreDeps,
  pilot: Pilot,
  key: string,
  grant: UploadGrant,
): Promise<UploadOutcome> {
  const { pilotId, uploadId } = grant;
  const arrival = await inspectArrival(deps, submissionUpload, grant, workbookMismatch);
  if ('problem' in arrival) return rejectUpload(deps, pilot, uploadId, arrival.problem);
  if (!commands.receiveSubmission.from.includes(pilot.stage)) {
    return rejectUpload(deps, pilot, uploadId, {
      en: `The pilot is in stage "${pilot.stage}" and cannot take a new workbook now.`,
      zh: `试点处于“${pilot.stage}”阶段，目前不能接收新的工作簿。`,
    });
  }
  const version = pilot.submissions.length + 1;
  const storedKey = submissionKey(pilotId, version, uploadId);
  // A retry after a crash between the copy and the record finds the copy made: stored versions are never rewritten.
  if (!(await deps.uploads.head(storedKey))) await deps.uploads.copy(key, storedKey);
  const size = (await deps.uploads.head(storedKey))?.size ?? 0;
  try {
    const { pilot: recorded, repeated } = await runCommand(deps, {
      pilotId,
      command: 'receiveSubmission',
      payload: { version, uploadId, key: storedKey, size },
      actor: systemActor,
      causationId: `upload/${uploadId}`,
    });
    if (repeated) await resumePendingRun(deps, recorded);
  } catch (error) {
    // The stage or a guard refused it (e.g. the dataset was locked meanwhile): the file is kept, the city is told.
    if (error instanceof ForbiddenTransitionError)
      return rejectUpload(deps, pilot, uploadId, {
        en: error.message,
        zh: `试点目前不能接收此工作簿：${error.message}`,
      });
    throw error;
  }
  return { outcome: 'received', version };
}

/**
 * Handles workbooks that reached the uploads bucket but were never recorded: their event was lost (Lambda drops an
 * asynchronous event after two failed retries; the embedded runtime may have been stopped), or the handler died
 * between claiming the link and recording the submission. An upload is recorded once it is a submission or a
 * rejection of the pilot's log. The sweep runs this on AWS and locally; the embedded runtime also at start.
 */
export async function recoverUnhandledUploads(deps: CoreDeps, olderThanMs = 0): Promise<UploadOutcome[]> {
  // Links younger than this may still have their event on the way; their handler, not the sweep, takes them.
  const cutoff = new Date(deps.clock.now().getTime() - olderThanMs).toISOString();
  const outcomes: UploadOutcome[] = [];
  // The uploads each pilot's log already records, read once per pilot however many uploads it has.
  const recordedByPilot = new Map<string, Promise<Set<string>>>();
  const recordedOf = (pilotId: string) => {
    const recorded = recordedByPilot.get(pilotId) ?? recordedUploads(deps, pilotId);
    recordedByPilot.set(pilotId, recorded);
    return recorded;
  };
  for (const key of await deps.uploads.list('uploads/')) {
    const [, pilotId = '', uploadId = ''] = UPLOAD_KEY.exec(key) ?? [];
    const grant = pilotId ? await deps.grants.getGrant(pilotId, uploadId) : undefined;
    if (!grant || grant.issuedAt > cutoff) continue;
    if (!grant.usedAt) {
      outcomes.push(await handleUploadedObject(deps, key));
      continue;
    }
    if (!(await recordedOf(pilotId)).has(uploadId))
      outcomes.push(await receiveClaimedUpload(deps, await loadPilot(deps, pilotId), key, grant));
  }
  return outcomes;
}
