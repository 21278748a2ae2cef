import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FindingList } from '../../../core/validation/findings.ts';
import { limits } from '../../../core/validation/limits.ts';
import { checkUpload } from '../../../core/validation/upload-checks.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import { cellText } from '../../../core/xlsx-reader/grid.ts';
import { workbookFromParts } from '../../../core/xlsx-reader/read-workbook.ts';
import { filledWorkbook } from '../../fixtures/city-workbook.ts';
import { expectSameAsExceljs } from '../../fixtures/grid-vs-exceljs.ts';
import { readUpload } from '../../fixtures/read-upload.ts';
import { writeZip } from '../../fixtures/zip.ts';

/** A workbook with one cell of every kind a city can produce in Excel. */
async function everyKindOfCell(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Values');
  workbook.addWorksheet('Hidden sheet', { state: 'hidden' });
  sheet.getCell('A1').value = 42.5;
  sheet.getCell('A2').value = 'plain text';
  sheet.getCell('A3').value = { richText: [{ text: 'rich ', font: { bold: true } }, { text: 'text' }] };
  sheet.getCell('A4').value = { formula: 'A1*2', result: 85 };
  sheet.getCell('A5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('A6').value = { formula: 'A1+1' };
  sheet.getCell('A7').value = true;
  sheet.getCell('A8').value = new Date('2024-03-01T00:00:00Z');
  sheet.getCell('A9').value = 0.45;
  sheet.getCell('A9').numFmt = '0%';
  sheet.getCell('A10').value = 1234;
  sheet.getCell('A10').numFmt = '#,##0 "kWh"';
  sheet.getCell('A11').value = { formula: 'CONCAT("a","b")', result: 'ab' };
  sheet.getCell('A12').value = { error: '#N/A' };
  sheet.getCell('A13').value = { text: 'link', hyperlink: 'https://example.org' };
  sheet.getCell('B1').value = 'merged';
  sheet.mergeCells('B1:C2');
  sheet.getCell('D4').value = 7;
  sheet.getRow(4).hidden = true;
  sheet.getColumn('E').hidden = true;
  sheet.getCell('A20').value = '中文 text';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A minimal package around one worksheet part, for what exceljs never writes. */
function packageWith(
  sheetXml: string,
  extra: {
    sharedStrings?: string;
    sheetPart?: string;
    sheetRelationship?: string;
    relationships?: string;
  } = {},
): Buffer {
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml, 'utf8') });
  const relationships = (rels: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  const type = extra.relationships ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/wb.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      relationships(`<Relationship Id="r1" Type="${type}/officeDocument" Target="/xl/wb.xml"/>`),
    ),
    part(
      'xl/wb.xml',
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${type}">` +
        `<x:sheets><x:sheet name="Only" sheetId="1" r:id="${extra.sheetRelationship ?? 's1'}"/></x:sheets></x:workbook>`,
    ),
    part(
      'xl/_rels/wb.xml.rels',
      relationships(
        `<Relationship Id="s1" Type="${type}/worksheet" Target="sheets/one.xml"/>` +
          `<Relationship Id="s2" Type="${type}/sharedStrings" Target="../xl/strings.xml"/>`,
      ),
    ),
    part(extra.sheetPart ?? 'xl/sheets/one.xml', sheetXml),
    ...(extra.sharedStrings ? [part('xl/strings.xml', extra.sharedStrings)] : []),
  ]);
}

const sheetOf = (cells: string) =>
  `\uFEFF<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${cells}</x:sheetData></x:worksheet>`;

describe('workbookFromParts: the same cells as exceljs', () => {
  it('reads every kind of cell value, format, merge and hidden row or column as exceljs does', async () => {
    const bytes = await everyKindOfCell();
    const compared = expectSameAsExceljs(await readUpload(bytes), await loadWorkbook(bytes));
    expect(compared).toBeGreaterThan(15);
  });

  it('reads a filled city template as exceljs does', async () => {
    const bytes = await filledWorkbook();
    const compared = expectSameAsExceljs(await readUpload(bytes), await loadWorkbook(bytes));
    expect(compared).toBeGreaterThan(1000);
  });

  it('shows a merged range through its master cell and reports the covered cells', async () => {
    const sheet = (await readUpload(await everyKindOfCell())).sheet('Values')!;
    expect(sheet.cell(1, 2)).toMatchObject({ merge: 'master', value: { type: 'text', text: 'merged' } });
    expect(sheet.cell(2, 3)).toMatchObject({ merge: 'covered', value: { type: 'text', text: 'merged' } });
    expect(sheet.rowCells(2).map((cell) => cell.address)).toEqual(['A2', 'B2', 'C2']);
  });
});

describe('workbookFromParts: what other spreadsheet programs write', () => {
  it('reads inline strings, cells and rows without references, prefixed names and a byte order mark', async () => {
    const xml = sheetOf(
      '<x:row><x:c t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
        '<x:row r="3" hidden="true"><x:c r="C3" t="inlineStr"><x:is><x:r><x:t>two </x:t></x:r><x:r><x:t>runs</x:t></x:r></x:is></x:c></x:row>',
    );
    const sheet = (await readUpload(packageWith(xml))).sheet('Only')!;
    expect(cellText(sheet.cell(1, 1))).toBe('inline');
    expect(sheet.cell(1, 2).value).toEqual({ type: 'number', value: 2 });
    expect(cellText(sheet.cell(3, 3))).toBe('two runs');
    expect(sheet.rowHidden(3)).toBe(true);
    expect(sheet.rowCount).toBe(3);
  });

  it('leaves phonetic guides out of shared strings', async () => {
    const strings =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>';
    const xml = sheetOf('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>');
    const sheet = (await readUpload(packageWith(xml, { sharedStrings: strings }))).sheet('Only')!;
    expect(cellText(sheet.cell(1, 1))).toBe('東京');
  });

  it('reads a strict Open XML package, whose relationship types have other namespaces', async () => {
    const strings = '<sst xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><si><t>strict</t></si></sst>';
    const xml = sheetOf('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>');
    const bytes = packageWith(xml, {
      sharedStrings: strings,
      relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
    });
    expect(cellText((await readUpload(bytes)).sheet('Only')!.cell(1, 1))).toBe('strict');
  });

  it('keeps the text of a formula, and none for the followers of a shared formula', async () => {
    const xml = sheetOf(
      '<x:row r="2"><x:c r="J2"><x:f t="shared" ref="J2:J3" si="0">G2/H2*100</x:f><x:v>75</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c r="J3"><x:f t="shared" si="0"/><x:v>50</x:v></x:c><x:c r="K3"><x:v>1</x:v></x:c></x:row>',
    );
    const sheet = (await readUpload(packageWith(xml))).sheet('Only')!;
    expect(sheet.formulaText(2, 10)).toBe('G2/H2*100');
    expect(sheet.cell(3, 10)).toMatchObject({ formula: true, value: { type: 'number', value: 50 } });
    expect(sheet.formulaText(3, 10)).toBeUndefined();
    expect(sheet.formulaText(3, 11)).toBeUndefined();
  });

  it('reads ISO date cells as dates', async () => {
    const xml = sheetOf('<x:row r="1"><x:c r="A1" t="d"><x:v>2024-05-01T00:00:00Z</x:v></x:c></x:row>');
    const sheet = (await readUpload(packageWith(xml))).sheet('Only')!;
    expect(sheet.cell(1, 1).value).toEqual({ type: 'date', iso: '2024-05-01T00:00:00Z' });
  });
});

describe('workbookFromParts: files it refuses', () => {
  it.each([
    ['XML that is not well formed', packageWith(sheetOf('<x:row><x:c><x:v>1</x:row>'))],
    [
      'a shared string that does not exist',
      packageWith(sheetOf('<x:row><x:c t="s"><x:v>5</x:v></x:c></x:row>')),
    ],
    [
      'a cell reference that is not one',
      packageWith(sheetOf('<x:row><x:c r="1A"><x:v>1</x:v></x:c></x:row>')),
    ],
    ['a sheet whose part is missing', packageWith(sheetOf(''), { sheetPart: 'xl/sheets/elsewhere.xml' })],
    ['a sheet without a relationship', packageWith(sheetOf(''), { sheetRelationship: 'missing' })],
  ])('throws on %s, which the upload checks let through', async (_, bytes) => {
    const parts = await checkUpload(bytes, limits, new FindingList());

    expect(parts).toBeDefined();
    expect(() => workbookFromParts(parts!)).toThrow();
  });
});
