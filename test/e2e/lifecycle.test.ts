// Walks one city from letter of intent to certificate through the portal only, as city, secretariat, verifier
// and supervisor: review grid, query with evidence, interview, approval, scores, consent, public check, revocation.
import { readFileSync } from 'node:fs';
import jsqr from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSections } from '../../core/lifecycle/draft-review-schemas.ts';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import { waitForStage as reachStage } from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { renderPage } from '../unit/documents/read-back.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn, waitForStage } from './support/browser.ts';
import {
  announced,
  chooseFile,
  clickConfirmed,
  openPilot,
  reviewRowIds,
  reviewRows,
  tinyPdf,
} from './support/pilot-page.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
const pages: Record<'city' | 'secretariat' | 'verifier' | 'supervisor' | 'visitor', Page> = {} as never;
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
  // Someone who scanned the certificate's QR code: never signed in.
  pages.visitor = (await newUserPage(browser, runtime.urls.portal)).page;
});

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

async function uploadWorkbook(page: Page, bytes: Buffer, name: string) {
  await chooseFile(page, 'Workbook (.xlsx)', workDir, name, bytes);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
}

/** The query thread of the pilot's only query. */
const query = (page: Page) => page.locator('article.query').first();

describe('the whole pilot through the portal', () => {
  let pilotPath = '';
  let template: Buffer;
  let queriedPoint = '';
  let certificateNumber = '';
  let qrAddress = '';

  it('lets the city submit a letter of intent', async () => {
    const page = pages.city;
    await page.getByRole('heading', { name: 'Letter of intent' }).waitFor();
    await captureMainPage(page, '01-city-letter-form');
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
    await page.getByLabel('The city accepts the terms of participation shown above').check();
    await page.getByLabel(/The city commits to contribute its data/).check();
    await page.getByRole('button', { name: 'Submit the letter' }).click();
    await page.waitForURL(/\/pilots\/p[a-z0-9]+$/);
    pilotPath = new URL(page.url()).pathname;
    await waitForStage(page, 'loi_received');
    await page.getByRole('button', { name: 'Download Letter of intent' }).waitFor();
    await chooseFile(page, 'Signed letter (PDF, up to 10 MB)', workDir, 'signed.pdf', tinyPdf);
    await page.getByRole('button', { name: 'Attach the signed letter' }).click();
    await page.getByRole('button', { name: 'Download Signed letter of intent' }).waitFor();
  });

  it('lets the secretariat find the city on the board and accept the letter', async () => {
    const page = pages.secretariat;
    await page.reload();
    await page.getByRole('heading', { name: 'Pilots per stage' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByLabel('Region', { exact: true }).selectOption('Europe');
    await page.getByLabel('Search').fill('auro');
    await page.getByText('1 of 1 pilots shown').waitFor();
    await page.getByText('All matching pilots are loaded.').waitFor();
    // The letter waits on the secretariat; the list is sorted by the header the secretariat picks.
    const board = page.getByRole('table', { name: 'Pilot pipeline' });
    await board.getByRole('row', { name: /Aurora.*Secretariat/ }).waitFor();
    await board.locator('th[aria-sort="descending"]', { hasText: 'Last change' }).waitFor();
    await board.getByRole('button', { name: 'Sort by City' }).click();
    await board.locator('th[aria-sort="ascending"]', { hasText: 'City' }).waitFor();
    await captureMainPage(page, '02-secretariat-board');
    const tasks = page.locator('table.tasks');
    await tasks.getByRole('row', { name: /Aurora.*Review the letter of intent/ }).waitFor();
    await tasks.getByRole('link', { name: 'Aurora' }).click();
    await page.getByRole('heading', { name: 'Review the letter of intent' }).waitFor();
    await page.getByLabel('Note to the city (optional)').fill('Welcome to the pilot');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await waitForStage(page, 'data_collection');
    await page.locator('[data-event="TemplateIssued"]').waitFor();
    await captureMainPage(page, '03-secretariat-pilot-timeline');
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
    await captureMainPage(page, '04-city-findings');
  });

  it('accepts the corrected workbook as a second version and shows what changed', async () => {
    const page = pages.city;
    await uploadWorkbook(page, await fillSampleWorkbook(template), 'aurora.xlsx');
    await waitForStage(page, 'validated');
    await page.getByText('This version passed validation.').waitFor();
    expect(await page.locator('table.versions tbody tr').count()).toBe(2);
    await page.getByText('What changed between two versions').click();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByText(/data points? changed from version 1 to version 2/).waitFor();
    await page.locator('table.changes tr[data-change="changed"]', { hasText: 'EC.ICT.ICT.1C' }).waitFor();
    await captureMainPage(page, '05-city-versions-and-changes');
  });

  it('lets the secretariat register a verifier and appoint them from the ranked candidates', async () => {
    const page = pages.secretariat;
    await page.getByRole('link', { name: 'Verifiers' }).click();
    await page.getByLabel('User id').fill('verifier');
    await page.getByLabel('Name').fill('Li Verifier');
    await page.getByLabel('E-mail').fill('verifier@u4ssc.local');
    await page.getByLabel('Regions (comma-separated)').fill('Europe, Asia');
    await page.getByRole('button', { name: 'Register verifier' }).click();
    await page.getByText('Li Verifier is registered.').waitFor();
    await captureMainPage(page, '06-secretariat-verifiers');
    await openPilot(page, pilotPath);
    await page.getByRole('heading', { name: 'Appoint a verifier' }).waitFor();
    const candidate = page.locator('table.candidates tbody tr', { hasText: 'Li Verifier' });
    await candidate.getByText('speaks the city’s language (en) · works in Europe').waitFor();
    await captureMainPage(page, '07-secretariat-candidates');
    await page.getByLabel('Verifier', { exact: true }).selectOption('verifier');
    await page.getByLabel('Supervising staff member (from the staff directory)').selectOption('supervisor');
    await page.getByLabel('Verification mode').selectOption('remote');
    await page.getByRole('button', { name: 'Assign' }).click();
    await waitForStage(page, 'verifier_assigned');
  });

  it('lets the verifier take the task from the inbox and work the review grid with the keyboard', async () => {
    const page = pages.verifier;
    await page.reload();
    await page.getByRole('heading', { name: 'My verification tasks' }).waitFor();
    const task = page.locator('table.tasks tbody tr', { hasText: 'Accept or decline the verification task' });
    await task.getByRole('link', { name: 'Aurora' }).waitFor();
    await captureMainPage(page, '08-verifier-tasks');
    await task.getByRole('link', { name: 'Aurora' }).click();
    await page.getByLabel('I have no conflict of interest with this city').check();
    await page
      .getByLabel('Declaration of independence')
      .fill('I have no personal, financial or professional ties with the city.');
    await page.getByLabel('I sign the confidentiality undertaking shown above').check();
    await page.getByRole('button', { name: 'Accept the task' }).click();
    await waitForStage(page, 'in_verification');
    await page.getByText('132 of 132 data points shown').waitFor();
    await page.getByLabel('Category').selectOption({ label: 'Education' });
    const ids = await reviewRowIds(page);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.length).toBeLessThan(132);

    // Select the first two rows with x and j, accept them together, then accept the third with a.
    await reviewRows(page).first().focus();
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await clickConfirmed(page, 'Accept selected (2)');
    await announced(page, '2 data points accepted.');
    // The bulk button kept the focus; back in the grid, Home then j j reaches the third row.
    await reviewRows(page).nth(1).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await announced(page, `${ids[2]}: Accepted.`);
    await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Accepted' });
    await page.getByText('3 of 132 data points shown').waitFor();
    expect(await reviewRowIds(page)).toEqual(ids.slice(0, 3));

    // q on the fourth row opens the query form on it.
    queriedPoint = ids[3]!;
    await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Pending' });
    await page.locator(`table.review tr[data-id="${queriedPoint}"]`).focus();
    await page.keyboard.press('q');
    await page.getByLabel('Question to the city').fill('Which survey gives this value, and for which year?');
    await page.getByRole('button', { name: 'Raise the query' }).click();
    await announced(page, `Query raised on ${queriedPoint}.`);
    await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Query' });
    await page.locator(`table.review tr[data-id="${queriedPoint}"][data-review="query"]`).waitFor();
    await query(page).getByText('Open', { exact: true }).waitFor();
    await page.locator('[data-clock="stopped"]').waitFor();
    await captureMainPage(page, '09-verifier-review-grid');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '审核已校验的第 2 版' }).waitFor();
    await page.getByText('q：提出问询').waitFor();
    await page
      .getByRole('heading', {
        name: `问询 ${await query(page).getAttribute('data-query')}（${queriedPoint}）`,
      })
      .waitFor();
    await captureMainPage(page, '09-verifier-review-grid-chinese');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Review of validated version 2' }).waitFor();
  });

  it('lets the city answer the query with text and an evidence file', async () => {
    const page = pages.city;
    await page.goto('/');
    await page.locator('table.tasks', { hasText: 'Answer the verifier’s query' }).waitFor();
    await openPilot(page, pilotPath);
    await query(page).getByText('Which survey gives this value, and for which year?').waitFor();
    await query(page).getByLabel('Your answer').fill('The 2024 household survey of the statistics office.');
    await chooseFile(page, /^Evidence file/, workDir, 'survey-2024.pdf', tinyPdf);
    await query(page).getByRole('button', { name: 'Send the answer' }).click();
    await query(page).getByText('Evidence file: survey-2024.pdf').waitFor();
    await query(page).getByText('Answered', { exact: true }).waitFor();
    await captureMainPage(page, '10-city-query-answer');
  });

  it('lets the verifier close the query, log an interview and conclude', async () => {
    const page = pages.verifier;
    await page.reload();
    const [evidence] = await Promise.all([
      page.waitForEvent('download'),
      query(page).getByRole('button', { name: 'Evidence file: survey-2024.pdf' }).click(),
    ]);
    expect(readFileSync((await evidence.path())!)).toEqual(tinyPdf);
    await query(page).getByLabel('Resolution').fill('The survey is the official source; value confirmed.');
    await query(page).getByRole('button', { name: 'Close the query' }).click();
    await page.getByText('No query matches.').waitFor();
    await page.getByLabel('Show', { exact: true }).selectOption('closed');
    await query(page).getByText('Closed', { exact: true }).waitFor();
    await page.locator('[data-clock="running"]').waitFor();

    await page.getByText('Log an interview or site visit').click();
    await page.getByLabel('Attendees (one per line)').fill('Head of statistics\nICT officer');
    await page.getByLabel('Topics (one per line)').fill('Household survey method');
    await page.getByLabel('Linked KPIs (ids, comma-separated)').fill('EC.ICT.ICT.1C');
    await page.getByLabel('Notes', { exact: true }).fill('Sampling frame and weights explained.');
    await chooseFile(page, /^Attachments/, workDir, 'minutes.pdf', tinyPdf);
    await page.getByRole('button', { name: 'Log the interview' }).click();
    const interview = page.locator('.interview-list li', { hasText: 'Head of statistics, ICT officer' });
    await interview.waitFor();
    const [minutes] = await Promise.all([
      page.waitForEvent('download'),
      interview.getByRole('button', { name: 'minutes.pdf' }).click(),
    ]);
    expect(readFileSync((await minutes.path())!)).toEqual(tinyPdf);
    await captureMainPage(page, '11-verifier-query-closed-interview');

    // Three data points accepted; the queried one was never decided.
    await page.getByText(/Audit results per KPI .* 129 data points not reviewed yet/).waitFor();
    await page
      .getByLabel('Audit summary')
      .fill('Core KPIs were traced to their sources in interviews with the statistics office.');
    // The derived proposals: the first is dropped, the rest accepted as proposed; one of the verifier's own.
    const derived = page.locator('fieldset.proposal[data-proposal]');
    await derived.first().waitFor();
    const dropped = await derived.first().getAttribute('data-proposal');
    const derivedCount = await derived.count();
    await derived.first().getByLabel('Decision').selectOption('dropped');
    await page.getByRole('button', { name: 'Add your own proposal' }).click();
    const own = page.locator('fieldset.proposal-own');
    await own.getByLabel('Text in English').fill('Publish the ICT indicators as open data every year.');
    await own.getByLabel('Text in Chinese').fill('每年以开放数据形式发布信息通信技术指标。');
    await page
      .getByLabel('Next steps for the city in English (one per line)')
      .fill('Repeat the assessment in two years.');
    await page
      .getByLabel('Next steps for the city in Chinese (one per line, in the same order)')
      .fill('两年后再次开展评估。');
    // The verifier states one KPI as verified although its reviews do not say so.
    const overrides = page.locator('.audit-overrides');
    await overrides.locator('summary').click();
    const unverified = overrides
      .locator('tbody tr')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: 'Not verified' }) })
      .first();
    const kpiId = await unverified.locator('code').innerText();
    await page.getByLabel(`Audit result for ${kpiId}`).selectOption('verified');
    await page.getByLabel(`Note for ${kpiId}`).fill('Confirmed against the source in the interview.');
    await page.getByRole('button', { name: 'Submit the conclusion' }).click();
    await page
      .getByText('The conclusion awaits approval by the supervising staff member (supervisor).')
      .waitFor();
    await page.locator('[data-event="ConclusionSubmitted"]').waitFor();
    const pilotId = pilotPath.split('/').at(-1)!;
    const submitted = (await runtime.deps.pilots.events(pilotId)).findLast(
      (e) => e.type === 'ConclusionSubmitted',
    );
    if (submitted?.type !== 'ConclusionSubmitted') throw new Error('no conclusion recorded');
    expect(submitted.data.auditResults).toEqual([
      { kpiId, reported: true, verified: true, note: 'Confirmed against the source in the interview.' },
    ]);
    const decisions = submitted.data.proposals.map((p) => [p.proposalId, p.decision]);
    expect(decisions).toContainEqual([dropped, 'dropped']);
    expect(decisions.filter(([, d]) => d === 'accepted').length).toBe(derivedCount - 1);
    expect(submitted.data.proposals.at(-1)).toMatchObject({
      decision: 'written',
      text: {
        en: 'Publish the ICT indicators as open data every year.',
        zh: '每年以开放数据形式发布信息通信技术指标。',
      },
    });
    expect(submitted.data.advice).toEqual([
      { en: 'Repeat the assessment in two years.', zh: '两年后再次开展评估。' },
    ]);
  });

  it('lets the supervising staff member approve the conclusion, after whose draft review the report is issued and scored', async () => {
    const page = pages.supervisor;
    await page.goto('/');
    await page.locator('table.tasks', { hasText: 'Approve the verification conclusion' }).waitFor();
    await openPilot(page, pilotPath);
    await page.getByRole('heading', { name: 'Approve the verification conclusion' }).waitFor();
    await page.locator('table.review').waitFor();
    expect(await page.getByText('Retry the failed step').count()).toBe(0);
    await captureMainPage(page, '12-supervisor-approval');
    await clickConfirmed(page, 'Approve');
    await waitForStage(page, 'verified');
    // The city's review of the draft report is shown in test/e2e/work-surfaces.test.ts; here it accepts it as is.
    const city = await new ApiClient(runtime.urls.portal).signIn('aurora');
    const verifier = await new ApiClient(runtime.urls.portal).signIn('verifier');
    const pilotId = pilotPath.split('/').at(-1)!;
    for (const section of draftSections)
      await city.call('POST', `/pilots/${pilotId}/draft-review`, { decision: 'accept', section });
    await verifier.call('POST', `/pilots/${pilotId}/report-issue`, {});
    await reachStage(verifier, pilotId, 'reported');
    await page.reload();
    await waitForStage(page, 'reported');
    await page.getByRole('heading', { name: 'Category scores' }).waitFor();
    await page.locator('.score .recharts-bar-rectangle').first().waitFor();
    await page.locator('summary', { hasText: 'Unlock the verified dataset' }).waitFor();
    await captureMainPage(page, '13-category-scores');
  });

  it('lets the secretariat certify, and the city publish its report and download its documents', async () => {
    const secretariat = pages.secretariat;
    await secretariat.reload();
    // The verifier reviewed four data points: the checklist and a refused certification both say what is short.
    const checklist = secretariat.locator('.readiness');
    await checklist.locator('li[data-kind="core_kpis_verified_per_dimension"][data-met="false"]').waitFor();
    await clickConfirmed(secretariat, 'Certify the city');
    await secretariat
      .getByRole('alert')
      .getByText(/^At least 50 % of each dimension's core KPIs reported and verified: short in/)
      .waitFor();
    await captureMainPage(secretariat, '14a-certification-refused');

    // The secretariat waives the coverage rule for this cohort, confirming the new version first.
    await secretariat.getByRole('link', { name: 'Certification rules' }).click();
    await secretariat.getByRole('heading', { name: /^Version 1, published by system/ }).waitFor();
    await secretariat.getByLabel(/Share of core KPIs reported and verified/).fill('');
    await secretariat
      .getByLabel('Why this change (kept in the audit trail)')
      .fill('Pilot cohort: coverage waived.');
    await secretariat.getByRole('button', { name: 'Publish the new version' }).click();
    await secretariat
      .getByText('Publish these readiness rules? Every certification from now on is held to them.')
      .waitFor();
    await secretariat.getByRole('button', { name: 'Publish the new version ✓' }).click();
    await secretariat.getByText('Version 2 is now in force.').waitFor();
    await secretariat.getByRole('heading', { name: /^Version 2, published by secretariat/ }).waitFor();
    await captureMainPage(secretariat, '14b-readiness-rules');

    await secretariat.goto(pilotPath);
    await checklist
      .getByText('Every rule is met: the pilot can be certified once the report is issued.')
      .waitFor();
    expect(await checklist.locator('li[data-met="false"]').count()).toBe(0);
    await clickConfirmed(secretariat, 'Certify the city');
    await waitForStage(secretariat, 'certified');

    const city = pages.city;
    await city.reload();
    await waitForStage(city, 'certified');
    const number = await city.getByText(/Certificate number /).textContent();
    certificateNumber = /Certificate number (\S+)/.exec(number ?? '')?.[1] ?? '';
    expect(certificateNumber).toMatch(/^U4SSC-\d{4}-/);
    const consent = city.locator('fieldset', { hasText: 'Verification report' });
    await consent.getByLabel('Publish').check();
    await city.getByRole('button', { name: 'Save the publication choice' }).click();
    await city.getByText('Publication choice saved.').waitFor();
    const [certificate] = await Promise.all([
      city.waitForEvent('download'),
      city.getByRole('button', { name: 'Download Certificate' }).click(),
    ]);
    const pdf = readFileSync((await certificate.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The address its QR code encodes, as a phone would read it.
    const png = renderPage(pdf, 1, 150);
    qrAddress = jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(qrAddress).toContain(certificateNumber);
    await city.getByRole('button', { name: 'Download Verification report (English)' }).waitFor();
    await city.getByRole('button', { name: 'Download City snapshot (English)' }).waitFor();
    await city.getByRole('button', { name: 'Download Data point annex (Excel)' }).waitFor();
    await captureMainPage(city, '14-city-certified');
  });

  it('shows anyone who opens the QR code address that the certificate is valid, with the published report only', async () => {
    const page = pages.visitor;
    await page.goto(qrAddress);
    await page.locator('.verdict[data-status="valid"]').getByText('This certificate is valid.').waitFor();
    await page.getByText('Aurora', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Download Verification report' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download City snapshot' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await captureMainPage(page, '15-public-certificate-valid');
  });

  it('lets the secretariat revoke the certificate, which the public check then shows', async () => {
    const page = pages.secretariat;
    await page.reload();
    await page.locator('summary', { hasText: 'Revoke the certificate' }).click();
    await page.getByLabel('Reason for revoking').fill('The city withdrew its published data.');
    await clickConfirmed(page, 'Revoke the certificate');
    await page.getByText('The certificate is revoked: The city withdrew its published data.').waitFor();

    const visitor = pages.visitor;
    // The same check under a plain path, as the city's pilot page links to it.
    await visitor.goto(`/certificates/${certificateNumber}`);
    await visitor
      .locator('.verdict[data-status="revoked"]')
      .getByText(/The city withdrew/)
      .waitFor();
    expect(await visitor.getByRole('button', { name: 'Download Verification report' }).count()).toBe(0);
    await captureMainPage(visitor, '16-public-certificate-revoked');
  });

  it('lets the secretariat edit, add and remove benchmark targets and publish a new targets version', async () => {
    const page = pages.secretariat;
    await page.getByRole('link', { name: 'Targets' }).click();
    await page.getByRole('heading', { name: /^Version 1, published/ }).waitFor();
    await page.getByLabel('Search').fill('EC.ICT.ICT.2C');
    const row = page.locator('table.targets tr[data-id="EC.ICT.ICT.2C"]');
    await row.getByText('Illustrative').waitFor();
    await row.getByRole('button', { name: 'Edit EC.ICT.ICT.2C' }).click();
    await row.getByLabel('Target EC.ICT.ICT.2C').fill('90');
    await row.getByRole('button', { name: 'Done' }).click();
    await page.getByLabel('Search').fill('EC.ICT.ICT.1C');
    const removed = page.locator('table.targets tr[data-id="EC.ICT.ICT.1C"]');
    await removed.getByRole('button', { name: 'Remove the target of EC.ICT.ICT.1C' }).click();
    await page.locator('table.targets tr[data-id="EC.ICT.ICT.1C"][data-draft="removed"]').waitFor();
    const add = page.getByRole('form', { name: 'Add a target' });
    await add.getByLabel('Data point id').fill('EC.ICT.ICT.5C');
    await add.getByLabel('Target', { exact: true }).fill('40');
    await add.getByLabel('Unit').fill('hotspots');
    await add.getByLabel('Source').fill('City digital plan 2030');
    await add.getByRole('button', { name: 'Add to the draft' }).click();
    await page.getByLabel('Search').fill('EC.ICT.ICT.5C');
    await page.locator('table.targets tr[data-id="EC.ICT.ICT.5C"][data-draft="added"]').waitFor();
    await page.getByLabel('What changed and why').fill('Broadband target aligned with the national plan.');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByText('Version 2 is published (3 targets changed).').waitFor();
    await page.getByRole('heading', { name: /^Version 2, published/ }).waitFor();
    await page.getByLabel('Search').fill('EC.ICT.ICT');
    await page.locator('table.targets tr[data-id="EC.ICT.ICT.5C"]').waitFor();
    expect(await page.locator('table.targets tr[data-id="EC.ICT.ICT.1C"]').count()).toBe(0);
    await captureMainPage(page, '17-secretariat-targets');
  });

  it('lets the secretariat raise a consistency check to an error after confirming it', async () => {
    const page = pages.secretariat;
    await page.getByRole('link', { name: 'Certification rules' }).click();
    const panel = page.locator('.validation-severities');
    await panel.getByText(/^Version 1, published by system/).waitFor();
    await panel.getByLabel('Fixed broadband at most household Internet access').selectOption('error');
    await panel.getByRole('button', { name: 'Publish the check severities' }).click();
    await panel.getByText('Publish these severities? Every upload from now on is graded by them.').waitFor();
    await panel.getByRole('button', { name: 'Publish the check severities ✓' }).click();
    await panel.getByText(/^Version 2, published by secretariat/).waitFor();
    expect(await panel.getByLabel('Fixed broadband at most household Internet access').inputValue()).toBe(
      'error',
    );
    await captureMainPage(page, '18-secretariat-check-severities');
  });
});
