// The status the upload panel polls by upload id: waiting, refused with its reason in both languages, or the version
// the workbook became and how its validation ended.
import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../../core/lifecycle/pilot.ts';
import { uploadStatus } from '../../../core/use-cases/upload-status.ts';
import { handleUploadedObject, requestUpload } from '../../../core/use-cases/uploads.ts';
import { notZip } from '../../../core/validation/upload-checks.ts';
import { idle } from '../../support/decision-cases.ts';
import { pdfBytes, workbookBytes, XLSX } from '../../support/files.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, pilotIn } from '../../support/pilots.ts';

const collecting = pilotIn('data_collection', { ...idle, submissions: [] });

async function linkIssued(pilot: Pilot = collecting) {
  const deps = memoryDeps();
  await deps.pilots.seed(pilot);
  const ticket = await requestUpload(deps, city, pilot.pilotId, 'submission');
  const key = ticket.fields.key ?? '';
  const status = () => uploadStatus(deps, city, pilot.pilotId, ticket.uploadId);
  const post = (bytes: Uint8Array = workbookBytes()) => deps.uploads.receivePost(key, bytes, XLSX);
  return { deps, key, uploadId: ticket.uploadId, status, post, pilotId: pilot.pilotId };
}

describe('the status of a workbook upload', () => {
  it('waits for the file, then is being checked once it arrived and before its event is handled', async () => {
    const { status, post, uploadId } = await linkIssued();
    expect(await status()).toEqual({ uploadId, status: 'awaiting_file' });
    post();
    expect(await status()).toEqual({ uploadId, status: 'checking' });
  });

  it('says the link expired when no file came in time', async () => {
    const { deps, status } = await linkIssued();
    deps.clock.advance((deps.settings.uploadLinkSeconds + 1) * 1000);
    expect(await status()).toMatchObject({
      status: 'expired',
      reason: { en: expect.stringContaining('expired'), zh: expect.stringContaining('过期') },
    });
  });

  it('is refused with the reason in both languages when the file is a PDF', async () => {
    const { deps, key, status, post } = await linkIssued();
    post(pdfBytes());
    await handleUploadedObject(deps, key);
    expect(await status()).toMatchObject({
      status: 'refused',
      reason: { en: notZip.pdf.en, zh: notZip.pdf.zh },
    });
  });

  it('names the version the workbook became while it is validated', async () => {
    const { deps, key, status, post, uploadId } = await linkIssued();
    post();
    await handleUploadedObject(deps, key);
    expect(await status()).toEqual({ uploadId, status: 'validating', version: 1 });
  });

  it('is refused as a used link when a second file is posted to it, though the first became a version', async () => {
    const { deps, key, status, post } = await linkIssued();
    post();
    await handleUploadedObject(deps, key);
    post(pdfBytes());
    await handleUploadedObject(deps, key);
    expect(await status()).toMatchObject({
      status: 'refused',
      version: 1,
      reason: { en: expect.stringContaining('already used'), zh: expect.stringContaining('已被使用') },
    });
  });

  it('is not found for an id no workbook link was issued with, and forbidden to another city', async () => {
    const { deps, pilotId, uploadId } = await linkIssued();
    await expect(uploadStatus(deps, city, pilotId, 'unone')).rejects.toThrow('No workbook upload unone');
    await expect(uploadStatus(deps, otherCity, pilotId, uploadId)).rejects.toThrow('You may not see');
  });
});
