// Checks that a workbook is this pilot's signed template, from this catalogue, with its sheets and columns intact.
import { kpiCatalogue } from '../kpis/catalogue.ts';
import { type ColumnSpec, headerText, templateLayout } from '../template/layout.ts';
import { readWorkbookMeta } from '../template/read-template.ts';
import { structureHash, type TemplateMeta, verifyTemplateSignature } from '../template/signature.ts';
import { observedStructure } from '../template/structure.ts';
import { cellText, columnNumber, type SheetGrid, type WorkbookGrid } from '../xlsx-reader/grid.ts';
import type { FindingList } from './findings.ts';

/** Name of the sheet the feedback workbook adds; ignored on re-upload so a city can fix and resend that file. */
export const FINDINGS_SHEET = 'Findings';

const { sheets } = templateLayout;

/** Returns the Meta when it could be read; false in `readable` when the sheets holding data are absent. */
export function checkIdentity(
  workbook: WorkbookGrid,
  context: { pilotId: string; signingKey: string },
  findings: FindingList,
): { meta?: TemplateMeta; readable: boolean } {
  const readable = !!workbook.sheet(sheets.dataPoints) && !!workbook.sheet(sheets.cityProfile);
  if (!workbook.sheet(sheets.meta) || !readable) {
    findings.error('template.not-a-template', {
      en: 'This file is not the U4SSC template issued for this pilot. Fill in and upload the template you received.',
      zh: '该文件不是为本试点签发的 U4SSC 模板。请填写并上传您收到的模板。',
    });
    return { readable };
  }
  const meta = readMeta(workbook, findings);
  if (meta) checkMeta(meta, context, findings);
  checkStructure(workbook, meta, findings);
  return { meta, readable };
}

function readMeta(workbook: WorkbookGrid, findings: FindingList): TemplateMeta | undefined {
  try {
    return readWorkbookMeta(workbook);
  } catch {
    findings.error(
      'template.meta-damaged',
      {
        en: 'The hidden Meta sheet was changed, so the template cannot be identified. Use the template you received.',
        zh: '隐藏的 Meta 工作表已被修改，无法识别模板。请使用您收到的模板。',
      },
      { sheet: sheets.meta },
    );
    return undefined;
  }
}

function checkMeta(
  meta: TemplateMeta,
  context: { pilotId: string; signingKey: string },
  findings: FindingList,
) {
  const at = { sheet: sheets.meta };
  if (!verifyTemplateSignature(meta, context.signingKey)) {
    findings.error(
      'template.bad-signature',
      {
        en: 'The template signature does not match: this file was not issued by the U4SSC secretariat or its Meta sheet was edited.',
        zh: '模板签名不符：该文件并非由 U4SSC 秘书处签发，或其 Meta 工作表已被修改。',
      },
      at,
    );
  }
  if (meta.pilotId !== context.pilotId) {
    findings.error(
      'template.other-pilot',
      {
        en: `This template was issued for pilot ${meta.pilotId}, not ${context.pilotId}. Upload your own city's template.`,
        zh: `该模板签发给试点 ${meta.pilotId}，而非 ${context.pilotId}。请上传本市的模板。`,
      },
      at,
    );
  }
  if (meta.format !== templateLayout.formatVersion) {
    findings.error(
      'template.unknown-format',
      {
        en: `Template format ${meta.format} is not supported; ask the secretariat for a current template.`,
        zh: `不支持模板格式 ${meta.format}；请向秘书处索取最新模板。`,
      },
      at,
    );
  }
  if (meta.catalogueVersion !== kpiCatalogue.version || meta.catalogueChecksum !== kpiCatalogue.checksum) {
    findings.warning(
      'template.catalogue-version',
      {
        en: `The template was built from KPI catalogue ${meta.catalogueVersion}; results were computed with ${kpiCatalogue.version}.`,
        zh: `该模板基于 KPI 目录 ${meta.catalogueVersion} 生成；结果按 ${kpiCatalogue.version} 计算。`,
      },
      at,
    );
  }
}

/**
 * The structure hash only says that something changed; the findings that matter name what: a missing sheet or a
 * changed column header is an error (values would be read from the wrong place), anything else a warning.
 */
function checkStructure(workbook: WorkbookGrid, meta: TemplateMeta | undefined, findings: FindingList): void {
  for (const name of Object.values(sheets)) {
    if (workbook.sheet(name)) continue;
    findings.error('template.missing-sheet', {
      en: `Sheet ${name} is missing or was renamed.`,
      zh: `工作表 ${name} 缺失或已被重命名。`,
    });
  }
  checkHeaders(workbook.sheet(sheets.cityProfile), templateLayout.cityProfile, findings);
  checkHeaders(workbook.sheet(sheets.dataPoints), templateLayout.dataPoints, findings);
  const observed = observedStructure(workbook);
  observed.sheetNames = observed.sheetNames.filter((name) => name !== FINDINGS_SHEET);
  if (meta && structureHash(observed) !== meta.structureHash) {
    findings.warning('template.structure-changed', {
      en: 'Sheets, rows or columns of the template were changed. Please keep the template as issued.',
      zh: '模板的工作表、行或列已被修改。请保持模板原样。',
    });
  }
}

function checkHeaders(
  sheet: SheetGrid | undefined,
  layout: { headerRow: number; columnSpecs: readonly ColumnSpec[]; columns: Record<string, string> },
  findings: FindingList,
): void {
  if (!sheet) return;
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const spec of layout.columnSpecs) {
    const column = layout.columns[spec.key]!;
    const address = `${column}${layout.headerRow}`;
    const text = cellText(sheet.cell(layout.headerRow, columnNumber(column)));
    if (normalize(text) === normalize(headerText(spec))) continue;
    findings.error(
      'template.column-changed',
      {
        en: `Column "${spec.headerEn}" is no longer in column ${address.replace(/\d+$/, '')}: columns were inserted, deleted or moved.`,
        zh: `"${spec.headerZh}"列已不在 ${address.replace(/\d+$/, '')} 列：存在插入、删除或移动的列。`,
      },
      { sheet: sheet.name, cell: address },
    );
  }
}
