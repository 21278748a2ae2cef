// S3 Object Lock of the two data buckets: which objects are locked, in which mode and for how long (decision 0022).
// CDK-free, so that the stacks, the S3 adapter and the embedded runtime's gateway read the same facts.
import * as z from 'zod';

export const lockModeSchema = z.enum(['GOVERNANCE', 'COMPLIANCE']);
export type LockMode = z.infer<typeof lockModeSchema>;

export interface ObjectLockRetention {
  mode: LockMode;
  days: number;
}

/**
 * Prod: compliance mode for seven years, which nobody (the account root included) can shorten or lift. Dev:
 * governance mode for a day, which a principal allowed s3:BypassGovernanceRetention may lift to clean up.
 */
export function objectLockRetention(stage: 'dev' | 'prod'): ObjectLockRetention {
  return stage === 'prod' ? { mode: 'COMPLIANCE', days: 7 * 365 } : { mode: 'GOVERNANCE', days: 1 };
}

/**
 * The documents bucket (letters, signed letters, templates, results, reports, certificates) locks every object by
 * default retention. The uploads bucket locks only the stored copies of submissions and the kept copies of the files
 * a decision names (evidence, interview attachments: core/use-cases/upload-links.ts), through the retention set on
 * the copy: a default retention would demand a checksum of every browser POST, which a presigned POST cannot carry.
 */
export const LOCKED_UPLOAD_PREFIXES: readonly string[] = ['submissions/', 'kept/'];

export const isLockedUploadKey = (key: string) =>
  LOCKED_UPLOAD_PREFIXES.some((prefix) => key.startsWith(prefix));

export const retainUntil = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);
