// Drives Debian's Chromium with playwright-core: one browser per test file, one context per signed-in user; main
// pages are captured as screenshots and checked for accessibility.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { accessibilityViolations } from './accessibility.ts';

export const screenshotDir = join(import.meta.dirname, '../../../test-artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A laptop-sized window with downloads allowed, as a city focal point or staff member would have. */
export async function newUserPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    acceptDownloads: true,
    viewport: { width: 1366, height: 800 },
  });
  context.setDefaultTimeout(30_000);
  return { context, page: await context.newPage() };
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * Saves a screenshot of a main page as a test artifact and checks the page against the WCAG 2.1 A/AA rules of
 * axe-core: a serious or critical violation fails the test that reached the page.
 */
export async function captureMainPage(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  const violations = await accessibilityViolations(page);
  if (violations.length > 0)
    throw new Error(`Accessibility violations on ${name}:\n${violations.join('\n')}`);
}

/** Waits until the pilot page shows the stage and no automated step is running any more. */
export async function waitForStage(page: Page, stage: string, timeout = 45_000): Promise<void> {
  await page.locator(`.facts [data-stage="${stage}"]`).waitFor({ timeout });
  await page.locator('.run-status .spinner').waitFor({ state: 'detached', timeout });
}
