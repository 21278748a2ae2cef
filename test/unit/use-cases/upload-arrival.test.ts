// What happens when a workbook reaches the uploads bucket: received once, refused for what it is, for its link
// or for the pilot's stage; and the recovery pass that finishes uploads whose event was never handled.
import { describe, expect, it, vi } from 'vitest';
import { TransientError } from '../../../core/errors.ts';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import {
  handleUploadedObject,
  recoverUnhandledUploads,
  requestUpload,
} from '../../../core/use-cases/uploads.ts';
import { notZip } from '../../../core/validation/upload-checks.ts';
import { CITY_EMAIL, HASH, idle, verifying } from '../../support/decision-cases.ts';
import { pdfBytes, workbookBytes, XLSX } from '../../support/files.ts';
import { type MemoryDeps, memoryDeps } from '../../support/memory-deps.ts';
import { city, pilotIn } from '../../support/pilots.ts';

const collecting = pilotIn('data_collection', { ...idle, submissions: [] });

/** A pilot with an upload link issued to its city, and the key the browser posts to. */
async function linkIssued(pilot: Pilot = collecting, deps: MemoryDeps = memoryDeps()) {
  await deps.pilots.seed(pilot);
  const ticket = await requestUpload(deps, city, pilot.pilotId, 'submission');
  const key = ticket.fields.key ?? '';
  const post = (bytes: Uint8Array = workbookBytes()) => deps.uploads.receivePost(key, bytes, XLSX);
  return { deps, pilotId: pilot.pilotId, uploadId: ticket.uploadId, key, post };
}

const eventTypes = async (deps: MemoryDeps, pilotId: string) =>
  (await deps.pilots.events(pilotId)).map((e) => e.type);

describe('a workbook that arrives', () => {
  it('is kept as an immutable version, recorded, and sent to validation; its link is used', async () => {
    const { deps, pilotId, uploadId, key, post } = await linkIssued();
    post();

    const outcome = await handleUploadedObject(deps, key);

    const stored = `submissions/${pilotId}/v001-${uploadId}.xlsx`;
    expect(outcome).toEqual({ outcome: 'received', version: 1 });
    expect(await deps.uploads.get(stored)).toEqual(workbookBytes());
    expect((await deps.pilots.events(pilotId)).at(-1)).toMatchObject({
      type: 'SubmissionReceived',
      data: { version: 1, uploadId, key: stored, size: workbookBytes().length },
      causationId: `upload/${uploadId}`,
    });
    expect(deps.runner.started.map((r) => r.machine)).toEqual(['submission-validation']);
    expect((await deps.grants.getGrant(pilotId, uploadId))?.usedAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('is refused when it is not a zip package, named for what it is in both languages, and the city is told', async () => {
    const { deps, pilotId, uploadId, key, post } = await linkIssued();
    post(pdfBytes());

    const outcome = await handleUploadedObject(deps, key);

    expect(outcome).toEqual({ outcome: 'rejected', reason: notZip.pdf.en });
    expect((await deps.pilots.events(pilotId)).map((e) => [e.type, e.data])).toEqual([
      ['UploadRejected', { uploadId, reason: notZip.pdf.en, reasonZh: notZip.pdf.zh }],
    ]);
    expect(deps.notifier.sent).toEqual([
      expect.objectContaining({ to: [CITY_EMAIL], text: expect.stringContaining(notZip.pdf.en) }),
    ]);
    expect(deps.notifier.sent[0]?.text).toContain(notZip.pdf.zh);
    expect(await deps.uploads.list('submissions/')).toEqual([]);
  });

  it('is handled once when its event comes twice', async () => {
    const { deps, pilotId, key, post } = await linkIssued();
    post();

    await handleUploadedObject(deps, key);
    const again = await handleUploadedObject(deps, key);

    expect(again).toEqual({ outcome: 'ignored', reason: 'already received' });
    expect(await eventTypes(deps, pilotId)).toEqual(['SubmissionReceived']);
    // The repeat asks again for the run the submission calls for (in case the first attempt died before starting
    // it); under its deterministic name a second start is a no-op on both runners, so one run exists.
    expect(new Set(deps.runner.started.map((run) => run.executionName)).size).toBe(1);
  });

  it('is refused when a second file is posted to a link already used, with nothing more recorded', async () => {
    const { deps, pilotId, key, post } = await linkIssued();
    post(pdfBytes());
    await handleUploadedObject(deps, key);
    post();

    const outcome = await handleUploadedObject(deps, key);

    const reason = 'This upload link was already used; request a new one.';
    expect(outcome).toEqual({ outcome: 'rejected', reason });
    expect(deps.notifier.sent.at(-1)?.text).toContain(reason);
    // The second file is another upload: its refusal is recorded under its own causation, beside the first's.
    expect(await eventTypes(deps, pilotId)).toEqual(['UploadRejected', 'UploadRejected']);
  });

  it('is handled once when the event of a refused workbook comes twice, telling the city once', async () => {
    const { deps, pilotId, key, post } = await linkIssued();
    post(pdfBytes());

    await handleUploadedObject(deps, key);
    const again = await handleUploadedObject(deps, key);

    expect(again.outcome).toBe('ignored');
    expect(deps.notifier.sent).toHaveLength(1);
    expect(deps.notifier.sent[0]?.text).toContain(notZip.pdf.en);
    expect(await eventTypes(deps, pilotId)).toEqual(['UploadRejected']);
  });

  it('is received when its event comes again after the handler failed past claiming the link', async () => {
    const { deps, pilotId, key, post } = await linkIssued();
    post();
    const copy = deps.uploads.copy.bind(deps.uploads);
    deps.uploads.copy = async () => {
      deps.uploads.copy = copy;
      throw new TransientError('S3 CopyObject failed transiently (InternalError: from the fake)');
    };
    await expect(handleUploadedObject(deps, key)).rejects.toBeInstanceOf(TransientError);

    // The upload Lambda's retry of the same event.
    const retried = await handleUploadedObject(deps, key);

    expect(retried).toEqual({ outcome: 'received', version: 1 });
    expect(await eventTypes(deps, pilotId)).toEqual(['SubmissionReceived']);
  });

  it('is refused when it is larger than its link allowed', async () => {
    const deps = memoryDeps();
    deps.settings.maxUploadBytes = 100;
    const { key, post } = await linkIssued(collecting, deps);
    post(workbookBytes(200));

    expect(await handleUploadedObject(deps, key)).toEqual({
      outcome: 'rejected',
      reason: 'The workbook file is 200 bytes; the limit is 100 bytes.',
    });
  });

  it('is refused when the pilot left the stages that take a workbook since the link was issued', async () => {
    const { deps, key, post } = await linkIssued();
    await deps.pilots.seed({ ...collecting, stage: 'verifier_assigned', version: collecting.version + 1 });
    post();

    expect(await handleUploadedObject(deps, key)).toEqual({
      outcome: 'rejected',
      reason: 'The pilot is in stage "verifier_assigned" and cannot take a new workbook now.',
    });
  });

  it('is refused, the file kept, when the conclusion locked the dataset after the link was issued', async () => {
    const verification = verifying();
    const { deps, pilotId, uploadId, key, post } = await linkIssued(verification);
    const lock = { datasetVersion: 1, datasetHash: HASH, lockedAt: '2026-03-01T00:00:00.000Z' };
    await deps.pilots.seed({
      ...verification,
      version: verification.version + 1,
      verification: { ...verification.verification!, lock },
    });
    post();

    const outcome = await handleUploadedObject(deps, key);

    expect(outcome).toEqual({
      outcome: 'rejected',
      reason: 'Cannot receive a submitted workbook: The dataset is locked by the submitted conclusion.',
    });
    expect(await deps.uploads.list(`submissions/${pilotId}/`)).toEqual([
      `submissions/${pilotId}/v002-${uploadId}.xlsx`,
    ]);
  });

  it('is ignored under a key that is not an upload, or for which no link was issued', async () => {
    const deps = memoryDeps();

    expect(await handleUploadedObject(deps, 'evidence/p1/e1.pdf')).toEqual({
      outcome: 'ignored',
      reason: 'not an upload key: evidence/p1/e1.pdf',
    });
    expect(await handleUploadedObject(deps, 'uploads/pnone/unone.xlsx')).toEqual({
      outcome: 'ignored',
      reason: 'no upload link was issued for uploads/pnone/unone.xlsx',
    });
  });
});

describe('recovering uploads whose event was never handled', () => {
  it('receives an upload nobody handled, once', async () => {
    const { deps, pilotId, post } = await linkIssued();
    post();

    const first = await recoverUnhandledUploads(deps);
    const second = await recoverUnhandledUploads(deps);

    expect(first).toEqual([{ outcome: 'received', version: 1 }]);
    expect(second).toEqual([]);
    expect(await eventTypes(deps, pilotId)).toEqual(['SubmissionReceived']);
  });

  it('finishes an upload whose link was claimed before the handler stopped', async () => {
    const { deps, pilotId, uploadId, post } = await linkIssued();
    post();
    await deps.grants.claimGrant(pilotId, uploadId, {
      at: '2026-03-02T08:59:00.000Z',
      objectTag: (await deps.uploads.head(`uploads/${pilotId}/${uploadId}.xlsx`))!.tag!,
    });

    const outcomes = await recoverUnhandledUploads(deps);

    expect(outcomes).toEqual([{ outcome: 'received', version: 1 }]);
    expect(await eventTypes(deps, pilotId)).toEqual(['SubmissionReceived']);
  });

  it('leaves alone uploads the log records as received or rejected, and files no link was issued for', async () => {
    const deps = memoryDeps();
    const rejected = await linkIssued(collecting, deps);
    rejected.post(pdfBytes());
    await handleUploadedObject(deps, rejected.key);
    const received = await linkIssued(collecting, deps);
    received.post();
    await handleUploadedObject(deps, received.key);
    deps.uploads.receivePost('uploads/pstray/ustray.xlsx', workbookBytes(), XLSX);

    expect(await recoverUnhandledUploads(deps)).toEqual([]);
  });

  it('reads each pilot’s log once, however many of its uploads it looks at', async () => {
    const deps = memoryDeps();
    for (const _ of [1, 2]) {
      const { key, post } = await linkIssued(collecting, deps);
      post(pdfBytes());
      await handleUploadedObject(deps, key);
    }
    const events = vi.spyOn(deps.pilots, 'events');

    await recoverUnhandledUploads(deps);

    expect(events.mock.calls).toEqual([[collecting.pilotId]]);
  });
});
