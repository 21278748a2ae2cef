// Key confinement: bucket names and object keys that s3rver would turn into a path outside its bucket's folder.
// S3 itself stores any such key literally (a key is a name, not a path), so refusing it is a deviation from AWS; it
// is the price of an emulator that maps keys to files. The refusal says so, so nobody mistakes it for an S3 rule.
import { GatewayError } from './errors.ts';

/** S3's bucket naming rules (lower case, 3 to 63 characters, no '..'): a bucket is also a folder here. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function checkBucketName(bucket: string): void {
  if (!BUCKET_NAME.test(bucket) || bucket.includes('..'))
    throw new GatewayError('InvalidBucketName', 400, 'The specified bucket is not valid.', {
      BucketName: bucket,
    });
}

/** Why s3rver cannot keep this key inside its bucket's folder, or undefined when it can. */
export function keyConfinementProblem(key: string): string | undefined {
  if (key.includes('\0')) return 'contains a NUL character';
  if (key.includes('\\')) return 'contains a backslash';
  if (key.startsWith('/')) return 'is absolute (starts with /)';
  const segments = key.split('/');
  if (segments.some((s) => s === '..')) return "has a '..' path segment";
  if (segments.some((s) => s === '.')) return "has a '.' path segment";
  // 'a//b' would be stored as the file of 'a/b': two S3 keys, one object.
  if (segments.slice(0, -1).some((s) => s === '')) return 'has an empty path segment';
  return undefined;
}

export function checkKey(key: string, what = 'key'): void {
  const problem = keyConfinementProblem(key);
  if (problem)
    throw new GatewayError(
      'InvalidArgument',
      400,
      `The ${what} ${problem}. S3 would store it as a literal name, but the local emulator keeps objects as files and the key would leave its bucket's folder, so the local gateway refuses it.`,
      { ArgumentName: what, ArgumentValue: key },
    );
}
