// The letter of intent signed by the mayor: uploaded as a PDF through a presigned POST, checked, then kept among the
// pilot's documents (copied to the documents bucket, never overwritten) with an audited event.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { assertMayIssue, parsePayload } from '../lifecycle/decide.ts';
import { type AttachmentRules, arrivedAttachment, requestAttachmentUpload } from './attachments.ts';
import { decideOnPilot } from './decisions.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';

export const SIGNED_LETTER_RULES: AttachmentRules = {
  purpose: 'signed-letter',
  noun: 'signed letter',
  maxBytes: 10 * 1024 * 1024,
  types: { 'application/pdf': 'pdf' },
  magic: Buffer.from('%PDF-', 'latin1'),
  keyPrefix: 'letters',
};

export const signedLetterKey = (pilotId: string, uploadId: string) =>
  `letters/${pilotId}/signed-letter-of-intent-${uploadId}.pdf`;

export const requestSignedLetterUpload = (deps: CoreDeps, actor: Actor, pilotId: string, body: unknown) =>
  requestAttachmentUpload(deps, actor, pilotId, 'attachSignedLetter', SIGNED_LETTER_RULES, body);

const attachSchema = z.object({ uploadId: z.string().min(1) });

export async function attachSignedLetter(deps: CoreDeps, actor: Actor, pilotId: string, body: unknown) {
  const pilot = await visiblePilot(deps, actor, pilotId);
  assertMayIssue(pilot, 'attachSignedLetter', actor);
  const { uploadId } = parsePayload(attachSchema, body, 'attach the signed letter of intent');
  const key = signedLetterKey(pilotId, uploadId);
  // Attaching the same upload twice (a double click, a retried request) records it once.
  if (pilot.documents.some((d) => d.key === key)) return { pilot, repeated: true };
  const upload = await arrivedAttachment(deps, pilotId, uploadId, SIGNED_LETTER_RULES);
  // A retry after a crash between copy and event finds the copy already there; documents are never overwritten.
  if (!(await deps.documents.head(key)))
    await deps.documents.put(key, await deps.uploads.get(upload.key), 'application/pdf');
  const payload = {
    uploadId,
    fileName: upload.fileName,
    size: upload.size,
    document: { kind: 'signed_letter_of_intent', key, contentType: 'application/pdf' },
  };
  return decideOnPilot(deps, { pilotId, command: 'attachSignedLetter', payload, actor });
}
