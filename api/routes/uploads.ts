// Upload links: one presigned POST per file, for the workbook, query evidence, interview attachments and the
// signed letter; the file goes to storage, never through the API. A workbook upload's status is read by its id.
import * as z from 'zod';
import type { UploadPurpose } from '../../core/use-cases/upload-links.ts';
import { declaredFileSchema, uploadTicketSchema } from '../../core/use-cases/upload-links.ts';
import { uploadStatus, uploadStatusSchema } from '../../core/use-cases/upload-status.ts';
import { requestUpload } from '../../core/use-cases/uploads.ts';
import { idParam, route } from '../route.ts';

const uploadRoute = (path: string, purpose: UploadPurpose, summary: string, declares: boolean) =>
  route({
    method: 'post',
    path,
    summary,
    tag: 'uploads',
    // Only the evidence of a query names the query; the OpenAPI document lists exactly the path's parameters.
    params: path.includes(':queryId')
      ? z.object({ id: idParam, queryId: idParam })
      : z.object({ id: idParam }),
    body: declares ? declaredFileSchema : undefined,
    response: uploadTicketSchema,
    status: 201,
    handle: ({ deps, actor, params, body }) => {
      const { queryId } = params as { id: string; queryId?: string };
      return requestUpload(deps, actor, params.id, purpose, { body, params: { queryId } });
    },
  });

export const uploadRoutes = [
  uploadRoute('/pilots/:id/uploads', 'submission', 'A one-use link to upload the filled workbook', false),
  route({
    method: 'get',
    path: '/pilots/:id/uploads/:uploadId',
    summary:
      'Where a workbook upload stands: awaiting its file, expired, being checked, refused with the reason in both languages, or the version it became and its validation',
    tag: 'uploads',
    params: z.object({ id: idParam, uploadId: idParam }),
    response: uploadStatusSchema,
    handle: ({ deps, actor, params }) => uploadStatus(deps, actor, params.id, params.uploadId),
  }),
  uploadRoute(
    '/pilots/:id/signed-letter-uploads',
    'signed-letter',
    'A one-use link to upload the signed letter of intent (PDF)',
    true,
  ),
  uploadRoute(
    '/pilots/:id/queries/:queryId/evidence-uploads',
    'evidence',
    'A one-use link to upload an evidence file for the answer to a query',
    true,
  ),
  uploadRoute(
    '/pilots/:id/interview-attachment-uploads',
    'interview-attachment',
    'A one-use link to upload minutes or photos of an interview',
    true,
  ),
];
