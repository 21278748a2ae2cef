// Tells what an upload is from its first bytes, so a wrong file gets a useful message rather than a parser error.

export type FileKind = 'empty' | 'zip' | 'ole' | 'pdf' | 'text' | 'other';

/** Enough leading bytes for sniffFile to tell every kind apart (text needs the longest sample). */
export const SNIFF_BYTES = 4096;

const ZIP_SIGNATURES = ['504b0304', '504b0506'];
/** OLE2 compound file: Excel 97-2003 .xls, and also any password-encrypted .xlsx. */
const OLE_SIGNATURE = 'd0cf11e0a1b11ae1';
/** `%PDF-`: every PDF starts with it. */
const PDF_SIGNATURE = '255044462d';

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, 8)).toString('hex');
  if (ZIP_SIGNATURES.some((signature) => head.startsWith(signature))) return 'zip';
  if (head === OLE_SIGNATURE) return 'ole';
  if (head.startsWith(PDF_SIGNATURE)) return 'pdf';
  return looksLikeText(bytes.subarray(0, SNIFF_BYTES)) ? 'text' : 'other';
}

/** Valid UTF-8 (or UTF-16 with a byte-order mark) without control characters other than tab and line breaks. */
function looksLikeText(sample: Uint8Array): boolean {
  if (sample[0] === 0xff && sample[1] === 0xfe) return true;
  if (sample[0] === 0xfe && sample[1] === 0xff) return true;
  let text: string;
  try {
    // A multi-byte character cut at the end of the sample is not a reason to call the file binary.
    text = new TextDecoder('utf-8', { fatal: true }).decode(trimPartialCharacter(sample));
  } catch {
    return false;
  }
  return !hasControlCharacters(text, '\t\n\r');
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
