// The city's answer to a verifier's query (text, an evidence file, a corrected workbook) and the query's closing.
import * as z from 'zod';
import { InvalidRequestError } from '../../errors.ts';
import { mintedIdSchema } from '../../ids.ts';
import { queryClosingSchema } from '../../lifecycle/verification-commands.ts';
import { evidenceUpload } from '../upload-kinds.ts';
import { arrivedUpload, keepArrivedFile } from '../upload-links.ts';
import { decision } from './definition.ts';

const answerSchema = z.strictObject({
  text: z.string().max(10_000),
  evidenceUploadId: mintedIdSchema.optional(),
  submissionVersion: z.number().int().positive().optional(),
});

/** Attached evidence is checked on arrival, because no POST policy can check a file's content. */
export const answerQuery = decision({
  command: 'answerQuery',
  body: answerSchema,
  async prepare({ deps, pilot, actor, body, params }) {
    let evidence: { uploadId: string; key: string; fileName: string } | undefined;
    if (body.evidenceUploadId && actor.role === 'city') {
      const grant = await arrivedUpload(deps, pilot.pilotId, body.evidenceUploadId, evidenceUpload);
      evidence = {
        uploadId: grant.uploadId,
        key: await keepArrivedFile(deps, grant.key),
        fileName: grant.fileName,
      };
    }
    if (body.submissionVersion && !pilot.submissions.some((s) => s.version === body.submissionVersion)) {
      throw new InvalidRequestError(`No submission version ${body.submissionVersion}`);
    }
    const { queryId } = params;
    return {
      payload: { queryId, text: body.text, evidence, submissionVersion: body.submissionVersion },
    };
  },
});

export const closeQuery = decision({
  command: 'closeQuery',
  // The query is named by the path, so the body carries only the resolution.
  body: queryClosingSchema.omit({ queryId: true }),
  prepare: async ({ body, params }) => ({ payload: { ...body, queryId: params.queryId } }),
});
