// Which bucket and object a path-style S3 request names (the SDK clients use forcePathStyle), confined to its folder.
import { GatewayError } from './errors.ts';
import { checkBucketName, checkKey } from './keys.ts';

export interface S3Target {
  bucket?: string;
  key?: string;
}

const decode = (value: string, what: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new GatewayError(
      'InvalidURI',
      400,
      `Couldn't parse the specified URI: the ${what} is not valid percent-encoding.`,
    );
  }
};

/** Parses `/bucket/key...` as sent; an empty key (`/bucket/`) names the bucket. */
export function parseS3Path(path: string): S3Target {
  const rest = path.startsWith('/') ? path.slice(1) : path;
  if (!rest) return {};
  const slash = rest.indexOf('/');
  const bucket = decode(slash < 0 ? rest : rest.slice(0, slash), 'bucket');
  checkBucketName(bucket);
  const rawKey = slash < 0 ? '' : rest.slice(slash + 1);
  if (!rawKey) return { bucket };
  const key = decode(rawKey, 'key');
  checkKey(key);
  return { bucket, key };
}

/** The source of CopyObject / UploadPartCopy: `bucket/key` or `/bucket/key`, percent-encoded, maybe `?versionId=`. */
export function parseCopySource(header: string): { bucket: string; key: string } {
  const withoutVersion = header.split('?')[0] ?? '';
  const decoded = decode(
    withoutVersion.startsWith('/') ? withoutVersion.slice(1) : withoutVersion,
    'copy source',
  );
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1)
    throw new GatewayError(
      'InvalidArgument',
      400,
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
      {
        ArgumentName: 'x-amz-copy-source',
        ArgumentValue: header,
      },
    );
  const bucket = decoded.slice(0, slash);
  const key = decoded.slice(slash + 1);
  checkBucketName(bucket);
  checkKey(key, 'copy source key');
  return { bucket, key };
}
