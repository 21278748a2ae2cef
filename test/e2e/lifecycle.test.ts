// Walks one city from letter of intent to certificate through the portal only, as city, secretariat and verifier.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { launchBrowser, newUserPage, screenshot, signIn, waitForStage } from './support/browser.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
const pages: Record<'city' | 'secretariat' | 'verifier' | 'supervisor', Page> = {} as never;
const workDir = tempDataDir();

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  browser = await launchBrowser();
  for (const [role, user] of [
    ['city', 'aurora'],
    ['secretariat', 'secretariat'],
    ['verifier', 'verifier'],
    ['supervisor', 'supervisor'],
  ] as const) {
    pages[role] = (await newUserPage(browser, runtime.urls.portal)).page;
    await signIn(pages[role], user);
  }
});

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

async function openPilot(page: Page, pilotPath: string) {
  await page.goto(pilotPath);
  await page.getByRole('heading', { level: 1, name: 'Aurora' }).waitFor();
}

async function uploadWorkbook(page: Page, bytes: Buffer, name: string) {
  const file = join(workDir, name);
  writeFileSync(file, bytes);
  await page.getByLabel('Workbook (.xlsx)').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
}

describe('the whole pilot through the portal', () => {
  let pilotPath = '';
  let template: Buffer;

  it('lets the city submit a letter of intent', async () => {
    const page = pages.city;
    await page.getByRole('heading', { name: 'Letter of intent' }).waitFor();
    await screenshot(page, '01-city-letter-form');
    await page.getByLabel('City name').fill('Aurora');
    await page.getByLabel('Country', { exact: true }).fill('Utopia');
    await page.getByLabel('Region (optional)').fill('Europe');
    await page
      .getByLabel('Vision and current work on smart sustainable cities')
      .fill('Aurora aims to be a data-driven, inclusive and low-carbon city by 2035.');
    await page.getByLabel('Contact person').fill('Ms Focal Point');
    await page.getByLabel('Contact e-mail').fill('focal@aurora.example');
    await page.getByLabel('Signatory (mayor or representative)').fill('Mayor of Aurora');
    await page.getByLabel('Signatory title').fill('Mayor');
    await page.getByLabel('We reviewed the U4SSC goals and the data collection methodology').check();
    await page.getByRole('button', { name: 'Submit the letter' }).click();
    await page.waitForURL(/\/pilots\/p[a-z0-9]+$/);
    pilotPath = new URL(page.url()).pathname;
    await waitForStage(page, 'loi_received');
  });

  it('lets the secretariat find the city on the board and accept the letter', async () => {
    const page = pages.secretariat;
    await page.reload();
    await page.getByRole('heading', { name: 'Pilots per stage' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByLabel('Search').fill('auro');
    await page.getByText('1 of 1 pilots shown').waitFor();
    await screenshot(page, '02-secretariat-board');
    await page.getByRole('link', { name: 'Aurora' }).click();
    await page.getByRole('heading', { name: 'Review the letter of intent' }).waitFor();
    await page.getByLabel('Note to the city (optional)').fill('Welcome to the pilot');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await waitForStage(page, 'data_collection');
    await page.locator('[data-event="TemplateIssued"]').waitFor();
    await screenshot(page, '03-secretariat-pilot-timeline');
  });

  it('lets the city download the template and see a workbook with mistakes rejected', async () => {
    const page = pages.city;
    await openPilot(page, pilotPath);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the template' }).click(),
    ]);
    template = readFileSync((await download.path())!);
    const wrong = await fillSampleWorkbook(template, {
      overrides: { 'EC.ICT.ICT.1C': { numerator: 'lots', denominator: -5 } },
    });
    await uploadWorkbook(page, wrong, 'aurora-wrong.xlsx');
    await waitForStage(page, 'validation_failed');
    const rows = page.locator('table.findings tbody tr');
    await rows.first().waitFor();
    await page.locator('table.findings').getByText('EC.ICT.ICT.1C').first().waitFor();
    expect(await page.locator('table.findings tr[data-severity="error"]').count()).toBeGreaterThan(0);
    await screenshot(page, '04-city-findings');
  });

  it('accepts the corrected workbook as a second version', async () => {
    const page = pages.city;
    await uploadWorkbook(page, await fillSampleWorkbook(template), 'aurora.xlsx');
    await waitForStage(page, 'validated');
    await page.getByText('This version passed validation.').waitFor();
    const versions = page.locator('.panel table:not(.findings) tbody tr');
    expect(await versions.count()).toBe(2);
    await screenshot(page, '05-city-versions');
  });

  it('lets the secretariat register a verifier and appoint them with a supervisor', async () => {
    const page = pages.secretariat;
    await page.getByRole('link', { name: 'Verifiers' }).click();
    await page.getByLabel('User id').fill('verifier');
    await page.getByLabel('Name').fill('Li Verifier');
    await page.getByLabel('E-mail').fill('verifier@u4ssc.local');
    await page.getByLabel('Regions (comma-separated)').fill('Europe, Asia');
    await page.getByRole('button', { name: 'Register verifier' }).click();
    await page.getByText('Li Verifier is registered.').waitFor();
    await screenshot(page, '06-secretariat-verifiers');
    await openPilot(page, pilotPath);
    await page.getByRole('heading', { name: 'Appoint a verifier' }).waitFor();
    await page.getByLabel('Verifier', { exact: true }).selectOption('verifier');
    await page.getByLabel('Supervising staff member (user id)').fill('supervisor');
    await page.getByLabel('Verification mode').selectOption('remote');
    await page.getByRole('button', { name: 'Assign' }).click();
    await waitForStage(page, 'verifier_assigned');
  });

  it('lets the verifier accept the task with a declaration, review the results and conclude', async () => {
    const page = pages.verifier;
    await page.reload();
    await page.getByRole('heading', { name: 'My verification tasks' }).waitFor();
    await page.getByRole('link', { name: 'Aurora' }).click();
    await page.getByLabel('I have no conflict of interest with this city').check();
    await page
      .getByLabel('Declaration of independence')
      .fill('I have no personal, financial or professional ties with the city.');
    await page.getByRole('button', { name: 'Accept the task' }).click();
    await waitForStage(page, 'in_verification');
    await page.getByText('132 of 132 data points shown').waitFor();
    await page.getByLabel('Category').selectOption({ label: 'Education' });
    const educationRows = await page.locator('table.results tbody tr').count();
    expect(educationRows).toBeGreaterThan(0);
    expect(educationRows).toBeLessThan(132);
    await screenshot(page, '07-verifier-results');
    await page
      .getByLabel('Audit summary')
      .fill('Core KPIs were traced to their sources in interviews with the statistics office.');
    await page
      .getByLabel('Policy recommendations (one per line)')
      .fill('Publish the ICT indicators as open data every year.');
    await page.getByRole('button', { name: 'Submit the conclusion' }).click();
    await page
      .getByText('The conclusion awaits approval by the supervising staff member (supervisor).')
      .waitFor();
    await page.locator('[data-event="ConclusionSubmitted"]').waitFor();
  });

  it('lets the supervising staff member approve the conclusion, which issues the report', async () => {
    const page = pages.supervisor;
    await openPilot(page, pilotPath);
    await page.getByRole('heading', { name: 'Approve the verification conclusion' }).waitFor();
    await page.locator('table.results').waitFor();
    expect(await page.getByText('Retry the failed step').count()).toBe(0);
    await screenshot(page, '08-supervisor-approval');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await waitForStage(page, 'reported');
  });

  it('lets the secretariat certify the city, and the city download its certificate', async () => {
    const secretariat = pages.secretariat;
    await secretariat.reload();
    await secretariat.getByRole('button', { name: 'Certify the city' }).click();
    await waitForStage(secretariat, 'certified');

    const city = pages.city;
    await city.reload();
    await waitForStage(city, 'certified');
    await city.getByText(/Certificate number /).waitFor();
    const [certificate] = await Promise.all([
      city.waitForEvent('download'),
      city.getByRole('button', { name: 'Download Certificate' }).click(),
    ]);
    expect(
      readFileSync((await certificate.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await city.getByRole('button', { name: 'Download Verification report' }).count()).toBe(1);
    await screenshot(city, '09-city-certified');
  });
});
