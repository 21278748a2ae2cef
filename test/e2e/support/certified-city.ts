// A runtime with Aurora's pilot certified over the API and Aurora signed in in a browser: the start of the e2e
// tests of what a city does after its certificate (its story, its case studies).
import type { Browser, Page } from 'playwright-core';
import type { Runtime } from '../../../local/runtime.ts';
import {
  type Actors,
  appointVerifier,
  bringToDataCollection,
  certify,
  signInAll,
  uploadWorkbook,
  verify,
} from '../../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../../scripts/lib/sample-workbook.ts';
import { startTestRuntime, tempDataDir } from '../../support/runtime.ts';
import { launchBrowser, newUserPage, signIn } from './browser.ts';
import { ensurePortalBuilt } from './portal-build.ts';

export interface CertifiedCity {
  runtime: Runtime;
  browser: Browser;
  actors: Actors;
  city: Page;
  pilotId: string;
}

export async function startWithCertifiedCity(): Promise<CertifiedCity> {
  ensurePortalBuilt();
  const runtime = await startTestRuntime(tempDataDir());
  const actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  const ready = await bringToDataCollection(actors);
  await uploadWorkbook(actors, ready.pilotId, await fillSampleWorkbook(ready.template));
  await appointVerifier(actors, ready.pilotId);
  await verify(actors, ready.pilotId);
  await certify(actors, ready.pilotId);
  const browser = await launchBrowser();
  const city = (await newUserPage(browser, runtime.urls.portal)).page;
  await signIn(city, 'aurora');
  return { runtime, browser, actors, city, pilotId: ready.pilotId };
}

export async function stopCertifiedCity(started: Partial<CertifiedCity>): Promise<void> {
  await started.browser?.close();
  await started.runtime?.stop();
}
