// DynamoDB adapter of the in-app inboxes: one partition per inbox, one item per notification (bounded by its schema)
// and an unread counter moved only by writes that changed a notification's state.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { InAppNotification, InboxId } from '../../core/notifications/in-app.ts';
import type { InboxPage, NotificationInbox } from '../../core/use-cases/ports.ts';
import { isConditionFailure } from './dynamo-requests.ts';
import { readItem, SCHEMA_VERSION, storedItems } from './stored-items.ts';
import { keys } from './table-design.ts';
import { translateTransientErrors } from './transient.ts';

const read = (item: Record<string, unknown>): InAppNotification => {
  const { schemaVersion: _, ...notification } = readItem(storedItems.notification, item);
  return notification;
};

export class DynamoInbox implements NotificationInbox {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = translateTransientErrors(
      DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    );
  }

  /** Writes once: a delivery retried after a crash finds its item and does not count it again. */
  async deliver(inboxes: readonly InboxId[], notification: InAppNotification): Promise<void> {
    await Promise.all(
      inboxes.map(async (inbox) => {
        try {
          await this.doc.send(
            new PutCommand({
              TableName: this.tableName,
              Item: {
                pk: keys.inbox(inbox),
                sk: keys.notification(notification.id),
                schemaVersion: SCHEMA_VERSION,
                ...notification,
              },
              ConditionExpression: 'attribute_not_exists(sk)',
            }),
          );
        } catch (error) {
          if (isConditionFailure(error)) return;
          throw error;
        }
        await this.count(inbox, 1);
      }),
    );
  }

  private async count(inbox: InboxId, by: number): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: keys.inbox(inbox), sk: keys.unread },
        UpdateExpression: 'ADD unread :by SET schemaVersion = :version',
        ExpressionAttributeValues: { ':by': by, ':version': SCHEMA_VERSION },
      }),
    );
  }

  async page(inbox: InboxId, options: { limit: number; after?: string }): Promise<InboxPage> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.inbox(inbox), ':prefix': keys.notificationPrefix },
        ScanIndexForward: false,
        Limit: options.limit,
        ...(options.after
          ? { ExclusiveStartKey: { pk: keys.inbox(inbox), sk: keys.notification(options.after) } }
          : {}),
      }),
    );
    const notifications = (out.Items ?? []).map((item) => read(item));
    return {
      notifications,
      ...(out.LastEvaluatedKey ? { after: notifications.at(-1)?.id } : {}),
    };
  }

  async unreadCount(inbox: InboxId): Promise<number> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: keys.inbox(inbox), sk: keys.unread },
        ConsistentRead: true,
      }),
    );
    return out.Item ? Math.max(0, readItem(storedItems.unread, out.Item).unread) : 0;
  }

  async get(inbox: InboxId, ids: readonly string[]): Promise<InAppNotification[]> {
    const found = await Promise.all(
      ids.map(async (id) => {
        const out = await this.doc.send(
          new GetCommand({
            TableName: this.tableName,
            Key: { pk: keys.inbox(inbox), sk: keys.notification(id) },
            ConsistentRead: true,
          }),
        );
        return out.Item ? [read(out.Item)] : [];
      }),
    );
    return found.flat();
  }

  async markRead(inbox: InboxId, ids: readonly string[], at: string): Promise<void> {
    const changed = await Promise.all(
      ids.map(async (id) => {
        try {
          await this.doc.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: { pk: keys.inbox(inbox), sk: keys.notification(id) },
              UpdateExpression: 'SET readAt = :at',
              ConditionExpression: 'attribute_exists(sk) AND attribute_not_exists(readAt)',
              ExpressionAttributeValues: { ':at': at },
            }),
          );
          return 1;
        } catch (error) {
          if (isConditionFailure(error)) return 0;
          throw error;
        }
      }),
    );
    const count = changed.reduce<number>((sum, n) => sum + n, 0);
    if (count > 0) await this.count(inbox, -count);
  }
}
