// Orientation and the board in the browser, as the roles that use them: the verifier and the city find the stage,
// whom the pilot waits on and the sections of its page; the secretariat filters, counts, charts and exports the board.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../core/xlsx.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  bringToVerification,
  sampleLetter,
  signInAll,
  submitLetter,
} from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn } from './support/browser.ts';
import { openPilot } from './support/pilot-page.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let actors: Actors;
let pilotPath = '';
let pilotId = '';

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  // One pilot in verification and three letters received, one of them from another region.
  pilotId = await bringToVerification(actors);
  pilotPath = `/pilots/${pilotId}`;
  await submitLetter(actors, 'Calder');
  await submitLetter(actors, 'Dunmore');
  const eastport = sampleLetter('Eastport');
  await actors.city.call('POST', '/pilots', { letter: { ...eastport.letter, region: 'Asia' } });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

async function pageOf(user: string): Promise<Page> {
  const { page } = await newUserPage(browser, runtime.urls.portal);
  await signIn(page, user);
  return page;
}

const nextSteps = (page: Page) => page.locator('.next-steps li').allTextContents();

describe('orientation on a pilot page', () => {
  it('shows the verifier the step, that the pilot waits on them and until when, and only steps that can succeed', async () => {
    const page = await pageOf('verifier');
    await openPilot(page, pilotPath);

    const stepper = page.getByRole('list', { name: 'Progress of the pilot' });
    await expect.poll(() => stepper.locator('[aria-current="step"]').textContent()).toContain('Verification');
    expect(await stepper.locator('[data-state="done"]').count()).toBe(4);
    const waiting = page.locator('.waiting');
    await expect.poll(() => waiting.textContent()).toMatch(/Waiting on: Verifier\s*you – verification due/);

    const steps = await nextSteps(page);
    expect(steps).toContain('Review data points');
    // No query is open, so there is none to close, and no stage failed, so there is nothing to retry.
    expect(steps).not.toContain('Close a query');
    expect(steps).not.toContain('Retry the failed step');
    await captureMainPage(page, '60-verifier-pilot-orientation');
  });

  it('takes the verifier to the review grid from the bar of sections, by keyboard, and back by the address', async () => {
    const page = await pageOf('verifier');
    await openPilot(page, pilotPath);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Overview',
      'Queries and interviews',
      'Submissions and findings',
      'Review grid',
      'Documents and scores',
    ]);

    await nav.getByRole('link', { name: 'Review grid' }).focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pilot-review');
    await page.getByRole('region', { name: 'Review grid' }).locator('table.review').waitFor();
    expect(await page.getByRole('region', { name: 'Review grid' }).isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#pilot-review');

    // A shared link opens the same section once the pilot has loaded.
    await page.goto(`${pilotPath}#pilot-documents`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pilot-documents');
  });

  it('tells the city it is the one waited on once a query is open, with the answer’s date, in both languages', async () => {
    await actors.verifier.call('POST', `/pilots/${pilotId}/queries`, {
      dataPointId: 'EC.ICT.ICT.1C',
      question: 'Which survey gave the household count?',
    });
    const page = await pageOf('aurora');
    await openPilot(page, pilotPath);

    await expect
      .poll(() => page.locator('.waiting').textContent())
      .toMatch(/Waiting on: City\s*you – answer to the open query due/);
    expect(await nextSteps(page)).toContain('Answer a query');
    await captureMainPage(page, '61-city-pilot-waiting-on-query');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('list', { name: '试点进度' }).waitFor();
    await expect.poll(() => page.locator('.waiting').textContent()).toContain('未结问询答复截止');
    await page.getByRole('navigation', { name: '本页内容' }).waitFor();
    await captureMainPage(page, '61-city-pilot-waiting-on-query-zh');
    await page.getByRole('button', { name: 'English' }).click();
  });
});

describe('the board for many cities', () => {
  it('gives the secretariat the deadline counters and the stage funnel', async () => {
    const page = await pageOf('secretariat');
    await page.getByRole('heading', { name: 'Pilot pipeline', level: 1 }).waitFor();

    await page.locator('[data-counter="overdue"]', { hasText: '0 pilots are overdue' }).waitFor();
    await page.locator('[data-counter="due-soon"]', { hasText: '0 pilots are due within 14 days' }).waitFor();
    const funnel = page
      .getByRole('figure')
      .filter({ has: page.locator('figcaption', { hasText: 'reached' }) });
    await expect
      .poll(() => funnel.locator('figcaption').textContent())
      .toBe(
        'Pilots that reached each step: Letter of intent 4, Template 1, Data collection 1, Validation 1, Verification 1, Report 0, Certificate 0',
      );
    await captureMainPage(page, '62-secretariat-board-funnel');
  });

  it('filters the board by region on the server and exports exactly the matching pilots as CSV and Excel', async () => {
    const page = await pageOf('secretariat');
    const table = page.getByRole('table', { name: 'Pilot pipeline' });
    await table.getByRole('row', { name: /Eastport/ }).waitFor();

    await page.getByLabel('Region').selectOption('Asia');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').textContent()).toContain('Eastport');
    // The other region stays to choose from once the list is narrowed.
    expect(await page.getByLabel('Region').locator('option').allTextContents()).toEqual([
      'All',
      'Asia',
      'Europe',
    ]);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^u4ssc-pilots-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(',Eastport,Utopia,Asia,loi_received,secretariat,');

    await page.getByLabel('Region').selectOption('');
    // Aurora's verifier raised a query above, so it waits on the city now.
    await page.getByLabel('Waiting on').selectOption('city');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Excel' }).click(),
    ]);
    const sheet = (await loadWorkbook(readFileSync(await xlsx.path()))).worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Aurora');
    expect(sheet.getRow(2).getCell(6).value).toBe('city');
  });
});
