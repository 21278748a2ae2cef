// The decisions that do work before their command: files checked and copied, attachments named by their links,
// the dataset hashed from storage, and the ranking's exclusions binding an appointment.
import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError, InvalidRequestError, UploadRejectedError } from '../../../core/errors.ts';
import { decideOnPilot } from '../../../core/use-cases/decisions/decide-on-pilot.ts';
import { signedLetterKey } from '../../../core/use-cases/decisions/signed-letter.ts';
import { requestUpload } from '../../../core/use-cases/uploads.ts';
import { datasetHashOf } from '../../../core/verification/dataset-hash.ts';
import {
  arrangeCase,
  decisionCases,
  HASH,
  interview,
  openQuery,
  registeredVerifier,
  SUPERVISOR_EMAIL,
  sampleConclusion,
  verifying,
} from '../../support/decision-cases.ts';
import { PDF, pdfBytes, storeResults, workbookBytes } from '../../support/files.ts';
import type { MemoryDeps } from '../../support/memory-deps.ts';
import { city, pilotIn, secretariat, supervisor, verifier } from '../../support/pilots.ts';
import { resultsWith } from '../scoring/fixtures.ts';

const pdfRequest = (fileName: string) => ({ fileName, contentType: PDF, size: pdfBytes().length });

async function signedLetterLink(deps: MemoryDeps, pilotId: string) {
  return requestUpload(deps, city, pilotId, 'signed-letter', { body: pdfRequest('signed.pdf') });
}

describe('attaching the signed letter', () => {
  const loiReceived = {
    decision: 'signed-letter',
    pilot: pilotIn('loi_received', { lastFailure: undefined }),
    actor: city,
    records: 'SignedLetterAttached',
  } as const;

  it('keeps the checked PDF among the pilot documents, byte for byte', async () => {
    const { deps, pilot } = await arrangeCase(loiReceived);
    const ticket = await signedLetterLink(deps, pilot.pilotId);
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);
    const key = signedLetterKey(pilot.pilotId, ticket.uploadId);

    const { pilot: after, event } = await decideOnPilot(deps, city, {
      pilotId: pilot.pilotId,
      decision: 'signed-letter',
      body: { uploadId: ticket.uploadId },
    });

    expect(await deps.documents.get(key)).toEqual(pdfBytes());
    expect(event?.data).toEqual({
      uploadId: ticket.uploadId,
      fileName: 'signed.pdf',
      size: pdfBytes().length,
      document: { kind: 'signed_letter_of_intent', key, contentType: PDF },
    });
    expect(after.documents.map((d) => d.key)).toEqual([key]);
  });

  it('answers the same upload attached again as a repeat, recording nothing more', async () => {
    const { deps, pilot, request } = await arrangeCase({ ...loiReceived, arrange: undefined });
    const ticket = await signedLetterLink(deps, pilot.pilotId);
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);
    const attach = { ...request, body: { uploadId: ticket.uploadId } };

    await decideOnPilot(deps, city, attach);
    const again = await decideOnPilot(deps, city, attach);

    expect(again.repeated).toBe(true);
    expect(await deps.pilots.events(pilot.pilotId)).toHaveLength(1);
  });

  it('records the attachment when a crash left the copy in place, without writing it again', async () => {
    const { deps, pilot, request } = await arrangeCase(loiReceived);
    const ticket = await signedLetterLink(deps, pilot.pilotId);
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);
    await deps.documents.put(signedLetterKey(pilot.pilotId, ticket.uploadId), pdfBytes(), PDF);

    const result = await decideOnPilot(deps, city, { ...request, body: { uploadId: ticket.uploadId } });

    expect(result.event?.type).toBe('SignedLetterAttached');
  });

  it('refuses an upload whose bytes are not a PDF, copying and recording nothing', async () => {
    const { deps, pilot, request } = await arrangeCase(loiReceived);
    const ticket = await signedLetterLink(deps, pilot.pilotId);
    await deps.uploads.put(ticket.fields.key ?? '', workbookBytes(), PDF);

    const refused = decideOnPilot(deps, city, { ...request, body: { uploadId: ticket.uploadId } });

    await expect(refused).rejects.toThrow(
      new UploadRejectedError('The signed letter file is not a PDF file (it looks like a zip package).'),
    );
    expect(await deps.documents.list('letters/')).toEqual([]);
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
  });

  it('refuses an upload that never arrived, and one whose link was issued for another kind of file', async () => {
    // A pilot collecting data, so that a workbook link can be issued too.
    const { deps, pilot, request } = await arrangeCase({
      ...loiReceived,
      pilot: pilotIn('data_collection', { lastFailure: undefined }),
    });
    const missing = await signedLetterLink(deps, pilot.pilotId);
    const workbook = await requestUpload(deps, city, pilot.pilotId, 'submission');

    const notArrived = decideOnPilot(deps, city, { ...request, body: { uploadId: missing.uploadId } });
    const otherKind = decideOnPilot(deps, city, { ...request, body: { uploadId: workbook.uploadId } });

    await expect(notArrived).rejects.toThrow('The signed letter file has not arrived; upload it first.');
    await expect(otherKind).rejects.toThrow(
      new InvalidRequestError(`No signed letter upload with id ${workbook.uploadId} for this pilot`),
    );
  });
});

describe('logging an interview', () => {
  const inVerification = {
    decision: 'interviews',
    pilot: verifying(),
    actor: verifier,
    body: interview,
    records: 'InterviewLogged',
  } as const;

  it('names each attachment once, by the key and file name its link was issued for', async () => {
    const { deps, pilot, request } = await arrangeCase(inVerification);
    const ticket = await requestUpload(deps, verifier, pilot.pilotId, 'interview-attachment', {
      body: pdfRequest('minutes.pdf'),
    });
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes('minutes'), PDF);

    const { event } = await decideOnPilot(deps, verifier, {
      ...request,
      body: { ...interview, attachmentUploadIds: [ticket.uploadId, ticket.uploadId] },
    });

    expect(event?.data).toMatchObject({
      attachments: [{ uploadId: ticket.uploadId, key: `kept/${ticket.fields.key}`, fileName: 'minutes.pdf' }],
    });
  });

  it('refuses an attachment that never arrived, logging nothing', async () => {
    const { deps, pilot, request } = await arrangeCase(inVerification);
    const ticket = await requestUpload(deps, verifier, pilot.pilotId, 'interview-attachment', {
      body: pdfRequest('photo.pdf'),
    });

    const refused = decideOnPilot(deps, verifier, {
      ...request,
      body: { ...interview, attachmentUploadIds: [ticket.uploadId] },
    });

    await expect(refused).rejects.toThrow(/has not arrived/);
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
  });
});

describe('answering a query', () => {
  const answering = {
    decision: 'query-answer',
    pilot: verifying({ queries: [openQuery] }),
    actor: city,
    params: { queryId: 'q1' },
    records: 'QueryAnswered',
  } as const;

  it('attaches the evidence file the city sent through the link for that query', async () => {
    const { deps, pilot, request } = await arrangeCase(answering);
    const ticket = await requestUpload(deps, city, pilot.pilotId, 'evidence', {
      body: pdfRequest('census.pdf'),
      params: { queryId: 'q1' },
    });
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes('census'), PDF);

    const { event, pilot: after } = await decideOnPilot(deps, city, {
      ...request,
      body: { text: 'Table 4 of the census', evidenceUploadId: ticket.uploadId },
    });

    expect(event?.data).toEqual({
      queryId: 'q1',
      text: 'Table 4 of the census',
      evidence: { uploadId: ticket.uploadId, key: `kept/${ticket.fields.key}`, fileName: 'census.pdf' },
    });
    expect(after.verification?.queries[0]).toMatchObject({ status: 'answered', answers: 1 });
    expect((await deps.uploads.get(`kept/${ticket.fields.key}`)).toString()).toBe(
      pdfBytes('census').toString(),
    );
  });

  it('refuses evidence sent through a link of another kind', async () => {
    const { deps, pilot, request } = await arrangeCase(answering);
    const ticket = await requestUpload(deps, verifier, pilot.pilotId, 'interview-attachment', {
      body: pdfRequest('minutes.pdf'),
    });
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);

    const refused = decideOnPilot(deps, city, {
      ...request,
      body: { text: 'See the file', evidenceUploadId: ticket.uploadId },
    });

    await expect(refused).rejects.toThrow(`No evidence upload with id ${ticket.uploadId} for this pilot`);
  });

  it('refuses an answer naming a submission version the pilot does not have', async () => {
    const { deps, request } = await arrangeCase(answering);

    const refused = decideOnPilot(deps, city, {
      ...request,
      body: { text: 'Corrected', submissionVersion: 7 },
    });

    await expect(refused).rejects.toThrow(new InvalidRequestError('No submission version 7'));
  });
});

describe('submitting the conclusion', () => {
  const concluding = {
    decision: 'conclusion',
    pilot: verifying(),
    actor: verifier,
    records: 'ConclusionSubmitted',
  } as const;

  it('locks the dataset under the hash of its stored results, refusing a hash the verifier names', async () => {
    const { deps, pilot, request } = await arrangeCase(concluding);
    const bytes = await storeResults(
      deps.documents,
      'r',
      resultsWith({ 'EC.ICT.ICT.1C': 80 }, pilot.pilotId),
    );

    const named = decideOnPilot(deps, verifier, {
      ...request,
      body: { ...sampleConclusion, datasetHash: HASH },
    });
    await expect(named).rejects.toBeInstanceOf(InvalidRequestError);
    const { event, pilot: after } = await decideOnPilot(deps, verifier, {
      ...request,
      body: sampleConclusion,
    });

    expect(event?.data).toMatchObject({ datasetVersion: 1, datasetHash: datasetHashOf(bytes) });
    expect(after.verification?.lock).toMatchObject({ datasetVersion: 1, datasetHash: datasetHashOf(bytes) });
  });

  it('is refused by its guard when no version was validated, without reading any results', async () => {
    const { deps, request } = await arrangeCase({ ...concluding, pilot: verifying({}, { submissions: [] }) });

    const refused = decideOnPilot(deps, verifier, { ...request, body: sampleConclusion });

    await expect(refused).rejects.toBeInstanceOf(ForbiddenTransitionError);
    await expect(refused).rejects.toThrow(/There is no validated submission to verify/);
  });
});

describe('appointing a verifier', () => {
  const appointing = {
    decision: 'verifier-assignment',
    pilot: pilotIn('validated', { lastFailure: undefined, verifierId: undefined, supervisorId: undefined }),
    actor: secretariat,
    records: 'VerifierAssigned',
  } as const;
  const body = (verifierId: string) => ({ verifierId, supervisorId: supervisor.userId, mode: 'remote' });

  it('refuses a verifier the ranking excludes, naming why', async () => {
    const { deps, request } = await arrangeCase(appointing);
    await deps.verifiers.putVerifier({
      ...registeredVerifier,
      conflicts: [{ cityId: 'aurora', reason: 'advised the city in 2025' }],
    });

    const refused = decideOnPilot(deps, secretariat, { ...request, body: body(verifier.userId) });

    await expect(refused).rejects.toThrow(
      new InvalidRequestError(
        'Li Verifier cannot verify this pilot: declared conflict of interest: advised the city in 2025; every candidate is excluded, so give an override reason to appoint them',
      ),
    );
  });

  it('refuses a verifier who recused themselves from the pilot, and one nobody registered', async () => {
    const { deps, request } = await arrangeCase({
      ...appointing,
      pilot: { ...appointing.pilot, declinedVerifierIds: [verifier.userId] },
    });

    const recused = decideOnPilot(deps, secretariat, { ...request, body: body(verifier.userId) });
    const unknown = decideOnPilot(deps, secretariat, { ...request, body: body('vnone') });

    await expect(recused).rejects.toThrow('Li Verifier cannot verify this pilot: recused from this pilot');
    await expect(unknown).rejects.toThrow('No verifier with id "vnone"');
  });

  it('appoints an excluded verifier with the override reason recorded when every candidate is excluded', async () => {
    const { deps, request } = await arrangeCase({
      ...appointing,
      pilot: { ...appointing.pilot, declinedVerifierIds: [verifier.userId] },
    });
    const overrideReason = 'The recusal was for a trip; Li is available again';

    const { event } = await decideOnPilot(deps, secretariat, {
      ...request,
      body: { ...body(verifier.userId), overrideReason },
    });

    expect(event?.data).toMatchObject({
      verifierId: verifier.userId,
      override: { reason: overrideReason, exclusion: 'recused from this pilot' },
    });
  });

  it('refuses an override while another candidate is eligible, and one for an eligible verifier', async () => {
    const { deps, pilot, request } = await arrangeCase({
      ...appointing,
      pilot: { ...appointing.pilot, declinedVerifierIds: [verifier.userId] },
    });
    await deps.verifiers.putVerifier({ ...registeredVerifier, verifierId: 'verifier2', name: 'Rosa' });
    const overrideReason = 'We prefer Li';

    const excluded = decideOnPilot(deps, secretariat, {
      ...request,
      body: { ...body(verifier.userId), overrideReason },
    });
    const eligible = decideOnPilot(deps, secretariat, {
      ...request,
      body: { ...body('verifier2'), overrideReason },
    });

    await expect(excluded).rejects.toThrow('Li Verifier cannot verify this pilot: recused from this pilot');
    await expect(eligible).rejects.toThrow('An override reason is only for a verifier the ranking excludes');
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
  });

  it('takes the supervisor from the staff directory, with its address, and refuses anyone it does not list', async () => {
    const { deps, pilot, request } = await arrangeCase(appointing);

    const bob = decideOnPilot(deps, secretariat, {
      ...request,
      body: { ...body(verifier.userId), supervisorId: 'bob' },
    });
    await expect(bob).rejects.toThrow(`"bob" is not in the secretariat's staff directory`);
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
    const { event } = await decideOnPilot(deps, secretariat, { ...request, body: body(verifier.userId) });

    expect(event?.data).toMatchObject({ supervisorId: supervisor.userId, supervisorEmail: SUPERVISOR_EMAIL });
  });

  it('refuses a mode other than the one the city chose', async () => {
    const { deps, request } = await arrangeCase({
      ...appointing,
      pilot: { ...appointing.pilot, preferredVerificationMode: 'onsite' },
    });

    const refused = decideOnPilot(deps, secretariat, { ...request, body: body(verifier.userId) });

    await expect(refused).rejects.toThrow(/The city chose onsite verification; propose a change of mode/);
  });
});

const firstCaseOf = (name: string) => decisionCases.find((c) => c.decision === name)!;

describe('changing the supervisor', () => {
  it('records the new supervisor from the directory, the previous one and the reason; the new one approves', async () => {
    const { deps, pilot, request } = await arrangeCase(firstCaseOf('supervisor'));

    const { pilot: after, event } = await decideOnPilot(deps, secretariat, request);

    expect(event?.data).toEqual({
      supervisorId: secretariat.userId,
      supervisorEmail: 'amina@u4ssc.test',
      previousSupervisorId: pilot.supervisorId,
      reason: 'Sam is on leave until June',
    });
    expect(after.supervisorId).toBe(secretariat.userId);
  });

  it('refuses someone the directory does not list, changing nothing', async () => {
    const { deps, pilot, request } = await arrangeCase(firstCaseOf('supervisor'));

    const refused = decideOnPilot(deps, secretariat, {
      ...request,
      body: { supervisorId: 'bob', reason: 'Bob is free' },
    });

    await expect(refused).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await deps.pilots.events(pilot.pilotId)).toEqual([]);
  });
});
