// The package around the sheets: where the workbook part is, its sheets in order, shared strings and number formats.
import { formatCode } from './number-formats.ts';
import { parseXml } from './xml.ts';

export interface SheetEntry {
  name: string;
  /** Part name inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart?: string;
  stylesPart?: string;
}

/** The package's XML parts by lower-cased name: OPC part names compare case-insensitively. */
export type Parts = ReadonlyMap<string, string>;

/** The parts a workbook is read from: XML and relationships (images, printer settings and the like are not). */
export function isXmlPart(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.xml') || lower.endsWith('.rels');
}

export function partText(parts: Parts, name: string): string | undefined {
  return parts.get(name.toLowerCase());
}

/**
 * Relationship types end in the same name in transitional OOXML (`http://schemas.openxmlformats.org/...`) and in
 * strict OOXML (`http://purl.oclc.org/ooxml/...`), which Excel writes when "Strict Open XML" is chosen.
 */
const hasType = (rel: Relationship, name: string) => rel.type.endsWith(`/relationships/${name}`);

/** Reads the workbook part named by the package relationships, and the sheets its own relationships point to. */
export function readWorkbookPart(parts: Parts): WorkbookPart {
  const officeDocument = relationships(parts, '').find((rel) => hasType(rel, 'officeDocument'));
  const workbookPart = officeDocument?.target ?? 'xl/workbook.xml';
  const xml = required(parts, workbookPart);
  const rels = relationships(parts, workbookPart);
  const targetOf = new Map(rels.map((rel) => [rel.id, rel.target]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(xml, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = truthy(attributes.date1904);
      if (name !== 'sheet') return;
      const id = Object.entries(attributes).find(([key]) => key === 'id' || key.endsWith(':id'))?.[1];
      const part = id === undefined ? undefined : targetOf.get(id);
      if (attributes.name === undefined || part === undefined) throw new Error('sheet without name or part');
      sheets.push({ name: attributes.name, part });
    },
  });
  const partOfType = (type: string) => rels.find((rel) => hasType(rel, type))?.target;
  return {
    sheets,
    date1904,
    sharedStringsPart: partOfType('sharedStrings'),
    stylesPart: partOfType('styles'),
  };
}

/** Every shared string, rich text runs joined; phonetic guides (`rPh`) are not part of the text. */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

/** The format code of each cell style (the index a cell's `s` attribute names); undefined for General. */
export function readCellFormats(xml: string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt' && attributes.formatCode !== undefined) {
        custom.set(Number(attributes.numFmtId), attributes.formatCode);
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        // The custom formats come first in the part, so every id used by a cell style is known by now.
        formats.push(formatCode(Number(attributes.numFmtId ?? 0), custom));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

interface Relationship {
  id: string;
  type: string;
  /** Resolved part name, without a leading slash. */
  target: string;
}

/** The relationships of a part (`''` for the package itself), with targets resolved to part names. */
function relationships(parts: Parts, partName: string): Relationship[] {
  const folder = partName.includes('/') ? partName.slice(0, partName.lastIndexOf('/') + 1) : '';
  const file = partName.slice(folder.length);
  const xml = partText(parts, `${folder}_rels/${file}.rels`);
  if (xml === undefined) return [];
  const found: Relationship[] = [];
  parseXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const { Id: id, Type: type, Target: target } = attributes;
      if (id && type && target) found.push({ id, type, target: resolvePart(folder, target) });
    },
  });
  return found;
}

/** Resolves a relationship target against the folder of its source part (absolute targets start at the root). */
function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target : folder + target).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '' && segment !== '.') resolved.push(segment);
  }
  return resolved.join('/');
}

export function required(parts: Parts, name: string): string {
  const xml = partText(parts, name);
  if (xml === undefined) throw new Error(`the workbook has no part ${name}`);
  return xml;
}

export function truthy(attribute: string | undefined): boolean {
  return attribute === '1' || attribute === 'true';
}
