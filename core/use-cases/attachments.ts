// Files that accompany a decision (query evidence, the signed letter of intent): one presigned POST per file, and
// the checks run when the file is referenced, because a local S3 does not enforce the POST policy.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { InvalidRequestError, NotFoundError, UploadRejectedError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { CommandName } from '../lifecycle/commands.ts';
import { assertMayIssue, parsePayload } from '../lifecycle/decide.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { EvidenceRef } from '../lifecycle/verification-schemas.ts';
import type { CoreDeps } from './deps.ts';
import type { UploadGrant } from './ports.ts';
import { visiblePilot } from './queries.ts';

export type AttachmentPurpose = Exclude<NonNullable<UploadGrant['purpose']>, 'submission'>;

export interface AttachmentRules {
  purpose: AttachmentPurpose;
  /** Human name of the file in error messages, e.g. "evidence". */
  noun: string;
  maxBytes: number;
  /** Accepted content types and the file extension each is stored under. */
  types: Record<string, string>;
  /** Bytes every accepted file starts with, when the format has a signature worth checking. */
  magic?: Buffer;
  keyPrefix: string;
}

const requestSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentType: z.string(),
  size: z.number().int().positive(),
});

/** Checks the declared file against the rules, records a grant and returns the presigned POST. */
export async function issueAttachmentUpload(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  rules: AttachmentRules,
  body: unknown,
) {
  const request = parsePayload(requestSchema, body, `upload ${rules.noun}`);
  const extension = rules.types[request.contentType];
  if (!extension) {
    const allowed = Object.values(rules.types).map((e) => e.toUpperCase());
    throw new UploadRejectedError(
      `The ${rules.noun} must be ${allowed.join(', ')}, not ${request.contentType}`,
    );
  }
  if (request.size > rules.maxBytes) {
    throw new UploadRejectedError(
      `The file is ${request.size} bytes; the ${rules.noun} may be at most ${rules.maxBytes} bytes`,
    );
  }
  const uploadId = newId('e');
  const key = `${rules.keyPrefix}/${pilotId}/${uploadId}.${extension}`;
  const now = deps.clock.now();
  const expiresSeconds = deps.settings.uploadLinkSeconds;
  const post = await deps.uploads.presignPost(key, {
    maxBytes: rules.maxBytes,
    contentType: request.contentType,
    expiresSeconds,
  });
  await deps.grants.putGrant({
    pilotId,
    uploadId,
    key,
    purpose: rules.purpose,
    fileName: request.fileName,
    maxBytes: rules.maxBytes,
    contentType: request.contentType,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + expiresSeconds * 1000).toISOString(),
    issuedTo: actor.userId,
  });
  return { uploadId, ...post, maxBytes: rules.maxBytes, contentType: request.contentType };
}

/** The grant of an uploaded attachment, once the file has arrived and still keeps the rules it was issued under. */
export async function arrivedAttachment(
  deps: CoreDeps,
  pilotId: string,
  uploadId: string,
  rules: AttachmentRules,
): Promise<UploadGrant & { size: number; fileName: string }> {
  const grant = await deps.grants.getGrant(pilotId, uploadId);
  if (grant?.purpose !== rules.purpose)
    throw new InvalidRequestError(`No ${rules.noun} upload with id ${uploadId} for this pilot`);
  const stored = await deps.uploads.head(grant.key);
  if (!stored) throw new UploadRejectedError(`The ${rules.noun} file has not arrived; upload it first`);
  if (stored.size > grant.maxBytes) {
    throw new UploadRejectedError(
      `The ${rules.noun} file is ${stored.size} bytes; the limit is ${grant.maxBytes} bytes`,
    );
  }
  if (rules.magic) {
    const head = await deps.uploads.getPrefix(grant.key, rules.magic.length);
    if (!head.equals(rules.magic))
      throw new UploadRejectedError(
        `The ${rules.noun} file is not a ${Object.values(rules.types)[0]?.toUpperCase()} file`,
      );
  }
  return { ...grant, size: stored.size, fileName: grant.fileName ?? grant.key };
}

/** Office documents and images a person may attach as supporting material, up to 10 MB each. */
export function supportingFileRules(
  purpose: AttachmentPurpose,
  noun: string,
  keyPrefix: string,
): AttachmentRules {
  return {
    purpose,
    noun,
    maxBytes: 10 * 1024 * 1024,
    types: {
      'application/pdf': 'pdf',
      'image/png': 'png',
      'image/jpeg': 'jpg',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    },
    keyPrefix,
  };
}

/** A presigned POST for a file that will accompany the command, for someone who may issue that command. */
export async function requestAttachmentUpload(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  command: CommandName,
  rules: AttachmentRules,
  body: unknown,
) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  assertMayIssue(pilot, command, actor);
  return issueAttachmentUpload(deps, actor, pilotId, rules, body);
}

const ATTACHMENT_LINK_SECONDS = 300;

/**
 * A download link for a file attached by a recorded event of this pilot. Only files an event names can be fetched, so
 * a guessed upload id (or one of another pilot) gives 404.
 */
export async function attachedFileUrl(
  deps: CoreDeps,
  pilotId: string,
  uploadId: string,
  filesOf: (event: PilotEvent) => readonly (EvidenceRef | undefined)[],
  what: string,
): Promise<string> {
  const file = (await deps.pilots.events(pilotId)).flatMap(filesOf).find((f) => f?.uploadId === uploadId);
  if (!file) throw new NotFoundError(`${what} has no file ${uploadId}`);
  return deps.uploads.presignGet(file.key, file.fileName, ATTACHMENT_LINK_SECONDS);
}
