import { beforeAll, describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../core/validation/validate-workbook.ts';
import { pilotId, signingKey, templateBytes } from '../../fixtures/city-workbook.ts';
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
    'an Excel 97-2003 or encrypted file',
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
