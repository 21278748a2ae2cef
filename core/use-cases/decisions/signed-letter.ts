// Attaching the letter of intent signed by the mayor: the checked PDF is copied among the pilot's documents
// (never overwritten) and the attachment recorded as an audited event.
import * as z from 'zod';
import { mintedIdSchema } from '../../ids.ts';
import { signedLetterUpload } from '../upload-kinds.ts';
import { arrivedUpload } from '../upload-links.ts';
import { decision } from './definition.ts';

export const signedLetterKey = (pilotId: string, uploadId: string) =>
  `letters/${pilotId}/signed-letter-of-intent-${uploadId}.pdf`;

export const attachSignedLetter = decision({
  command: 'attachSignedLetter',
  body: z.strictObject({ uploadId: mintedIdSchema }),
  async prepare({ deps, pilot, body: { uploadId } }) {
    const key = signedLetterKey(pilot.pilotId, uploadId);
    // Attaching the same upload twice (a double click, a retried request) records it once.
    if (pilot.documents.some((d) => d.key === key)) return { repeated: true };
    const upload = await arrivedUpload(deps, pilot.pilotId, uploadId, signedLetterUpload);
    // A retry after a crash between copy and event finds the copy already there; documents are never overwritten.
    if (!(await deps.documents.head(key)))
      await deps.documents.put(key, await deps.uploads.get(upload.key), 'application/pdf');
    return {
      payload: {
        uploadId,
        fileName: upload.fileName,
        size: upload.size,
        document: { kind: 'signed_letter_of_intent', key, contentType: 'application/pdf' },
      },
    };
  },
});
