// What every front of the gateway shares: the region, the registry, the authorizer, the clock and the emulators.
import type { Authorizer } from './authorization.ts';
import type { CredentialsRegistry } from './credentials.ts';
import type { ObjectLocks } from './object-lock.ts';

export interface GatewayContext {
  region: string;
  registry: CredentialsRegistry;
  authorize: Authorizer;
  now: () => Date;
  /** Where the emulators really listen (loopback, ports nobody is told about). */
  upstream: { s3: URL; dynamodb: URL; ses: URL };
  /** Origins whose pages may call the buckets (the portal's). */
  corsOrigins: ReadonlySet<string>;
  /** A folder for upload bodies held back until they are known to be acceptable. */
  spoolDir: string;
  /** Which buckets and objects S3 Object Lock protects. */
  objectLocks: ObjectLocks;
  log: (message: string, details: Record<string, unknown>) => void;
}
