// Talks to the HTTP API with the signed-in user's bearer token and turns error bodies into typed errors.

const TOKEN_KEY = 'u4ssc.token';
export const SIGNED_OUT_EVENT = 'u4ssc:signed-out';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The token lives in sessionStorage so closing the tab signs the user out. */
export const tokenStore = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? undefined,
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as T & {
    error?: { code: string; message: string; details?: Record<string, unknown> };
  };
  if (response.ok) return body;
  const { code = 'internal', message = response.statusText, details } = body.error ?? {};
  throw new ApiError(response.status, code, message, details);
}

/** Origin of the API when it is not the portal's own (on AWS: API Gateway, while the portal is on CloudFront). */
let apiOrigin = '';
export function setApiOrigin(origin: string): void {
  apiOrigin = origin;
}

async function send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  const token = tokenStore.get();
  const response = await fetch(`${apiOrigin}/api${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    // An expired token ends the session everywhere in the app at once.
    tokenStore.clear();
    window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  }
  return response;
}

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  return parse<T>(await send(method, path, body));
}

/** Fetches a file the API itself answers with (it needs the bearer token, so a plain link cannot) and saves it. */
export async function saveFile(path: string): Promise<void> {
  const response = await send('GET', path);
  if (!response.ok) await parse(response);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL is released once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function requestToken(username: string, password: string): Promise<string> {
  const response = await fetch('/local-auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (await parse<{ token: string }>(response)).token;
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
}

/** Asks the API for a short-lived download link and lets the browser fetch it as a file. */
export async function download(path: string): Promise<void> {
  const { url } = await api<{ url: string }>('GET', path);
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
