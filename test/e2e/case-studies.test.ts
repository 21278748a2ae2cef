// Case studies in the browser, on a pilot certified over the API: the city writes one and submits it, the
// secretariat accepts it, the city consents and publishes it, and the public page finds it by characteristic and
// opens it whole. Every page on the way is axe-clean.
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

describe('case studies in the portal', () => {
  it('are written and submitted by the city', async () => {
    await openPilot(city, `/pilots/${pilotId}`);
    const panel = city.locator('.case-studies');
    await panel.getByLabel('Title').fill('Fibre to every school');
    await panel.getByLabel('The challenge').fill('A third of the schools had no fixed broadband.');
    await panel
      .getByLabel('The initiative')
      .fill('The city-owned network connected every school in two years.');
    await panel.getByLabel('ICT used').fill('Fibre to the premises and a city data centre.');
    await panel
      .getByLabel('Results in KPI terms')
      .fill('EC: ICT: ICT: 1C: households with Internet access rose from 71 % to 88 %');
    await panel.getByLabel('Lessons learned').fill('Digging once for all utilities halved the cost.');
    await panel.getByLabel('SDG targets served').fill('9.5');
    await panel.getByLabel('ICT infrastructure').check();
    await panel.getByLabel('Funding').check();
    await panel.getByRole('button', { name: 'Save the draft' }).click();
    await panel.locator('[data-case-study="1"]', { hasText: 'Draft' }).waitFor();

    await panel.getByRole('button', { name: 'Submit case study 1 for review' }).click();
    await panel.locator('[data-case-study="1"]', { hasText: 'Submitted for review' }).waitFor();
    await captureMainPage(city, '73-city-case-study-submitted');
  });

  it('is accepted by the secretariat', async () => {
    const staff = (await newUserPage(browser, runtime.urls.portal)).page;
    await signIn(staff, 'secretariat');
    await openPilot(staff, `/pilots/${pilotId}`);
    const panel = staff.locator('.case-studies');
    await panel.getByRole('button', { name: 'Accept case study 1' }).click();
    await panel.locator('[data-case-study="1"]', { hasText: 'Accepted' }).waitFor();
    await captureMainPage(staff, '74-secretariat-case-study-accepted');
  });

  it('is published by the city once it consents to publishing case studies', async () => {
    await openPilot(city, `/pilots/${pilotId}`);
    await city
      .getByRole('group', { name: /^Case studies/ })
      .getByLabel('Publish')
      .check();
    await city.getByRole('button', { name: 'Save the publication choice' }).click();
    await city.getByRole('status').filter({ hasText: 'Publication choice saved.' }).waitFor();

    const panel = city.locator('.case-studies');
    await panel.getByRole('button', { name: 'Publish case study 1' }).click();
    await panel.locator('[data-case-study="1"]', { hasText: 'Published' }).waitFor();

    const pilot = await getPilot(actors.secretariat, pilotId);
    expect(pilot.caseStudies?.[0]?.status).toBe('published');
    await captureMainPage(city, '75-city-case-study-published');
  });

  it('is found by the public by maturity characteristic and opened whole', async () => {
    const visitor = (await newUserPage(browser, runtime.urls.portal)).page;
    await visitor.goto('/case-studies');
    await visitor.getByRole('heading', { level: 1, name: 'Smart-city case studies' }).waitFor();
    await visitor.getByLabel('Maturity characteristic').selectOption({ label: 'Governance' });
    await visitor.getByRole('button', { name: 'Search' }).click();
    await visitor.getByText('No published case study matches.').waitFor();

    await visitor.getByLabel('Maturity characteristic').selectOption({ label: 'Funding' });
    await visitor.getByRole('button', { name: 'Search' }).click();
    await visitor.getByRole('status').filter({ hasText: '1 case study found' }).waitFor();
    await captureMainPage(visitor, '76-public-case-studies');

    await visitor.getByRole('link', { name: 'Fibre to every school' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Fibre to every school' }).waitFor();
    expect(await visitor.locator('main').textContent()).toContain('households with Internet access rose');
    await captureMainPage(visitor, '77-public-case-study');
  });
});
