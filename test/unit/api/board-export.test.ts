// The board's export: every matching pilot as CSV or XLSX through the API, under the same filters, sort and role
// narrowing as the board's pages, and the same refusals of bad input.
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../api/app.ts';
import { csvCell } from '../../../core/use-cases/board-export.ts';
import { BOARD_PAGE_MAX } from '../../../core/use-cases/board-query.ts';
import { loadWorkbook } from '../../../core/xlsx.ts';
import { historyTo, record } from '../../support/histories.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, secretariat } from '../../support/pilots.ts';

/** More pilots than one page holds, in two regions, one of them a city whose name looks like a formula. */
async function cohort() {
  const deps = memoryDeps();
  const count = BOARD_PAGE_MAX + 5;
  for (let i = 0; i < count; i++) {
    const asia = i % 5 === 0;
    await record(
      deps.pilots,
      `p${String(i).padStart(3, '0')}`,
      historyTo(i % 2 ? 'data_collection' : 'loi_received', {
        cityId: i === 0 ? 'aurora' : `city${i}`,
        letter: { cityName: i === 1 ? '=HYPERLINK("x")' : `City ${i}`, region: asia ? 'Asia' : 'Europe' },
      }),
      new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 3_600_000).toISOString(),
    );
  }
  return { deps, count };
}

const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('the board export', () => {
  it('writes every matching pilot as CSV, past the first page, in the board’s sort order', async () => {
    const { deps, count } = await cohort();
    const api = createApi(deps, async () => secretariat);

    const response = await api.request('/api/pilots/export?format=csv&sort=created');
    const rows = rowsOf(await response.text());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="u4ssc-pilots-.+\.csv"$/,
    );
    expect(rows[0]).toBe(
      'Pilot,City,Country,Region,Stage,Waiting on,Due,Deadline,Verifier,Supervisor,Submissions,Open queries,Created,Updated',
    );
    expect(rows).toHaveLength(count + 1);
    expect(rows[1]).toMatch(/^p104,City 104,/);
    expect(rows.at(-1)).toMatch(/^p000,City 0,/);
    // A name that would be a formula is written as text.
    expect(rows.find((r) => r.startsWith('p001,'))).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('applies the board’s filters: stage, region and waiting on, together', async () => {
    const { deps } = await cohort();
    const api = createApi(deps, async () => secretariat);

    const response = await api.request(
      '/api/pilots/export?format=csv&stage=data_collection&region=Asia&waitingOn=city',
    );
    const rows = rowsOf(await response.text()).slice(1);

    // Odd and a multiple of five: 5, 15, ..., 95 (the pilots of stage data_collection in Asia).
    expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(
      ['p005', 'p015', 'p025', 'p035', 'p045', 'p055', 'p065', 'p075', 'p085', 'p095'].sort(),
    );
    expect(rows.every((r) => r.includes(',Asia,data_collection,city,'))).toBe(true);
  });

  it('narrows a city to its own pilots, whatever the filter asks', async () => {
    const { deps } = await cohort();
    const api = createApi(deps, async () => city);

    const response = await api.request('/api/pilots/export?format=csv&region=Europe');

    expect(
      rowsOf(await response.text())
        .slice(1)
        .map((r) => r.split(',')[0]),
    ).toEqual([]);
    const own = await api.request('/api/pilots/export?format=csv');
    expect(
      rowsOf(await own.text())
        .slice(1)
        .map((r) => r.split(',')[0]),
    ).toEqual(['p000']);
  });

  it('writes the same rows as a workbook, with the headers in Chinese when asked', async () => {
    const { deps } = await cohort();
    const api = createApi(deps, async () => secretariat);

    const response = await api.request('/api/pilots/export?format=xlsx&lang=zh&stage=data_collection');
    const workbook = await loadWorkbook(new Uint8Array(await response.arrayBuffer()));
    const sheet = workbook.worksheets[0]!;

    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sheet.getRow(1).getCell(2).value).toBe('城市');
    expect(sheet.rowCount).toBe(1 + 52);
    expect(sheet.getColumn(5).values.slice(2)).toEqual(Array(52).fill('data_collection'));
  });

  it.each([
    ['format=pdf', 'Export as csv or xlsx'],
    ['format=csv&sort=stage', 'Sort by one of updated, due, city or created'],
    ['format=csv&stage=nowhere', undefined],
    ['sort=city', undefined],
    ['format=csv&cursor=abc', undefined],
    ['format=csv&limit=500', undefined],
  ])('refuses %s with 400 and a JSON error', async (query, message) => {
    const { deps } = await cohort();
    const api = createApi(deps, async () => secretariat);

    const response = await api.request(`/api/pilots/export?${query}`);
    const body = (await response.json()) as {
      error: { code: string; details?: { issues: { message: string }[] } };
    };

    expect(response.status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    if (message) expect(body.error.details?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('a CSV cell', () => {
  it.each([
    ['Aurora', 'Aurora'],
    ['Paris, Île-de-France', '"Paris, Île-de-France"'],
    ['say "hi"', '"say ""hi"""'],
    ['+1 555', "'+1 555"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
  ])('writes %s as %s', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});
