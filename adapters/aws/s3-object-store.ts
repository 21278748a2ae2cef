// S3 adapter for one bucket: immutable puts, reads, copies that lock what they store, presigned POST uploads and
// presigned downloads.
import {
  CopyObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectInfo, ObjectStore, PresignedPost } from '../../core/use-cases/ports.ts';
import { type ObjectLockRetention, retainUntil } from './object-lock.ts';
import { translateTransientErrors } from './transient.ts';

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}

export class S3ObjectStore implements ObjectStore {
  private readonly client: S3Client;

  /** `lockCopies`: the retention a copy to a key it accepts gets (the uploads bucket's stored submissions). */
  constructor(
    client: S3Client,
    readonly bucket: string,
    private readonly lockCopies?: ObjectLockRetention & { accepts: (key: string) => boolean },
  ) {
    this.client = translateTransientErrors(client);
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    // IfNoneMatch makes real S3 refuse to overwrite; keys are unique anyway. A bucket with a default Object Lock
    // retention refuses a PUT that carries no checksum, and the client computes none unless asked.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        IfNoneMatch: '*',
        ChecksumAlgorithm: 'SHA256',
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return Buffer.from(await out.Body!.transformToByteArray());
  }

  async getPrefix(key: string, bytes: number): Promise<Buffer> {
    const out = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
    );
    return Buffer.from(await out.Body!.transformToByteArray()).subarray(0, bytes);
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0, contentType: out.ContentType, tag: out.ETag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: toKey,
        CopySource: `${this.bucket}/${encodeURIComponent(fromKey).replaceAll('%2F', '/')}`,
        IfNoneMatch: '*',
        ...(this.lockCopies?.accepts(toKey)
          ? {
              ObjectLockMode: this.lockCopies.mode,
              ObjectLockRetainUntilDate: retainUntil(new Date(), this.lockCopies.days),
            }
          : {}),
      }),
    );
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async presignPost(
    key: string,
    limits: { maxBytes: number; contentType: string; expiresSeconds: number },
  ): Promise<PresignedPost> {
    // Loaded on first use: only upload-grant requests need it, and it is the heaviest SDK module after S3 itself.
    const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
    const post = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: key,
      Conditions: [
        ['content-length-range', 1, limits.maxBytes],
        ['eq', '$Content-Type', limits.contentType],
      ],
      Fields: { 'Content-Type': limits.contentType },
      Expires: limits.expiresSeconds,
    });
    return { url: post.url, fields: post.fields };
  }

  async presignGet(key: string, downloadName: string, expiresSeconds: number): Promise<string> {
    const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(downloadName)}`;
    // Only the API signs downloads; stage tasks that never do are spared loading the presigner.
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    return getSignedUrl(
      this.client,
      new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentDisposition: disposition }),
      {
        expiresIn: expiresSeconds,
      },
    );
  }
}
