// The mayor's signed letter of intent: uploaded as a PDF through a presigned POST, kept as a pilot document. The
// refused upload has a pilot of its own, so that no order of the tests lets the attached letter be seen there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  attachSignedLetter,
  downloadDocument,
  getPilot,
  signInAll,
  submitLetter,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

type Ticket = { uploadId: string; url: string; fields: Record<string, string> };

let runtime: Runtime;
let actors: Actors;
let pilotId: string;
let generatedLetter: Buffer;
const path = (suffix: string, id = pilotId) => `/pilots/${id}${suffix}`;

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  pilotId = (await submitLetter(actors)).pilotId;
  // The intake run ends with the generated letter among the documents.
  const intake = await waitForStage(actors.city, pilotId, 'loi_received');
  generatedLetter = await downloadDocument(actors.city, intake, 'letter_of_intent');
});
afterAll(async () => {
  await runtime.stop();
});

describe('the secretariat task list', () => {
  it('asks the secretariat to review the new letter', async () => {
    const { tasks } = await actors.secretariat.call<{ tasks: { kind: string; pilotId: string }[] }>(
      'GET',
      '/tasks',
    );

    expect(tasks).toContainEqual(expect.objectContaining({ kind: 'review_letter', pilotId }));
  });
});

describe('the signed letter of intent', () => {
  it('refuses a file that is not a PDF before issuing a link', async () => {
    const refused = await failure(
      actors.city.call('POST', path('/signed-letter-uploads'), {
        fileName: 'letter.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 2000,
      }),
    );

    expect(refused?.status).toBe(422);
    expect(refused?.body.error?.message).toMatch(/must be PDF/);
  });

  it('refuses to attach an upload whose bytes are not a PDF, recording nothing', async () => {
    const own = (await submitLetter(actors)).pilotId;
    await waitForStage(actors.city, own, 'loi_received');
    const ticket = await actors.city.call<Ticket>('POST', path('/signed-letter-uploads', own), {
      fileName: 'signed.pdf',
      contentType: 'application/pdf',
      size: 20,
    });
    await actors.city.upload(ticket, Buffer.from('PK\u0003\u0004 not a pdf at all'), 'signed.pdf');

    const refused = await failure(
      actors.city.call('POST', path('/signed-letter', own), { uploadId: ticket.uploadId }),
    );

    expect(refused?.status).toBe(422);
    expect(refused?.body.error?.message).toMatch(/not a PDF/);
    expect((await getPilot(actors.city, own)).documents.map((d) => d.kind)).not.toContain(
      'signed_letter_of_intent',
    );
  });

  it('keeps the signed PDF among the pilot documents, byte for byte, with an audited event', async () => {
    const attached = await attachSignedLetter(actors, pilotId, generatedLetter, 'Aurora-letter-signed.pdf');
    const signedUploadId = attached.documents.findLast((d) => d.kind === 'signed_letter_of_intent')!.key;
    const uploadId = /-(e\w+)\.pdf$/.exec(signedUploadId)![1];

    const again = await actors.city.call<{ repeated: boolean }>('POST', path('/signed-letter'), { uploadId });

    const pilot = await getPilot(actors.secretariat, pilotId);
    const signed = pilot.documents.filter((d) => d.kind === 'signed_letter_of_intent');
    const { timeline } = await actors.secretariat.call<{
      timeline: { type: string; actor: { userId: string }; data: { fileName?: string } }[];
    }>('GET', path(''));
    expect(again.repeated).toBe(true);
    expect(signed).toHaveLength(1);
    expect(await downloadDocument(actors.secretariat, pilot, 'signed_letter_of_intent')).toEqual(
      generatedLetter,
    );
    expect(timeline.filter((e) => e.type === 'SignedLetterAttached')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ userId: 'aurora' }),
        data: expect.objectContaining({ fileName: 'Aurora-letter-signed.pdf' }),
      }),
    ]);
  });
});
