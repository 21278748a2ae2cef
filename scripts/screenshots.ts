// Screenshots of the portal's main pages in English and Chinese for docs/portal.md: runs the embedded runtime on a
// temporary data folder, drives two demo pilots over the API, and saves 1280 px wide PNGs under docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { fontDir } from '../core/documents/fonts.ts';
import { startRuntime } from '../local/runtime.ts';
import { publishSeededEdition } from '../test/e2e/support/index-edition.ts';
import { ensurePortalBuilt } from '../test/e2e/support/portal-build.ts';
import { bringToDataCollection, bringToVerification, reviewAll, signInAll } from './lib/lifecycle-steps.ts';

const OUT = join(import.meta.dirname, '../docs/screenshots');
const WIDTH = 1280;
const HEIGHT = 900;
const langs = ['en', 'zh'] as const;

/**
 * Debian's Chromium finds no Chinese font on a bare machine; fontconfig is pointed at the Noto Sans CJK files the
 * documents already embed, so the Chinese pages render in the same typeface as the Chinese PDFs.
 */
function fontConfig(dir: string): string {
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fontDir()}</dir>` +
      `<cachedir>${join(dir, 'font-cache')}</cachedir></fontconfig>`,
  );
  return file;
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function main() {
  ensurePortalBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'u4ssc-screenshots-'));
  const runtime = await startRuntime({
    dataDir,
    host: '127.0.0.1',
    port: Number(process.env.U4SSC_PORT ?? 4400),
    sweepIntervalMs: 3_600_000,
    logLevel: 'SILENT',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(dataDir) },
  });
  try {
    const { urls } = runtime;
    // Aurora in verification with every data point reviewed, Borealis collecting data: a board with two stages.
    const aurora = await signInAll(urls.portal, urls.inbox, 'aurora');
    const pilotId = await bringToVerification(aurora);
    await reviewAll(aurora, pilotId);
    await bringToDataCollection(await signInAll(urls.portal, urls.inbox, 'borealis'), 'Borealis');
    await publishSeededEdition(runtime, { editionId: '2027' });

    mkdirSync(OUT, { recursive: true });
    const shots: [user: string | undefined, name: string, path: string, ready: string][] = [
      ['secretariat', 'board', '/', 'table'],
      ['secretariat', 'pilot', `/pilots/${pilotId}`, '.facts'],
      ['verifier', 'review-grid', `/pilots/${pilotId}#pilot-review`, '#pilot-review table:visible'],
      ['aurora', 'notifications', '/notifications', '.notification-subject'],
      [undefined, 'index', '/index', 'main h1'],
    ];
    for (const lang of langs) {
      for (const [user, name, path, ready] of shots) {
        const context = await browser.newContext({
          baseURL: urls.portal,
          viewport: { width: WIDTH, height: HEIGHT },
        });
        const page = await context.newPage();
        // Signed in on the English page (its labels are what signIn looks for), then switched as a user would.
        if (user) await signIn(page, user);
        else await page.goto('/');
        await page.evaluate((l) => localStorage.setItem('u4ssc.lang', l), lang);
        await page.goto(path);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        // The page moves to a section named in the address on load; content that arrives later shifts it again.
        const section = path.split('#')[1];
        if (section) await page.locator(`#${section}`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(OUT, `${name}-${lang}.png`) });
        await context.close();
        console.log(`wrote docs/screenshots/${name}-${lang}.png`);
      }
    }
  } finally {
    await browser.close();
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
