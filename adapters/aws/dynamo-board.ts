// The board's read model on DynamoDB: pages of summaries from the indexes that project them, and the stage counters.
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PilotSummary } from '../../core/lifecycle/board-summary.ts';
import { type Stage, stages } from '../../core/lifecycle/stages.ts';
import {
  type BoardPage,
  type BoardQuery,
  type BoardSort,
  descending,
  isAfter,
  noStageCounts,
  pageOf,
  sortKey,
} from '../../core/use-cases/board-query.ts';
import { isConditionFailure } from './dynamo-requests.ts';
import { readItem, SCHEMA_VERSION, storedItems } from './stored-items.ts';
import { type IndexName, keys, tableIndexes } from './table-design.ts';

type Item = Record<string, unknown>;

/** The index partitions that hold a query's pilots; `ordered` when the index's sort key is the query's. */
interface Plan {
  index: IndexName;
  partitions: string[];
  ordered: boolean;
}

/** Which stage-partitioned index keeps each sort order. */
const stageIndexFor: Record<Exclude<BoardSort, 'due'>, IndexName> = {
  updated: 'byStage',
  city: 'byStageAndCity',
  created: 'byStageAndCreation',
};

/**
 * A city's or a verifier's pilots are few, so their one partition is read whole and sorted in memory, in any order.
 * Otherwise the index whose sort key is the query's is read from the position on: the deadline index for due dates
 * (it holds only running deadlines), else one partition per stage asked for, merged.
 */
function planFor({ filter, sort }: BoardQuery): Plan {
  if (filter.cityId) return { index: 'byGroup', partitions: [keys.city(filter.cityId)], ordered: false };
  if (filter.verifierId)
    return { index: 'byVerifier', partitions: [keys.verifierIndex(filter.verifierId)], ordered: false };
  if (sort === 'due') return { index: 'byDueDate', partitions: [keys.due], ordered: true };
  const wanted: readonly Stage[] = filter.stage ? [filter.stage] : stages;
  return { index: stageIndexFor[sort], partitions: wanted.map(keys.stage), ordered: true };
}

/** The fewest and the most summaries one partition is asked for at a time. */
const MIN_CHUNK = 10;
const MAX_CHUNK = 500;

/** How far one partition of a merged read has got. */
interface Cursor {
  pk: string;
  start?: Item;
  /** The index sort key of the last item read: what is unread comes after it. */
  lastKey?: string;
  done: boolean;
}

/** Whether a partition's unread items could still be on the page: its last key read is not past the page's end. */
function mayHoldMore(cursor: Cursor, end: string | undefined, query: BoardQuery): boolean {
  if (end === undefined || cursor.lastKey === undefined) return true;
  return cursor.lastKey !== end && !isAfter(cursor.lastKey, end, query.sort);
}

export class DynamoBoard {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async page(query: BoardQuery): Promise<BoardPage> {
    const plan = planFor(query);
    if (!plan.ordered) {
      const read = await Promise.all(plan.partitions.map((pk) => this.readWhole(plan, pk)));
      return pageOf(read.flat(), query);
    }
    return pageOf(await this.readMerged(plan, query), query);
  }

  /** A city's or a verifier's partition, whole: it holds few pilots, sorted in memory in any order. */
  private async readWhole(plan: Plan, pk: string): Promise<PilotSummary[]> {
    const index = tableIndexes.find((i) => i.name === plan.index)!;
    const found: PilotSummary[] = [];
    let start: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey },
          ExpressionAttributeValues: { ':pk': pk },
          ExclusiveStartKey: start,
        }),
      );
      found.push(...(out.Items ?? []).map((i) => readItem(storedItems.summary, i).summary));
      start = out.LastEvaluatedKey;
    } while (start);
    return found;
  }

  /**
   * The partitions of an ordered index read a chunk at a time from the position, merged: a partition is read on only
   * while its last key read could still come before the page's end, so a page costs about one page of items rather
   * than a page from every partition.
   */
  private async readMerged(plan: Plan, query: BoardQuery): Promise<PilotSummary[]> {
    let chunk = Math.max(MIN_CHUNK, Math.ceil((query.limit + 1) / plan.partitions.length) + 1);
    const cursors: Cursor[] = plan.partitions.map((pk) => ({ pk, done: false }));
    const read: PilotSummary[] = [];
    let reading = cursors;
    while (reading.length) {
      const chunks = await Promise.all(reading.map((cursor) => this.readChunk(plan, query, cursor, chunk)));
      read.push(...chunks.flat());
      // A filter the index does not key (waiting on) may match few: each round asks for twice as many.
      chunk = Math.min(chunk * 2, MAX_CHUNK);
      const page = pageOf(read, { ...query, limit: query.limit + 1 }).pilots;
      const end = page.length > query.limit ? sortKey(page[query.limit]!, query.sort) : undefined;
      reading = cursors.filter((c) => !c.done && mayHoldMore(c, end, query));
    }
    return read;
  }

  private async readChunk(
    plan: Plan,
    query: BoardQuery,
    cursor: Cursor,
    chunk: number,
  ): Promise<PilotSummary[]> {
    const index = tableIndexes.find((i) => i.name === plan.index)!;
    const resume = query.after !== undefined && !cursor.start;
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: `#pk = :pk${resume ? ` AND #sk ${descending[query.sort] ? '<' : '>'} :after` : ''}`,
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...(resume ? { '#sk': index.sortKey } : {}) },
        ExpressionAttributeValues: { ':pk': cursor.pk, ...(resume ? { ':after': query.after } : {}) },
        ScanIndexForward: !descending[query.sort],
        Limit: chunk,
        ExclusiveStartKey: cursor.start,
      }),
    );
    const items = out.Items ?? [];
    const last = items.at(-1);
    if (last) cursor.lastKey = String(last[index.sortKey]);
    cursor.start = out.LastEvaluatedKey;
    cursor.done = !out.LastEvaluatedKey;
    return items.map((i) => readItem(storedItems.summary, i).summary);
  }

  async stageCounts(): Promise<Record<Stage, number>> {
    const counts = noStageCounts();
    let start: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.stageCounts },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) {
        const { stage, pilots } = readItem(storedItems.stageCount, item);
        counts[stage] = pilots;
      }
      start = out.LastEvaluatedKey;
    } while (start);
    return counts;
  }

  /** Counted by DynamoDB on the deadline index: only the overdue entries are read, and none is sent back. */
  async countDueBefore(instant: string): Promise<number> {
    let count = 0;
    let start: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byDueDate',
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :before',
          ExpressionAttributeValues: { ':pk': keys.due, ':before': instant },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
  }

  /**
   * Each stage's pilots counted by DynamoDB on the stage index (nothing sent back), against its counter. A counter
   * is set only if it still holds what was read before counting, so a move meanwhile is never overwritten; an index
   * still catching up can leave a difference, which the next recount corrects.
   */
  async recountStages(): Promise<Stage[]> {
    const counters = await this.stageCounts();
    const corrected: Stage[] = [];
    for (const stage of stages) {
      let counted = 0;
      let start: Item | undefined;
      do {
        const out = await this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'byStage',
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.stage(stage) },
            Select: 'COUNT',
            ExclusiveStartKey: start,
          }),
        );
        counted += out.Count ?? 0;
        start = out.LastEvaluatedKey;
      } while (start);
      if (counted === counters[stage]) continue;
      try {
        await this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.stageCounts, sk: keys.stage(stage) },
            UpdateExpression: 'SET pilots = :counted, stage = :stage, schemaVersion = :v',
            ConditionExpression: 'attribute_not_exists(pilots) OR pilots = :read',
            ExpressionAttributeValues: {
              ':counted': counted,
              ':read': counters[stage],
              ':stage': stage,
              ':v': SCHEMA_VERSION,
            },
          }),
        );
        corrected.push(stage);
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    return corrected;
  }

  /** Moves one pilot from one stage's counter to another's, each an atomic ADD. */
  async countMove(from: Stage | undefined, to: Stage): Promise<void> {
    const moves: [Stage, number][] = [[to, 1], ...(from ? [[from, -1] as [Stage, number]] : [])];
    await Promise.all(
      moves.map(([stage, by]) =>
        this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: keys.stageCounts, sk: keys.stage(stage) },
            UpdateExpression: 'ADD pilots :by SET stage = :stage, schemaVersion = :v',
            ExpressionAttributeValues: { ':by': by, ':stage': stage, ':v': SCHEMA_VERSION },
          }),
        ),
      ),
    );
  }
}
