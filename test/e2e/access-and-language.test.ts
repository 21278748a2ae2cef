// A city user cannot reach another city's pilot through the portal; switching to Chinese changes the texts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import { sampleLetter, waitForStage } from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn } from './support/browser.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let aurora: Page;
const pilotIds: Record<'aurora' | 'borealis', string> = { aurora: '', borealis: '' };

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  // The pilots are set up over the API: this file tests what the portal shows, not how they were made.
  for (const city of ['aurora', 'borealis'] as const) {
    const client = await new ApiClient(runtime.urls.portal).signIn(city);
    const name = city[0]!.toUpperCase() + city.slice(1);
    const { pilot } = await client.call<{ pilot: { pilotId: string } }>(
      'POST',
      '/pilots',
      sampleLetter(name),
    );
    pilotIds[city] = pilot.pilotId;
    await waitForStage(client, pilot.pilotId, 'loi_received');
  }
  browser = await launchBrowser();
  aurora = (await newUserPage(browser, runtime.urls.portal)).page;
  await signIn(aurora, 'aurora');
});

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('a city user', () => {
  it('sees only its own pilot on its home page', async () => {
    await aurora.getByRole('link', { name: 'Aurora' }).waitFor();
    expect(await aurora.getByText('Borealis').count()).toBe(0);
  });

  it("is refused another city's pilot page and shown none of its data", async () => {
    const apiCalls: number[] = [];
    aurora.on('response', (response) => {
      if (response.url().includes(`/api/pilots/${pilotIds.borealis}`)) apiCalls.push(response.status());
    });
    await aurora.goto(`/pilots/${pilotIds.borealis}`);
    await aurora.getByRole('heading', { level: 1, name: 'Not available' }).waitFor();
    await aurora.getByText('You do not have access to this pilot or its data.').waitFor();
    expect(apiCalls).toContain(403);
    expect(await aurora.getByText('Borealis').count()).toBe(0);
    expect(await aurora.locator('.timeline').count()).toBe(0);
    await captureMainPage(aurora, '20-city-forbidden');
  });

  it('is not shown the secretariat pages', async () => {
    await aurora.goto('/targets');
    await aurora.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await aurora.getByRole('link', { name: 'Targets' }).count()).toBe(0);
  });

  it('can still open its own pilot page', async () => {
    await aurora.goto(`/pilots/${pilotIds.aurora}`);
    await aurora.getByRole('heading', { level: 1, name: 'Aurora' }).waitFor();
    await aurora.locator('[data-event="LetterOfIntentSubmitted"]').waitFor();
  });
});

describe('the language switcher', () => {
  it('turns stage names, headings and buttons into Chinese and back', async () => {
    await aurora.getByRole('heading', { name: 'Timeline' }).waitFor();
    await aurora.getByRole('button', { name: '中文' }).click();
    await aurora.getByRole('heading', { name: '时间线' }).waitFor();
    await aurora.getByText('已收到意向书').first().waitFor();
    await aurora.getByRole('button', { name: '退出登录' }).waitFor();
    expect(await aurora.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await aurora.getByRole('heading', { name: 'Timeline' }).count()).toBe(0);
    await captureMainPage(aurora, '21-city-pilot-chinese');
    await aurora.getByRole('button', { name: 'English' }).click();
    await aurora.getByRole('heading', { name: 'Timeline' }).waitFor();
  });

  it('keeps the chosen language after a reload', async () => {
    await aurora.getByRole('button', { name: '中文' }).click();
    await aurora.reload();
    await aurora.getByRole('heading', { name: '时间线' }).waitFor();
    await aurora.getByRole('button', { name: 'English' }).click();
  });
});

describe('the accessibility check of main pages', () => {
  it('finds what it is meant to find: an unlabelled image and an unlabelled input', async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="en"><title>t</title><main><img src="x.png"><input></main></html>');

    const violations = await accessibilityViolations(page);

    expect(violations.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await page.close();
  });
});

describe('the public certificate check', () => {
  it('answers "unknown" to anyone, signed in or not, for a number nobody issued, in both languages', async () => {
    const { context, page } = await newUserPage(browser, runtime.urls.portal);
    await page.goto('/#/certificates/U4SSC-2000-NOSUCHCITY');
    await page
      .locator('.verdict[data-status="unknown"]')
      .getByText('No valid U4SSC certificate has this number.')
      .waitFor();
    expect(await page.getByLabel('User name').count()).toBe(0);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText('没有此编号的有效 U4SSC 证书。').waitFor();
    await captureMainPage(page, '22-public-certificate-unknown-chinese');
    await context.close();
  });
});
