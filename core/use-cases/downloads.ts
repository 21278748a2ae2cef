// Download links: the issued template, the pilot's documents, each version's workbook as sent and its feedback workbook, and files
// attached to recorded decisions. A file is served only as an event of this pilot names it, so a guessed upload id
// (or one of another pilot) gives 404.
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { EvidenceRef } from '../lifecycle/verification-schemas.ts';
import { feedbackWorkbookKey } from '../validation/feedback-workbook.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';

export const LINK_SECONDS = 300;

/** The city's name as part of a file name: letters and digits of any script, the rest as single hyphens. */
const fileNamePart = (cityName: string) => cityName.replace(/[^\p{L}\p{N}]+/gu, '-');

export async function templateDownloadUrl(deps: CoreDeps, actor: Actor, pilotId: string): Promise<string> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  if (!pilot.template) throw new NotFoundError('No template has been issued for this pilot yet');
  const name = `U4SSC-KPI-template-${fileNamePart(pilot.cityName)}.xlsx`;
  return deps.documents.presignGet(pilot.template.key, name, LINK_SECONDS);
}

/**
 * The city's workbook of one version back, with every finding in its cell; whoever may see the pilot may have it,
 * once the version is validated (with or without errors).
 */
export async function feedbackWorkbookUrl(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  version: number,
): Promise<string> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission) throw new NotFoundError(`No submission version ${version} for this pilot`);
  const key = feedbackWorkbookKey(pilotId, version);
  // Versions validated before feedback workbooks were stored have none.
  if (submission.status === 'received' || !(await deps.documents.head(key)))
    throw new NotFoundError(`Version ${version} has no feedback workbook yet`);
  const name = `U4SSC-feedback-${fileNamePart(pilot.cityName)}-v${version}.xlsx`;
  return deps.documents.presignGet(key, name, LINK_SECONDS);
}

/** The workbook exactly as the city sent it for one version (the immutable copy taken on arrival). */
export async function submittedWorkbookUrl(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  version: number,
): Promise<string> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  const submission = pilot.submissions.find((s) => s.version === version);
  if (!submission) throw new NotFoundError(`No submission version ${version} for this pilot`);
  const name = `U4SSC-submission-${fileNamePart(pilot.cityName)}-v${version}.xlsx`;
  return deps.uploads.presignGet(submission.key, name, LINK_SECONDS);
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

async function attachedFileUrl(
  deps: CoreDeps,
  pilotId: string,
  uploadId: string,
  filesOf: (event: PilotEvent) => readonly (EvidenceRef | undefined)[],
  what: string,
): Promise<string> {
  const file = (await deps.pilots.events(pilotId)).flatMap(filesOf).find((f) => f?.uploadId === uploadId);
  if (!file) throw new NotFoundError(`${what} has no file ${uploadId}`);
  return deps.uploads.presignGet(file.key, file.fileName, LINK_SECONDS);
}

/** An evidence file, only as attached to an answer of that query on this pilot. */
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

export async function interviewAttachmentUrl(
  deps: CoreDeps,
  actor: Actor,
  pilotId: string,
  uploadId: string,
): Promise<string> {
  await visiblePilot(deps, actor, pilotId);
  return attachedFileUrl(
    deps,
    pilotId,
    uploadId,
    (e) => (e.type === 'InterviewLogged' ? e.data.attachments : []),
    'No interview of this pilot',
  );
}
