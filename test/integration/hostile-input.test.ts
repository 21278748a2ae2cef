// One test per defect the API fuzz test found (or its exploration did): each request here used to answer 500, break
// the connection, answer plain text, or be taken and recorded; now each is refused and nothing is stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleLetter } from '../../scripts/lib/lifecycle-steps.ts';
import { type ApiFixture, type Role, startApiFixture, storedState } from '../support/api-fixture.ts';

let fixture: ApiFixture;
let before: Awaited<ReturnType<typeof storedState>>;

beforeAll(async () => {
  fixture = await startApiFixture();
});
afterAll(async () => {
  await fixture.runtime.stop();
});
beforeEach(async () => {
  before = await storedState(fixture);
});

const pilotPath = (suffix: string) => `/api/pilots/${fixture.pilot.pilotId}${suffix}`;
async function answer(role: Role, method: string, url: string, body?: string) {
  const response = await fixture.send(role, method, url, body);
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}
const json = (value: unknown) => JSON.stringify(value);
const long = (length: number) => `u${'x'.repeat(length)}`;

describe('requests that answered 500', () => {
  it('GET /api/pilots/<10,000 characters> answers 400', async () => {
    expect(await answer('secretariat', 'GET', `/api/pilots/${'a'.repeat(10_000)}`)).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_request' } },
    });
  });

  it('GET /api/public/certificates/<2,100 characters> answers 400 without sign-in', async () => {
    expect(await answer('anonymous', 'GET', `/api/public/certificates/${'A'.repeat(2_100)}`)).toMatchObject({
      status: 400,
    });
  });

  it('an upload id longer than a storage key may be answers 400: signed letter, evidence, interview attachment', async () => {
    const interview = {
      date: '2026-03-01',
      mode: 'remote',
      attendees: ['Statistics office'],
      topics: ['ICT'],
    };
    const attempts = await Promise.all([
      answer('secretariat', 'POST', pilotPath('/signed-letter'), json({ uploadId: long(2_000) })),
      answer(
        'cityOwn',
        'POST',
        pilotPath(`/queries/${fixture.queryId}/answer`),
        json({ text: 'The 2025 census.', evidenceUploadId: long(2_000) }),
      ),
      answer(
        'verifierAssigned',
        'POST',
        pilotPath('/interviews'),
        json({ ...interview, attachmentUploadIds: [long(2_000)] }),
      ),
    ]);

    expect(attempts.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(await storedState(fixture)).toEqual(before);
  });

  it('a registration, a deadline and a targets table larger than one stored item answer 400', async () => {
    const regions = Array.from({ length: 40_000 }, () => 'Region one');
    const attempts = await Promise.all([
      answer('secretariat', 'POST', '/api/verifiers', json({ name: 'N', email: 'n@example.org', regions })),
      answer(
        'secretariat',
        'POST',
        pilotPath('/deadline'),
        json({ dueAt: '2099-01-01T00:00:00Z', reason: 'r'.repeat(500_000) }),
      ),
      answer('secretariat', 'POST', '/api/targets', json({ entries: [], note: 'n'.repeat(600_000) })),
    ]);

    expect(attempts.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(await storedState(fixture)).toEqual(before);
  });
});

describe('bodies that were taken', () => {
  it('{"decision":["accept"]} is refused, not taken as accept', async () => {
    const attempt = await answer(
      'secretariat',
      'POST',
      pilotPath('/letter-decision'),
      '{"decision":["accept"]}',
    );

    expect(attempt).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(JSON.stringify(attempt.body)).toContain('\\"decision\\" must be one of: accept, decline');
  });

  it('a valid body with one field its schema does not name is refused, where the field used to be dropped', async () => {
    const { entries } = (
      await fixture.secretariat.call<{ targets: { entries: unknown[] } }>('GET', '/targets')
    ).targets;
    const withProto = (body: object) => `${json(body).slice(0, -1)},"__proto__":{"admin":true}}`;
    const attempts = await Promise.all([
      answer('secretariat', 'POST', '/api/targets', withProto({ entries })),
      answer('cityOwn', 'POST', '/api/pilots', withProto(sampleLetter('Aurora'))),
      answer(
        'cityOwn',
        'POST',
        pilotPath(`/queries/${fixture.queryId}/answer`),
        json({ text: 'The 2025 census.', '': true }),
      ),
      answer(
        'cityOwn',
        'POST',
        pilotPath('/publication-consent'),
        json({ report: 'publish', snapshot: 'publish', x: 1 }),
      ),
      answer(
        'verifierAssigned',
        'POST',
        pilotPath(`/queries/${fixture.queryId}/close`),
        withProto({ resolution: 'Source confirmed' }),
      ),
      answer(
        'verifierAssigned',
        'POST',
        pilotPath('/conclusion'),
        json({ summary: 'All core KPIs traced to sources.', datasetHash: '0'.repeat(64) }),
      ),
    ]);

    expect(attempts.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(await storedState(fixture)).toEqual(before);
  });

  it('the workbook upload link refuses a body it used to ignore, even the JSON string ""', async () => {
    const attempts = await Promise.all(
      ['""', '{"contentType":"application/pdf"}'].map((body) =>
        answer('cityOwn', 'POST', pilotPath('/uploads'), body),
      ),
    );

    expect(attempts.map((a) => a.status)).toEqual([400, 400]);
  });
});

describe('answers that were not JSON or never arrived', () => {
  it('a path no route has answers a JSON 404, not the plain text of the app the API is mounted in', async () => {
    const attempts = await Promise.all(
      ['/api/nosuch', `/api/pilots//template`, pilotPath('/nosuch')].map((url) =>
        answer('secretariat', 'GET', url),
      ),
    );

    expect(attempts.map((a) => [a.status, a.body.error?.code])).toEqual([
      [404, 'not_found'],
      [404, 'not_found'],
      [404, 'not_found'],
    ]);
  });

  it('a large body refused before it is read, or over the limit, leaves the connection usable', async () => {
    const large = json({ reason: 'r'.repeat(900_000) });
    const statuses: number[] = [];
    // One after another, as a client reuses its connection: every other request used to fail with "other side closed".
    for (let i = 0; i < 4; i++) {
      statuses.push((await answer('anonymous', 'POST', pilotPath('/withdrawal'), large)).status);
      statuses.push(
        (await answer('secretariat', 'POST', `/api/pilots/${'b'.repeat(100)}/withdrawal`, large)).status,
      );
      statuses.push(
        (await answer('cityOwn', 'POST', pilotPath('/withdrawal'), `${large}${' '.repeat(200_000)}`)).status,
      );
    }
    statuses.push((await answer('anonymous', 'GET', '/api/health')).status);

    expect(statuses).toEqual([...Array.from({ length: 4 }, () => [401, 400, 413]).flat(), 200]);
    expect(await storedState(fixture)).toEqual(before);
  });
});

describe('tokens', () => {
  it('a token signed with the data folder’s key but without an expiry is refused', async () => {
    const key = Buffer.from(
      readFileSync(join(fixture.dataDir, 'identity-signing-key'), 'utf8').trim(),
      'hex',
    );
    const token = await new SignJWT({ sub: 'secretariat', 'cognito:groups': ['secretariat'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('u4ssc-local')
      .setIssuedAt()
      .sign(key);

    const response = await fetch(`${fixture.runtime.urls.api}/me`, {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(401);
  });
});
