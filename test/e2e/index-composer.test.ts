// The index in the portal for the signed-in: the secretariat composes an edition from the certified cycles, reviews
// it and publishes it only after confirming; the city then sees its scores against its peers and its KPIs across
// its two certified cycles. Every page is axe-clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import type { DemoVerifierId } from '../../scripts/lib/demo-verifier.ts';
import {
  type Actors,
  appointVerifier,
  bringToDataCollection,
  certify,
  signInAll,
  uploadWorkbook,
  verify,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { accessibilityViolations } from './support/accessibility.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn } from './support/browser.ts';
import { publishSeededEdition, sharedProfile } from './support/index-edition.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let staff: Page;
let city: Page;

async function certifiedCycle(
  actors: Actors,
  cityName: string,
  seed: number,
  verifier: DemoVerifierId = 'verifier',
): Promise<string> {
  const { pilotId, template } = await bringToDataCollection(actors, cityName);
  await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(template, { seed }));
  await appointVerifier(actors, pilotId, verifier);
  await verify(actors, pilotId);
  await certify(actors, pilotId);
  return pilotId;
}

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  const [aurora, borealis] = await Promise.all([
    signInAll(runtime.urls.portal, runtime.urls.inbox, 'aurora'),
    signInAll(runtime.urls.portal, runtime.urls.inbox, 'borealis'),
  ]);
  // Aurora is certified twice, so it has a trend, and consents to be named; Borealis stays anonymous.
  await certifiedCycle(aurora, 'Aurora', 42);
  // The verifier of a city's cycle may not verify its next one.
  const nextVerifier = await new ApiClient(runtime.urls.portal, runtime.urls.inbox).signIn('verifier2');
  const latest = await certifiedCycle({ ...aurora, verifier: nextVerifier }, 'Aurora', 7, 'verifier2');
  await aurora.city.call('POST', `/pilots/${latest}/publication-consent`, {
    report: 'withhold',
    snapshot: 'withhold',
    index: 'named',
  });
  await certifiedCycle(borealis, 'Borealis', 3);
  // An edition of seven cities of one profile, Aurora among them, where its peer groups are large enough to show:
  // its five nearest, one named and four anonymous.
  await publishSeededEdition(runtime, { editionId: '2026-peers', profile: sharedProfile });
  browser = await launchBrowser();
  staff = (await newUserPage(browser, runtime.urls.portal)).page;
  city = (await newUserPage(browser, runtime.urls.portal)).page;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

const publicStatus = async (edition: string) =>
  (await fetch(`${runtime.urls.api}/public/index/editions/${edition}`)).status;

describe("the secretariat's edition composer", () => {
  it('composes a draft and shows the cycles it rests on, each city with its consent, before anything is public', async () => {
    await signIn(staff, 'secretariat');
    await staff.getByRole('link', { name: 'Index editions' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Index editions' }).waitFor();

    await staff.getByLabel('Edition', { exact: true }).fill('2027');
    await staff.getByLabel('Note (optional)').fill('First edition');
    // Aurora's two cycles are offered, only its latest ticked; Borealis's one cycle is ticked.
    const picker = staff.getByRole('group', { name: 'Certified cycles to include' });
    await picker.getByRole('checkbox').nth(2).waitFor();
    const offered = await picker
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((box) => [
          box.parentElement?.textContent?.split(':')[0],
          (box as HTMLInputElement).checked,
        ]),
      );
    expect(offered.sort()).toEqual([
      ['Aurora', false],
      ['Aurora', true],
      ['Borealis', true],
    ]);
    await staff.getByRole('button', { name: 'Compose the draft' }).click();

    await staff.getByRole('heading', { level: 1, name: 'Index edition 2027' }).waitFor();
    await staff.locator('[data-status="draft"]').waitFor();
    const cycles = staff.getByRole('region', { name: 'Certified cycles in this edition' });
    expect(
      (await cycles.getByRole('row').allTextContents()).slice(1).map((r) => r.replace(/U4SSC\S*/, '')),
    ).toEqual([
      expect.stringMatching(/^Aurora.*named$/),
      expect.stringMatching(/^Borealis.*anonymous \(not public\)$/),
    ]);
    await staff.getByRole('region', { name: 'Coverage per dimension' }).getByRole('row').nth(2).waitFor();
    await staff.getByText('2 cities contribute').waitFor();
    expect(await publicStatus('2027')).toBe(404);
    await captureMainPage(staff, '71-index-composer');
  });

  it('publishes only once the irreversibility is confirmed, after which the edition is public and frozen', async () => {
    const publish = staff.getByRole('button', { name: 'Publish edition 2027' });
    expect(await publish.isDisabled()).toBe(true);

    await staff
      .getByRole('checkbox', {
        name: 'I have reviewed this draft and understand that edition 2027 can never change once published.',
      })
      .check();
    await publish.click();

    await staff.locator('[data-status="published"]').waitFor();
    expect(await staff.getByRole('button', { name: 'Recompose the draft' }).count()).toBe(0);
    expect(await staff.getByRole('button', { name: 'Publish edition 2027' }).count()).toBe(0);
    expect(await publicStatus('2027')).toBe(200);
    expect(await accessibilityViolations(staff)).toEqual([]);
  });

  it('speaks Chinese when asked', async () => {
    await staff.getByRole('button', { name: '中文' }).click();

    await staff.getByRole('heading', { level: 1, name: '指数期次 2027' }).waitFor();
    await staff.getByText(/^已由 secretariat 于 .+ 发布；本期不能再更改。$/).waitFor();
    expect(await staff.getByRole('cell', { name: '匿名（不公开）' }).count()).toBe(1);
    expect(await accessibilityViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'English' }).click();
  });

  it('leads to the public page, where the anonymous city is not named', async () => {
    await staff.getByRole('link', { name: 'The public index page' }).click();

    await staff.getByRole('heading', { level: 1, name: 'Smart Sustainable Cities Index 2027' }).waitFor();
    await staff.getByRole('rowheader', { name: 'Aurora' }).waitFor();
    expect(await staff.getByText('Borealis').count()).toBe(0);
  });
});

describe("a city's place in the index", () => {
  it("shows its KPIs and dimensions against its peers' quartiles, cities like it by default", async () => {
    await signIn(city, 'aurora');
    await city.getByRole('link', { name: 'My index' }).click();
    await city.getByRole('heading', { level: 1, name: 'My city in the index' }).waitFor();

    const group = city.getByRole('combobox', { name: 'Peer group' });
    await group.waitFor();
    expect(await group.locator('option:checked').textContent()).toMatch(/^Cities like mine/);
    await city.getByText('5 peer cities in this group.').waitFor();
    await city
      .getByRole('img', { name: "Your city's dimension scores against its peers' quartiles" })
      .locator('svg')
      .first()
      .waitFor();
    const kpis = city.getByRole('table', { name: "Each KPI's score (0-100) against the peers' quartiles" });
    expect(await kpis.getByRole('row').count()).toBeGreaterThan(50);
    expect(await kpis.getByRole('cell', { name: /quartile|median/ }).count()).toBeGreaterThan(50);
    expect(await city.getByText(/Cirrus|Dorado|Eridanus|Fornax|Gemini|Borealis/).count()).toBe(0);
    await captureMainPage(city, '72-city-index');
  });

  it('says when a peer group is too small for its quartiles to be shown', async () => {
    await city.getByRole('combobox', { name: 'Edition' }).selectOption('2027');

    await city
      .getByText('Quartiles are shown over at least 5 peer cities; this group has too few.')
      .waitFor();
  });

  it('draws its KPIs across its two cycles and tables each movement relative to the KPI direction', async () => {
    const table = city.getByRole('table', { name: 'Each KPI across the cycles' });
    await table.getByRole('row').nth(1).waitFor();

    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'KPI',
      'Cycle 1',
      'Cycle 2',
      'Band (previous → latest)',
      'Movement since the previous cycle',
      'In the chart',
    ]);
    const moved = await table.locator('tr[data-movement="better"], tr[data-movement="worse"]').count();
    expect(moved).toBeGreaterThan(0);
    await city.getByText(/^Since the previous cycle: \d+ KPIs better, \d+ worse, \d+ unchanged\.$/).waitFor();
    const chart = city.getByRole('img', { name: /^Points of .+ across the cycles$/ });
    await chart.locator('svg').first().waitFor();

    const firstUnticked = table.getByRole('checkbox', { checked: false }).first();
    const kpi = (await firstUnticked.getAttribute('aria-label'))!.replace(/^Show (.+) in the chart$/, '$1');
    await firstUnticked.check();
    await city.getByRole('img', { name: new RegExp(`Points of .*${kpi}.* across the cycles`) }).waitFor();
    expect(await accessibilityViolations(city)).toEqual([]);
  });

  it('speaks Chinese when asked', async () => {
    await city.getByRole('button', { name: '中文' }).click();

    await city.getByRole('heading', { level: 1, name: '我的城市在指数中' }).waitFor();
    await city.getByRole('heading', { name: '我的各认证周期趋势' }).waitFor();
    expect(await accessibilityViolations(city)).toEqual([]);
  });
});
