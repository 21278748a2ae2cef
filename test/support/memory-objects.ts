// One bucket in memory: objects kept as copies, puts that refuse to overwrite (as IfNoneMatch: * makes S3 do),
// S3's error names, and presigned links as deterministic fake URLs.
import { createHash } from 'node:crypto';
import type { ObjectInfo, ObjectStore, PresignedPost } from '../../core/use-cases/ports.ts';

const s3Error = (name: string, message: string) => Object.assign(new Error(message), { name });

export class MemoryObjectStore implements ObjectStore {
  private readonly objects = new Map<string, { body: Buffer; contentType: string }>();

  constructor(readonly bucket: string) {}

  private object(key: string) {
    const found = this.objects.get(key);
    if (!found) throw s3Error('NoSuchKey', `No object ${key} in ${this.bucket}`);
    return found;
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    if (this.objects.has(key)) throw s3Error('PreconditionFailed', `${key} exists in ${this.bucket}`);
    this.objects.set(key, { body: Buffer.from(body), contentType });
  }

  /** What a browser's POST through a presigned link does: S3 stores it whether or not the key holds an object. */
  receivePost(key: string, body: Uint8Array, contentType: string): void {
    this.objects.set(key, { body: Buffer.from(body), contentType });
  }

  async get(key: string): Promise<Buffer> {
    return Buffer.from(this.object(key).body);
  }

  async getPrefix(key: string, bytes: number): Promise<Buffer> {
    return Buffer.from(this.object(key).body.subarray(0, bytes));
  }

  /** The tag is the body's MD5, as S3's ETag of a single-part upload: the same bytes, the same tag. */
  async head(key: string): Promise<ObjectInfo | undefined> {
    const found = this.objects.get(key);
    return (
      found && {
        size: found.body.length,
        contentType: found.contentType,
        tag: `"${createHash('md5').update(found.body).digest('hex')}"`,
      }
    );
  }

  /** CopyObject replaces the target and keeps the source's content type. */
  async copy(fromKey: string, toKey: string): Promise<void> {
    const { body, contentType } = this.object(fromKey);
    this.objects.set(toKey, { body: Buffer.from(body), contentType });
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.objects.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  async presignPost(
    key: string,
    limits: { maxBytes: number; contentType: string; expiresSeconds: number },
  ): Promise<PresignedPost> {
    return {
      url: `https://${this.bucket}.memory.test/`,
      // A readable stand-in for the signed policy, so a test can see the limits the link was issued with.
      fields: {
        key,
        'Content-Type': limits.contentType,
        Policy: `bytes 1-${limits.maxBytes}, expires in ${limits.expiresSeconds} s`,
      },
    };
  }

  async presignGet(key: string, downloadName: string, expiresSeconds: number): Promise<string> {
    const name = encodeURIComponent(downloadName);
    return `https://${this.bucket}.memory.test/${key}?download=${name}&expires=${expiresSeconds}`;
  }
}
