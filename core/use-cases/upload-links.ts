// One mechanism for every file a person sends (the workbook, query evidence, interview attachments, the signed
// letter): a presigned POST whose grant records what the link allows, and one check of the file once it arrived.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import { InvalidRequestError, UploadRejectedError } from '../errors.ts';
import { newId } from '../ids.ts';
import { noPayload } from '../lifecycle/command-definition.ts';
import { parsePayload } from '../lifecycle/decide.ts';
import type { Pilot } from '../lifecycle/pilot.ts';
import type { InBothLanguages } from '../notifications/messages.ts';
import { type FileKind, SNIFF_BYTES, sniffFile } from '../validation/sniff-file.ts';
import type { CoreDeps, Settings } from './deps.ts';
import { type UploadGrant, type UploadPurpose, uploadGrantSchema } from './upload-grant.ts';

export { type UploadGrant, type UploadPurpose, uploadGrantSchema };

/** What a file of one content type must be by its first bytes; absent where the sniffer cannot tell (images). */
export interface AcceptedType {
  extension: string;
  sniffed?: FileKind;
}

/** Everything that differs between the files people send; the mechanism below is the same for all of them. */
export interface UploadKind {
  purpose: UploadPurpose;
  /** The file's name in messages, e.g. "evidence", and in Chinese. */
  noun: string;
  nounZh: string;
  /** First letter of the upload ids of this kind, so a key tells what it holds. */
  idPrefix: string;
  /** Folder of the uploads bucket: `<keyPrefix>/<pilot>/<uploadId>.<extension>`. */
  keyPrefix: string;
  /** Accepted content types. */
  types: Readonly<Record<string, AcceptedType>>;
  maxBytes(settings: Settings): number;
  /** Whether the request names the file (attachments) or the kind fixes it (the workbook has one type and no name). */
  declared: boolean;
  /** Throws when the actor may not send this file to this pilot now. */
  authorize(pilot: Pilot, actor: Actor, params: UploadParams): void;
}

/** Path parameters a kind may need, e.g. the query an evidence file answers. */
export interface UploadParams {
  queryId?: string;
}

/** What a person gets back: where to POST the file, the form fields the policy signs, and the link's limits. */
export const uploadTicketSchema = z.object({
  uploadId: z.string(),
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  maxBytes: z.number().int().positive(),
  contentType: z.string(),
  expiresAt: z.string(),
});
export type UploadTicket = z.infer<typeof uploadTicketSchema>;

/** What an attachment's link request names: the file, its type and its size. */
export const declaredFileSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  contentType: z.string().min(1).max(200),
  size: z.number().int().positive(),
});

export const uploadKeyFor = (kind: UploadKind, pilotId: string, uploadId: string, extension: string) =>
  `${kind.keyPrefix}/${pilotId}/${uploadId}.${extension}`;

/** The file a request asks to send: declared by the request, or fixed by the kind. */
function requestedFile(kind: UploadKind, body: unknown) {
  if (!kind.declared) {
    // The kind fixes the file, so the request names nothing; a body that tries to is refused, not ignored.
    parsePayload(noPayload, body, `upload ${kind.noun}`);
    const [contentType = ''] = Object.keys(kind.types);
    return { contentType, fileName: undefined, size: undefined };
  }
  return parsePayload(declaredFileSchema, body, `upload ${kind.noun}`);
}

/** Issues a one-use presigned POST for an authorized actor on a pilot already loaded. */
export async function issueUploadLink(
  deps: Pick<CoreDeps, 'uploads' | 'grants' | 'clock' | 'settings'>,
  actor: Actor,
  pilot: Pilot,
  kind: UploadKind,
  request: { body: unknown; params: UploadParams },
): Promise<UploadTicket> {
  kind.authorize(pilot, actor, request.params);
  const file = requestedFile(kind, request.body);
  const accepted = kind.types[file.contentType];
  const maxBytes = kind.maxBytes(deps.settings);
  if (!accepted) {
    const allowed = Object.values(kind.types).map((t) => t.extension.toUpperCase());
    throw new UploadRejectedError(`The ${kind.noun} must be ${allowed.join(', ')}, not ${file.contentType}`);
  }
  if (file.size !== undefined && file.size > maxBytes) {
    throw new UploadRejectedError(
      `The file is ${file.size} bytes; the ${kind.noun} may be at most ${maxBytes} bytes`,
    );
  }
  const uploadId = newId(kind.idPrefix);
  const key = uploadKeyFor(kind, pilot.pilotId, uploadId, accepted.extension);
  const now = deps.clock.now();
  const expiresSeconds = deps.settings.uploadLinkSeconds;
  const post = await deps.uploads.presignPost(key, {
    maxBytes,
    contentType: file.contentType,
    expiresSeconds,
  });
  const grant: UploadGrant = {
    pilotId: pilot.pilotId,
    uploadId,
    key,
    purpose: kind.purpose,
    fileName: file.fileName,
    maxBytes,
    contentType: file.contentType,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + expiresSeconds * 1000).toISOString(),
    issuedTo: actor.userId,
  };
  await deps.grants.putGrant(grant);
  return { uploadId, ...post, maxBytes, contentType: file.contentType, expiresAt: grant.expiresAt };
}

const emptyFile = (kind: UploadKind): InBothLanguages => ({
  en: `The ${kind.noun} file is empty.`,
  zh: `${kind.nounZh}文件为空。`,
});

/** Why a file that does not start as its type must cannot be accepted. */
function signatureProblem(kind: UploadKind, expected: AcceptedType, found: FileKind): InBothLanguages {
  if (found === 'empty') return emptyFile(kind);
  const extension = expected.extension.toUpperCase();
  return {
    en: `The ${kind.noun} file is not a ${extension} file (it looks like ${describeKind[found].en}).`,
    zh: `${kind.nounZh}文件不是 ${extension} 文件（看起来是${describeKind[found].zh}）。`,
  };
}

const describeKind: Record<FileKind, InBothLanguages> = {
  empty: { en: 'an empty file', zh: '空文件' },
  zip: { en: 'a zip package', zh: 'zip 压缩包' },
  xls: { en: 'an Excel 97-2003 workbook', zh: 'Excel 97-2003 工作簿' },
  encrypted: { en: 'a password-protected file', zh: '受密码保护的文件' },
  ole: { en: 'an Excel 97-2003 or password-protected file', zh: 'Excel 97-2003 或受密码保护的文件' },
  pdf: { en: 'a PDF', zh: 'PDF 文件' },
  csv: { en: 'a CSV file', zh: 'CSV 文件' },
  text: { en: 'a text or CSV file', zh: '文本或 CSV 文件' },
  other: { en: 'another kind of file', zh: '其他类型的文件' },
};

/**
 * Re-checks what the POST policy promised (size, type) and what no policy can (the file's first bytes), once the file
 * is in storage. Returns the stored size, or why the file cannot be accepted, in both languages.
 */
export async function inspectArrival(
  deps: Pick<CoreDeps, 'uploads'>,
  kind: UploadKind,
  grant: UploadGrant,
  describeMismatch: (found: FileKind) => InBothLanguages | undefined = () => undefined,
): Promise<{ size: number } | { problem: InBothLanguages }> {
  const stored = await deps.uploads.head(grant.key);
  if (!stored)
    return {
      problem: {
        en: `The ${kind.noun} file has not arrived; upload it first.`,
        zh: `${kind.nounZh}文件尚未上传，请先上传。`,
      },
    };
  if (stored.size === 0) return { problem: emptyFile(kind) };
  if (stored.size > grant.maxBytes) {
    return {
      problem: {
        en: `The ${kind.noun} file is ${stored.size} bytes; the limit is ${grant.maxBytes} bytes.`,
        zh: `${kind.nounZh}文件大小为 ${stored.size} 字节，上限为 ${grant.maxBytes} 字节。`,
      },
    };
  }
  if (stored.contentType && stored.contentType !== grant.contentType) {
    return {
      problem: {
        en: `The file type ${stored.contentType} is not the ${grant.contentType} the link was for.`,
        zh: `文件类型 ${stored.contentType} 与上传链接要求的 ${grant.contentType} 不符。`,
      },
    };
  }
  const expected = kind.types[grant.contentType];
  if (expected?.sniffed) {
    const found = sniffFile(await deps.uploads.getPrefix(grant.key, SNIFF_BYTES));
    if (found !== expected.sniffed)
      return { problem: describeMismatch(found) ?? signatureProblem(kind, expected, found) };
  }
  return { size: stored.size };
}

/** Where a file a decision names is kept: a copy that Object Lock protects, so the record's evidence cannot change. */
export const keptKey = (key: string) => `kept/${key}`;

/**
 * Copies an arrived supporting file to where it is kept, and gives that key for the record. A retry after a crash
 * between the copy and the record finds the copy made: kept files are never rewritten.
 */
export async function keepArrivedFile(deps: Pick<CoreDeps, 'uploads'>, key: string): Promise<string> {
  const kept = keptKey(key);
  if (!(await deps.uploads.head(kept))) await deps.uploads.copy(key, kept);
  return kept;
}

/** The grant of a file a decision names, once it arrived and still keeps the rules it was issued under. */
export async function arrivedUpload(
  deps: Pick<CoreDeps, 'uploads' | 'grants'>,
  pilotId: string,
  uploadId: string,
  kind: UploadKind,
): Promise<UploadGrant & { size: number; fileName: string }> {
  const grant = await deps.grants.getGrant(pilotId, uploadId);
  if (grant?.purpose !== kind.purpose)
    throw new InvalidRequestError(`No ${kind.noun} upload with id ${uploadId} for this pilot`);
  const arrival = await inspectArrival(deps, kind, grant);
  if ('problem' in arrival) throw new UploadRejectedError(arrival.problem.en);
  return { ...grant, size: arrival.size, fileName: grant.fileName ?? grant.key };
}
