// The stored record of an issued upload link: what it allows, to whom, until when, and whether it was used.
import * as z from 'zod';

export const uploadPurposeSchema = z.enum([
  'submission',
  'evidence',
  'signed-letter',
  'interview-attachment',
]);
export type UploadPurpose = z.infer<typeof uploadPurposeSchema>;

export const uploadGrantSchema = z.object({
  pilotId: z.string().min(1),
  uploadId: z.string().min(1),
  // Grants issued before purposes were recorded were all workbook uploads.
  purpose: uploadPurposeSchema.default('submission'),
  fileName: z.string().optional(),
  key: z.string().min(1),
  maxBytes: z.number().int().positive(),
  contentType: z.string().min(1),
  issuedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  issuedTo: z.string().min(1),
  /** When the upload was claimed by its handler; absent while the link is unused. */
  usedAt: z.iso.datetime({ offset: true }).optional(),
  /** The tag of the object that claimed it; absent on grants claimed before objects were told apart. */
  objectTag: z.string().optional(),
});
export type UploadGrant = z.infer<typeof uploadGrantSchema>;
