// SHA-256 and HMAC-SHA-256 from node:crypto in the shape @smithy/signature-v4 expects of a hash constructor.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { SourceData } from '@smithy/types';

const toBytes = (data: SourceData): Uint8Array =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

export class NodeSha256 {
  private hash: Hash | Hmac;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }

  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(this.secret));
  }

  update(data: SourceData): void {
    this.hash.update(toBytes(data));
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }

  reset(): void {
    this.hash = this.fresh();
  }
}

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export const hmacHex = (key: Uint8Array, data: string) =>
  createHmac('sha256', key).update(data).digest('hex');

/** An incremental SHA-256 for bodies hashed as they stream past. */
export function sha256Stream() {
  const hash = createHash('sha256');
  return {
    update: (chunk: Uint8Array) => hash.update(chunk),
    digest: () => hash.digest('hex'),
  };
}
