// Where the portal finds the API and how it signs users in: /config.json next to the built files on AWS (written
// at deployment from the stack outputs); without it, the embedded runtime's defaults (same origin, local sign-in).

export type AuthConfig =
  | { kind: 'local' }
  | {
      kind: 'cognito';
      /** The hosted sign-in pages, e.g. https://u4ssc-prod-123456789012.auth.eu-west-1.amazoncognito.com */
      domain: string;
      clientId: string;
    };

export interface PortalConfig {
  /** Origin of the HTTP API; empty when it is the portal's own origin. */
  apiOrigin: string;
  auth: AuthConfig;
}

export const localDefaults: PortalConfig = { apiOrigin: '', auth: { kind: 'local' } };

/** Checks the shape by hand: the portal bundle does not carry zod for one small file. */
export function parsePortalConfig(value: unknown): PortalConfig {
  const v = value as Partial<PortalConfig> | null;
  const auth = v?.auth as { kind?: string; domain?: unknown; clientId?: unknown } | undefined;
  if (typeof v?.apiOrigin !== 'string') throw new Error('config.json: "apiOrigin" must be a string');
  if (auth?.kind === 'local') return { apiOrigin: v.apiOrigin.replace(/\/$/, ''), auth: { kind: 'local' } };
  if (auth?.kind !== 'cognito' || typeof auth.domain !== 'string' || typeof auth.clientId !== 'string')
    throw new Error('config.json: "auth" must be {"kind":"local"} or {"kind":"cognito","domain","clientId"}');
  return {
    apiOrigin: v.apiOrigin.replace(/\/$/, ''),
    auth: { kind: 'cognito', domain: auth.domain.replace(/\/$/, ''), clientId: auth.clientId },
  };
}

export async function loadPortalConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  // No file: the embedded runtime and the dev server answer 404 or their index page for an unknown address.
  const isJson = response.headers.get('content-type')?.includes('json');
  if (response.status === 404 || (response.ok && !isJson)) return localDefaults;
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return parsePortalConfig(await response.json());
}
