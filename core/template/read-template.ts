// Reads the Meta sheet of a city workbook and checks its signature and structure against the layout.
import { kpiCatalogue } from '../kpis/catalogue.ts';
import { cellText, columnNumber, type WorkbookGrid } from '../xlsx-reader/grid.ts';
import { templateLayout } from './layout.ts';
import {
  metaKeys,
  structureHash,
  type TemplateMeta,
  templateMetaSchema,
  verifyTemplateSignature,
} from './signature.ts';
import { observedStructure } from './structure.ts';

export { dataPointCells, dataPointRow, maturityRow, profileFieldRow, templateLayout } from './layout.ts';
export { type TemplateMeta, verifyTemplateSignature } from './signature.ts';

/** Parses the Meta sheet; throws a ZodError (or Error when the sheet is missing) for a workbook that is not a template. */
export function readWorkbookMeta(workbook: WorkbookGrid): TemplateMeta {
  const sheet = workbook.sheet(templateLayout.sheets.meta);
  if (!sheet) throw new Error(`workbook has no ${templateLayout.sheets.meta} sheet`);
  const { keyColumn, valueColumn, firstRow } = templateLayout.meta;
  const text = (row: number, column: string) => cellText(sheet.cell(row, columnNumber(column))).trim();
  const pairs = metaKeys.map((_, index) => [
    text(firstRow + index, keyColumn),
    text(firstRow + index, valueColumn),
  ]);
  return templateMetaSchema.parse(Object.fromEntries(pairs));
}

export type TemplateProblem = 'bad_signature' | 'structure_changed' | 'unknown_format' | 'catalogue_mismatch';

export interface TemplateCheck {
  meta: TemplateMeta;
  problems: TemplateProblem[];
}

/**
 * Checks a workbook: the Meta signature, that its sheets/rows/columns still hash to the signed structure,
 * and that it was issued from this catalogue and layout (a template from an older catalogue is reported, not rejected here).
 */
export function checkTemplate(workbook: WorkbookGrid, signingKey: string): TemplateCheck {
  const meta = readWorkbookMeta(workbook);
  const problems: TemplateProblem[] = [];
  if (!verifyTemplateSignature(meta, signingKey)) problems.push('bad_signature');
  if (structureHash(observedStructure(workbook)) !== meta.structureHash) problems.push('structure_changed');
  if (meta.catalogueChecksum !== kpiCatalogue.checksum || meta.catalogueVersion !== kpiCatalogue.version) {
    problems.push('catalogue_mismatch');
  }
  if (meta.format !== templateLayout.formatVersion) problems.push('unknown_format');
  return { meta, problems };
}
