// Logging an interview or site visit: attachments are named by the upload ids their links returned and checked
// before the log entry names them.
import * as z from 'zod';
import { mintedIdSchema } from '../../ids.ts';
import { interviewSchema } from '../../lifecycle/verification-schemas.ts';
import { interviewAttachmentUpload } from '../upload-kinds.ts';
import { arrivedUpload, keepArrivedFile } from '../upload-links.ts';
import { decision } from './definition.ts';

/** What the verifier sends: the log entry, with attachments named by the upload ids their links returned. */
const interviewRequestSchema = interviewSchema
  .omit({ attachments: true })
  .extend({ attachmentUploadIds: z.array(mintedIdSchema).max(20).default([]) });

export const logInterview = decision({
  command: 'logInterview',
  body: interviewRequestSchema,
  async prepare({ deps, pilot, body: { attachmentUploadIds, ...entry } }) {
    const attachments = await Promise.all(
      [...new Set(attachmentUploadIds)].map(async (uploadId) => {
        const file = await arrivedUpload(deps, pilot.pilotId, uploadId, interviewAttachmentUpload);
        return { uploadId, key: await keepArrivedFile(deps, file.key), fileName: file.fileName };
      }),
    );
    return { payload: { ...entry, attachments } };
  },
});
