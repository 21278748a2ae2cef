// Lambda entry for "Object Created" events of the uploads bucket, delivered by EventBridge.
import * as z from 'zod';
import { handleUploadedObject } from '../core/use-cases/uploads.ts';
import { deps, logger } from './composition.ts';

const eventSchema = z.object({ detail: z.object({ object: z.object({ key: z.string() }) }) });

export async function handler(event: unknown) {
  // EventBridge delivers the key URL-encoded with '+' for spaces, as S3 notifications do.
  const key = decodeURIComponent(eventSchema.parse(event).detail.object.key.replace(/\+/g, ' '));
  const outcome = await handleUploadedObject(deps, key);
  logger.info('Upload handled', { key, ...outcome });
  return outcome;
}
