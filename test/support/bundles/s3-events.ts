// What S3 sends EventBridge from a bucket with EventBridge notifications on, made from the emulator's own events:
// "Object Created" for each new object, its key encoded as S3 encodes keys in notifications.
import type { S3rverEvent } from 's3rver';
import type { EventBus } from './event-bus.ts';

/** The S3 operation behind each kind of creation, as the event's `reason` names it. */
const reasons: Record<string, string> = {
  'ObjectCreated:Put': 'PutObject',
  'ObjectCreated:Post': 'PostObject',
  'ObjectCreated:Copy': 'CopyObject',
};

/** S3 URL-encodes a key in its events, with '+' for a space and '/' left as it is. */
const encodeKey = (key: string) => encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');

/** A listener for the emulator's events that publishes those of `bucket`, the one bucket with EventBridge on. */
export function publishObjectsCreated(bus: EventBus, bucket: string, account: string) {
  return (event: S3rverEvent) => {
    for (const record of event.Records) {
      const reason = reasons[record.eventName];
      if (!reason || record.s3.bucket.name !== bucket) continue;
      const { key, size, eTag, sequencer } = record.s3.object;
      bus.publish('aws.s3', 'Object Created', [`arn:aws:s3:::${bucket}`], {
        version: '0',
        bucket: { name: bucket },
        object: { key: encodeKey(key), size, ...(eTag ? { etag: eTag } : {}), sequencer },
        'request-id': sequencer,
        requester: account,
        'source-ip-address': '127.0.0.1',
        reason,
      });
    }
  };
}
