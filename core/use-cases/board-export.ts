// The board as a file: every pilot the caller may see that matches the board's filters, in its sort order, read a
// page at a time through the same paged query the board uses, written as CSV (streamed) or as an XLSX workbook.
import * as z from 'zod';
import type { Actor } from '../actors.ts';
import type { PilotSummary } from '../lifecycle/board-summary.ts';
import { newWorkbook } from '../xlsx.ts';
import { boardPage } from './board.ts';
import { BOARD_PAGE_MAX, boardFilterSchema, boardSortSchema } from './board-query.ts';
import type { PilotRepository } from './ports.ts';

export const boardExportRequestSchema = boardFilterSchema.extend({
  sort: boardSortSchema.default('updated'),
  format: z.enum(['csv', 'xlsx'], { error: 'Export as csv or xlsx' }),
  /** The language of the column headers; values are the API's codes and ISO dates in both. */
  lang: z.enum(['en', 'zh']).default('en'),
});
export type BoardExportRequest = z.output<typeof boardExportRequestSchema>;

type Column = readonly [header: Record<'en' | 'zh', string>, value: (s: PilotSummary) => string | number];

const columns: readonly Column[] = [
  [{ en: 'Pilot', zh: '试点' }, (s) => s.pilotId],
  [{ en: 'City', zh: '城市' }, (s) => s.cityName],
  [{ en: 'Country', zh: '国家' }, (s) => s.country],
  [{ en: 'Region', zh: '地区' }, (s) => s.region ?? ''],
  [{ en: 'Stage', zh: '阶段' }, (s) => s.stage],
  [{ en: 'Waiting on', zh: '等待方' }, (s) => s.waitingOn],
  [{ en: 'Due', zh: '截止日期' }, (s) => s.dueAt ?? ''],
  [{ en: 'Deadline', zh: '截止类型' }, (s) => s.dueKind ?? ''],
  [{ en: 'Verifier', zh: '核查员' }, (s) => s.verifierId ?? ''],
  [{ en: 'Supervisor', zh: '监督人员' }, (s) => s.supervisorId ?? ''],
  [{ en: 'Submissions', zh: '提交次数' }, (s) => s.submissions],
  [{ en: 'Open queries', zh: '未结问询' }, (s) => s.openQueries],
  [{ en: 'Created', zh: '创建时间' }, (s) => s.createdAt],
  [{ en: 'Updated', zh: '更新时间' }, (s) => s.updatedAt],
];

/** Every matching summary, page after page through the board's cursor, so no read is larger than one page. */
async function* matchingPilots(
  deps: { pilots: PilotRepository },
  actor: Actor,
  { format: _format, lang: _lang, ...query }: BoardExportRequest,
): AsyncGenerator<PilotSummary[]> {
  let cursor: string | undefined;
  do {
    const page = await boardPage(deps, actor, { ...query, limit: BOARD_PAGE_MAX, cursor });
    yield page.pilots;
    cursor = page.nextCursor;
  } while (cursor);
}

/**
 * A cell as RFC 4180 writes it, and never as a formula: a city's name comes from a letter anyone may submit, so a
 * text starting with =, +, - or @ is prefixed with an apostrophe before a spreadsheet opens it.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (cells: (string | number)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** The CSV as a stream: a byte-order mark (so spreadsheets read the Chinese headers as UTF-8), then a page at a time. */
export function boardCsv(
  deps: { pilots: PilotRepository },
  actor: Actor,
  request: BoardExportRequest,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = matchingPilots(deps, actor, request);
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(columns.map(([h]) => h[request.lang]))}`));
        return;
      }
      const next = await pages.next();
      if (next.done) return controller.close();
      controller.enqueue(
        encoder.encode(next.value.map((s) => csvLine(columns.map(([, v]) => v(s)))).join('')),
      );
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/** The workbook, one sheet, filled from the same pages; exceljs writes it whole, so it is built in memory. */
export async function boardXlsx(
  deps: { pilots: PilotRepository },
  actor: Actor,
  request: BoardExportRequest,
): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(request.lang === 'zh' ? '试点' : 'Pilots', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(columns.map(([h]) => h[request.lang])).font = { bold: true };
  for await (const page of matchingPilots(deps, actor, request)) {
    for (const s of page) sheet.addRow(columns.map(([, v]) => v(s)));
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 28 : 16;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
