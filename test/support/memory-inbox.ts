// In-memory stand-in for DynamoInbox: the same items under the same keys, the same conditions, every read parsed.
import { readItem, SCHEMA_VERSION, storedItems } from '../../adapters/aws/stored-items.ts';
import { keys } from '../../adapters/aws/table-design.ts';
import type { InAppNotification, InboxId } from '../../core/notifications/in-app.ts';
import type { InboxPage, NotificationInbox } from '../../core/use-cases/ports.ts';
import { type ItemTable, MemoryTable } from './memory-table.ts';

const read = (item: Record<string, unknown>): InAppNotification => {
  const { schemaVersion: _, ...notification } = readItem(storedItems.notification, item);
  return notification;
};

export class MemoryInbox implements NotificationInbox {
  constructor(private readonly table: ItemTable = new MemoryTable()) {}

  private async count(inbox: InboxId, by: number): Promise<void> {
    const stored = this.table.get(keys.inbox(inbox), keys.unread);
    const unread = stored ? readItem(storedItems.unread, stored).unread : 0;
    await this.table.put({
      pk: keys.inbox(inbox),
      sk: keys.unread,
      schemaVersion: SCHEMA_VERSION,
      unread: unread + by,
    });
  }

  async deliver(inboxes: readonly InboxId[], notification: InAppNotification): Promise<void> {
    for (const inbox of inboxes) {
      const item = {
        pk: keys.inbox(inbox),
        sk: keys.notification(notification.id),
        schemaVersion: SCHEMA_VERSION,
        ...notification,
      };
      if (await this.table.put(item, (existing) => !existing)) await this.count(inbox, 1);
    }
  }

  async page(inbox: InboxId, options: { limit: number; after?: string }): Promise<InboxPage> {
    const newestFirst = this.table
      .partition(keys.inbox(inbox))
      .filter((item) => item.sk.startsWith(keys.notificationPrefix))
      .reverse();
    const from = options.after
      ? newestFirst.filter((item) => item.sk < keys.notification(options.after!))
      : newestFirst;
    const notifications = from.slice(0, options.limit).map(read);
    // DynamoDB names a resume key whenever the limit stopped the query, even if nothing follows.
    return {
      notifications,
      ...(from.length >= options.limit ? { after: notifications.at(-1)?.id } : {}),
    };
  }

  async unreadCount(inbox: InboxId): Promise<number> {
    const stored = this.table.get(keys.inbox(inbox), keys.unread);
    return stored ? Math.max(0, readItem(storedItems.unread, stored).unread) : 0;
  }

  async get(inbox: InboxId, ids: readonly string[]): Promise<InAppNotification[]> {
    return ids.flatMap((id) => {
      const item = this.table.get(keys.inbox(inbox), keys.notification(id));
      return item ? [read(item)] : [];
    });
  }

  async markRead(inbox: InboxId, ids: readonly string[], at: string): Promise<void> {
    let changed = 0;
    for (const id of ids) {
      const item = this.table.get(keys.inbox(inbox), keys.notification(id));
      if (!item || item.readAt !== undefined) continue;
      if (await this.table.put({ ...item, readAt: at })) changed += 1;
    }
    if (changed > 0) await this.count(inbox, -changed);
  }
}
