// The S3 "Object Created" event as EventBridge delivers it, parsed with the Powertools Parser's own schema.
// Imported by path (schemas/s3), not from the Parser's index, so the bundle holds only the schemas it uses.
import { S3EventNotificationEventBridgeSchema } from '@aws-lambda-powertools/parser/schemas/s3';

/** The object key the event names, decoded: EventBridge delivers it URL-encoded with '+' for spaces, as S3 does. */
export function createdObjectKey(event: unknown): string {
  const { key } = S3EventNotificationEventBridgeSchema.parse(event).detail.object;
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
