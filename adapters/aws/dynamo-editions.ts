// DynamoDB adapter of the index's editions: one item per edition, replaced while a draft, frozen once published.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { IndexEditionRecord } from '../../core/index/edition.ts';
import type { IndexEditionRepository } from '../../core/use-cases/ports.ts';
import { isConditionFailure } from './dynamo-requests.ts';
import { readItem, SCHEMA_VERSION, storedItems } from './stored-items.ts';
import { keys } from './table-design.ts';
import { translateTransientErrors } from './transient.ts';

const read = (item: Record<string, unknown>): IndexEditionRecord => {
  const { schemaVersion: _, ...record } = readItem(storedItems.indexEdition, item);
  return record;
};

export class DynamoEditions implements IndexEditionRepository {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = translateTransientErrors(
      DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    );
  }

  private key(editionId: string) {
    return { pk: keys.indexEditions, sk: keys.indexEdition(editionId) };
  }

  async saveDraft(record: IndexEditionRecord): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...this.key(record.editionId), schemaVersion: SCHEMA_VERSION, ...record, status: 'draft' },
          ConditionExpression: 'attribute_not_exists(sk) OR #status = :draft',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':draft': 'draft' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async publishEdition(
    editionId: string,
    key: string,
    published: { at: string; by: string },
  ): Promise<IndexEditionRecord | undefined> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.key(editionId),
          UpdateExpression: 'SET #status = :published, publishedAt = :at, publishedBy = :by',
          ConditionExpression: '#status = :draft AND #key = :key',
          ExpressionAttributeNames: { '#status': 'status', '#key': 'key' },
          ExpressionAttributeValues: {
            ':published': 'published',
            ':draft': 'draft',
            ':key': key,
            ':at': published.at,
            ':by': published.by,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes ? read(out.Attributes) : undefined;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async getEdition(editionId: string): Promise<IndexEditionRecord | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: this.key(editionId), ConsistentRead: true }),
    );
    return out.Item ? read(out.Item) : undefined;
  }

  async listEditions(): Promise<IndexEditionRecord[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.indexEditions },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.map(read);
  }
}
