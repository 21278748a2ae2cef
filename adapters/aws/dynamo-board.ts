// The board's read model on DynamoDB: pages of summaries from the indexes that project them, and the stage counters.
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PilotSummary } from '../../core/lifecycle/board-summary.ts';
import { type Stage, stages } from '../../core/lifecycle/stages.ts';
import {
  type BoardPage,
  type BoardQuery,
  type BoardSort,
  descending,
  noStageCounts,
  pageOf,
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

export class DynamoBoard {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async page(query: BoardQuery): Promise<BoardPage> {
    const plan = planFor(query);
    const read = await Promise.all(plan.partitions.map((pk) => this.readPartition(plan, pk, query)));
    return pageOf(read.flat(), query);
  }

  /**
   * The summaries of one partition that can be on the page. In index order it reads from the position on until
   * one more than a page matches: the merged page then holds the first matches of every partition.
   */
  private async readPartition(plan: Plan, pk: string, query: BoardQuery): Promise<PilotSummary[]> {
    const index = tableIndexes.find((i) => i.name === plan.index)!;
    const resume = plan.ordered && query.after !== undefined;
    const wanted = query.limit + 1;
    const found: PilotSummary[] = [];
    let start: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: `#pk = :pk${resume ? ` AND #sk ${descending[query.sort] ? '<' : '>'} :after` : ''}`,
          ExpressionAttributeNames: {
            '#pk': index.partitionKey,
            ...(resume ? { '#sk': index.sortKey } : {}),
          },
          ExpressionAttributeValues: { ':pk': pk, ...(resume ? { ':after': query.after } : {}) },
          ScanIndexForward: !descending[query.sort],
          ...(plan.ordered ? { Limit: wanted } : {}),
          ExclusiveStartKey: start,
        }),
      );
      const summaries = (out.Items ?? []).map((i) => readItem(storedItems.summary, i).summary);
      found.push(...pageOf(summaries, { ...query, limit: wanted }).pilots);
      start = out.LastEvaluatedKey;
    } while (start && !(plan.ordered && found.length >= wanted));
    return found;
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
