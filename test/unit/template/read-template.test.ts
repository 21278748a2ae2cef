import ExcelJS, { type Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kpiCatalogue } from '../../../core/kpis/catalogue.ts';
import { buildTemplate } from '../../../core/template/build-template.ts';
import {
  checkTemplate,
  readWorkbookMeta,
  templateLayout,
  verifyTemplateSignature,
} from '../../../core/template/read-template.ts';
import { metaKeys, type TemplateMeta } from '../../../core/template/signature.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import { readUpload } from '../../fixtures/read-upload.ts';

const signingKey = 'unit-test-signing-key-0123456789';
const input = {
  pilotId: 'pilot-0042',
  cityName: 'Bizerte',
  issuedAt: '2025-03-01T08:00:00.000Z',
  templateId: 'tpl-0042',
  signingKey,
};

let buffer: Buffer;
const fresh = (): Promise<Workbook> => loadWorkbook(buffer);
/** Saves an edited workbook and reads it back as the validation reads uploads. */
const saved = async (workbook: Workbook) => readUpload(Buffer.from(await workbook.xlsx.writeBuffer()));
const { meta: metaLayout } = templateLayout;
const metaCell = (workbook: Workbook, key: keyof TemplateMeta) =>
  workbook
    .getWorksheet(templateLayout.sheets.meta)!
    .getCell(`${metaLayout.valueColumn}${metaLayout.firstRow + metaKeys.indexOf(key)}`);

beforeAll(async () => {
  buffer = await buildTemplate(input);
});

describe('readWorkbookMeta', () => {
  it('reads back the ids, catalogue version and checksum, and issue time', async () => {
    const meta = readWorkbookMeta(await saved(await fresh()));
    expect(meta).toMatchObject({
      format: templateLayout.formatVersion,
      pilotId: 'pilot-0042',
      templateId: 'tpl-0042',
      catalogueVersion: kpiCatalogue.version,
      catalogueChecksum: kpiCatalogue.checksum,
      issuedAt: '2025-03-01T08:00:00.000Z',
    });
    expect(meta.structureHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('throws for a workbook without a Meta sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const read = await saved(workbook);
    expect(() => readWorkbookMeta(read)).toThrow(/Meta/);
  });

  it('throws when a Meta value is malformed', async () => {
    const workbook = await fresh();
    metaCell(workbook, 'catalogueChecksum').value = 'not-a-checksum';
    const read = await saved(workbook);
    expect(() => readWorkbookMeta(read)).toThrow();
  });
});

describe('verifyTemplateSignature', () => {
  it('accepts the Meta of a freshly built template', async () => {
    expect(verifyTemplateSignature(readWorkbookMeta(await saved(await fresh())), signingKey)).toBe(true);
  });

  it('rejects a Meta whose pilotId was changed', async () => {
    const meta = readWorkbookMeta(await saved(await fresh()));
    expect(verifyTemplateSignature({ ...meta, pilotId: 'pilot-9999' }, signingKey)).toBe(false);
  });

  it('rejects a Meta whose structure hash was changed', async () => {
    const meta = readWorkbookMeta(await saved(await fresh()));
    expect(verifyTemplateSignature({ ...meta, structureHash: '0'.repeat(64) }, signingKey)).toBe(false);
  });

  it('rejects the right Meta under another key', async () => {
    expect(
      verifyTemplateSignature(readWorkbookMeta(await saved(await fresh())), 'another-signing-key-987654321'),
    ).toBe(false);
  });
});

describe('checkTemplate', () => {
  it('finds no problem in an untouched template', async () => {
    expect(checkTemplate(await saved(await fresh()), signingKey).problems).toEqual([]);
  });

  it('reports a bad signature when the pilotId cell is edited', async () => {
    const workbook = await fresh();
    metaCell(workbook, 'pilotId').value = 'pilot-0043';
    expect(checkTemplate(await saved(workbook), signingKey).problems).toEqual(['bad_signature']);
  });

  it('reports a changed structure when a data point id is overwritten', async () => {
    const workbook = await fresh();
    const { columns, firstDataRow } = templateLayout.dataPoints;
    workbook
      .getWorksheet(templateLayout.sheets.dataPoints)!
      .getCell(`${columns.dataPointId}${firstDataRow}`).value = 'EC.ICT.ICT.9C';
    expect(checkTemplate(await saved(workbook), signingKey).problems).toEqual(['structure_changed']);
  });

  it('reports a changed structure when a sheet is added', async () => {
    const workbook = await fresh();
    workbook.addWorksheet('Extra');
    expect(checkTemplate(await saved(workbook), signingKey).problems).toEqual(['structure_changed']);
  });

  it('reports a changed structure when a column header is renamed', async () => {
    const workbook = await fresh();
    const { columns, headerRow } = templateLayout.dataPoints;
    workbook
      .getWorksheet(templateLayout.sheets.dataPoints)!
      .getCell(`${columns.numerator}${headerRow}`).value = 'Other';
    expect(checkTemplate(await saved(workbook), signingKey).problems).toEqual(['structure_changed']);
  });

  it('ignores values typed into input cells', async () => {
    const workbook = await fresh();
    const { columns, firstDataRow } = templateLayout.dataPoints;
    workbook
      .getWorksheet(templateLayout.sheets.dataPoints)!
      .getCell(`${columns.numerator}${firstDataRow}`).value = 12;
    expect(checkTemplate(await saved(workbook), signingKey).problems).toEqual([]);
  });
});
