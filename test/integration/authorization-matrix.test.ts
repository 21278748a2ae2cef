import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime.ts';
import { ApiClient } from '../../scripts/lib/api-client.ts';
import { bringToVerification, signInAll } from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from '../support/runtime.ts';

type Caller = 'secretariat' | 'cityOwn' | 'cityOther' | 'verifierAssigned' | 'verifierOther';
const callers: Caller[] = ['secretariat', 'cityOwn', 'cityOther', 'verifierAssigned', 'verifierOther'];
const users: Record<Caller, string> = {
  secretariat: 'secretariat',
  cityOwn: 'aurora',
  cityOther: 'borealis',
  verifierAssigned: 'verifier',
  verifierOther: 'verifier2',
};
const readers: Caller[] = ['secretariat', 'cityOwn', 'verifierAssigned'];

/** Every pilot route, and who may call it on a pilot of the city Aurora assigned to the verifier "verifier". */
const routes: [method: 'GET' | 'POST', path: string, allowed: Caller[]][] = [
  ['GET', '', readers],
  ['GET', '/template', readers],
  ['GET', '/submissions/1', readers],
  ['GET', '/submissions/1/changes?from=1', readers],
  ['GET', '/submissions/1/feedback-workbook', readers],
  ['GET', '/submissions/1/evidence', readers],
  ['GET', '/submissions/1/workbook', readers],
  ['GET', '/draft-report', readers],
  // Before the verification is concluded the proposals are the team's (decision 0047).
  ['GET', '/guidance-proposals', ['secretariat', 'verifierAssigned']],
  ['GET', '/documents?key=none', readers],
  ['GET', '/candidates', ['secretariat']],
  ['GET', '/score', readers],
  ['GET', '/queries/q0/evidence/e0', readers],
  ['POST', '/uploads', ['secretariat', 'cityOwn']],
  ['GET', '/uploads/u0', readers],
  ['POST', '/signed-letter-uploads', ['secretariat', 'cityOwn']],
  ['POST', '/signed-letter', ['secretariat', 'cityOwn']],
  ['POST', '/publication-consent', ['cityOwn']],
  ['POST', '/certificate-revocation', ['secretariat']],
  ['POST', '/letter-decision', ['secretariat']],
  ['POST', '/verifier-assignment', ['secretariat']],
  ['POST', '/verification-response', ['verifierAssigned']],
  ['POST', '/verification-mode', ['cityOwn']],
  ['POST', '/reviews', ['verifierAssigned']],
  ['POST', '/queries', ['verifierAssigned']],
  ['POST', '/queries/q0/answer', ['cityOwn']],
  ['POST', '/queries/q0/close', ['verifierAssigned']],
  ['POST', '/queries/q0/evidence-uploads', ['cityOwn']],
  ['POST', '/interviews', ['verifierAssigned']],
  ['POST', '/interview-attachment-uploads', ['verifierAssigned']],
  ['GET', '/interview-attachments/e0', readers],
  ['POST', '/submission-return', ['verifierAssigned']],
  ['POST', '/conclusion', ['verifierAssigned']],
  ['POST', '/conclusion-decision', ['secretariat']],
  ['POST', '/dataset-unlock', ['secretariat']],
  ['POST', '/draft-review', ['cityOwn']],
  ['POST', '/draft-comment-answer', ['verifierAssigned']],
  ['POST', '/report-issue', ['secretariat', 'verifierAssigned']],
  ['POST', '/certification', ['secretariat']],
  ['POST', '/withdrawal', ['cityOwn']],
  ['POST', '/deadline', ['secretariat']],
  ['POST', '/stage-retry', ['secretariat']],
  ['GET', '/maturity', readers],
  ['POST', '/self-assessment', ['cityOwn']],
  ['POST', '/initiatives', ['cityOwn']],
  ['POST', '/factsheet-request', ['cityOwn']],
  ['POST', '/factsheet', ['secretariat']],
  ['GET', '/maturity/ladder', readers],
  ['POST', '/case-studies', ['cityOwn']],
  ['POST', '/case-study-submission', ['cityOwn']],
  ['POST', '/case-study-review', ['secretariat']],
  ['POST', '/case-study-publication', ['cityOwn']],
];

let runtime: Runtime;
let pilotId: string;
const clients = {} as Record<Caller, ApiClient>;

beforeAll(async () => {
  runtime = await startTestRuntime(tempDataDir());
  const actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  pilotId = await bringToVerification(actors);
  for (const caller of callers)
    clients[caller] = await new ApiClient(runtime.urls.portal).signIn(users[caller]);
});
afterAll(async () => {
  await runtime.stop();
});

describe('the authorization matrix of pilot routes', () => {
  for (const [method, suffix, allowed] of routes) {
    for (const caller of callers) {
      const may = allowed.includes(caller);
      it(`${may ? 'lets' : 'forbids'} ${caller} ${method} /pilots/:id${suffix}`, async () => {
        const response = await clients[caller].raw(
          method,
          `/pilots/${pilotId}${suffix}`,
          method === 'POST' ? '{}' : undefined,
        );

        if (may) expect(response.status).not.toBe(403);
        else expect(response.status).toBe(403);
      });
    }
  }

  it('left the pilot where it was: no call above changed its stage', async () => {
    const response = await clients.secretariat.call<{ pilot: { stage: string } }>(
      'GET',
      `/pilots/${pilotId}`,
    );

    expect(response.pilot.stage).toBe('in_verification');
  });
});

describe('the authorization of programme-wide routes', () => {
  it.each([
    ['GET', '/verifiers', ['secretariat']],
    ['POST', '/verifiers', ['secretariat']],
    ['GET', '/pilots', callers],
    ['GET', '/pilots/counts', ['secretariat']],
    ['GET', '/tasks', callers],
    ['GET', '/me', callers],
    ['GET', '/accounts', ['secretariat']],
    ['POST', '/accounts', ['secretariat']],
    ['POST', '/account-deactivations', ['secretariat']],
    ['POST', '/account-reactivations', ['secretariat']],
    ['GET', '/maturity/distribution', callers],
  ] as const)('%s %s', async (method, path, allowed) => {
    for (const caller of callers) {
      const response = await clients[caller].raw(method, path, method === 'POST' ? '{}' : undefined);
      expect({ caller, forbidden: response.status === 403 }).toEqual({
        caller,
        forbidden: !(allowed as readonly Caller[]).includes(caller),
      });
    }
  });

  it('lists to a city only its own pilots and to a verifier only those assigned to them', async () => {
    const list = async (caller: Caller) =>
      (await clients[caller].call<{ pilots: { pilotId: string }[] }>('GET', '/pilots')).pilots.map(
        (p) => p.pilotId,
      );

    expect(await list('cityOwn')).toEqual([pilotId]);
    expect(await list('cityOther')).toEqual([]);
    expect(await list('verifierAssigned')).toEqual([pilotId]);
    expect(await list('verifierOther')).toEqual([]);
  });
});
