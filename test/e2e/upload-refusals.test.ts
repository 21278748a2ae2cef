// The city's upload panel in the browser: a refused file is explained at once in the chosen language (a PDF, a CSV
// renamed to .xlsx, a file storage refuses as too large), and a version with errors offers its annotated workbook.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPointCells, templateLayout } from '../../core/template/read-template.ts';
import { notZip } from '../../core/validation/upload-checks.ts';
import { loadWorkbook } from '../../core/xlsx.ts';
import type { Runtime } from '../../local/runtime.ts';
import { bringToDataCollection, signInAll } from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn } from './support/browser.ts';
import { chooseFile, openPilot, tinyPdf } from './support/pilot-page.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let page: Page;
let template: Buffer;
let pilotPath = '';
const workDir = tempDataDir();

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  // The pilot is brought to data collection over the API: this file tests what the upload panel says.
  const actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  const ready = await bringToDataCollection(actors);
  template = ready.template;
  pilotPath = `/pilots/${ready.pilotId}`;
  browser = await launchBrowser();
  page = (await newUserPage(browser, runtime.urls.portal)).page;
  await signIn(page, 'aurora');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

async function upload(bytes: Buffer, name: string, labels = { file: 'Workbook (.xlsx)', submit: 'Upload' }) {
  await chooseFile(page, labels.file, workDir, name, bytes);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

describe('the upload panel', () => {
  it('says at once why a PDF was refused, instead of waiting for a validation that never comes', async () => {
    await openPilot(page, pilotPath);
    await upload(tinyPdf, 'kpi-data.xlsx');
    await page.locator('[data-upload-status="refused"]', { hasText: notZip.pdf.en }).waitFor();
    await captureMainPage(page, '30-city-upload-refused');
  });

  it('says it in Chinese once the city chose Chinese, for a CSV renamed to .xlsx', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await upload(Buffer.from('id;value\nEC.ICT.T.1C;42\n'), 'kpi-data.xlsx', {
      file: '工作簿（.xlsx）',
      submit: '上传',
    });
    await page.locator('[data-upload-status="refused"]', { hasText: notZip.csv.zh }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('turns storage’s refusal of a file over the size limit into a message', async () => {
    const settings = runtime.deps.settings;
    const limit = settings.maxUploadBytes;
    settings.maxUploadBytes = 2_000;
    try {
      await upload(await fillSampleWorkbook(template), 'kpi-data.xlsx');
      await page
        .getByRole('alert')
        .filter({ hasText: /The file is larger than the [0-9.,]+ KB allowed/ })
        .waitFor();
    } finally {
      settings.maxUploadBytes = limit;
    }
  });

  it('offers the workbook of a version with errors back, every finding marked in its cell', async () => {
    const wrong = await fillSampleWorkbook(template, { overrides: { 'EC.ICT.ICT.1C': { numerator: -5 } } });
    await upload(wrong, 'kpi-data.xlsx');
    const outcome = page.locator('.upload-outcome[data-upload-status="invalid"]');
    await outcome.waitFor({ timeout: 45_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      outcome.getByRole('button', { name: /Download version 1 with every finding marked/ }).click(),
    ]);
    const feedback = await loadWorkbook(readFileSync((await download.path())!));
    const cell = feedback
      .getWorksheet(templateLayout.sheets.dataPoints)!
      .getCell(dataPointCells('EC.ICT.ICT.1C')!.numerator);
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFF9C9C' } });
    expect(feedback.getWorksheet('Findings')!.rowCount).toBeGreaterThan(1);
    await captureMainPage(page, '31-city-upload-invalid-feedback');
  });
});
