// The streaming form reader: fields first, the file passed on in pieces, whatever the chunking of the body.
import { describe, expect, it } from 'vitest';
import { boundaryOf, MalformedMultipart, MultipartReader } from '../../../local/aws-gateway/multipart.ts';

const boundary = '----formdata-test-7f3a';

function form(fields: [string, string][], file: Buffer): Buffer {
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kpi \\"data\\".xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="after"\r\n\r\nignored\r\n--${boundary}--\r\n`,
    ),
  ]);
}

async function* chunked(body: Buffer, size: number) {
  for (let at = 0; at < body.length; at += size) yield body.subarray(at, at + size);
}

async function read(body: Buffer, chunkSize: number) {
  const reader = new MultipartReader(chunked(body, chunkSize), boundary);
  const fields: Record<string, string> = {};
  for (;;) {
    const part = await reader.nextPart();
    if (!part) throw new Error('no file part');
    if (part.name === 'file') {
      const pieces: Buffer[] = [];
      const length = await reader.pipeBody((chunk) => {
        pieces.push(Buffer.from(chunk));
      });
      return {
        fields,
        file: Buffer.concat(pieces),
        length,
        filename: part.filename,
        rest: await reader.nextPart(),
      };
    }
    fields[part.name] = await reader.readText(1024);
  }
}

describe('multipart form reader', () => {
  // A file that holds the boundary's text without the line break before it, and CRLFs of its own.
  const file = Buffer.concat([
    Buffer.from(`PK\r\n--${boundary.slice(0, -1)}\r\n\r\n`),
    Buffer.alloc(3000, 7),
  ]);
  const body = form(
    [
      ['key', 'uploads/p1/u1.xlsx'],
      ['Content-Type', 'application/vnd.ms-excel'],
    ],
    file,
  );

  it('reads the fields, then the whole file, whatever the chunk size', async () => {
    for (const size of [1, 2, 7, 39, 40, 41, 1000, body.length]) {
      const result = await read(body, size);

      expect(result.fields, `chunks of ${size}`).toEqual({
        key: 'uploads/p1/u1.xlsx',
        'Content-Type': 'application/vnd.ms-excel',
      });
      expect(result.file.equals(file), `chunks of ${size}`).toBe(true);
      expect(result.length).toBe(file.length);
      expect(result.filename).toBe('kpi "data".xlsx');
      expect(result.rest?.name).toBe('after');
    }
  });

  it('refuses a body that ends before its closing boundary', async () => {
    const truncated = body.subarray(0, body.length - 60);

    await expect(read(truncated, 100)).rejects.toBeInstanceOf(MalformedMultipart);
  });

  it('finds the boundary of a multipart/form-data content type only', () => {
    expect(boundaryOf(`multipart/form-data; boundary=${boundary}`)).toBe(boundary);
    expect(boundaryOf('multipart/form-data; boundary="quoted value"')).toBe('quoted value');
    expect(boundaryOf('application/json')).toBeUndefined();
    expect(boundaryOf(undefined)).toBeUndefined();
  });
});
