// The portal as deployed on AWS: config.json names Cognito's hosted pages (a stand-in here), and the portal signs in
// with the code grant and PKCE, calls the API with the ID token, and ends the hosted session on sign-out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { launchBrowser, newUserPage } from './support/browser.ts';
import { type FakeHostedSignIn, startFakeHostedSignIn } from './support/fake-hosted-sign-in.ts';
import { ensurePortalBuilt } from './support/portal-build.ts';

let runtime: Runtime;
let browser: Browser;
let hosted: FakeHostedSignIn;
let page: Page;

beforeAll(async () => {
  ensurePortalBuilt();
  runtime = await startTestRuntime(tempDataDir());
  hosted = await startFakeHostedSignIn(async () => {
    const response = await fetch(`${runtime.urls.portal}/local-auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'secretariat', password: 'demo' }),
    });
    return ((await response.json()) as { token: string }).token;
  });
  browser = await launchBrowser();
  page = (await newUserPage(browser, runtime.urls.portal)).page;
  // What `npm run portal:config` writes next to the built files on AWS.
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        apiOrigin: runtime.urls.portal,
        auth: { kind: 'cognito', domain: hosted.origin, clientId: 'portal' },
      },
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await hosted?.close();
  await runtime?.stop();
});

describe('sign-in through the hosted pages', () => {
  it('offers no password form, only the way to the hosted pages', async () => {
    await page.goto('/');

    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    expect(await page.getByLabel('Password').count()).toBe(0);
  });

  it('comes back signed in: the code and verifier were traded for the ID token, and the address is clean', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('heading', { name: 'Pilots per stage' }).waitFor();

    expect(hosted.calls).toEqual(['authorize', 'token']);
    expect(new URL(page.url()).search).toBe('');
  });

  it('ends the hosted session on sign-out and shows the sign-in page again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    expect(hosted.calls.at(-1)).toBe('logout');
  });

  it('refuses a code that comes back to a tab that did not ask for it', async () => {
    await page.goto('/?code=forged&state=forged');

    await page.getByText('Sign-in was not started from this tab; please sign in again').waitFor();

    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(hosted.calls.at(-1)).toBe('logout');
  });
});
