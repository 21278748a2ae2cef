// Download links: the issued template, the pilot's documents, and files attached to recorded decisions. A file is
// served only as an event of this pilot names it, so a guessed upload id (or one of another pilot) gives 404.
import type { Actor } from '../actors.ts';
import { NotFoundError } from '../errors.ts';
import type { PilotEvent } from '../lifecycle/events.ts';
import type { EvidenceRef } from '../lifecycle/verification-schemas.ts';
import type { CoreDeps } from './deps.ts';
import { visiblePilot } from './queries.ts';

const LINK_SECONDS = 300;

export async function templateDownloadUrl(deps: CoreDeps, actor: Actor, pilotId: string): Promise<string> {
  const pilot = await visiblePilot(deps, actor, pilotId);
  if (!pilot.template) throw new NotFoundError('No template has been issued for this pilot yet');
  const name = `U4SSC-KPI-template-${pilot.cityName.replace(/[^\p{L}\p{N}]+/gu, '-')}.xlsx`;
  return deps.documents.presignGet(pilot.template.key, name, LINK_SECONDS);
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
