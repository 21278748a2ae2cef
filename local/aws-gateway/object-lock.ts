// S3 Object Lock for the gateway. S3 keeps a locked version whatever is written over it; s3rver keeps one version per
// key, so a write or delete that S3 would answer with a new version or a delete marker would destroy the locked
// bytes here. The gateway therefore refuses it as S3 refuses a change to a locked version: 403 AccessDenied.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import * as z from 'zod';
import { lockModeSchema, type ObjectLockRetention, retainUntil } from '../../adapters/aws/object-lock.ts';
import { GatewayError } from './errors.ts';

export interface ObjectLockConfig {
  /** Buckets created with Object Lock enabled, each with its default retention if it has one. */
  buckets: Record<string, { defaultRetention?: ObjectLockRetention }>;
  /** Where the retention set on single objects is kept across restarts. */
  file: string;
}

const retainedSchema = z.record(z.string(), z.object({ mode: lockModeSchema, until: z.string() }));

const protectedError = () =>
  new GatewayError('AccessDenied', 403, 'Access Denied because object protected by object lock.');

/** No bucket with Object Lock: nothing is ever retained, so nothing is ever written. */
const NO_LOCKS: ObjectLockConfig = { buckets: {}, file: '' };

export class ObjectLocks {
  private readonly retained: z.infer<typeof retainedSchema>;

  constructor(private readonly config: ObjectLockConfig = NO_LOCKS) {
    this.retained =
      config.file && existsSync(config.file)
        ? retainedSchema.parse(JSON.parse(readFileSync(config.file, 'utf8')))
        : {};
  }

  enabled(bucket: string): boolean {
    return Object.hasOwn(this.config.buckets, bucket);
  }

  /** A PUT into a bucket with a default retention must carry Content-MD5 or a checksum, as S3 demands. */
  assertIntegrityHeader(bucket: string, headers: IncomingHttpHeaders): void {
    if (!this.config.buckets[bucket]?.defaultRetention) return;
    const hasChecksum = Object.keys(headers).some(
      (name) => name === 'content-md5' || name.startsWith('x-amz-checksum-'),
    );
    if (!hasChecksum)
      throw new GatewayError(
        'InvalidRequest',
        400,
        'Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters',
      );
  }

  /** Retention named on the request itself (a copy that locks what it stores); refused on a bucket without Object Lock. */
  requested(bucket: string, headers: IncomingHttpHeaders): { mode: string; until: string } | undefined {
    const mode = headers['x-amz-object-lock-mode'];
    const until = headers['x-amz-object-lock-retain-until-date'];
    if (typeof mode !== 'string' || typeof until !== 'string') return undefined;
    if (!this.enabled(bucket))
      throw new GatewayError('InvalidRequest', 400, 'Bucket is missing Object Lock Configuration');
    return { mode: lockModeSchema.parse(mode), until: new Date(until).toISOString() };
  }

  record(bucket: string, key: string, lock: { mode: string; until: string }): void {
    this.retained[`${bucket}/${key}`] = { mode: lockModeSchema.parse(lock.mode), until: lock.until };
    writeFileSync(this.config.file, JSON.stringify(this.retained));
  }

  /** Refuses to replace or delete an object still under retention (its bucket's default, or its own). */
  assertUnlocked(bucket: string, key: string, lastModified: Date, now: Date): void {
    const fallback = this.config.buckets[bucket]?.defaultRetention;
    const own = this.retained[`${bucket}/${key}`]?.until;
    const until = own ? new Date(own) : fallback && retainUntil(lastModified, fallback.days);
    if (until && until > now) throw protectedError();
  }
}
