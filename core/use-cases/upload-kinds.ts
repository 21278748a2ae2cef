// The four kinds of file people send to a pilot, each with who may send it, when, and what it must be.
import type { Actor } from '../actors.ts';
import { ForbiddenError, ForbiddenTransitionError, InvalidRequestError } from '../errors.ts';
import { canAccessPilot } from '../lifecycle/access.ts';
import { commands } from '../lifecycle/commands.ts';
import { assertMayIssue } from '../lifecycle/decide.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { AcceptedType, UploadKind, UploadParams } from './upload-links.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SUPPORTING_FILE_BYTES = 10 * 1024 * 1024;

/** Office documents and images a person may attach as supporting material. */
const supportingTypes: Record<string, AcceptedType> = {
  'application/pdf': { extension: 'pdf', sniffed: 'pdf' },
  'image/png': { extension: 'png' },
  'image/jpeg': { extension: 'jpg' },
  [XLSX_CONTENT_TYPE]: { extension: 'xlsx', sniffed: 'zip' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    sniffed: 'zip',
  },
};

/** Attachments may be sent by whoever may issue the decision they accompany. */
const mayIssue =
  (command: Parameters<typeof assertMayIssue>[1]) =>
  (pilot: Pilot, actor: Actor): void =>
    assertMayIssue(pilot, command, actor);

function assertAcceptsWorkbook(pilot: Pilot, actor: Actor): void {
  if (!canAccessPilot(actor, pilot) || (actor.role !== 'city' && actor.role !== 'secretariat')) {
    throw new ForbiddenError('Only the city of this pilot or the secretariat may upload its workbook');
  }
  const from = commands.receiveSubmission.from;
  if (!from.includes(pilot.stage)) {
    throw new ForbiddenTransitionError(
      `The pilot is in stage "${pilot.stage}"; workbooks can be uploaded only in stages ${from.join(', ')}.`,
      { currentStage: pilot.stage },
    );
  }
}

/** The city's filled workbook: the key is watched by the upload handler, which validates what arrives. */
export const submissionUpload: UploadKind = {
  purpose: 'submission',
  noun: 'workbook',
  nounZh: '工作簿',
  idPrefix: 'u',
  keyPrefix: 'uploads',
  types: { [XLSX_CONTENT_TYPE]: { extension: 'xlsx', sniffed: 'zip' } },
  maxBytes: (settings) => settings.maxUploadBytes,
  declared: false,
  authorize: assertAcceptsWorkbook,
};

export const evidenceUpload: UploadKind = {
  purpose: 'evidence',
  noun: 'evidence',
  nounZh: '证明',
  idPrefix: 'e',
  keyPrefix: 'evidence',
  types: supportingTypes,
  maxBytes: () => SUPPORTING_FILE_BYTES,
  declared: true,
  authorize(pilot: Pilot, actor: Actor, { queryId }: UploadParams) {
    assertMayIssue(pilot, 'answerQuery', actor);
    const query = pilot.verification?.queries.find((q) => q.queryId === queryId);
    if (!query || query.status === 'closed') throw new InvalidRequestError(`Query ${queryId} is not open`);
  },
};

export const interviewAttachmentUpload: UploadKind = {
  purpose: 'interview-attachment',
  noun: 'attachment',
  nounZh: '附件',
  idPrefix: 'e',
  keyPrefix: 'interviews',
  types: supportingTypes,
  maxBytes: () => SUPPORTING_FILE_BYTES,
  declared: true,
  authorize: mayIssue('logInterview'),
};

export const signedLetterUpload: UploadKind = {
  purpose: 'signed-letter',
  noun: 'signed letter',
  nounZh: '签署的意向书',
  idPrefix: 'e',
  keyPrefix: 'letters',
  types: { 'application/pdf': { extension: 'pdf', sniffed: 'pdf' } },
  maxBytes: () => SUPPORTING_FILE_BYTES,
  declared: true,
  authorize: mayIssue('attachSignedLetter'),
};

export const uploadKinds = {
  submission: submissionUpload,
  evidence: evidenceUpload,
  'interview-attachment': interviewAttachmentUpload,
  'signed-letter': signedLetterUpload,
} as const satisfies Record<UploadKind['purpose'], UploadKind>;
