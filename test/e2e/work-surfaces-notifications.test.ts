// The notification centre as a city and as the secretariat use it (bell with the unread count, the page, opening a
// pilot, marking read, both languages), and the layout of the main pages in both languages at 1280 and 390 px:
// nothing wider than the window and no button whose label breaks a character per line.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import { acceptLetter, sampleLetter, waitForStage } from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { captureMainPage, launchBrowser, newUserPage, signIn } from './support/browser.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let city: Page;
let secretariat: Page;
let pilotId = '';

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  const [aurora, staff] = await Promise.all([
    new ApiClient(runtime.urls.portal).signIn('aurora'),
    new ApiClient(runtime.urls.portal).signIn('secretariat'),
  ]);
  // The pilot is set up over the API: this file tests what the portal shows of the notifications it caused.
  ({ pilotId } = (
    await aurora.call<{ pilot: { pilotId: string } }>('POST', '/pilots', sampleLetter('Aurora'))
  ).pilot);
  await acceptLetter({ city: aurora, secretariat: staff, supervisor: staff, verifier: staff }, pilotId);
  await waitForStage(aurora, pilotId, 'data_collection');
  browser = await launchBrowser();
  city = (await newUserPage(browser, runtime.urls.portal)).page;
  secretariat = (await newUserPage(browser, runtime.urls.portal)).page;
  await signIn(city, 'aurora');
  await signIn(secretariat, 'secretariat');
});

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

const bell = (page: Page) => page.getByRole('link', { name: /^Notifications,|^通知，/ });

async function useLanguage(page: Page, lang: 'en' | 'zh'): Promise<void> {
  await page.getByRole('button', { name: lang === 'en' ? 'English' : '中文' }).click();
}

describe('the notification centre', () => {
  it('shows the city its unread notifications on the bell and lists them newest first', async () => {
    await bell(city).filter({ hasText: '2' }).waitFor();
    expect(await bell(city).getAttribute('aria-label')).toBe('Notifications, 2 unread');

    await bell(city).click();

    await city.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    // The heading renders before the inbox answers: wait for both items, not only the page.
    await city.locator('.notification-subject').nth(1).waitFor();
    const subjects = await city.locator('.notification-subject').allInnerTexts();
    expect(subjects.map((s) => s.replace(/^Unread\s*/, ''))).toEqual([
      'Your KPI data collection template is ready',
      'We received your letter of intent',
    ]);
    await captureMainPage(city, '60-notifications-city');
  });

  it('shows the same notifications in Chinese', async () => {
    await useLanguage(city, 'zh');

    await city.getByRole('heading', { level: 1, name: '通知' }).waitFor();
    await city.getByText('您的 KPI 数据收集模板已就绪').waitFor();
    expect(await bell(city).getAttribute('aria-label')).toBe('通知，2 条未读');
    await captureMainPage(city, '61-notifications-city-zh');
    await useLanguage(city, 'en');
  });

  it('opens the pilot a notification is about and counts it read', async () => {
    await city.getByRole('link', { name: 'Open the pilot of Aurora' }).first().click();

    await city.waitForURL(`**/pilots/${pilotId}`);
    await bell(city).and(city.getByLabel('Notifications, 1 unread')).waitFor();
  });

  it("lists the letter for every staff member, and marks the secretariat's page read", async () => {
    await bell(secretariat).click();
    await secretariat.getByText('New letter of intent: Aurora').waitFor();

    await secretariat.getByRole('button', { name: 'Mark all shown as read' }).click();

    await secretariat.getByRole('status').filter({ hasText: '0 unread notifications' }).waitFor();
    await bell(secretariat).and(secretariat.getByLabel('Notifications, none unread')).waitFor();
    expect(await secretariat.locator('.notification-unread').count()).toBe(0);
    await captureMainPage(secretariat, '62-notifications-secretariat');
  });
});

describe('the city’s clarification in the task lists', () => {
  it('shows the secretariat the question to answer, then the city the reply to read', async () => {
    const [aurora, staff] = await Promise.all([
      new ApiClient(runtime.urls.portal).signIn('aurora'),
      new ApiClient(runtime.urls.portal).signIn('secretariat'),
    ]);
    const question = 'Does a household with only a mobile connection count?';
    const { pilot } = await aurora.call<{ pilot: { clarifications: { threadId: string }[] } }>(
      'POST',
      `/pilots/${pilotId}/clarifications`,
      { kpiId: 'EC.ICT.ICT.1C', question },
    );

    await secretariat.goto('/');
    await secretariat
      .locator('.task-list tr')
      .filter({ hasText: 'Answer the city’s clarification' })
      .getByText(`EC.ICT.ICT.1C: ${question}`)
      .waitFor();
    await staff.call('POST', `/pilots/${pilotId}/clarification-reply`, {
      threadId: pilot.clarifications[0]!.threadId,
      text: 'Yes, a mobile broadband subscription counts.',
    });
    await city.goto('/');

    await city
      .locator('.task-list tr')
      .filter({ hasText: 'Read the secretariat’s reply to your clarification' })
      .waitFor();
  });
});

/** What breaks the layout: the page wider than the window, or a button whose label wraps about a character a line. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      // The first element reaching past the window's edge, outside any scrolling box, names the culprit.
      const scrolls = (e: HTMLElement) => {
        for (let a = e.parentElement; a && a !== root; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        return false;
      };
      const wide = Array.from(document.querySelectorAll<HTMLElement>('body *')).find(
        (e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !scrolls(e),
      );
      const culprit = wide ? `${wide.tagName.toLowerCase()}.${wide.className}` : 'the header';
      problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window (${culprit})`);
    }
    for (const button of Array.from(document.querySelectorAll<HTMLElement>('button, .button'))) {
      const text = (button.textContent ?? '').trim();
      const characters = [...text.replace(/\s/g, '')].length;
      if (characters < 2 || button.offsetParent === null) continue;
      const range = document.createRange();
      range.selectNodeContents(button);
      const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
      if (lines > 1 && characters / lines < 2) problems.push(`"${text}" wraps into ${lines} lines`);
    }
    return problems;
  });
}

const mainPages = () => [
  { name: 'board', path: '/' },
  { name: 'targets', path: '/targets' },
  { name: 'verifiers', path: '/verifiers' },
  { name: 'accounts', path: '/accounts' },
  { name: 'readiness rules', path: '/readiness-rules' },
  { name: 'notifications', path: '/notifications' },
  { name: 'pilot', path: `/pilots/${pilotId}` },
];

describe.each([1280, 390])('the main pages at %i px wide', (width) => {
  it.each(['en', 'zh'] as const)('hold their layout in %s', async (lang) => {
    await secretariat.setViewportSize({ width, height: 900 });
    await useLanguage(secretariat, lang);
    const found: string[] = [];
    for (const { name, path } of mainPages()) {
      await secretariat.goto(path);
      await secretariat.locator('h1').first().waitFor();
      await secretariat.waitForLoadState('networkidle');
      for (const problem of await layoutProblems(secretariat)) found.push(`${name}: ${problem}`);
    }
    expect(found).toEqual([]);
  });
});
