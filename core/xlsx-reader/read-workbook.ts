// Reads an .xlsx file into a WorkbookGrid: only the XML parts are inflated, every sheet is parsed before returning.
import type { SheetGrid, WorkbookGrid } from './grid.ts';
import {
  type Parts,
  partText,
  readCellFormats,
  readSharedStrings,
  readWorkbookPart,
  required,
} from './package-parts.ts';
import { readWorksheet } from './worksheet.ts';
import { entryName, inflateEntry, nextEntry, openZip } from './zip-entries.ts';

export interface ReadLimits {
  /** Largest XML part read; larger parts make the read fail instead of filling memory. */
  maxPartBytes: number;
  /** Sum of the XML parts read. */
  maxTotalBytes: number;
}

const defaultLimits: ReadLimits = { maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024 };

/** The parts a workbook is read from: XML and relationships (images, printer settings and the like are not). */
export function isXmlPart(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.xml') || lower.endsWith('.rels');
}

/** Throws on anything that is not a readable workbook: not a zip, a missing or malformed part, a part too large. */
export async function readWorkbook(bytes: Uint8Array, limits = defaultLimits): Promise<WorkbookGrid> {
  return workbookFromParts(
    await xmlParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits),
  );
}

/**
 * Parses a workbook from its XML parts, already inflated (by the validation's safe unzip, which has bounded them);
 * throws on a missing or malformed part.
 */
export function workbookFromParts(parts: Parts): WorkbookGrid {
  const workbook = readWorkbookPart(parts);
  const context = {
    sharedStrings: readSharedStrings(
      workbook.sharedStringsPart && partText(parts, workbook.sharedStringsPart),
    ),
    cellFormats: readCellFormats(workbook.stylesPart && partText(parts, workbook.stylesPart)),
    date1904: workbook.date1904,
  };
  const sheets = new Map<string, SheetGrid>();
  for (const { name, part } of workbook.sheets) {
    sheets.set(name, readWorksheet(name, required(parts, part), context));
  }
  return { sheetNames: workbook.sheets.map((sheet) => sheet.name), sheet: (name) => sheets.get(name) };
}

/** The text of every XML part, by lower-cased name; other entries are skipped unread. */
async function xmlParts(bytes: Buffer, limits: ReadLimits): Promise<Parts> {
  const zip = await openZip(bytes);
  const parts = new Map<string, string>();
  let total = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entryName(entry).toLowerCase();
      if (!isXmlPart(name)) continue;
      total += entry.uncompressedSize;
      if (entry.uncompressedSize > limits.maxPartBytes || total > limits.maxTotalBytes) {
        throw new Error(`part ${name} exceeds the read limits`);
      }
      parts.set(name, (await inflateEntry(zip, entry, true)).toString('utf8'));
    }
  } finally {
    zip.close();
  }
  return parts;
}
