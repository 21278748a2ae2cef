// The city's story in the browser, on a pilot certified over the API: the city saves its self-assessment in the
// form, enters a smart initiative and requests its factsheet; the secretariat produces it; the city publishes it.
// Every page on the way is axe-clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { type Actors, getPilot } from '../../scripts/lib/lifecycle-steps.ts';
import { captureMainPage, newUserPage, signIn } from './support/browser.ts';
import { type CertifiedCity, startWithCertifiedCity, stopCertifiedCity } from './support/certified-city.ts';
import { openPilot } from './support/pilot-page.ts';

let started: Partial<CertifiedCity> = {};
let runtime: Runtime;
let browser: Browser;
let actors: Actors;
let city: Page;
let pilotId = '';

beforeAll(async () => {
  started = await startWithCertifiedCity();
  ({ runtime, browser, actors, city, pilotId } = started as CertifiedCity);
}, 300_000);

afterAll(() => stopCertifiedCity(started));

describe('the city story in the portal', () => {
  it('saves the self-assessment from the form, and the profile shows its gap', async () => {
    await openPilot(city, `/pilots/${pilotId}`);
    const form = city.locator('.self-assessment');
    await form.getByLabel('Governance: level').selectOption({ label: 'Not addressed' });
    await form.getByLabel('Strategy: level').selectOption({ label: '4 Most mature' });
    await form.getByLabel('Strategy: evidence').fill('KPIs benchmarked on ITU-T Y.4903 in the city plan');
    await form.getByRole('button', { name: 'Save the self-assessment' }).click();
    await form.getByRole('status').filter({ hasText: 'Self-assessment saved' }).waitFor();

    await city.locator('.maturity .gaps li[data-characteristic="governance"]').waitFor();
    expect(await city.locator('.maturity').textContent()).toContain('entered in the form');
    await captureMainPage(city, '60-city-self-assessment');
  });

  it('enters a smart initiative and requests the factsheet', async () => {
    const panel = city.locator('.initiatives');
    await panel.getByLabel('Name').fill('Fibre to every school');
    await panel.getByLabel('Description').fill('Every school and library on fixed broadband by 2027.');
    await panel.getByLabel('KPIs affected').fill('EC: ICT: ICT: 1C');
    await panel.getByLabel('SDG targets served').fill('9.5');
    await panel.getByRole('button', { name: 'Add the initiative' }).click();
    await panel.locator('.initiative-list li', { hasText: 'Fibre to every school' }).waitFor();

    await city.locator('.factsheet').getByRole('button', { name: 'Request the factsheet' }).click();
    await city
      .locator('.factsheet')
      .getByRole('status')
      .filter({ hasText: /^Requested on/ })
      .waitFor();
    await captureMainPage(city, '61-city-factsheet-requested');
  });

  it('is produced by the secretariat, then published by the city', async () => {
    const staff = (await newUserPage(browser, runtime.urls.portal)).page;
    await signIn(staff, 'secretariat');
    await openPilot(staff, `/pilots/${pilotId}`);
    await staff.locator('.factsheet').getByRole('button', { name: 'Produce the factsheet' }).click();
    await staff.locator('.factsheet', { hasText: /Produced on/ }).waitFor({ timeout: 60_000 });
    await captureMainPage(staff, '62-secretariat-factsheet-produced');

    await openPilot(city, `/pilots/${pilotId}`);
    await city.getByRole('group', { name: 'Factsheet' }).getByLabel('Publish').check();
    await city.getByRole('button', { name: 'Save the publication choice' }).click();
    await city.getByRole('status').filter({ hasText: 'Publication choice saved.' }).waitFor();

    const pilot = await getPilot(actors.secretariat, pilotId);
    expect(pilot.publication.factsheet).toBe('publish');
    expect(pilot.documents.some((d) => d.kind === 'factsheet')).toBe(true);
    await captureMainPage(city, '63-city-factsheet-published');
  }, 120_000);
});
