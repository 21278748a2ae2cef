// Lambda entry for "Object Created" events of the uploads bucket, delivered by EventBridge.
import { objectLogKeys } from '../adapters/aws/log-keys.ts';
import { handleUploadedObject } from '../core/use-cases/uploads.ts';
import { deps, logger } from './composition.ts';
import { createdObjectKey } from './events/object-created.ts';

export async function handler(event: unknown) {
  const key = createdObjectKey(event);
  return logger.withKeys(objectLogKeys(key), async () => {
    const outcome = await handleUploadedObject(deps, key);
    logger.info('Upload handled', { key, ...outcome });
    return outcome;
  });
}
