// Reads a zip archive held in memory entry by entry with yauzl: one entry inflated at a time, sizes enforced.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export type { Entry, ZipFile };

/** Opens an archive with lazy entries; names stay bytes so odd names can be reported rather than thrown on. */
export function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });
}

/** The next entry of the central directory, or undefined at its end. */
export function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      done();
      resolve(entry);
    };
    const onEnd = () => {
      done();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** With decodeStrings off, yauzl gives names as bytes; OOXML part names are UTF-8. */
export function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  return typeof raw === 'string' ? raw : raw.toString('utf8');
}

/**
 * Inflates an entry chunk by chunk and returns its first `keep` bytes (all of them with Infinity); the rest is only
 * counted, so memory stays bounded by a chunk (the inflation alone proves the declared size: yauzl fails the stream
 * at the first byte too many).
 */
export async function inflateEntry(zip: ZipFile, entry: Entry, keep: number): Promise<Buffer> {
  const stream = await new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (error, readable) => (error ? reject(error) : resolve(readable)));
  });
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (kept >= keep) continue;
    const part = chunk.subarray(0, Math.min(chunk.length, keep - kept));
    chunks.push(part);
    kept += part.length;
  }
  return Buffer.concat(chunks);
}
