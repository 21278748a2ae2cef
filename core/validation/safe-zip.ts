// Inspects an upload as a zip before any spreadsheet parser sees it: streaming, lazy entries, bounded memory.
import { isXmlPart, type Parts } from '../xlsx-reader/package-parts.ts';
import {
  type Entry,
  entryName,
  inflateEntry,
  nextEntry,
  openZip,
  type ZipFile,
} from '../xlsx-reader/zip-entries.ts';
import { BINARY_HEAD_BYTES, findActiveContent, suspiciousHead } from './active-content.ts';
import type { Message } from './findings.ts';
import type { Limits } from './limits.ts';
import { hasControlCharacters } from './sniff-file.ts';

/** The first reason an upload cannot be opened safely. */
export interface ZipProblem {
  rule: string;
  message: Message;
}

/** A sane .xlsx package yields its XML parts (inflated once, here, within the limits); any other upload a problem. */
export type ZipInspection = { problem: ZipProblem } | { parts: Parts };

const CONTENT_TYPES = '[Content_Types].xml';
/** Content types of a workbook exceljs can read (.xlsx and .xltx); macro and binary workbooks are rejected. */
const WORKBOOK_TYPE = /spreadsheetml\.(sheet|template)\.main\+xml/;

export async function inspectZip(bytes: Buffer, limits: Limits): Promise<ZipInspection> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch {
    return { problem: problems.corrupt };
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      return { problem: problems.tooManyEntries(zip.entryCount, limits.maxEntries) };
    }
    return await inspectEntries(zip, limits);
  } catch (error) {
    // yauzl fails a stream that inflates past the size its header declared: a bomb hiding its size.
    return { problem: /too many bytes/.test(String(error)) ? problems.bomb : problems.corrupt };
  } finally {
    zip.close();
  }
}

async function inspectEntries(zip: ZipFile, limits: Limits): Promise<ZipInspection> {
  const names = new Set<string>();
  const parts = new Map<string, string>();
  /** The first bytes of binary parts that hold a compound file or a zip; other binary parts keep nothing. */
  const suspicious = new Map<string, Buffer>();
  let total = 0;
  for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
    const name = entryName(entry);
    if (!saneName(name, limits) || names.has(name.toLowerCase())) return { problem: problems.badName(name) };
    names.add(name.toLowerCase());
    if (entry.generalPurposeBitFlag & 1) return { problem: problems.encrypted };
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes || tooDense(entry, limits)) return { problem: problems.bomb };
    // Inflating every entry proves its declared size (yauzl stops at the first byte too many); the XML parts are
    // kept for the reader, so the workbook is inflated once.
    const xml = isXmlPart(name);
    const content = await inflateEntry(zip, entry, xml ? Number.POSITIVE_INFINITY : BINARY_HEAD_BYTES);
    if (xml) parts.set(name.toLowerCase(), content.toString('utf8'));
    else if (suspiciousHead(content)) suspicious.set(name, content);
  }
  const contentTypes = parts.get(CONTENT_TYPES.toLowerCase()) ?? '';
  if (names.has('mimetype') && names.has('content.xml')) return { problem: problems.ods };
  const active = findActiveContent({ names, parts, suspicious });
  if (active)
    return {
      problem: active.kind === 'macro' ? problems.macro(active.part) : problems.embedded(active.part),
    };
  if (!WORKBOOK_TYPE.test(contentTypes)) return { problem: problems.notWorkbook };
  return { parts };
}

function tooDense(entry: Entry, limits: Limits): boolean {
  if (entry.uncompressedSize > limits.maxEntryBytes) return true;
  if (entry.uncompressedSize <= limits.ratioFloorBytes) return false;
  return entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio;
}

/** Relative, forward-slash paths without `..`, control characters or drive letters, as OOXML parts always are. */
function saneName(name: string, limits: Limits): boolean {
  if (name.length === 0 || name.length > limits.maxEntryNameLength) return false;
  if (hasControlCharacters(name) || name.includes('\\') || name.startsWith('/') || /^[a-z]:/i.test(name)) {
    return false;
  }
  return !name.split('/').some((segment) => segment === '..' || segment === '.');
}

const problems = {
  corrupt: {
    rule: 'zip.corrupt',
    message: {
      en: 'The file is damaged or incomplete (the upload may have been cut off). Save the workbook again and re-upload it.',
      zh: '文件已损坏或不完整（上传可能被中断）。请重新保存工作簿后再次上传。',
    },
  },
  bomb: {
    rule: 'zip.bomb',
    message: {
      en: 'The file expands to far more data than a workbook holds, so it was not opened. Upload the filled template only.',
      zh: '该文件解压后的数据量远超正常工作簿，因此未被打开。请仅上传填写好的模板。',
    },
  },
  encrypted: {
    rule: 'zip.encrypted',
    message: {
      en: 'Parts of the file are encrypted. Remove the password and upload again.',
      zh: '文件部分内容已加密。请移除密码后重新上传。',
    },
  },
  macro: (part: string): ZipProblem => ({
    rule: 'file.macro',
    message: {
      en: `The workbook contains macros (a VBA project or an Excel 4.0 macro sheet, in "${part.slice(0, 80)}"), which are never opened here. Save it as an Excel Workbook (.xlsx) without macros and upload again.`,
      zh: `该工作簿包含宏（VBA 工程或 Excel 4.0 宏表，位于"${part.slice(0, 80)}"），系统不会打开。请另存为不含宏的 Excel 工作簿（.xlsx）后重新上传。`,
    },
  }),
  embedded: (part: string): ZipProblem => ({
    rule: 'file.embedded-object',
    message: {
      en: `The workbook contains an embedded object or file (in "${part.slice(0, 80)}"), such as an inserted document, package or control, which is never opened here. Delete the embedded object, save and upload again.`,
      zh: `该工作簿包含嵌入的对象或文件（位于"${part.slice(0, 80)}"），例如插入的文档、程序包或控件，系统不会打开。请删除该嵌入对象，保存后重新上传。`,
    },
  }),
  ods: {
    rule: 'file.ods',
    message: {
      en: 'This is an OpenDocument spreadsheet (.ods). Save it in Excel format (.xlsx) and upload again.',
      zh: '这是 OpenDocument 电子表格（.ods）。请另存为 Excel 格式（.xlsx）后重新上传。',
    },
  },
  notWorkbook: {
    rule: 'file.not-xlsx',
    message: {
      en: 'This zip file is not an Excel workbook (.xlsx). Upload the filled template.',
      zh: '该压缩文件不是 Excel 工作簿（.xlsx）。请上传填写好的模板。',
    },
  },
  badName: (name: string): ZipProblem => ({
    rule: 'zip.bad-entry-name',
    message: {
      en: `The file contains a part with an invalid or repeated name ("${name.slice(0, 80)}"), so it was not opened.`,
      zh: `文件中含有名称无效或重复的部件（"${name.slice(0, 80)}"），因此未被打开。`,
    },
  }),
  tooManyEntries: (count: number, max: number): ZipProblem => ({
    rule: 'zip.too-many-entries',
    message: {
      en: `The file holds ${count} parts; a workbook has far fewer (limit ${max}). Upload the filled template only.`,
      zh: `文件包含 ${count} 个部件；正常工作簿远少于此（上限 ${max}）。请仅上传填写好的模板。`,
    },
  }),
} satisfies Record<string, ZipProblem | ((...args: never[]) => ZipProblem)>;
