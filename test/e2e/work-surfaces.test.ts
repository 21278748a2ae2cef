// The work surfaces of issue 16 in a real browser, each as the role that uses it: the verifier's evidence view,
// the supervisor's informed approval with its confirmation, and the city's review of the draft report up to its
// issue. Every page is checked with axe-core (captureMainPage).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSections } from '../../core/lifecycle/draft-review-schemas.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  bringToVerification,
  reviewAll,
  sampleConclusion,
  signInAll,
} from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn, waitForStage } from './support/browser.ts';
import { clickConfirmed, openPilot, reviewRows } from './support/pilot-page.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let actors: Actors;
let pilotId: string;
const pages = {} as Record<'verifier' | 'supervisor' | 'city', Page>;
const pilotPath = () => `/pilots/${pilotId}`;
const eventTypes = async () => (await runtime.deps.pilots.events(pilotId)).map((e) => e.type);

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  // Brought to verification over the API: this file tests the surfaces, not the steps before them.
  pilotId = await bringToVerification(actors);
  browser = await launchBrowser();
  for (const [role, user] of [
    ['verifier', 'verifier'],
    ['supervisor', 'supervisor'],
    ['city', 'aurora'],
  ] as const) {
    pages[role] = (await newUserPage(browser, runtime.urls.portal)).page;
    await signIn(pages[role], user);
  }
});
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('the verifier’s evidence view', () => {
  it('shows what the city typed beside each data point, the expected range, and the workbook and maturity answers one click away', async () => {
    const page = pages.verifier;
    await openPilot(page, pilotPath());
    const row = reviewRows(page).filter({ has: page.locator('code', { hasText: /^EC\.ICT\.ICT\.1C$/ }) });
    await row.waitFor();
    const header = await page.locator('table.review thead').innerText();
    expect(header).toContain('Numerator / Denominator');
    expect(header).toContain('Previous cycle');
    expect(header).toContain('Expected range');
    expect(header).toContain('Evidence files');
    expect(await row.innerText()).toMatch(/0 – 100/);
    expect(await row.locator('.evidence-facts').innerText()).toMatch(/Data quality\s+\S+/);
    await page.getByRole('button', { name: /Download the workbook as submitted \(version 1\)/ }).waitFor();
    await page.locator('summary', { hasText: /The city's maturity answers \(\d+\)/ }).click();
    await page.locator('.maturity-answers tbody tr').first().waitFor();
    await captureMainPage(page, '30-verifier-evidence');
  });

  it('asks before accepting the selected data points, and accepts nothing on cancel', async () => {
    const page = pages.verifier;
    await reviewRows(page).first().focus();
    await page.keyboard.press('x');
    const before = (await eventTypes()).length;

    await page.getByRole('button', { name: 'Accept selected (1)', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Please confirm' });
    await dialog.getByText('Accept all 1 selected data points?').waitFor();
    await captureMainPage(page, '31-confirm-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await dialog.waitFor({ state: 'detached' });
    expect((await eventTypes()).length).toBe(before);
  });
});

describe('the supervisor’s informed approval', () => {
  beforeAll(async () => {
    await reviewAll(actors, pilotId);
    await actors.verifier.call('POST', `${pilotPath()}/conclusion`, sampleConclusion);
  });

  it('shows the conclusion, the counts, the audit per KPI and the draft report before the confirmed approval', async () => {
    const page = pages.supervisor;
    await openPilot(page, pilotPath());
    const panel = page.locator('.informed-approval');
    await panel.locator('.conclusion-summary', { hasText: sampleConclusion.summary }).waitFor();
    expect(await panel.locator('.review-counts').innerText()).toMatch(
      /^\d+ data points verified, 0 not verified, 0 rejected\.$/,
    );
    await panel.locator('summary', { hasText: 'Audit result per KPI' }).click();
    await panel.locator('table.audit-results tbody tr').first().waitFor();
    await panel.locator('summary', { hasText: 'Read the draft report' }).click();
    await panel.getByRole('heading', { name: '2. Results per category' }).waitFor();
    await captureMainPage(page, '32-informed-approval');

    await clickConfirmed(page, 'Approve');

    await waitForStage(page, 'verified');
    expect((await eventTypes()).at(-1)).toBe('VerificationConcluded');
  });
});

describe('the city’s review of the draft report', () => {
  it('lets the city comment on a section, the verifier answer with a revision, and the city read it', async () => {
    const city = pages.city;
    await openPilot(city, pilotPath());
    const panel = city.locator('.draft-review');
    await panel.getByText(/The city reviews the draft report until/).waitFor();
    await city.getByLabel('Your comment (8. Next steps)').fill('Name the office that follows up.');
    await city
      .getByRole('button', { name: 'Send the comment' })
      .nth(draftSections.indexOf('nextSteps'))
      .click();
    await panel.locator('[data-section="nextSteps"] .draft-comment').waitFor();
    await captureMainPage(city, '33-city-draft-review');

    const verifier = pages.verifier;
    await verifier.reload();
    await verifier.getByLabel('Your answer (8. Next steps)').fill('The statistics office is named now.');
    await verifier
      .getByLabel('Revised text (optional; one line per item for a list) (8. Next steps)')
      .fill('The statistics office repeats the assessment in two years.');
    await verifier
      .getByLabel(
        'Revised text in Chinese (needed for a list: one line for each English line) (8. Next steps)',
      )
      .fill('统计局两年后再次开展评估。');
    await verifier.getByRole('button', { name: 'Answer', exact: true }).click();
    await verifier.locator('[data-section="nextSteps"] .draft-answer').waitFor();

    await city.reload();
    const nextSteps = city.locator('.draft-review [data-section="nextSteps"]');
    await nextSteps.getByText('The statistics office repeats the assessment in two years.').waitFor();
    await nextSteps.getByText('The verifier revised this section.').waitFor();
  });

  it('issues the report, with confirmation, once the city accepted every section', async () => {
    const city = pages.city;
    for (const section of draftSections) {
      const accept = city
        .locator(`[data-section="${section}"]`)
        .getByRole('button', { name: 'Accept this section' });
      await accept.click();
      await city
        .locator(`[data-section="${section}"] .draft-section-review[data-state="accepted"]`)
        .waitFor();
    }
    const verifier = pages.verifier;
    await verifier.reload();

    await clickConfirmed(verifier, 'Issue the report');

    await waitForStage(verifier, 'reported');
    expect(await eventTypes()).toContain('DraftReviewClosed');
  });
});
