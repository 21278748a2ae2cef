// Where one workbook upload stands, by its link's id: what the upload panel polls after the POST, so a refusal is
// shown at once and in the user's language rather than only in the timeline and an e-mail.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import { submissionSummarySchema } from '../lifecycle/events.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';

const inBothLanguages = z.object({ en: z.string(), zh: z.string() });

export const uploadStatusSchema = z.object({
  uploadId: z.string(),
  /**
   * awaiting_file: nothing arrived yet; expired: nothing arrived and the link can no longer be used; checking: the
   * file arrived and its checks run; refused: see `reason`; validating, valid, invalid: the version it became.
   */
  status: z.enum(['awaiting_file', 'expired', 'checking', 'refused', 'validating', 'valid', 'invalid']),
  reason: inBothLanguages.optional(),
  version: z.number().int().positive().optional(),
  summary: submissionSummarySchema.optional(),
});
export type UploadStatus = z.infer<typeof uploadStatusSchema>;

const LINK_EXPIRED = {
  en: 'The upload link expired before a file arrived. Upload the workbook again.',
  zh: '上传链接在文件到达之前已过期。请重新上传工作簿。',
};

const statusOfVersion = { received: 'validating', validated: 'valid', rejected: 'invalid' } as const;

export async function uploadStatus(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  uploadId: string,
): Promise<UploadStatus> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const grant = await deps.grants.getGrant(pilotId, uploadId);
  if (grant?.purpose !== 'submission')
    throw new NotFoundError(`No workbook upload ${uploadId} for this pilot`);
  // The last word on this link: a second file posted to a used link is refused after the first became a version.
  const last = (await deps.pilots.events(pilotId)).findLast(
    (e) => (e.type === 'SubmissionReceived' || e.type === 'UploadRejected') && e.data.uploadId === uploadId,
  );
  const submission = pilot.submissions.find((s) => s.uploadId === uploadId);
  const version = submission ? { version: submission.version } : {};
  if (last?.type === 'UploadRejected') {
    const { reason, reasonZh } = last.data;
    return { uploadId, status: 'refused', reason: { en: reason, zh: reasonZh ?? reason }, ...version };
  }
  if (submission)
    return { uploadId, status: statusOfVersion[submission.status], summary: submission.summary, ...version };
  if (grant.usedAt || (await deps.uploads.head(grant.key))) return { uploadId, status: 'checking' };
  if (grant.expiresAt < deps.clock.now().toISOString())
    return { uploadId, status: 'expired', reason: LINK_EXPIRED };
  return { uploadId, status: 'awaiting_file' };
}
