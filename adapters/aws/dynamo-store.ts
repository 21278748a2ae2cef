// DynamoDB adapter: the pilot event log with its projection, upload grants and the verifier registry in one table.
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrencyConflictError, StorageLimitError } from '../../core/errors.ts';
import { type PilotSummary, summarize } from '../../core/lifecycle/board-summary.ts';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../core/lifecycle/pilot.ts';
import { type Stage, stages } from '../../core/lifecycle/stages.ts';
import { type BoardPage, type BoardQuery, sortKey } from '../../core/use-cases/board-query.ts';
import type {
  CertificateRegistry,
  GrantClaim,
  PilotFilter,
  PilotRepository,
  ProgrammeTableKind,
  ProgrammeTableRepository,
  ProgrammeTables,
  UploadGrantRepository,
  VerifierRepository,
} from '../../core/use-cases/ports.ts';
import type { UploadGrant } from '../../core/use-cases/upload-grant.ts';
import type { Verifier } from '../../core/verification/verifier.ts';
import { DynamoBoard } from './dynamo-board.ts';
import { readItem, readTable, SCHEMA_VERSION, storedItems } from './stored-items.ts';
import { keys, SUMMARY_ATTRIBUTE } from './table-design.ts';
import { translateTransientErrors } from './transient.ts';

type Item = Record<string, unknown>;

/**
 * Index keys of a pilot's projection: present only when the pilot belongs in that index. The board's sort keys are
 * the index keys, so a page's position is where the next query resumes.
 */
function indexKeys(p: Pilot, summary: PilotSummary): Item {
  const key = (sort: Parameters<typeof sortKey>[1]) => sortKey(summary, sort);
  const stage = keys.stage(p.stage);
  return {
    gsi1pk: stage,
    gsi1sk: key('updated'),
    ...(summary.dueAt ? { gsi2pk: keys.due, gsi2sk: key('due') } : {}),
    ...(p.verifierId ? { gsi3pk: keys.verifierIndex(p.verifierId), gsi3sk: key('updated') } : {}),
    gsi4pk: keys.city(p.cityId),
    gsi4sk: key('created'),
    ...(p.pendingRun ? { gsi5pk: keys.pending, gsi5sk: `${p.pendingRun.since}#${p.pilotId}` } : {}),
    gsi6pk: stage,
    gsi6sk: key('city'),
    gsi7pk: stage,
    gsi7sk: key('created'),
  };
}

/** DynamoDB's limit on one item; JSON's length in bytes is a little larger than DynamoDB's measure, so it errs safe. */
export const MAX_ITEM_BYTES = 400 * 1024;

function assertWithinItemLimit(item: Item): void {
  const bytes = Buffer.byteLength(JSON.stringify(item));
  if (bytes > MAX_ITEM_BYTES) {
    throw new StorageLimitError(
      `This change would make the stored record ${String(item.pk)} / ${String(item.sk)} ${Math.ceil(bytes / 1024)} KB, over DynamoDB's 400 KB item limit; nothing was recorded`,
      { key: `${String(item.pk)} / ${String(item.sk)}`, bytes },
    );
  }
}

/** BatchGetItem's limit on keys per request. */
const BATCH_GET_MAX = 100;

export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as Error)?.name === 'ConditionalCheckFailedException'
  );
}

export class DynamoStore
  implements
    PilotRepository,
    UploadGrantRepository,
    VerifierRepository,
    ProgrammeTableRepository,
    CertificateRegistry
{
  private readonly doc: DynamoDBDocumentClient;
  private readonly boardReads: DynamoBoard;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = translateTransientErrors(
      DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    );
    this.boardReads = new DynamoBoard(this.doc, tableName);
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey: start }),
      );
      items.push(...((page.Items ?? []) as Item[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  private async eventsAfter(pilotId: string, seq: number): Promise<PilotEvent[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND sk > :after',
      ExpressionAttributeValues: { ':pk': keys.pilot(pilotId), ':after': keys.event(seq) },
      ConsistentRead: true,
    });
    return items
      .filter((i) => String(i.sk).startsWith('EVENT#'))
      .map((i) => readItem(storedItems.event, i).event);
  }

  /**
   * One read in the common case: newest first, the projection (STATE sorts after every EVENT#) and the last event,
   * which is normally already folded in. Events written after the projection (a writer stopped between its two
   * puts) are read on until the projection's version and folded in here.
   */
  async load(pilotId: string): Promise<Pilot | undefined> {
    let stored: Pilot | undefined;
    const later: PilotEvent[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :firstEvent AND :state',
          ExpressionAttributeValues: {
            ':pk': keys.pilot(pilotId),
            ':firstEvent': keys.event(0),
            ':state': keys.state,
          },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: 2,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        if (item.sk === keys.state) {
          stored = readItem(storedItems.projection, item).view;
          continue;
        }
        const event = readItem(storedItems.event, item).event;
        if (stored && event.seq <= stored.version) return later.reduce<Pilot | undefined>(applyEvent, stored);
        later.unshift(event);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return later.reduce<Pilot | undefined>(applyEvent, stored);
  }

  events(pilotId: string): Promise<PilotEvent[]> {
    return this.eventsAfter(pilotId, 0);
  }

  async append(current: Pilot | undefined, event: PilotEvent): Promise<Pilot> {
    const next = applyEvent(current, event);
    // Refused before anything is written: an event whose projection DynamoDB would refuse must not be recorded.
    for (const item of [this.eventItem(event), this.projectionItem(next)]) assertWithinItemLimit(item);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.eventItem(event),
          ConditionExpression: 'attribute_not_exists(sk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new ConcurrencyConflictError(
          `Pilot ${event.pilotId} changed meanwhile (event ${event.seq} exists)`,
        );
      }
      throw error;
    }
    await this.saveProjection(next);
    return next;
  }

  private eventItem(event: PilotEvent): Item {
    return { pk: keys.pilot(event.pilotId), sk: keys.event(event.seq), schemaVersion: SCHEMA_VERSION, event };
  }

  private projectionItem(view: Pilot): Item {
    const summary = summarize(view);
    return {
      pk: keys.pilot(view.pilotId),
      sk: keys.state,
      schemaVersion: SCHEMA_VERSION,
      version: view.version,
      view,
      [SUMMARY_ATTRIBUTE]: summary,
      ...indexKeys(view, summary),
    };
  }

  /**
   * Never lets an older view overwrite a newer one. The stage counters move only after a put that replaced the
   * stored projection, from the stage that put replaced: a late or repeated write of an older version moves nothing.
   */
  private async saveProjection(view: Pilot): Promise<void> {
    let replaced: Stage | undefined;
    try {
      const out = await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.projectionItem(view),
          ConditionExpression: 'attribute_not_exists(version) OR version < :v',
          ExpressionAttributeValues: { ':v': view.version },
          ReturnValues: 'ALL_OLD',
        }),
      );
      replaced = out.Attributes ? readItem(storedItems.replacedStage, out.Attributes).view.stage : undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return;
    }
    if (replaced !== view.stage) await this.boardReads.countMove(replaced, view.stage);
  }

  /** The stored views an index holds, in its order: the index gives the keys, the table the full items. */
  private async queryViews(
    index: string,
    pk: string,
    pkValue: string,
    extra: Partial<QueryCommandInput> = {},
  ): Promise<Pilot[]> {
    const found = await this.queryAll({
      IndexName: index,
      KeyConditionExpression: `${pk} = :pk${extra.KeyConditionExpression ?? ''}`,
      ExpressionAttributeValues: { ':pk': pkValue, ...extra.ExpressionAttributeValues },
    });
    const views = new Map<string, Pilot>();
    for (let i = 0; i < found.length; i += BATCH_GET_MAX) {
      for (const view of await this.projectionsOf(found.slice(i, i + BATCH_GET_MAX)))
        views.set(view.pilotId, view);
    }
    return found.flatMap((item) => views.get(String(item.pk).slice(keys.pilot('').length)) ?? []);
  }

  /** One batch of projection items by key, asking again for any DynamoDB left unprocessed. */
  private async projectionsOf(found: Item[]): Promise<Pilot[]> {
    let wanted: Item[] = found.map((i) => ({ pk: i.pk, sk: i.sk }));
    const views: Pilot[] = [];
    while (wanted.length) {
      const out = await this.doc.send(
        new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: wanted } } }),
      );
      for (const item of out.Responses?.[this.tableName] ?? [])
        views.push(readItem(storedItems.projection, item).view);
      wanted = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Item[];
    }
    return views;
  }

  async list(filter: PilotFilter): Promise<Pilot[]> {
    let views: Pilot[];
    if (filter.cityId) views = await this.queryViews('byGroup', 'gsi4pk', keys.city(filter.cityId));
    else if (filter.verifierId)
      views = await this.queryViews('byVerifier', 'gsi3pk', keys.verifierIndex(filter.verifierId));
    else if (filter.dueBefore) {
      views = await this.queryViews('byDueDate', 'gsi2pk', keys.due, {
        KeyConditionExpression: ' AND gsi2sk < :before',
        ExpressionAttributeValues: { ':before': filter.dueBefore },
      });
    } else {
      const wanted = filter.stage ? [filter.stage] : stages;
      views = (
        await Promise.all(wanted.map((s) => this.queryViews('byStage', 'gsi1pk', keys.stage(s))))
      ).flat();
    }
    return views
      .filter((p) => !filter.stage || p.stage === filter.stage)
      .filter((p) => !filter.verifierId || p.verifierId === filter.verifierId)
      .filter((p) => !filter.cityId || p.cityId === filter.cityId)
      .filter((p) => !filter.dueBefore || (p.dueAt !== undefined && p.dueAt < filter.dueBefore))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The pending-runs index projects whole views, so they are read from it directly. */
  async listWithPendingRuns(): Promise<Pilot[]> {
    const items = await this.queryAll({
      IndexName: 'pendingRuns',
      KeyConditionExpression: 'gsi5pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.pending },
    });
    return items.map((i) => readItem(storedItems.projection, i).view);
  }

  board(query: BoardQuery): Promise<BoardPage> {
    return this.boardReads.page(query);
  }

  stageCounts(): Promise<Record<Stage, number>> {
    return this.boardReads.stageCounts();
  }

  countDueBefore(instant: string): Promise<number> {
    return this.boardReads.countDueBefore(instant);
  }

  async putGrant(grant: UploadGrant): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: keys.pilot(grant.pilotId),
          sk: keys.upload(grant.uploadId),
          schemaVersion: SCHEMA_VERSION,
          grant,
          status: 'issued',
        },
        ConditionExpression: 'attribute_not_exists(sk)',
      }),
    );
  }

  async getGrant(pilotId: string, uploadId: string): Promise<UploadGrant | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: keys.pilot(pilotId), sk: keys.upload(uploadId) },
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return undefined;
    const { grant, usedAt, objectTag } = readItem(storedItems.grant, out.Item);
    return { ...grant, ...(usedAt ? { usedAt } : {}), ...(objectTag ? { objectTag } : {}) };
  }

  async claimGrant(
    pilotId: string,
    uploadId: string,
    claim: { at: string; objectTag: string },
  ): Promise<GrantClaim> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.pilot(pilotId), sk: keys.upload(uploadId) },
          UpdateExpression:
            'SET #s = :used, usedAt = if_not_exists(usedAt, :at), objectTag = if_not_exists(objectTag, :tag)',
          // A grant claimed before objects were told apart counts as claimed by this object: it resumes, never rejects.
          ConditionExpression:
            '#s = :issued OR (#s = :used AND (objectTag = :tag OR attribute_not_exists(objectTag)))',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':used': 'used',
            ':issued': 'issued',
            ':at': claim.at,
            ':tag': claim.objectTag,
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return out.Attributes?.status === 'issued' ? 'claimed' : 'claimed-by-this-object';
    } catch (error) {
      if (isConditionFailure(error)) return 'claimed-by-another-object';
      throw error;
    }
  }

  async putVerifier(verifier: Verifier): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: keys.verifier(verifier.verifierId),
          sk: keys.profile,
          schemaVersion: SCHEMA_VERSION,
          verifier,
          gsi4pk: keys.verifiers,
          gsi4sk: verifier.verifierId,
        },
      }),
    );
  }

  async getVerifier(verifierId: string): Promise<Verifier | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: keys.verifier(verifierId), sk: keys.profile } }),
    );
    return out.Item ? readItem(storedItems.verifier, out.Item).verifier : undefined;
  }

  async listVerifiers(): Promise<Verifier[]> {
    const items = await this.queryAll({
      IndexName: 'byGroup',
      KeyConditionExpression: 'gsi4pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.verifiers },
    });
    return items.map((i) => readItem(storedItems.verifier, i).verifier);
  }

  async currentTable<K extends ProgrammeTableKind>(kind: K): Promise<ProgrammeTables[K] | undefined> {
    const page = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.programmeTable(kind) },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const item = page.Items?.[0];
    return item ? readTable(kind, item) : undefined;
  }

  async tableVersion<K extends ProgrammeTableKind>(
    kind: K,
    version: number,
  ): Promise<ProgrammeTables[K] | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: keys.programmeTable(kind), sk: keys.tableVersion(version) },
      }),
    );
    return out.Item ? readTable(kind, out.Item) : undefined;
  }

  async putTable<K extends ProgrammeTableKind>(kind: K, table: ProgrammeTables[K]): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: keys.programmeTable(kind),
            sk: keys.tableVersion(table.version),
            schemaVersion: SCHEMA_VERSION,
            table,
          },
          ConditionExpression: 'attribute_not_exists(sk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async registerCertificate(certificateNumber: string, pilotId: string): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: keys.certificate(certificateNumber),
          sk: keys.profile,
          schemaVersion: SCHEMA_VERSION,
          pilotId,
        },
      }),
    );
  }

  async pilotOfCertificate(certificateNumber: string): Promise<string | undefined> {
    const out = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: keys.certificate(certificateNumber), sk: keys.profile },
      }),
    );
    return out.Item ? readItem(storedItems.certificate, out.Item).pilotId : undefined;
  }
}
