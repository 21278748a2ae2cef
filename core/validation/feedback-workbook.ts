// Builds the feedback workbook: the city's own file with problem cells highlighted and noted, plus a Findings sheet.
import type { Workbook, Worksheet } from 'exceljs';
import { readWorkbookMeta } from '../template/read-template.ts';
import { lockStructure } from '../template/sheets/common.ts';
import { loadWorkbook, newWorkbook } from '../xlsx.ts';
import type { Parts } from '../xlsx-reader/package-parts.ts';
import { workbookFromParts } from '../xlsx-reader/read-workbook.ts';
import { neutralizeCityFormulas } from './city-formulas.ts';
import { FindingList } from './findings.ts';
import { editableColumnsByRowId } from './input-cells.ts';
import { limits } from './limits.ts';
import type { Finding } from './results.ts';
import { FINDINGS_SHEET } from './template-identity.ts';
import { checkUpload } from './upload-checks.ts';

/** Stored beside the version's results (`results/<pilot>/v<NNN>.json`), written once by the validation task. */
export const feedbackWorkbookKey = (pilotId: string, version: number) =>
  `results/${pilotId}/v${String(version).padStart(3, '0')}-feedback.xlsx`;

const SINGLE_CELL = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;
const FILLS: Record<Finding['severity'], string> = { error: 'FFFF9C9C', warning: 'FFFFE699' };

/**
 * Returns the original workbook annotated with the findings, with the city's formulas and links turned into the
 * values they showed. A file that failed the upload checks is never parsed again (it may be a zip bomb): the city
 * then gets a workbook holding only the Findings sheet.
 */
export async function buildFeedbackWorkbook(originalBytes: Buffer, findings: Finding[]): Promise<Buffer> {
  const opened = await openSafely(originalBytes);
  const workbook = opened?.workbook ?? newWorkbook();
  // A city may fix and re-upload a feedback file: replace its old findings rather than adding a second sheet.
  const previous = workbook.getWorksheet(FINDINGS_SHEET);
  if (previous) workbook.removeWorksheet(previous.id);
  neutralizeCityFormulas(workbook);
  highlight(workbook, findings);
  if (opened?.templateId) await restoreProtection(workbook, opened.templateId);
  addFindingsSheet(workbook, findings);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openSafely(bytes: Buffer): Promise<{ workbook: Workbook; templateId?: string } | undefined> {
  const parts = await checkUpload(bytes, limits, new FindingList());
  if (!parts) return undefined;
  try {
    return { workbook: await loadWorkbook(bytes), templateId: templateIdOf(parts) };
  } catch {
    return undefined;
  }
}

/** The id on the Meta sheet; undefined when the file is not an intact template (nothing to protect again). */
function templateIdOf(parts: Parts): string | undefined {
  try {
    return readWorkbookMeta(workbookFromParts(parts)).templateId;
  } catch {
    return undefined;
  }
}

function highlight(workbook: Workbook, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.cell) byCell.set(finding.cell, [...(byCell.get(finding.cell) ?? []), finding]);
  }
  for (const [reference, cellFindings] of byCell) {
    const [sheetName = '', address = ''] = reference.split('!');
    const sheet = workbook.getWorksheet(sheetName);
    // A finding on a range or a whole sheet has no one cell to mark; the Findings sheet lists it all the same.
    if (!sheet || !SINGLE_CELL.test(address)) continue;
    const cell = sheet.getCell(address);
    const severity = cellFindings.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    // Loaded cells share style objects by style id: assign a copy, or every cell of that style changes colour.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[severity] } },
    };
    cell.note = cellFindings.map((f) => `[${f.severity}] ${f.message.en}\n${f.message.zh}`).join('\n\n');
  }
}

/**
 * exceljs reads LibreOffice's `sheet="true"` and `locked="false"` as absent, so a re-saved file would lose both:
 * protect every template sheet again (password = template id, as issued) and unlock the input cells.
 */
async function restoreProtection(workbook: Workbook, templateId: string): Promise<void> {
  const editable = editableColumnsByRowId();
  for (const sheet of workbook.worksheets) {
    unlockInputs(sheet, editable.get(sheet.name));
    await lockStructure(sheet, templateId);
  }
}

function unlockInputs(sheet: Worksheet, columnsById: Map<string, string[]> | undefined): void {
  if (!columnsById) return;
  sheet.eachRow((row) => {
    const columns = columnsById.get(row.getCell(1).text.trim());
    for (const column of columns ?? []) {
      const cell = row.getCell(column);
      cell.style = { ...cell.style, protection: { locked: false } };
    }
  });
}

const findingColumns = [
  { header: 'Severity / 级别', key: 'severity', width: 10 },
  { header: 'Sheet / 工作表', key: 'sheet', width: 14 },
  { header: 'Cell / 单元格', key: 'cell', width: 18 },
  { header: 'Data point / 数据点', key: 'dataPointId', width: 24 },
  { header: 'Rule / 规则', key: 'rule', width: 30 },
  { header: 'English', key: 'en', width: 70 },
  { header: '中文', key: 'zh', width: 50 },
];

function addFindingsSheet(workbook: Workbook, findings: Finding[]): void {
  const sheet = workbook.addWorksheet(FINDINGS_SHEET);
  sheet.columns = findingColumns;
  for (const finding of findings) {
    const row = sheet.addRow({ ...finding, en: finding.message.en, zh: finding.message.zh });
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell('severity').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: FILLS[finding.severity] },
    };
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: 'A1', to: `G${Math.max(1, findings.length + 1)}` };
}
