// Workbook uploads: presigned POST links for the city, and the checks run when S3 reports an uploaded object.

import { type Actor, systemActor } from '../actors.ts';
import { ForbiddenError, ForbiddenTransitionError } from '../errors.ts';
import { newId } from '../ids.ts';
import { canAccessPilot } from '../lifecycle/access.ts';
import { commands } from '../lifecycle/commands.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { CoreDeps } from './deps.ts';
import { notify } from './notify.ts';
import type { UploadGrant } from './ports.ts';
import { loadPilot, runCommand } from './run-command.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UPLOAD_KEY = /^uploads\/(p[a-z0-9]+)\/(u[a-z0-9]+)\.xlsx$/;

export const uploadKey = (pilotId: string, uploadId: string) => `uploads/${pilotId}/${uploadId}.xlsx`;
export const submissionKey = (pilotId: string, version: number, uploadId: string) =>
  `submissions/${pilotId}/v${String(version).padStart(3, '0')}-${uploadId}.xlsx`;

export interface UploadTicket {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
  maxBytes: number;
  contentType: string;
  expiresAt: string;
}

function assertAcceptsUploads(pilot: Pilot): void {
  const from = commands.receiveSubmission.from;
  if (!from.includes(pilot.stage)) {
    throw new ForbiddenTransitionError(
      `The pilot is in stage "${pilot.stage}"; workbooks can be uploaded only in stages ${from.join(', ')}.`,
      { currentStage: pilot.stage },
    );
  }
}

/** Issues a one-use presigned POST whose policy limits size, type and key. */
export async function requestSubmissionUpload(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
): Promise<UploadTicket> {
  const pilot = await loadPilot(deps, pilotId);
  if (!canAccessPilot(actor, pilot) || (actor.role !== 'city' && actor.role !== 'secretariat')) {
    throw new ForbiddenError('Only the city of this pilot or the secretariat may upload its workbook');
  }
  assertAcceptsUploads(pilot);
  const { maxUploadBytes: maxBytes, uploadLinkSeconds } = deps.settings;
  const uploadId = newId('u');
  const key = uploadKey(pilotId, uploadId);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + uploadLinkSeconds * 1000).toISOString();
  const post = await deps.uploads.presignPost(key, {
    maxBytes,
    contentType: XLSX_CONTENT_TYPE,
    expiresSeconds: uploadLinkSeconds,
  });
  await deps.grants.putGrant({
    pilotId,
    uploadId,
    key,
    maxBytes,
    contentType: XLSX_CONTENT_TYPE,
    issuedAt: now.toISOString(),
    expiresAt,
    issuedTo: actor.userId,
  });
  return { uploadId, ...post, maxBytes, contentType: XLSX_CONTENT_TYPE, expiresAt };
}

async function rejectUpload(deps: CoreDeps, pilot: Pilot, uploadId: string, reason: string) {
  await runCommand(deps, {
    pilotId: pilot.pilotId,
    command: 'rejectUpload',
    payload: { uploadId, reason },
    actor: systemActor,
    causationId: `upload/${uploadId}`,
  });
  await notify(deps, pilot, 'upload_rejected', reason);
  return { outcome: 'rejected' as const, reason };
}

/** Re-checks what the POST policy promised (S3 emulators do not enforce it), then records the submission. */
async function inspectUpload(deps: CoreDeps, key: string, maxBytes: number, contentType: string) {
  const info = await deps.uploads.head(key);
  if (!info || info.size === 0) return 'The uploaded file is empty.';
  if (info.size > maxBytes) return `The file is ${info.size} bytes; the limit is ${maxBytes} bytes.`;
  if (info.contentType && info.contentType !== contentType)
    return `The file type ${info.contentType} is not an .xlsx workbook.`;
  const head = await deps.uploads.getPrefix(key, ZIP_MAGIC.length);
  if (!head.equals(ZIP_MAGIC)) return 'The file is not an .xlsx workbook (it is not a zip package).';
  return undefined;
}

export type UploadOutcome =
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'rejected'; reason: string }
  | { outcome: 'received'; version: number };

/** Handles an "object created" event from the uploads bucket. Safe to call twice for the same object. */
export async function handleUploadedObject(deps: CoreDeps, key: string): Promise<UploadOutcome> {
  const match = UPLOAD_KEY.exec(key);
  if (!match) return { outcome: 'ignored', reason: `not an upload key: ${key}` };
  const [, pilotId = '', uploadId = ''] = match;
  const grant = await deps.grants.getGrant(pilotId, uploadId);
  if (!grant) return { outcome: 'ignored', reason: `no upload link was issued for ${key}` };
  const pilot = await loadPilot(deps, pilotId);
  if (pilot.submissions.some((s) => s.uploadId === uploadId))
    return { outcome: 'ignored', reason: 'already received' };
  if (!(await deps.grants.claimGrant(pilotId, uploadId, deps.clock.now().toISOString()))) {
    return rejectUpload(deps, pilot, uploadId, 'This upload link was already used; request a new one.');
  }
  return receiveClaimedUpload(deps, pilot, key, grant);
}

/** The checks and the recording that follow the claim of an upload link; the claim makes them run once. */
async function receiveClaimedUpload(
  deps: CoreDeps,
  pilot: Pilot,
  key: string,
  grant: UploadGrant,
): Promise<UploadOutcome> {
  const { pilotId, uploadId } = grant;
  const problem = await inspectUpload(deps, key, grant.maxBytes, grant.contentType);
  if (problem) return rejectUpload(deps, pilot, uploadId, problem);
  if (!commands.receiveSubmission.from.includes(pilot.stage)) {
    return rejectUpload(
      deps,
      pilot,
      uploadId,
      `The pilot is in stage "${pilot.stage}" and cannot take a new workbook now.`,
    );
  }
  const version = pilot.submissions.length + 1;
  const storedKey = submissionKey(pilotId, version, uploadId);
  await deps.uploads.copy(key, storedKey);
  const size = (await deps.uploads.head(storedKey))?.size ?? 0;
  try {
    await runCommand(deps, {
      pilotId,
      command: 'receiveSubmission',
      payload: { version, uploadId, key: storedKey, size },
      actor: systemActor,
      causationId: `upload/${uploadId}`,
    });
  } catch (error) {
    // The stage or a guard refused it (e.g. the dataset was locked meanwhile): the file is kept, the city is told.
    if (error instanceof ForbiddenTransitionError) return rejectUpload(deps, pilot, uploadId, error.message);
    throw error;
  }
  return { outcome: 'received', version };
}

/**
 * Handles workbooks that reached the uploads bucket but were never recorded: the embedded runtime was stopped or
 * crashed before the "object created" event was handled, or between claiming the link and recording the
 * submission. An upload is recorded once it is a submission or a rejection of the pilot's log.
 */
export async function recoverUnhandledUploads(deps: CoreDeps): Promise<UploadOutcome[]> {
  const outcomes: UploadOutcome[] = [];
  // The uploads each pilot's log already records, read once per pilot however many uploads it has.
  const recordedByPilot = new Map<string, Promise<Set<string>>>();
  const recordedUploads = (pilotId: string) => {
    const known = recordedByPilot.get(pilotId);
    if (known) return known;
    const recorded = deps.pilots
      .events(pilotId)
      .then(
        (events) =>
          new Set(
            events.flatMap((e) =>
              e.type === 'SubmissionReceived' || e.type === 'UploadRejected' ? [e.data.uploadId] : [],
            ),
          ),
      );
    recordedByPilot.set(pilotId, recorded);
    return recorded;
  };
  for (const key of await deps.uploads.list('uploads/')) {
    const [, pilotId = '', uploadId = ''] = UPLOAD_KEY.exec(key) ?? [];
    const grant = pilotId ? await deps.grants.getGrant(pilotId, uploadId) : undefined;
    if (!grant) continue;
    if (!grant.usedAt) {
      outcomes.push(await handleUploadedObject(deps, key));
      continue;
    }
    if (!(await recordedUploads(pilotId)).has(uploadId))
      outcomes.push(await receiveClaimedUpload(deps, await loadPilot(deps, pilotId), key, grant));
  }
  return outcomes;
}
