// The public index page without signing in: named cities ranked with their intervals, the anonymous ones absent, a
// chart, distributions, the open data links, Chinese texts, and no accessibility violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Contribution, composeResults } from '../../core/index/compose.ts';
import { defaultIndexMethodology } from '../../core/index/methodology.ts';
import { catalogueTree, layOut } from '../../core/index/tree.ts';
import { seededRandom } from '../../core/index/uncertainty.ts';
import { allDataPoints, kpiCatalogue } from '../../core/kpis/catalogue.ts';
import type { Runtime } from '../../local/runtime.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { captureMainPage, launchBrowser, newUserPage } from './support/browser.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let page: Page;

/** A published edition of seven cities, two named: enough for distributions; the page is under test, not composing. */
async function publishEdition(): Promise<void> {
  const random = seededRandom(3);
  const named = new Set(['Aurora', 'Borealis']);
  const cities: Contribution[] = [
    'Aurora',
    'Borealis',
    'Cirrus',
    'Dorado',
    'Eridanus',
    'Fornax',
    'Gemini',
  ].map((name, i) => ({
    pilotId: `p-${name.toLowerCase()}`,
    cityId: name.toLowerCase(),
    cityName: name,
    country: 'Exampleland',
    naming: named.has(name) ? 'named' : 'anonymous',
    certificateNumber: `U4SSC-2027-${i}`,
    certifiedAt: '2027-01-01T00:00:00.000Z',
    datasetVersion: 1,
    profile: { population: null, gdpPerCapitaUsd: null, populationBand: null, gdpPerCapitaBand: null },
    dataPoints: allDataPoints().map((p) => ({
      dataPointId: p.id,
      kpiId: p.kpiId,
      value: 1,
      percentage: 40 + 60 * random(),
    })),
  }));
  const edition = composeResults(
    layOut(catalogueTree()),
    defaultIndexMethodology,
    {
      editionId: '2027',
      composedAt: '2027-04-01T00:00:00.000Z',
      composedBy: 'secretariat',
      targetsVersion: 1,
      catalogueVersion: kpiCatalogue.version,
    },
    cities,
  );
  const key = 'index/editions/2027/e2e.json';
  await runtime.deps.documents.put(key, Buffer.from(JSON.stringify(edition)), 'application/json');
  await runtime.deps.editions.saveDraft({
    editionId: '2027',
    status: 'draft',
    key,
    composedAt: edition.composedAt,
    composedBy: 'secretariat',
    methodologyVersion: 1,
    targetsVersion: 1,
    cities: cities.length,
    ranked: cities.length,
  });
  await runtime.deps.editions.publishEdition('2027', key, {
    at: '2027-05-01T00:00:00.000Z',
    by: 'secretariat',
  });
}

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  await publishEdition();
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

  it('speaks Chinese when asked', async () => {
    await page.getByRole('button', { name: '中文' }).click();

    await page.getByRole('heading', { level: 1, name: '智慧可持续城市指数 2027' }).waitFor();
    expect(await page.getByRole('heading', { name: '开放数据' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
