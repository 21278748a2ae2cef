// Tells what an upload is from its first bytes, so a wrong file gets a useful message rather than a parser error.
import { compoundFileNames, isCompoundFile } from './compound-file.ts';

/**
 * `xls`, `encrypted` and `ole` are compound files: a legacy workbook, a password-protected .xlsx, or one whose
 * directory lies past the bytes read. `csv` is text in rows and columns; `text` any other text.
 */
export type FileKind = 'empty' | 'zip' | 'xls' | 'encrypted' | 'ole' | 'pdf' | 'csv' | 'text' | 'other';

/** Enough leading bytes for sniffFile to tell every kind apart (text needs the longest sample). */
export const SNIFF_BYTES = 4096;

const ZIP_SIGNATURES = ['504b0304', '504b0506'];
/** Streams of a password-protected OOXML file: Office encrypts the whole package into a compound file. */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];
/** The workbook stream of BIFF8 (Excel 97-2003) and of BIFF5 (Excel 5/95). */
const LEGACY_WORKBOOK_STREAMS = ['Workbook', 'Book'];
/** `%PDF-`: every PDF starts with it. */
const PDF_SIGNATURE = '255044462d';

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, 8)).toString('hex');
  if (ZIP_SIGNATURES.some((signature) => head.startsWith(signature))) return 'zip';
  if (isCompoundFile(bytes)) return compoundKind(bytes);
  if (head.startsWith(PDF_SIGNATURE)) return 'pdf';
  const text = sampleText(bytes.subarray(0, SNIFF_BYTES));
  if (text === undefined || hasControlCharacters(text, '\t\n\r')) return 'other';
  return looksLikeCsv(text) ? 'csv' : 'text';
}

/** Which compound file this is, by the streams its directory names (all bytes are read, not only a sample). */
function compoundKind(bytes: Uint8Array): FileKind {
  const names = compoundFileNames(bytes) ?? [];
  if (names.some((name) => ENCRYPTION_STREAMS.includes(name))) return 'encrypted';
  if (names.some((name) => LEGACY_WORKBOOK_STREAMS.includes(name))) return 'xls';
  return 'ole';
}

/** The sample decoded as UTF-8, or UTF-16 with a byte-order mark (Excel's "Unicode text"); undefined if neither. */
function sampleText(sample: Uint8Array): string | undefined {
  const utf16 =
    sample[0] === 0xff && sample[1] === 0xfe ? 'utf-16le' : sample[0] === 0xfe && sample[1] === 0xff;
  try {
    if (utf16) return new TextDecoder(utf16 === true ? 'utf-16be' : utf16).decode(sample.subarray(2));
    // A multi-byte character cut at the end of the sample is not a reason to call the file binary.
    return new TextDecoder('utf-8', { fatal: true }).decode(trimPartialCharacter(sample));
  } catch {
    return undefined;
  }
}

/**
 * Rows and columns: at least two lines, and a separator (comma, semicolon or tab) that every complete line holds.
 * The last line of the sample may be cut, so it only counts when the sample ends with a line break.
 */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const complete = (/\n$/.test(text) ? lines : lines.slice(0, -1)).filter((line) => line.trim() !== '');
  if (complete.length < 2) return false;
  return [',', ';', '\t'].some((separator) => complete.every((line) => line.includes(separator)));
}

/** True when text holds a C0 control character other than those allowed. */
export function hasControlCharacters(text: string, allowed = ''): boolean {
  for (const char of text) {
    if (char.charCodeAt(0) < 0x20 && !allowed.includes(char)) return true;
  }
  return false;
}

function trimPartialCharacter(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) return sample.subarray(0, end - back);
    if ((byte & 0x80) === 0) break;
  }
  return sample.subarray(0, end);
}
