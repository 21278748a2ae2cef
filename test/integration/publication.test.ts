// A certified pilot's public side: the score, the certificate check, publication at the city's discretion and
// revocation. The consent and the revocation are steps taken once, in that order, when a test first needs them
// (test/support/story.ts), each keeping what its tests assert on, so the tests run in any order or alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Runtime } from '../../local/runtime.ts';
import {
  type Actors,
  acceptLetter,
  appointVerifier,
  certify,
  downloadTemplate,
  signInAll,
  submitLetter,
  uploadWorkbook,
  verify,
  waitForStage,
} from '../../scripts/lib/lifecycle-steps.ts';
import { fillSampleWorkbook } from '../../scripts/lib/sample-workbook.ts';
import { failure } from '../support/failure.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';
import { step } from '../support/story.ts';

let runtime: Runtime;
let actors: Actors;
let pilot: Pilot;
const check = async (number: string, hash?: string) =>
  (
    await fetch(`${runtime.urls.api}/public/certificates/${number}${hash ? `?hash=${hash}` : ''}`)
  ).json() as Promise<{
    status: string;
    reason?: string;
    published?: string[];
    languages?: Record<string, string[]>;
    cityName?: string;
  }>;
const publicDocument = (document: string, language?: string) =>
  fetch(
    `${runtime.urls.api}/public/certificates/${pilot.certificate?.certificateNumber}/${document}${language ? `?language=${language}` : ''}`,
  );

/** A public document's answer, read to the end so that it can be kept. */
const publicAnswer = async (document: string, language?: string) => {
  const response = await publicDocument(document, language);
  return {
    status: response.status,
    body: (await response.json()) as { url?: string; error?: { message: string } },
  };
};

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  const { pilotId } = await submitLetter(actors);
  await acceptLetter(actors, pilotId);
  await waitForStage(actors.city, pilotId, 'data_collection');
  await uploadWorkbook(actors, pilotId, await fillSampleWorkbook(await downloadTemplate(actors, pilotId)));
  await appointVerifier(actors, pilotId);
  await verify(actors, pilotId);
  pilot = await certify(actors, pilotId);
}, 180_000);
afterAll(async () => {
  await runtime.stop();
});

/** What the public sees before the city chose anything. */
const untouched = step(async () => ({
  check: await check(pilot.certificate!.certificateNumber, pilot.certificate!.datasetHash),
  report: await publicAnswer('report'),
}));
/** What it sees once the city publishes its report and withholds its snapshot. */
const consented = step(async () => {
  await untouched();
  await actors.city.call('POST', `/pilots/${pilot.pilotId}/publication-consent`, {
    report: 'publish',
    snapshot: 'withhold',
  });
  return {
    check: await check(pilot.certificate!.certificateNumber),
    report: await publicAnswer('report'),
    snapshot: await publicAnswer('snapshot'),
    english: await publicAnswer('report', 'en'),
    chinese: await publicAnswer('report', 'zh'),
  };
});
const revoked = step(async () => {
  await consented();
  await actors.secretariat.call('POST', `/pilots/${pilot.pilotId}/certificate-revocation`, {
    reason: 'Data found to be falsified',
  });
});

describe('the score', () => {
  it('is served by the API with the targets version that produced it', async () => {
    const score = await actors.city.call<{ targetsVersion: number; categories: { score: number | null }[] }>(
      'GET',
      `/pilots/${pilot.pilotId}/score`,
    );

    expect(score.targetsVersion).toBeGreaterThanOrEqual(1);
    expect(score.categories.length).toBeGreaterThan(0);
  });

  it('is not found before the report exists, with a reason', async () => {
    const other = (await submitLetter(actors)).pilotId;

    const attempt = await failure(actors.city.call('GET', `/pilots/${other}/score`));

    expect(attempt?.status).toBe(404);
    expect(attempt?.body.error?.message).toMatch(/no score yet/);
  });
});

describe('certification', () => {
  it('refuses to certify a pilot that is not reported yet', async () => {
    const other = (await submitLetter(actors)).pilotId;
    await waitForStage(actors.secretariat, other, 'loi_received');

    const attempt = await failure(actors.secretariat.call('POST', `/pilots/${other}/certification`, {}));

    expect(attempt?.status).toBe(409);
    expect(attempt?.body.error?.message).toContain('stage "loi_received"');
  });

  it('answers valid for the certificate, with the hash of the locked dataset', async () => {
    const lock = pilot.verification?.lock;

    const answer = (await untouched()).check;

    expect(answer).toMatchObject({ status: 'valid', cityName: 'Aurora', published: [] });
    expect(pilot.certificate?.datasetHash).toBe(lock?.datasetHash);
  });

  it('answers unknown, honestly, for a made-up number or a tampered hash', async () => {
    expect(await check('U4SSC-2026-NOSUCHCERT')).toMatchObject({ status: 'unknown' });
    expect(await check(pilot.certificate!.certificateNumber, '0'.repeat(64))).toMatchObject({
      status: 'unknown',
      reason: 'The dataset hash does not match this certificate',
    });
  });
});

describe('publication at the city’s discretion', () => {
  it('withholds every document by default', async () => {
    const response = (await untouched()).report;

    expect(response.status).toBe(404);
    expect(response.body.error?.message).toBe('This document is not published');
  });

  it('publishes only what the city consents to, and records the change', async () => {
    const { check: answer, report, snapshot } = await consented();

    expect(answer.published).toEqual(['report']);
    expect(report.status).toBe(200);
    expect((await actors.city.download(report.body.url ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(snapshot.status).toBe(404);
  });

  it('names the languages of a published report and serves only those', async () => {
    const { check: answer, english, chinese } = await consented();

    // Aurora writes in English, so its report exists in English only.
    expect(answer.languages).toEqual({ report: ['en'] });
    expect(english.status).toBe(200);
    expect(chinese.status).toBe(404);
  });

  it('refuses consent from anyone but the city', async () => {
    const attempt = await failure(
      actors.secretariat.call('POST', `/pilots/${pilot.pilotId}/publication-consent`, {
        report: 'publish',
        snapshot: 'publish',
      }),
    );

    expect(attempt?.status).toBe(403);
  });
});

describe('revocation', () => {
  it('answers revoked with the reason once the secretariat revokes, and withdraws published documents', async () => {
    await revoked();

    const answer = await check(pilot.certificate!.certificateNumber);
    const { timeline } = await actors.secretariat.call<{ timeline: { type: string }[] }>(
      'GET',
      `/pilots/${pilot.pilotId}`,
    );

    expect(answer).toMatchObject({ status: 'revoked', revoked: { reason: 'Data found to be falsified' } });
    expect((await publicDocument('report')).status).toBe(404);
    expect(timeline.at(-1)?.type).toBe('CertificateRevoked');
  });
});

describe('the benchmark targets table', () => {
  it('serves the shipped defaults, and lets only the secretariat publish a new version', async () => {
    const { targets } = await actors.city.call<{
      targets: { version: number; entries: { dataPointId: string; target: number }[] };
    }>('GET', '/targets');
    const entries = targets.entries.map((e) =>
      e.dataPointId === targets.entries[0]!.dataPointId ? { ...e, target: e.target * 0.9 } : e,
    );

    const byCity = await failure(actors.city.call('POST', '/targets', { entries }));
    const published = await actors.secretariat.call<{
      table: { version: number; createdBy: string };
      changes: { changed: unknown[] };
    }>('POST', '/targets', { entries });

    expect(byCity?.status).toBe(403);
    expect(published.table).toMatchObject({ version: targets.version + 1, createdBy: 'secretariat' });
    expect(published.changes.changed).toHaveLength(1);
    expect(
      (await actors.city.call<{ targets: { version: number } }>('GET', '/targets')).targets.version,
    ).toBe(targets.version + 1);
  });

  it('rejects a targets table naming unknown data points', async () => {
    const attempt = await failure(
      actors.secretariat.call('POST', '/targets', {
        entries: [{ dataPointId: 'XX.NOPE.1C', target: 1, unit: '%', source: 'x', illustrative: true }],
      }),
    );

    expect(attempt?.status).toBe(400);
  });
});
