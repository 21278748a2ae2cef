import { beforeAll, describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { pilotId, signingKey, templateBytes } from '../../fixtures/city-workbook.ts';
import { compoundFile } from '../../fixtures/compound-file.ts';
import { readZip, writeZip, type ZipEntry } from '../../fixtures/zip.ts';

const context = { pilotId, signingKey };
let template: ZipEntry[];
const withEntries = (change: (entries: ZipEntry[]) => ZipEntry[]) => writeZip(change(template.slice()));
const replaceContentTypes = (find: RegExp, by: string) =>
  withEntries((entries) =>
    entries.map((entry) =>
      entry.name === '[Content_Types].xml'
        ? { ...entry, data: Buffer.from(entry.data.toString('utf8').replace(find, by)) }
        : entry,
    ),
  );

/** Adds a part to the template, declared in the content types and related from the workbook when given. */
const withPart = (part: { name: string; data: Buffer; contentType?: string; relationship?: string }) =>
  withEntries((entries) => [
    ...entries.map((entry) => {
      const text = entry.data.toString('utf8');
      if (entry.name === '[Content_Types].xml' && part.contentType) {
        const override = `<Override PartName="/${part.name}" ContentType="${part.contentType}"/>`;
        return { ...entry, data: Buffer.from(text.replace('</Types>', `${override}</Types>`)) };
      }
      if (entry.name === 'xl/_rels/workbook.xml.rels' && part.relationship) {
        const target = part.name.replace(/^xl\//, '');
        const relationship = `<Relationship Id="rId99" Type="${part.relationship}" Target="${target}"/>`;
        return {
          ...entry,
          data: Buffer.from(text.replace('</Relationships>', `${relationship}</Relationships>`)),
        };
      }
      return entry;
    }),
    { name: part.name, data: part.data },
  ]);
const VBA_PROJECT = compoundFile(['VBA', 'dir', 'ThisWorkbook', '_VBA_PROJECT', 'PROJECT', 'PROJECTwm']);
const MACRO_SHEET = Buffer.from(
  '<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData/></xm:macrosheet>',
);
const nestedZip = () =>
  writeZip([{ name: '0.zip', data: writeZip([{ name: '0.dll', data: Buffer.alloc(1_000_000) }]) }]);

beforeAll(async () => {
  template = await readZip(await templateBytes());
});

/** Files rejected before any spreadsheet parser reads them: each yields exactly one error and no results. */
const cases: [string, () => Buffer | Promise<Buffer>, string][] = [
  ['an empty file', () => Buffer.alloc(0), 'file.empty'],
  ['a file over the size limit', () => Buffer.alloc(21 * 1024 * 1024, 0x50), 'file.too-large'],
  ['random binary', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe, 0]), 'file.not-xlsx'],
  ['a CSV renamed to .xlsx', () => Buffer.from('id,value\nEC.ICT.ICT.1C,75\n人口,1 000 000\n'), 'file.csv'],
  [
    'a semicolon CSV with Windows line breaks',
    () => Buffer.from('id;value\r\nEC.ICT.ICT.1C;75,5\r\n'),
    'file.csv',
  ],
  [
    "Excel's tab-separated Unicode text",
    () =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tvalue\nEC.ICT.ICT.1C\t75\n', 'utf16le')]),
    'file.csv',
  ],
  ['a text file', () => Buffer.from('Population of Testville: about one million.\n'), 'file.text'],
  [
    'an Excel 97-2003 workbook (.xls)',
    () => compoundFile(['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation']),
    'file.xls',
  ],
  [
    'a password-protected .xlsx',
    () => compoundFile(['\u0006DataSpaces', 'Version', 'EncryptionInfo', 'EncryptedPackage']),
    'file.password-protected',
  ],
  [
    'a compound file whose directory cannot be read',
    () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
    'file.legacy-or-encrypted',
  ],
  ['a truncated upload', async () => (await templateBytes()).subarray(0, 20_000), 'zip.corrupt'],
  [
    'a zip bomb (8 MB of zeros in one entry)',
    () =>
      withEntries((entries) => [
        ...entries,
        { name: 'xl/media/pad.bin', data: Buffer.alloc(8 * 1024 * 1024) },
      ]),
    'zip.bomb',
  ],
  [
    'an entry inflating past its declared size',
    () =>
      withEntries((entries) => [
        ...entries,
        { name: 'xl/pad.xml', data: Buffer.alloc(300_000), declaredSize: 1000 },
      ]),
    'zip.bomb',
  ],
  [
    'a zip with too many entries',
    () =>
      writeZip(
        Array.from({ length: 600 }, (_, index) => ({ name: `part${index}.xml`, data: Buffer.from('x') })),
      ),
    'zip.too-many-entries',
  ],
  [
    'an entry escaping the package (../)',
    () => withEntries((entries) => [...entries, { name: '../evil.xml', data: Buffer.from('<x/>') }]),
    'zip.bad-entry-name',
  ],
  [
    'a duplicated entry name',
    () => withEntries((entries) => [...entries, entries[entries.length - 1]!]),
    'zip.bad-entry-name',
  ],
  [
    'a macro workbook (vbaProject.bin)',
    () => withEntries((entries) => [...entries, { name: 'xl/vbaProject.bin', data: Buffer.from('VBA') }]),
    'file.macro',
  ],
  [
    'an .xlsm content type',
    () => replaceContentTypes(/spreadsheetml\.sheet\.main\+xml/, 'ms-excel.sheet.macroEnabled.main+xml'),
    'file.macro',
  ],
  [
    'a VBA project renamed xl/macros.bin, declared by content type and relationship',
    () =>
      withPart({
        name: 'xl/macros.bin',
        data: VBA_PROJECT,
        contentType: 'application/vnd.ms-office.vbaProject',
        relationship: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
      }),
    'file.macro',
  ],
  [
    'a VBA project hidden as an image, declared nowhere',
    () => withPart({ name: 'xl/media/image1.png', data: VBA_PROJECT }),
    'file.macro',
  ],
  [
    'an Excel 4.0 macro sheet under a worksheet name, declared by its content type',
    () =>
      withPart({
        name: 'xl/worksheets/sheet9.xml',
        data: MACRO_SHEET,
        contentType: 'application/vnd.ms-excel.macrosheet+xml',
      }),
    'file.macro',
  ],
  [
    'an Excel 4.0 macro sheet related from the workbook',
    () =>
      withPart({
        name: 'xl/sheet9.xml',
        data: MACRO_SHEET,
        relationship: 'http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet',
      }),
    'file.macro',
  ],
  [
    'an Excel 4.0 macro sheet in xl/macrosheets',
    () => withPart({ name: 'xl/macrosheets/sheet1.xml', data: MACRO_SHEET }),
    'file.macro',
  ],
  [
    'a nested zip (42.zip) in xl/embeddings',
    () => withPart({ name: 'xl/embeddings/42.zip', data: nestedZip() }),
    'file.embedded-object',
  ],
  [
    'a nested package under an innocent name',
    () => withPart({ name: 'xl/media/image2.jpeg', data: nestedZip() }),
    'file.embedded-object',
  ],
  [
    'an embedded OLE object',
    () =>
      withPart({
        name: 'xl/embeddings/oleObject1.bin',
        data: compoundFile(['\u0001Ole10Native', '\u0001CompObj']),
        contentType: 'application/vnd.openxmlformats-officedocument.oleObject',
      }),
    'file.embedded-object',
  ],
  [
    'an embedded document related as a package',
    () =>
      withPart({
        name: 'xl/report.docx',
        data: Buffer.from('<w:document/>'),
        relationship: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package',
      }),
    'file.embedded-object',
  ],
  [
    'an OpenDocument spreadsheet',
    () =>
      writeZip([
        { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
        { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
      ]),
    'file.ods',
  ],
  [
    'a Word document',
    () => replaceContentTypes(/spreadsheetml\.sheet\.main\+xml/g, 'wordprocessingml.document.main+xml'),
    'file.not-xlsx',
  ],
];

describe('validateWorkbook: files rejected before parsing', () => {
  it.each(cases)('rejects %s', async (_, make, rule) => {
    const validation = await validateWorkbook(await make(), context);
    expect(validation.valid).toBe(false);
    expect(validation.findings.map((finding) => finding.rule)).toEqual([rule]);
    expect(validation.results).toEqual([]);
    expect(validation.findings[0]!.message.zh).not.toBe('');
  });

  it('rejects a highly compressible 100 MB entry without inflating it into memory', async () => {
    // Deflating the bomb once here is the costly part; the validator stops at the declared size before inflating.
    const bomb = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100 * 1024 * 1024) }]);
    const before = process.memoryUsage().rss;
    const validation = await validateWorkbook(bomb, context);
    expect(validation.findings.map((finding) => finding.rule)).toEqual(['zip.bomb']);
    // Speed is the benchmark's business (bench/validation.ts); memory shows the entry was never inflated whole.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });
});
