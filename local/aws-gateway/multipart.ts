// A streaming multipart/form-data reader: fields are read as short texts, a file part is passed on chunk by chunk,
// so a 20 MB upload is never held in memory (only a boundary's length of it is kept back while scanning).

export class MalformedMultipart extends Error {
  override name = 'MalformedMultipart';
}

export class PartTooLarge extends Error {
  override name = 'PartTooLarge';
}

export interface PartHeaders {
  /** The form field's name, as sent (S3 compares field names without regard to case). */
  name: string;
  filename?: string;
  contentType?: string;
}

/** The boundary of a multipart/form-data content type, or undefined when it is not one. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  // RFC 2046: 1 to 70 characters.
  return boundary && boundary.length <= 70 ? boundary : undefined;
}

function parseDisposition(value: string): { name?: string; filename?: string } {
  if (!/^\s*form-data\s*(;|$)/i.test(value)) return {};
  const params: Record<string, string> = {};
  for (const m of value.matchAll(/;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const raw = (m[2] ?? '').trim();
    params[(m[1] ?? '').toLowerCase()] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
  }
  return { name: params.name, filename: params.filename };
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 16 * 1024;
/** Bytes allowed before the first boundary; browsers and undici send none. */
const MAX_PREAMBLE_BYTES = 1024;

export class MultipartReader {
  private readonly iterator: AsyncIterator<Buffer>;
  /** The delimiter as it appears between parts: CRLF, two dashes, the boundary. */
  private readonly delimiter: Buffer;
  // Starting with CRLF lets the first boundary be found like every later one.
  private buffer: Buffer = CRLF;
  private state: 'start' | 'in-body' | 'between' | 'end' = 'start';

  constructor(source: AsyncIterable<Buffer>, boundary: string) {
    this.iterator = source[Symbol.asyncIterator]();
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  private async fill(): Promise<void> {
    const next = await this.iterator.next();
    if (next.done) throw new MalformedMultipart('The body ended before the closing boundary');
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
  }

  private async ensure(bytes: number): Promise<void> {
    while (this.buffer.length < bytes) await this.fill();
  }

  /** The bytes before the next occurrence of `marker` (which is consumed), at most `max` of them. */
  private async readUntil(marker: Buffer, max: number): Promise<Buffer> {
    for (;;) {
      const at = this.buffer.indexOf(marker);
      if (at >= 0) {
        const before = this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at + marker.length);
        return before;
      }
      if (this.buffer.length > max + marker.length) throw new PartTooLarge(`More than ${max} bytes`);
      await this.fill();
    }
  }

  /** Headers of the next part, or undefined after the closing boundary. Skips what is left of the current part. */
  async nextPart(): Promise<PartHeaders | undefined> {
    if (this.state === 'end') return undefined;
    if (this.state === 'start') await this.readUntil(this.delimiter, MAX_PREAMBLE_BYTES);
    if (this.state === 'in-body') await this.pipeBody(() => {});
    await this.ensure(2);
    if (this.buffer.subarray(0, 2).toString() === '--') {
      this.state = 'end';
      return undefined;
    }
    // Transport padding (spaces and tabs) may follow a boundary before its line break.
    const lineEnd = await this.readUntil(CRLF, 64);
    if (lineEnd.toString().trim()) throw new MalformedMultipart('Unexpected bytes after a boundary');
    let headerBlock = '';
    await this.ensure(2);
    if (this.buffer.subarray(0, 2).equals(CRLF)) this.buffer = this.buffer.subarray(2);
    else headerBlock = (await this.readUntil(HEADER_END, MAX_HEADER_BYTES)).toString('utf8');
    const headers = new Map<string, string>();
    for (const line of headerBlock.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const { name, filename } = parseDisposition(headers.get('content-disposition') ?? '');
    if (name === undefined) throw new MalformedMultipart('A part has no form-data name');
    this.state = 'in-body';
    return {
      name,
      ...(filename !== undefined ? { filename } : {}),
      contentType: headers.get('content-type'),
    };
  }

  /** The current part's body as UTF-8 text, refused beyond `max` bytes. */
  async readText(max: number): Promise<string> {
    if (this.state !== 'in-body') throw new Error('No part is being read');
    const body = await this.readUntil(this.delimiter, max);
    this.state = 'between';
    return body.toString('utf8');
  }

  /**
   * Passes the current part's body to `sink` as it arrives and returns its length. A boundary's length is held
   * back until the next bytes show it is not the delimiter. The sink may throw to stop reading.
   */
  async pipeBody(sink: (chunk: Buffer) => void | Promise<void>): Promise<number> {
    if (this.state !== 'in-body') throw new Error('No part is being read');
    let length = 0;
    const emit = async (chunk: Buffer) => {
      if (!chunk.length) return;
      length += chunk.length;
      await sink(chunk);
    };
    const keep = this.delimiter.length - 1;
    for (;;) {
      const at = this.buffer.indexOf(this.delimiter);
      if (at >= 0) {
        await emit(this.buffer.subarray(0, at));
        this.buffer = this.buffer.subarray(at + this.delimiter.length);
        this.state = 'between';
        return length;
      }
      if (this.buffer.length > keep) {
        await emit(this.buffer.subarray(0, this.buffer.length - keep));
        this.buffer = this.buffer.subarray(this.buffer.length - keep);
      }
      await this.fill();
    }
  }

  /**
   * Reads what is left of the body and throws it away, so a refused client reads the refusal rather than a broken
   * connection. False when more than `limit` bytes remained (the caller then closes the connection).
   */
  async discardRest(limit: number): Promise<boolean> {
    let discarded = this.buffer.length;
    this.buffer = Buffer.alloc(0);
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return true;
      discarded += next.value.length;
      if (discarded > limit) return false;
    }
  }
}
