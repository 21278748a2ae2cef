// Through the API on the embedded runtime: every refused upload says why, by its upload id and at once (a PDF, a CSV
// renamed to .xlsx, a second file on a used link; storage's own refusal of an oversized file or an expired link),
// and a validated version's feedback workbook is downloaded, read back and holds no formula the city typed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPointCells, templateLayout } from '../../core/template/read-template.ts';
import type { UploadTicket } from '../../core/use-cases/upload-links.ts';
import type { UploadStatus } from '../../core/use-cases/upload-status.ts';
import { notZip } from '../../core/validation/upload-checks.ts';
import { loadWorkbook } from '../../core/xlsx.ts';
import type { Runtime } from '../../local/runtime.ts';
import { waitFor } from '../../scripts/lib/api-client.ts';
import { type Actors, bringToDataCollection, signInAll } from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { storedFormulas } from '../fixtures/workbook-formulas.ts';
import { pdfBytes } from '../support/files.ts';
import { resavedByLibreOffice } from '../support/libreoffice.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

const LINK = 'HYPERLINK("http://attacker.example/x","Annual statistical yearbook")';

let runtime: Runtime;
let actors: Actors;
let pilotId = '';
let template: Buffer;

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  ({ pilotId, template } = await bringToDataCollection(actors));
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
});

const newTicket = () => actors.city.call<UploadTicket>('POST', `/pilots/${pilotId}/uploads`);

/** Posts the form as a browser does, and gives back storage's answer whatever it is. */
async function post(ticket: UploadTicket, bytes: Uint8Array, fileName = 'kpi-data.xlsx') {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: ticket.contentType }), fileName);
  const response = await fetch(ticket.url, { method: 'POST', body: form });
  return { status: response.status, body: await response.text() };
}

const statusOf = (uploadId: string) =>
  actors.city.call<UploadStatus>('GET', `/pilots/${pilotId}/uploads/${uploadId}`);

/** Polls as the upload panel does until the upload is refused or validated. */
const settled = (uploadId: string) =>
  waitFor(`upload ${uploadId} to settle`, async () => {
    const status = await statusOf(uploadId);
    return ['refused', 'expired', 'valid', 'invalid'].includes(status.status) ? status : undefined;
  });

/** Changes one setting of the running API for the links issued inside `during`. */
async function withSetting<K extends 'maxUploadBytes' | 'uploadLinkSeconds'>(
  name: K,
  value: number,
  during: () => Promise<void>,
) {
  const settings = runtime.deps.settings;
  const before = settings[name];
  settings[name] = value;
  try {
    await during();
  } finally {
    settings[name] = before;
  }
}

describe('a refused upload', () => {
  it.each([
    ['a PDF', pdfBytes(), notZip.pdf],
    ['a CSV renamed to .xlsx', Buffer.from('id;value\nEC.ICT.T.1C;42\n'), notZip.csv],
  ])('explains itself by its upload id when it is %s, in both languages', async (_, bytes, reason) => {
    const ticket = await newTicket();
    expect((await post(ticket, bytes)).status).toBe(204);
    expect(await settled(ticket.uploadId)).toEqual({
      uploadId: ticket.uploadId,
      status: 'refused',
      reason: { en: reason.en, zh: reason.zh },
    });
  });

  it('is told by storage when the file is over the limit, and nothing is kept', async () => {
    await withSetting('maxUploadBytes', 2_000, async () => {
      const ticket = await newTicket();
      const answer = await post(ticket, await fillSampleWorkbook(template));
      expect(answer.status).toBe(400);
      expect(answer.body).toContain('<Code>EntityTooLarge</Code>');
      expect(await statusOf(ticket.uploadId)).toEqual({ uploadId: ticket.uploadId, status: 'awaiting_file' });
    });
  });

  it('is told by storage when the link expired, and the status says the link expired', async () => {
    await withSetting('uploadLinkSeconds', 1, async () => {
      const ticket = await newTicket();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const answer = await post(ticket, await fillSampleWorkbook(template));
      expect(answer.status).toBe(403);
      expect(answer.body).toMatch(/<Code>AccessDenied<\/Code>.*Policy expired/s);
      expect(await statusOf(ticket.uploadId)).toMatchObject({
        status: 'expired',
        reason: { en: expect.stringContaining('expired'), zh: expect.stringContaining('过期') },
      });
    });
  });
});

describe('a validated version', () => {
  let feedback: Buffer;
  let ticket: UploadTicket;

  it('is reached by its upload id, with its feedback workbook downloaded through the API', async () => {
    const workbook = await loadWorkbook(
      await fillSampleWorkbook(template, { overrides: { 'EC.ICT.ICT.1C': { numerator: -5 } } }),
    );
    const sheet = workbook.getWorksheet(templateLayout.sheets.dataPoints)!;
    const cells = dataPointCells('EC.ICT.T.1C')!;
    sheet.getCell(cells.source).value = { formula: LINK, result: 'Annual statistical yearbook' };
    ticket = await newTicket();
    await post(ticket, Buffer.from(await workbook.xlsx.writeBuffer()));

    const status = await settled(ticket.uploadId);
    expect(status).toMatchObject({ status: 'invalid', version: 1, summary: { errors: expect.any(Number) } });
    const { url } = await actors.city.call<{ url: string }>(
      'GET',
      `/pilots/${pilotId}/submissions/1/feedback-workbook`,
    );
    feedback = await actors.city.download(url);
    const read = await loadWorkbook(feedback);
    const points = read.getWorksheet(templateLayout.sheets.dataPoints)!;
    const negative = points.getCell(dataPointCells('EC.ICT.ICT.1C')!.numerator);
    expect(negative.fill).toMatchObject({ fgColor: { argb: 'FFFF9C9C' } });
    expect(JSON.stringify(negative.note)).toContain('-5');
    expect(read.getWorksheet('Findings')!.rowCount).toBeGreaterThan(1);
    expect(points.getCell(cells.source).value).toBe('Annual statistical yearbook');
    expect((await storedFormulas(feedback)).filter((f) => f.text.includes('HYPERLINK'))).toEqual([]);
    // The secretariat may have it too.
    await actors.secretariat.call('GET', `/pilots/${pilotId}/submissions/1/feedback-workbook`);
  });

  it('is named in the validation e-mail, which sends the city to the pilot page', async () => {
    const mail = await waitFor('the validation e-mail', async () =>
      (await actors.city.inbox('focal@aurora.example')).find((m) => m.subject.includes('needs corrections')),
    );
    expect(mail.text).toContain('every finding marked in its cell');
    expect(mail.text).toContain(`${runtime.urls.portal}/#/pilots/${pilotId}`);
  });

  it('stays as it was when a second file is posted to its link, whose status then says the link was used', async () => {
    expect((await post(ticket, pdfBytes())).status).toBe(204);
    const status = await waitFor('the second file to be refused', async () => {
      const current = await statusOf(ticket.uploadId);
      return current.status === 'refused' ? current : undefined;
    });
    expect(status).toMatchObject({
      version: 1,
      reason: { en: expect.stringContaining('already used'), zh: expect.stringContaining('已被使用') },
    });
  });

  it('keeps the city’s formula a plain value after LibreOffice opens and saves the feedback workbook', async () => {
    const workdir = await mkdtemp(join(tmpdir(), 'u4ssc-feedback-lo-'));
    try {
      const saved = await resavedByLibreOffice(feedback, workdir, 'feedback.xlsx');
      const source = (await loadWorkbook(saved))
        .getWorksheet(templateLayout.sheets.dataPoints)!
        .getCell(dataPointCells('EC.ICT.T.1C')!.source);
      expect(source.formula).toBeUndefined();
      expect(source.value).toBe('Annual statistical yearbook');
      expect((await storedFormulas(saved)).filter((f) => f.text.includes('HYPERLINK'))).toEqual([]);
    } finally {
      await rm(workdir, { recursive: true, force: true });
    }
  }, 60_000);
});
