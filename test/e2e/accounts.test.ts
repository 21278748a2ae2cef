// The secretariat's Accounts page in a real browser: it invites a verifier, deactivates them after a confirmation
// (cancelling first sends nothing), and reactivates them with a reason; the page is axe-clean in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn } from './support/browser.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  browser = await launchBrowser();
  page = (await newUserPage(browser, runtime.urls.portal)).page;
  await signIn(page, 'secretariat');
});

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

const row = () => page.getByRole('row').filter({ hasText: 'verifier3' });
const registry = async () =>
  (
    await (
      await new ApiClient(runtime.urls.portal).signIn('secretariat')
    ).call<{
      accounts: { version: number; accounts: { userId: string; active: boolean }[] };
    }>('GET', '/accounts')
  ).accounts;

describe('the accounts page', () => {
  it('is reached from the secretariat header and invites a verifier', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'User accounts' }).waitFor();
    await page.getByText('No account was invited or deactivated yet').waitFor();

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Invite' }) });
    await form.getByLabel('User id').fill('verifier3');
    await form.getByLabel('Name').fill('Wei Verifier');
    await form.getByLabel('E-mail').fill('wei@v.example');
    await form.getByLabel('Role').selectOption('verifier');
    await form.getByRole('button', { name: 'Invite' }).click();

    await page.getByText('verifier3 was invited').waitFor();
    await expect(row().getByRole('cell').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['Verifier', 'Active']),
    );
    await captureMainPage(page, '70-accounts');
  });

  it('deactivates only after the confirmation, with a reason', async () => {
    await row().getByText('Deactivate verifier3').click();
    await row().getByLabel('Reason').fill('Left the programme');
    await row().getByRole('button', { name: 'Deactivate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Please confirm' });
    await dialog.getByText('A reactivation with a reason undoes it.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    expect((await registry()).version).toBe(1);

    await row().getByRole('button', { name: 'Deactivate' }).click();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();

    await row().getByText('Deactivated', { exact: true }).waitFor();
    await row().getByText('Left the programme').waitFor();
    expect((await registry()).accounts).toContainEqual(
      expect.objectContaining({ userId: 'verifier3', active: false }),
    );
  });

  it('reactivates with a reason', async () => {
    await row().getByText('Reactivate verifier3').click();
    await row().getByLabel('Reason').fill('Back on the roster');
    await row().getByRole('button', { name: 'Reactivate' }).click();

    await row().getByText('Active', { exact: true }).waitFor();
    await row()
      .getByText(/Reactivated by secretariat .*Back on the roster/)
      .waitFor();
    expect((await registry()).accounts).toContainEqual(
      expect.objectContaining({ userId: 'verifier3', active: true }),
    );
    await captureMainPage(page, '71-accounts-reactivated');
  });

  it('renders in Chinese, axe-clean', async () => {
    await page.getByRole('button', { name: '中文' }).click();

    await page.getByRole('heading', { level: 1, name: '用户账户' }).waitFor();
    await row().getByText('已启用', { exact: true }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: '账户' }).waitFor();
    await captureMainPage(page, '72-accounts-zh');
    await page.getByRole('button', { name: 'English' }).click();
  });
});
