// Interviews and site visits logged by the verifier, with attachments (minutes, photos) uploaded through presigned
// POSTs and checked before the log entry names them.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { assertMayIssue, parsePayload } from '../lifecycle/decide.ts';
import { interviewSchema } from '../lifecycle/verification-schemas.ts';
import {
  arrivedAttachment,
  attachedFileUrl,
  requestAttachmentUpload,
  supportingFileRules,
} from './attachments.ts';
import { decideOnPilot } from './decisions.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';

const INTERVIEW_ATTACHMENT_RULES = supportingFileRules('interview-attachment', 'attachment', 'interviews');

/** What the verifier sends: the log entry, with attachments named by the upload ids their links returned. */
const interviewRequestSchema = interviewSchema
  .omit({ attachments: true })
  .extend({ attachmentUploadIds: z.array(z.string().min(1)).max(20).default([]) });

export const requestInterviewAttachmentUpload = (
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  body: unknown,
) => requestAttachmentUpload(deps, actor, pilotId, 'logInterview', INTERVIEW_ATTACHMENT_RULES, body);

export async function logInterview(deps: CoreDeps, actor: Actor, pilotId: string, body: unknown) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  assertMayIssue(pilot, 'logInterview', actor);
  const { attachmentUploadIds, ...entry } = parsePayload(interviewRequestSchema, body, 'log an interview');
  const attachments = await Promise.all(
    [...new Set(attachmentUploadIds)].map(async (uploadId) => {
      const file = await arrivedAttachment(deps, pilotId, uploadId, INTERVIEW_ATTACHMENT_RULES);
      return { uploadId, key: file.key, fileName: file.fileName };
    }),
  );
  return decideOnPilot(deps, { pilotId, command: 'logInterview', payload: { ...entry, attachments }, actor });
}

export async function interviewAttachmentUrl(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  uploadId: string,
) {
  await visiblePilot(deps, actor, pilotId);
  return attachedFileUrl(
    deps,
    pilotId,
    uploadId,
    (e) => (e.type === 'InterviewLogged' ? e.data.attachments : []),
    'No interview of this pilot',
  );
}
