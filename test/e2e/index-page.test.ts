// The public index page without signing in: named cities ranked with their intervals, the anonymous ones absent, a
// chart, a city's dimensions against the quartiles, distributions as a chart and a table, a comparison of cities,
// the open data links, Chinese texts, and no accessibility violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { captureMainPage, launchBrowser, newUserPage } from './support/browser.ts';
import { publishSeededEdition } from './support/index-edition.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  await publishSeededEdition(runtime, { editionId: '2027' });
  browser = await launchBrowser();
  page = (await newUserPage(browser, runtime.urls.portal)).page;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('the public index page', () => {
  it('shows the latest edition to anyone, with the named cities only and their rank intervals', async () => {
    await page.goto('/index');

    await page.getByRole('heading', { level: 1, name: 'Smart Sustainable Cities Index 2027' }).waitFor();
    const rows = page.getByRole('table').first().getByRole('row');
    await rows.nth(2).waitFor();

    expect(await rows.count()).toBe(3);
    expect(await page.getByRole('rowheader').allTextContents()).toEqual(
      expect.arrayContaining(['Aurora', 'Borealis']),
    );
    expect(await page.getByText('Cirrus').count()).toBe(0);
    await page.getByText('7 cities contributed, 7 are ranked, 2 agreed to be named.').waitFor();
  });

  it('draws the dimension chart, lists the distributions and links the open data', async () => {
    await page
      .getByRole('img', { name: 'Dimension scores of the named cities' })
      .locator('svg')
      .first()
      .waitFor();

    expect(
      await page.getByRole('heading', { name: 'Distributions over all contributing cities' }).count(),
    ).toBe(1);
    expect(
      await page.getByRole('link', { name: 'Data package (datapackage.json)' }).getAttribute('href'),
    ).toBe('/api/public/index/editions/2027/datapackage.json');
    expect(await page.getByRole('link', { name: 'Cities (CSV)' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await captureMainPage(page, '70-public-index');
  });

  it("draws one city's dimensions against everyone's quartiles, and the distributions as a box chart", async () => {
    await page.getByRole('combobox', { name: 'City' }).selectOption({ label: 'Borealis' });

    await page
      .getByRole('img', {
        name: 'Dimension scores of Borealis against the quartiles of all contributing cities',
      })
      .locator('svg')
      .first()
      .waitFor();
    await page
      .getByRole('img', { name: 'Quartiles of the index and of each dimension over all contributing cities' })
      .locator('svg')
      .first()
      .waitFor();
    expect(await page.getByRole('combobox', { name: 'City' }).locator('option').allTextContents()).toEqual([
      'Aurora',
      'Borealis',
    ]);
  });

  it('compares the cities chosen, side by side in a chart and a table, naming no anonymous city', async () => {
    const compare = page.getByRole('group', { name: 'Choose 2 to 4 cities' });
    await compare.getByRole('checkbox', { name: 'Aurora' }).check();
    await page.getByText('Choose at least 2 cities to compare them.').waitFor();

    await compare.getByRole('checkbox', { name: 'Borealis' }).check();

    await page
      .getByRole('img', { name: 'Dimension scores of Aurora, Borealis side by side' })
      .locator('svg')
      .first()
      .waitFor();
    const table = page.getByRole('table', { name: 'Scores of the compared cities' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Dimension',
      'Aurora',
      'Borealis',
    ]);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      'Index (0-100)',
      'Rank',
      'Economy',
      'Environment',
      'Society and Culture',
    ]);
    expect(await compare.getByRole('checkbox').count()).toBe(2);
    expect(await page.getByText(/Cirrus|Dorado|Eridanus|Fornax|Gemini/).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('speaks Chinese when asked', async () => {
    await page.getByRole('button', { name: '中文' }).click();

    await page.getByRole('heading', { level: 1, name: '智慧可持续城市指数 2027' }).waitFor();
    expect(await page.getByRole('heading', { name: '开放数据' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
