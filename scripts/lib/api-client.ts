// A small client of the HTTP API that behaves like a real one (bearer token, JSON, presigned POST); used by the demo and tests.

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly body: { error?: { code?: string; message?: string } },
  ) {
    super(`${status} ${body.error?.code ?? ''}: ${body.error?.message ?? JSON.stringify(body)}`);
  }
}

export interface Email {
  id: string;
  at: string;
  to: string[];
  subject: string;
  text: string;
}

export class ApiClient {
  private token?: string;

  constructor(
    readonly baseUrl: string,
    readonly inboxUrl?: string,
  ) {}

  async signIn(username: string, password = 'demo'): Promise<this> {
    const response = await fetch(`${this.baseUrl}/local-auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await response.json()) as { token?: string; error?: { code?: string; message?: string } };
    if (!response.ok || !body.token) throw new ApiError(response.status, body);
    this.token = body.token;
    return this;
  }

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.raw(method, path, body === undefined ? undefined : JSON.stringify(body));
    const parsed = (await response.json()) as T;
    if (!response.ok)
      throw new ApiError(response.status, parsed as { error?: { code?: string; message?: string } });
    return parsed;
  }

  /** Sends the body as given, so tests can send malformed JSON. */
  raw(method: string, path: string, body?: string): Promise<Response> {
    return fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body,
    });
  }

  /** Uploads through a presigned POST exactly as a browser form would. */
  async upload(
    ticket: { url: string; fields: Record<string, string> },
    bytes: Uint8Array,
    fileName: string,
  ): Promise<number> {
    const form = new FormData();
    for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: ticket.fields['Content-Type'] }), fileName);
    const response = await fetch(ticket.url, { method: 'POST', body: form });
    if (!response.ok) throw new Error(`Upload failed with ${response.status}: ${await response.text()}`);
    return response.status;
  }

  async download(url: string): Promise<Buffer> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Download failed with ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async inbox(to?: string): Promise<Email[]> {
    if (!this.inboxUrl) throw new Error('No inbox URL configured');
    const response = await fetch(`${this.inboxUrl}/emails${to ? `?to=${encodeURIComponent(to)}` : ''}`);
    return ((await response.json()) as { emails: Email[] }).emails;
  }
}

/** Polls until the check returns a value, failing with the last observation after the timeout. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
