// The pilot event log on DynamoDB: events, the bounded head of each pilot's view and its detail items, written so
// that a reader can always tell a view that is whole from one a stopped or concurrent writer left half written.
import {
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { ConcurrencyConflictError, StorageLimitError } from '../../core/errors.ts';
import { type PilotSummary, summarize } from '../../core/lifecycle/board-summary.ts';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import { applyEvent, type Pilot, replay } from '../../core/lifecycle/pilot.ts';
import { type Stage, stages } from '../../core/lifecycle/stages.ts';
import { sortKey } from '../../core/use-cases/board-query.ts';
import type { EventsPage, PilotFilter } from '../../core/use-cases/ports.ts';
import { eventBytes } from '../../core/use-cases/timeline-page.ts';
import type { DynamoBoard } from './dynamo-board.ts';
import { type Item, isConditionFailure, queryAll } from './dynamo-requests.ts';
import {
  afterChanges,
  assemble,
  type Detail,
  detailChanges,
  detailKey,
  detailSchema,
  detailsOf,
  HEAD_KEY,
  headOf,
  isDetailKey,
  type StoredDetails,
  storedDetails,
  VIEW_RANGE_END,
} from './projection-items.ts';
import { readItem, SCHEMA_VERSION, storedItems } from './stored-items.ts';
import { keys, SUMMARY_ATTRIBUTE } from './table-design.ts';

/** Events read per request when paging the log backwards: most pages are a few dozen small events. */
const EVENTS_PER_READ = 50;

/** DynamoDB's limit on one item; JSON's length in bytes is a little larger than DynamoDB's measure, so it errs safe. */
export const MAX_ITEM_BYTES = 400 * 1024;

/** Detail writes and per-pilot reads in flight at once: enough to hide latency, few enough not to throttle. */
const PARALLEL_REQUESTS = 16;

export function assertWithinItemLimit(item: Item): void {
  const bytes = Buffer.byteLength(JSON.stringify(item));
  if (bytes > MAX_ITEM_BYTES) {
    throw new StorageLimitError(
      `This change would make the stored record ${String(item.pk)} / ${String(item.sk)} ${Math.ceil(bytes / 1024)} KB, over DynamoDB's 400 KB item limit; nothing was recorded`,
      { key: `${String(item.pk)} / ${String(item.sk)}`, bytes },
    );
  }
}

async function inGroups<T>(items: T[], act: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL_REQUESTS)
    await Promise.all(items.slice(i, i + PARALLEL_REQUESTS).map(act));
}

/**
 * Index keys of a pilot's head: present only when the pilot belongs in that index. The board's sort keys are the
 * index keys, so a page's position is where the next query resumes.
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

/** A detail item: the version of the view that wrote it, and either the detail or the mark that it was removed. */
const detailItemSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  seq: z.number().int().positive(),
  detail: detailSchema.optional(),
  removed: z.literal(true).optional(),
});

/** A view's items as read: the head, the live details, and the newest version any detail was written by. */
interface ViewItems {
  head?: Pilot;
  details: Detail[];
  newestDetail: number;
}

export class DynamoPilotLog {
  /** What is stored for each view this log handed out, as detail fingerprints: the next append writes the difference. */
  private readonly stored = new WeakMap<Pilot, StoredDetails>();

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly board: DynamoBoard,
  ) {}

  private queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return queryAll(this.doc, this.tableName, input);
  }

  private async eventsAfter(pilotId: string, seq: number): Promise<PilotEvent[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :after AND :last',
      ExpressionAttributeValues: {
        ':pk': keys.pilot(pilotId),
        ':after': keys.event(seq + 1),
        ':last': keys.event(10 ** 10 - 1),
      },
      ConsistentRead: true,
    });
    return items.map((i) => readItem(storedItems.event, i).event);
  }

  private async lastEventSeq(pilotId: string): Promise<number> {
    const page = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
        ExpressionAttributeValues: {
          ':pk': keys.pilot(pilotId),
          ':first': keys.event(0),
          ':last': keys.event(10 ** 10 - 1),
        },
        ProjectionExpression: 'sk',
        ScanIndexForward: false,
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    const sk = page.Items?.[0]?.sk;
    return sk ? Number(String(sk).replace(/^EVENT#/, '')) : 0;
  }

  private async viewItems(pilotId: string, consistent: boolean): Promise<ViewItems> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :head AND :end',
      ExpressionAttributeValues: { ':pk': keys.pilot(pilotId), ':head': HEAD_KEY, ':end': VIEW_RANGE_END },
      ConsistentRead: consistent,
    });
    const read: ViewItems = { details: [], newestDetail: 0 };
    for (const item of items) {
      if (item.sk === HEAD_KEY) {
        read.head = readItem(storedItems.projection, item).view;
        continue;
      }
      if (!isDetailKey(String(item.sk))) continue;
      const { seq, detail } = readItem(detailItemSchema, item);
      read.newestDetail = Math.max(read.newestDetail, seq);
      if (detail) read.details.push(detail);
    }
    return read;
  }

  private remember(view: Pilot, details: StoredDetails): Pilot {
    this.stored.set(view, details);
    return view;
  }

  /**
   * Two queries in parallel, each item read once: the view's key range and the newest event's key. A view whose
   * head is behind the log has the later events folded in; one with a detail newer than its head (a writer between
   * its detail and head puts) is rebuilt from the log, which is always whole.
   */
  async load(pilotId: string): Promise<Pilot | undefined> {
    const [read, lastSeq] = await Promise.all([this.viewItems(pilotId, true), this.lastEventSeq(pilotId)]);
    const { head, details, newestDetail } = read;
    if (!head || newestDetail > head.version) {
      const rebuilt = lastSeq === 0 ? undefined : replay(await this.events(pilotId));
      return rebuilt && this.remember(rebuilt, storedDetails(details));
    }
    const view = assemble(head, details);
    if (lastSeq <= head.version) return this.remember(view, storedDetails(details));
    const later = await this.eventsAfter(pilotId, head.version);
    return this.remember(
      later.reduce<Pilot>((v, e) => applyEvent(v, e), view),
      storedDetails(details),
    );
  }

  async events(pilotId: string): Promise<PilotEvent[]> {
    return this.eventsAfter(pilotId, 0);
  }

  /** Reads the log backwards a few items at a time, and stops once the next event would not fit. */
  async eventsPage(pilotId: string, before: number | undefined, maxBytes: number): Promise<EventsPage> {
    const newestFirst: PilotEvent[] = [];
    let bytes = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
          ExpressionAttributeValues: {
            ':pk': keys.pilot(pilotId),
            ':first': keys.event(1),
            ':last': keys.event(before === undefined ? 10 ** 10 - 1 : before - 1),
          },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: EVENTS_PER_READ,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const { event } = readItem(storedItems.event, item);
        const size = eventBytes(event);
        if (newestFirst.length > 0 && bytes + size > maxBytes)
          return { events: newestFirst.reverse(), olderBefore: newestFirst[0]!.seq };
        newestFirst.push(event);
        bytes += size;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { events: newestFirst.reverse() };
  }

  /**
   * The event first (its key is the lock), then the details that changed, then the head: a reader that sees a
   * detail newer than the head, or an event after it, knows the view is not yet whole.
   */
  async append(current: Pilot | undefined, event: PilotEvent): Promise<Pilot> {
    const next = applyEvent(current, event);
    const stored: StoredDetails = current
      ? (this.stored.get(current) ?? (await this.storedDetailsOf(current.pilotId)))
      : new Map();
    const changes = detailChanges(stored, detailsOf(next));
    const { put, remove } = changes;
    const detailItems = [
      ...put.map((d) => this.detailItem(next, detailKey(d), { detail: d })),
      ...remove.map((sk) => this.detailItem(next, sk, { removed: true })),
    ];
    // Refused before anything is written: an event whose items DynamoDB would refuse must not be recorded.
    for (const item of [this.eventItem(event), this.headItem(next), ...detailItems])
      assertWithinItemLimit(item);
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
    await inGroups(detailItems, async (item) => {
      await this.putUnlessNewer(item, 'seq', next.version);
    });
    await this.saveHead(next);
    return this.remember(next, afterChanges(stored, changes));
  }

  private async storedDetailsOf(pilotId: string): Promise<StoredDetails> {
    return storedDetails((await this.viewItems(pilotId, true)).details);
  }

  private eventItem(event: PilotEvent): Item {
    return { pk: keys.pilot(event.pilotId), sk: keys.event(event.seq), schemaVersion: SCHEMA_VERSION, event };
  }

  private detailItem(view: Pilot, sk: string, content: { detail: Detail } | { removed: true }): Item {
    return { pk: keys.pilot(view.pilotId), sk, schemaVersion: SCHEMA_VERSION, seq: view.version, ...content };
  }

  private headItem(view: Pilot): Item {
    const summary = summarize(view);
    return {
      pk: keys.pilot(view.pilotId),
      sk: HEAD_KEY,
      schemaVersion: SCHEMA_VERSION,
      version: view.version,
      view: headOf(view),
      [SUMMARY_ATTRIBUTE]: summary,
      ...indexKeys(view, summary),
    };
  }

  /** A put that never replaces what a newer version wrote; undefined when it lost, else what it replaced if asked. */
  private async putUnlessNewer(item: Item, versionAttribute: string, version: number, returnOld = false) {
    try {
      const out = await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#v) OR #v < :v',
          ExpressionAttributeNames: { '#v': versionAttribute },
          ExpressionAttributeValues: { ':v': version },
          ...(returnOld ? { ReturnValues: 'ALL_OLD' as const } : {}),
        }),
      );
      return { replaced: out.Attributes };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return undefined;
    }
  }

  /**
   * Never lets an older head overwrite a newer one. The stage counters move only after a put that replaced the
   * stored head, from the stage that put replaced: a late or repeated write of an older version moves nothing.
   */
  private async saveHead(view: Pilot): Promise<void> {
    const written = await this.putUnlessNewer(this.headItem(view), 'version', view.version, true);
    if (!written) return;
    const replaced = written.replaced
      ? readItem(storedItems.replacedStage, written.replaced).view.stage
      : undefined;
    if (replaced !== view.stage) await this.board.countMove(replaced, view.stage);
  }

  /**
   * Whole views of the pilots an index lists, in its order: each view's key range is one query, a few at a time.
   * A view is shown as stored; the board, which needs only summaries, reads the indexes alone.
   */
  private async listed(index: string, pk: string, pkValue: string, extra: Partial<QueryCommandInput> = {}) {
    const found = await this.queryAll({
      IndexName: index,
      KeyConditionExpression: `${pk} = :pk${extra.KeyConditionExpression ?? ''}`,
      ExpressionAttributeValues: { ':pk': pkValue, ...extra.ExpressionAttributeValues },
      ProjectionExpression: 'pk',
    });
    const views: Pilot[] = [];
    await inGroups(found, async (item) => {
      const { head, details } = await this.viewItems(String(item.pk).slice(keys.pilot('').length), false);
      if (head) views.push(this.remember(assemble(head, details), storedDetails(details)));
    });
    const order = new Map(found.map((item, i) => [String(item.pk).slice(keys.pilot('').length), i]));
    return views.sort((a, b) => (order.get(a.pilotId) ?? 0) - (order.get(b.pilotId) ?? 0));
  }

  async list(filter: PilotFilter): Promise<Pilot[]> {
    let views: Pilot[];
    if (filter.cityId) views = await this.listed('byGroup', 'gsi4pk', keys.city(filter.cityId));
    else if (filter.verifierId)
      views = await this.listed('byVerifier', 'gsi3pk', keys.verifierIndex(filter.verifierId));
    else if (filter.dueBefore) {
      views = await this.listed('byDueDate', 'gsi2pk', keys.due, {
        KeyConditionExpression: ' AND gsi2sk < :before',
        ExpressionAttributeValues: { ':before': filter.dueBefore },
      });
    } else {
      const wanted: readonly Stage[] = filter.stage ? [filter.stage] : stages;
      views = (await Promise.all(wanted.map((s) => this.listed('byStage', 'gsi1pk', keys.stage(s))))).flat();
    }
    return views
      .filter((p) => !filter.stage || p.stage === filter.stage)
      .filter((p) => !filter.verifierId || p.verifierId === filter.verifierId)
      .filter((p) => !filter.cityId || p.cityId === filter.cityId)
      .filter((p) => !filter.dueBefore || (p.dueAt !== undefined && p.dueAt < filter.dueBefore))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The pending-runs index, the longest waiting first. */
  listWithPendingRuns(): Promise<Pilot[]> {
    return this.listed('pendingRuns', 'gsi5pk', keys.pending);
  }
}
