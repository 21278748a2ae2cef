// Lists the stream names of an OLE2 compound file (legacy .xls, encrypted .xlsx, VBA projects), from its directory.

/** Every compound file starts with these eight bytes. */
const COMPOUND_FILE_SIGNATURE = 'd0cf11e0a1b11ae1';

const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
/** Sector numbers from here up are markers (end of chain, free, FAT), not sectors. */
const LAST_SECTOR = 0xfffffffa;
/** The header lists the first 109 FAT sectors; enough to follow the directory of any file this size. */
const HEADER_FAT_SECTORS = 109;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 8)).toString('hex') === COMPOUND_FILE_SIGNATURE;
}

/**
 * The names of the storages and streams in the directory, as far as `bytes` holds it (a prefix of a file gives the
 * entries in its first sectors). Undefined when the header is not a compound file's. Never throws on a damaged file:
 * a chain that leaves the bytes or loops ends the walk.
 */
export function compoundFileNames(bytes: Uint8Array): string[] | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER_BYTES || !isCompoundFile(buffer)) return undefined;
  const shift = buffer.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sector = (index: number) => {
    const offset = (index + 1) * size;
    return offset + size <= buffer.length ? buffer.subarray(offset, offset + size) : undefined;
  };
  const fat: number[] = [];
  const fatSectors = Math.min(buffer.readUInt32LE(0x2c), HEADER_FAT_SECTORS);
  for (let index = 0; index < fatSectors; index++) {
    const data = sector(buffer.readUInt32LE(0x4c + 4 * index));
    if (!data) break;
    for (let offset = 0; offset < size; offset += 4) fat.push(data.readUInt32LE(offset));
  }
  const names: string[] = [];
  const visited = new Set<number>();
  for (
    let next = buffer.readUInt32LE(0x30);
    next < LAST_SECTOR && !visited.has(next);
    next = fat[next] ?? LAST_SECTOR
  ) {
    visited.add(next);
    const data = sector(next);
    if (!data) break;
    for (let offset = 0; offset < size; offset += DIRECTORY_ENTRY_BYTES) {
      // The name length counts bytes of UTF-16 including its terminator; type 0 is an unused entry.
      const length = data.readUInt16LE(offset + 0x40);
      if (data[offset + 0x42] === 0 || length < 2 || length > 64) continue;
      names.push(data.toString('utf16le', offset, offset + length - 2));
    }
  }
  return names;
}
