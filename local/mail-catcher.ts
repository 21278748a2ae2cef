// A local stand-in for SES v2: accepts SendEmail over HTTP, keeps every message on disk and shows an inbox.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import * as z from 'zod';

const sendEmailSchema = z.object({
  FromEmailAddress: z.string(),
  Destination: z.object({ ToAddresses: z.array(z.string()).min(1) }),
  Content: z.object({
    Simple: z.object({
      Subject: z.object({ Data: z.string() }),
      Body: z.object({ Text: z.object({ Data: z.string() }) }),
    }),
  }),
});

export interface CaughtEmail {
  id: string;
  at: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function readInbox(dir: string): CaughtEmail[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaughtEmail);
}

export function createMailCatcher(dir: string) {
  mkdirSync(dir, { recursive: true });
  const app = new Hono();
  app.post('/v2/email/outbound-emails', async (c) => {
    const parsed = sendEmailSchema.safeParse(await c.req.json());
    if (!parsed.success) return c.json({ message: 'Only simple text e-mails are supported locally' }, 400);
    const { FromEmailAddress, Destination, Content } = parsed.data;
    const at = new Date().toISOString();
    const email: CaughtEmail = {
      id: randomUUID(),
      at,
      from: FromEmailAddress,
      to: Destination.ToAddresses,
      subject: Content.Simple.Subject.Data,
      text: Content.Simple.Body.Text.Data,
    };
    writeFileSync(join(dir, `${at.replace(/[:.]/g, '-')}-${email.id}.json`), JSON.stringify(email, null, 2));
    return c.json({ MessageId: email.id });
  });
  app.get('/emails', (c) => {
    const to = c.req.query('to');
    return c.json({ emails: readInbox(dir).filter((e) => !to || e.to.includes(to)) });
  });
  app.get('/', (c) => {
    const rows = readInbox(dir)
      .reverse()
      .map(
        (e) =>
          `<article><h2>${escapeHtml(e.subject)}</h2><p><small>${e.at} · to ${escapeHtml(e.to.join(', '))}</small></p><pre>${escapeHtml(e.text)}</pre></article>`,
      )
      .join('');
    return c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local inbox</title><style>body{font:14px system-ui;max-width:60rem;margin:auto;padding:1rem}article{border-bottom:1px solid #ccc}pre{white-space:pre-wrap}</style></head><body><h1>Local inbox</h1>${rows || '<p>No e-mails yet.</p>'}</body></html>`,
    );
  });
  return app;
}

export function startMailCatcher(dir: string, port: number, host: string) {
  return serve({ fetch: createMailCatcher(dir).fetch, port, hostname: host });
}
