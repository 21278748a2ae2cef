// The in-app inbox against both implementations (the in-memory stand-in and DynamoInbox on dynalite, a fresh table per
// fixture): newest first in pages, an unread count moved only by real changes; and notify() filling each reader's
// inbox with the copy of the e-mail it sends.
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoInbox } from '../../adapters/aws/dynamo-inbox.ts';
import { type InAppNotification, newNotificationId } from '../../core/notifications/in-app.ts';
import { markNotificationsRead, notificationsPage } from '../../core/use-cases/notifications.ts';
import { notify } from '../../core/use-cases/notify.ts';
import type { NotificationInbox } from '../../core/use-cases/ports.ts';
import { createTableIfMissing } from '../../local/emulators.ts';
import { staffDirectory } from '../support/decision-cases.ts';
import { memoryDeps } from '../support/memory-deps.ts';
import { MemoryInbox } from '../support/memory-inbox.ts';
import { city, otherCity, pilotIn, secretariat, supervisor, verifier } from '../support/pilots.ts';

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
const clients: DynamoDBClient[] = [];
let endpoint = '';
let tables = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const made of clients) made.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function dynamoInbox(): Promise<NotificationInbox> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' },
  });
  clients.push(client);
  const tableName = `inbox-${++tables}`;
  await createTableIfMissing(client, tableName);
  return new DynamoInbox(client, tableName);
}

const START = Date.parse('2027-01-01T00:00:00.000Z');
const note = (minute: number): InAppNotification => {
  const at = new Date(START + minute * 60_000);
  return {
    id: newNotificationId(at),
    at: at.toISOString(),
    kind: 'query_raised',
    pilotId: 'paurora0001',
    cityName: 'Aurora',
    en: { subject: `Question ${minute}`, body: 'The verifier asks about data point EC.ICT.ICT.1C.' },
    zh: { subject: `问题 ${minute}`, body: '核查员就数据点 EC.ICT.ICT.1C 提出问题。' },
  };
};

for (const [name, make] of [
  ['the in-memory inbox', async () => new MemoryInbox()],
  ['DynamoInbox on dynalite', dynamoInbox],
] as const) {
  describe(name, () => {
    it('pages an inbox newest first, resuming after the last one of a page, and counts what is unread', async () => {
      const inbox = await make();
      const sent = Array.from({ length: 5 }, (_, minute) => note(minute));
      for (const n of sent) await inbox.deliver(['city:aurora'], n);

      const first = await inbox.page('city:aurora', { limit: 3 });
      const second = await inbox.page('city:aurora', { limit: 3, after: first.after });

      expect(first.notifications.map((n) => n.en.subject)).toEqual([
        'Question 4',
        'Question 3',
        'Question 2',
      ]);
      expect(second.notifications.map((n) => n.en.subject)).toEqual(['Question 1', 'Question 0']);
      expect(second.after).toBeUndefined();
      expect(await inbox.unreadCount('city:aurora')).toBe(5);
    });

    it('keeps inboxes apart: a delivery to two inboxes is one unread in each, none in a third', async () => {
      const inbox = await make();

      await inbox.deliver(['user:verifier', 'user:supervisor'], note(1));

      expect(await inbox.unreadCount('user:verifier')).toBe(1);
      expect(await inbox.unreadCount('user:supervisor')).toBe(1);
      expect(await inbox.unreadCount('user:verifier2')).toBe(0);
      expect((await inbox.page('user:verifier2', { limit: 10 })).notifications).toEqual([]);
    });

    it('counts a delivery retried with the same notification once', async () => {
      const inbox = await make();
      const n = note(1);

      await inbox.deliver(['city:aurora'], n);
      await inbox.deliver(['city:aurora'], n);

      expect(await inbox.unreadCount('city:aurora')).toBe(1);
      expect((await inbox.page('city:aurora', { limit: 10 })).notifications).toHaveLength(1);
    });

    it('marks read once: marking again, or marking one already read, does not count it off twice', async () => {
      const inbox = await make();
      const [a, b] = [note(1), note(2)];
      await inbox.deliver(['city:aurora'], a);
      await inbox.deliver(['city:aurora'], b);

      await inbox.markRead('city:aurora', [a.id], '2027-01-02T00:00:00.000Z');
      await inbox.markRead('city:aurora', [a.id], '2027-01-03T00:00:00.000Z');

      expect(await inbox.unreadCount('city:aurora')).toBe(1);
      const [stored] = await inbox.get('city:aurora', [a.id]);
      expect(stored?.readAt).toBe('2027-01-02T00:00:00.000Z');
      expect((await inbox.get('city:aurora', [b.id]))[0]?.readAt).toBeUndefined();
    });
  });
}

describe('notify and the notification centre', () => {
  it('puts the copy of each e-mail in the inbox of every person it was sent to, in both languages', async () => {
    const deps = memoryDeps();
    await deps.tables.putTable('staff', staffDirectory);
    const pilot = pilotIn('in_verification');

    await notify(deps, pilot, 'query_raised', 'EC.ICT.ICT.1C');
    await notify(deps, pilot, 'deadline_escalated', '2027-01-01');

    const ofCity = await notificationsPage(deps, city, {});
    expect(ofCity.unread).toBe(1);
    expect(ofCity.notifications[0]).toMatchObject({ kind: 'query_raised', pilotId: pilot.pilotId });
    expect(ofCity.notifications[0]?.en.body).toContain('EC.ICT.ICT.1C');
    expect(ofCity.notifications[0]?.zh.body).toContain('核查员');
    // Escalations go to the secretariat (every active staff member) and the pilot's supervisor, each once.
    expect((await notificationsPage(deps, secretariat, {})).notifications.map((n) => n.kind)).toEqual([
      'deadline_escalated',
    ]);
    expect((await notificationsPage(deps, supervisor, {})).unread).toBe(1);
    expect((await notificationsPage(deps, verifier, {})).unread).toBe(0);
    expect((await notificationsPage(deps, otherCity, {})).unread).toBe(0);
  });

  it("refuses to mark another inbox's notification read, and marks nothing of the request", async () => {
    const deps = memoryDeps();
    const pilot = pilotIn('in_verification');
    await notify(deps, pilot, 'query_raised', 'EC.ICT.ICT.1C');
    await notify(deps, pilot, 'query_answered', 'q1');
    const [mine] = (await notificationsPage(deps, city, {})).notifications;
    const [theirs] = (await notificationsPage(deps, verifier, {})).notifications;

    await expect(markNotificationsRead(deps, city, { ids: [mine!.id, theirs!.id] })).rejects.toThrow(
      /No notification/,
    );
    expect((await notificationsPage(deps, city, {})).unread).toBe(1);

    expect(await markNotificationsRead(deps, city, { ids: [mine!.id] })).toEqual({ unread: 0 });
  });

  it('refuses a malformed request to mark read with a clear message', async () => {
    const deps = memoryDeps();

    await expect(markNotificationsRead(deps, city, { ids: [] })).rejects.toThrow(
      /Invalid request to mark notifications read/,
    );
  });
});
