// Recognises macros and embedded objects in a package by content type, relationship and content, never by name alone.
import type { Parts } from '../xlsx-reader/package-parts.ts';
import { compoundFileNames, isCompoundFile } from './compound-file.ts';

/** Enough of a binary part to read a compound file's first directory sectors. */
export const BINARY_HEAD_BYTES = 64 * 1024;

type ActiveContent = { kind: 'macro' | 'embedded'; part: string };

/** VBA projects (and their signatures), macro-enabled workbooks and Excel 4.0 macro sheets (also international). */
const MACRO_CONTENT_TYPE = /ContentType\s*=\s*["'][^"']*(vbaProject|macroEnabled|macrosheet)/i;
const MACRO_RELATIONSHIP = /Type\s*=\s*["'][^"']*\/(vbaProject\w*|xlMacrosheet|xlIntlMacrosheet)["']/i;
const MACRO_PART = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i;
/** OLE objects, embedded packages (a workbook, a document, any file) and ActiveX controls. */
const EMBEDDED_CONTENT_TYPE = /ContentType\s*=\s*["'][^"']*(oleObject|activeX)/i;
const EMBEDDED_RELATIONSHIP = /Type\s*=\s*["'][^"']*\/(oleObject|package|activeXControl\w*|control)["']/i;
const EMBEDDED_PART = /^xl\/(embeddings|activeX)\//i;
/** Streams every VBA project holds, whatever its part is called. */
const VBA_STREAMS = ['VBA', '_VBA_PROJECT', 'PROJECT'];
const ZIP_LOCAL_HEADER = '504b0304';

/**
 * The first macro or embedded object found. Binary parts are judged by their first bytes: a compound file (a VBA
 * project renamed `xl/macros.bin`, an OLE object) or a zip (a nested package such as 42.zip) is never workbook data.
 * XML parts are judged by the content types and relationships they declare.
 */
export function findActiveContent(pkg: {
  /** Every entry name. */
  names: ReadonlySet<string>;
  parts: Parts;
  /** The first bytes of the binary parts suspiciousHead kept. */
  suspicious: ReadonlyMap<string, Buffer>;
}): ActiveContent | undefined {
  const { names, parts, suspicious } = pkg;
  const [first] = suspicious;
  if (first) {
    const [part, head] = first;
    const streams = compoundFileNames(head) ?? [];
    return { kind: streams.some((name) => VBA_STREAMS.includes(name)) ? 'macro' : 'embedded', part };
  }
  const named = (pattern: RegExp) => [...names].find((name) => pattern.test(name));
  const declared = (pattern: RegExp) =>
    [...parts].find(
      ([name, xml]) => (name === '[content_types].xml' || name.endsWith('.rels')) && pattern.test(xml),
    )?.[0];
  const macro = named(MACRO_PART) ?? declared(MACRO_CONTENT_TYPE) ?? declared(MACRO_RELATIONSHIP);
  if (macro) return { kind: 'macro', part: macro };
  const embedded = named(EMBEDDED_PART) ?? declared(EMBEDDED_CONTENT_TYPE) ?? declared(EMBEDDED_RELATIONSHIP);
  return embedded ? { kind: 'embedded', part: embedded } : undefined;
}

/** A binary part whose first bytes are a compound file or a zip: workbook parts (images, printer settings) never are. */
export function suspiciousHead(head: Buffer): boolean {
  return isCompoundFile(head) || head.subarray(0, 4).toString('hex') === ZIP_LOCAL_HEADER;
}
