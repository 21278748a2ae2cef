// The embedded runtime with one pilot brought to verification (an open query included) and a token for each role,
// for the tests that aim hostile requests at the API.
import type { PilotSummary } from '../../core/lifecycle/board-summary.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Runtime } from '../../local/runtime.ts';
import type { ApiClient } from '../../scripts/lib/api-client.ts';
import { bringToVerification, getPilot, signInAll } from '../../scripts/lib/lifecycle-steps.ts';
import { startTestRuntime, tempDataDir } from './runtime.ts';

/** Who calls: the secretariat, the pilot's city and another, its verifier and another, and nobody signed in. */
export type Role =
  | 'secretariat'
  | 'cityOwn'
  | 'cityOther'
  | 'verifierAssigned'
  | 'verifierOther'
  | 'anonymous';
const users: Record<Exclude<Role, 'anonymous'>, string> = {
  secretariat: 'secretariat',
  cityOwn: 'aurora',
  cityOther: 'borealis',
  verifierAssigned: 'verifier',
  verifierOther: 'verifier2',
};

export interface ApiFixture {
  runtime: Runtime;
  dataDir: string;
  /** The pilot in verification, as it stood when the fixture was ready. */
  pilot: Pilot;
  queryId: string;
  secretariat: ApiClient;
  tokens: Partial<Record<Role, string>>;
  /** Sends a request as given (any URL under the API's origin, any body text) as one of the roles. */
  send(role: Role, method: string, url: string, body?: string): Promise<Response>;
}

async function tokenOf(origin: string, username: string): Promise<string> {
  const response = await fetch(`${origin}/local-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  return ((await response.json()) as { token: string }).token;
}

export async function startApiFixture(): Promise<ApiFixture> {
  const dataDir = tempDataDir();
  const runtime = await startTestRuntime(dataDir);
  const actors = await signInAll(runtime.urls.portal, runtime.urls.inbox);
  const pilotId = await bringToVerification(actors);
  await actors.verifier.call('POST', `/pilots/${pilotId}/queries`, {
    dataPointId: 'EC.ICT.ICT.1C',
    question: 'Which survey gave the household count?',
  });
  const pilot = await getPilot(actors.secretariat, pilotId);
  const tokens: Partial<Record<Role, string>> = {};
  for (const [role, username] of Object.entries(users))
    tokens[role as Role] = await tokenOf(runtime.urls.portal, username);
  return {
    runtime,
    dataDir,
    pilot,
    queryId: pilot.verification?.queries[0]?.queryId ?? '',
    secretariat: actors.secretariat,
    tokens,
    send: (role, method, url, body) =>
      fetch(`${runtime.urls.portal}${url}`, {
        method,
        headers: {
          ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body,
      }),
  };
}

/**
 * What storage holds, as the API shows it to the secretariat: the pilot's version and timeline, every pilot's
 * version, the verifier registry and the targets version.
 */
export async function storedState(fixture: ApiFixture) {
  const { secretariat, pilot } = fixture;
  const [detail, list, verifiers, targets] = await Promise.all([
    secretariat.call<{ pilot: Pilot; timeline: unknown[] }>('GET', `/pilots/${pilot.pilotId}`),
    secretariat.call<{ pilots: PilotSummary[] }>('GET', '/pilots'),
    secretariat.call<{ verifiers: unknown[] }>('GET', '/verifiers'),
    secretariat.call<{ targets: { version: number } }>('GET', '/targets'),
  ]);
  return {
    pilot: { version: detail.pilot.version, stage: detail.pilot.stage, updatedAt: detail.pilot.updatedAt },
    timeline: detail.timeline.length,
    pilots: list.pilots.map((p) => `${p.pilotId}@${p.version}`),
    verifiers: verifiers.verifiers,
    targets: targets.targets.version,
  };
}
