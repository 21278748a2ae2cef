// In-memory stand-in for DynamoStore: the same ports over the same items (the shapes of stored-items.ts under the
// keys of table-design.ts), every read parsed, lists in the order the table's indexes give; the contract suite
// (test/support/store-contract.ts) runs the same specification against both.

import { assertWithinItemLimit } from '../../adapters/aws/dynamo-pilot-log.ts';
import { readItem, readTable, SCHEMA_VERSION, storedItems } from '../../adapters/aws/stored-items.ts';
import { keys, SUMMARY_ATTRIBUTE } from '../../adapters/aws/table-design.ts';
import { ConcurrencyConflictError } from '../../core/errors.ts';
import { summarize } from '../../core/lifecycle/board-summary.ts';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import { applyEvent, type Pilot } from '../../core/lifecycle/pilot.ts';
import { type Stage, stages, terminalStages } from '../../core/lifecycle/stages.ts';
import { type BoardPage, type BoardQuery, noStageCounts, pageOf } from '../../core/use-cases/board-query.ts';
import type {
  CertificateRegistry,
  EventsPage,
  GrantClaim,
  PilotFilter,
  PilotRepository,
  ProgrammeTableKind,
  ProgrammeTableRepository,
  ProgrammeTables,
  UploadGrantRepository,
  VerifierRepository,
} from '../../core/use-cases/ports.ts';
import { pageOfEvents } from '../../core/use-cases/timeline-page.ts';
import type { UploadGrant } from '../../core/use-cases/upload-grant.ts';
import type { Verifier } from '../../core/verification/verifier.ts';
import { byKey, type ItemTable, MemoryTable } from './memory-table.ts';

/** The index DynamoStore.list queries for a filter: which projections it holds, in which order. */
interface IndexQuery {
  holds: (pilot: Pilot) => boolean;
  order: (pilot: Pilot) => string;
}

function indexFor(filter: PilotFilter): IndexQuery {
  const { cityId, verifierId, dueBefore } = filter;
  if (cityId) return { holds: (p) => p.cityId === cityId, order: (p) => `${p.createdAt}#${p.pilotId}` };
  if (verifierId)
    return { holds: (p) => p.verifierId === verifierId, order: (p) => `${p.updatedAt}#${p.pilotId}` };
  if (dueBefore) {
    // The deadline index holds active pilots only, keyed `<dueAt>#<id>`, queried below the instant.
    const order = (p: Pilot) => `${p.dueAt}#${p.pilotId}`;
    return {
      holds: (p) => p.dueAt !== undefined && !terminalStages.includes(p.stage) && order(p) < dueBefore,
      order,
    };
  }
  // One query per stage, in the order of the stage list, each in `<updatedAt>#<id>` order.
  const wanted = filter.stage ? [filter.stage] : stages;
  const position = (p: Pilot) => String(wanted.indexOf(p.stage)).padStart(2, '0');
  return {
    holds: (p) => wanted.includes(p.stage),
    order: (p) => `${position(p)}#${p.updatedAt}#${p.pilotId}`,
  };
}

/** Every field of the filter, whichever index answered it. */
const matches = (p: Pilot, f: PilotFilter) =>
  (!f.stage || p.stage === f.stage) &&
  (!f.verifierId || p.verifierId === f.verifierId) &&
  (!f.cityId || p.cityId === f.cityId) &&
  (!f.dueBefore || (p.dueAt !== undefined && p.dueAt < f.dueBefore));

/** A conditional write that failed, named as the SDK names it (DynamoStore lets putGrant's pass through). */
const conditionFailed = (key: string) =>
  Object.assign(new Error(`The conditional request failed for ${key}`), {
    name: 'ConditionalCheckFailedException',
  });

export class MemoryStore
  implements
    PilotRepository,
    UploadGrantRepository,
    VerifierRepository,
    ProgrammeTableRepository,
    CertificateRegistry
{
  constructor(readonly table: ItemTable = new MemoryTable()) {}

  /** Stores a pilot's view with no events behind it: a pilot placed in any stage for a test. */
  async seed(pilot: Pilot): Promise<Pilot> {
    await this.saveProjection(pilot);
    return pilot;
  }

  private eventsAfter(pilotId: string, seq: number): PilotEvent[] {
    return this.table
      .partition(keys.pilot(pilotId))
      .filter((item) => item.sk.startsWith('EVENT#') && item.sk > keys.event(seq))
      .map((item) => readItem(storedItems.event, item).event);
  }

  /** Every stored projection as stored (lists do not fold in later events, as on DynamoDB). */
  private projections(): Pilot[] {
    return this.table
      .withSortKey(keys.state)
      .filter((item) => item.pk.startsWith(keys.pilot('')))
      .map((item) => readItem(storedItems.projection, item).view);
  }

  async load(pilotId: string): Promise<Pilot | undefined> {
    const item = this.table.get(keys.pilot(pilotId), keys.state);
    const stored = item ? readItem(storedItems.projection, item).view : undefined;
    return this.eventsAfter(pilotId, stored?.version ?? 0).reduce<Pilot | undefined>(applyEvent, stored);
  }

  async events(pilotId: string): Promise<PilotEvent[]> {
    return this.eventsAfter(pilotId, 0);
  }

  async eventsPage(pilotId: string, before: number | undefined, maxBytes: number): Promise<EventsPage> {
    return pageOfEvents(this.eventsAfter(pilotId, 0), before, maxBytes);
  }

  async append(current: Pilot | undefined, event: PilotEvent): Promise<Pilot> {
    const next = applyEvent(current, event);
    const item = {
      pk: keys.pilot(event.pilotId),
      sk: keys.event(event.seq),
      schemaVersion: SCHEMA_VERSION,
      event,
    };
    // The stand-in keeps whole views in one item, so only the event is held to DynamoDB's item limit here.
    assertWithinItemLimit(item);
    if (!(await this.table.put(item, (existing) => !existing))) {
      throw new ConcurrencyConflictError(
        `Pilot ${event.pilotId} changed meanwhile (event ${event.seq} exists)`,
      );
    }
    await this.saveProjection(next);
    return next;
  }

  /** As DynamoStore's: the stage counters move only when the put replaced the stored projection. */
  private async saveProjection(view: Pilot): Promise<void> {
    const item = {
      pk: keys.pilot(view.pilotId),
      sk: keys.state,
      schemaVersion: SCHEMA_VERSION,
      version: view.version,
      view,
      [SUMMARY_ATTRIBUTE]: summarize(view),
    };
    let replaced: Stage | undefined;
    const saved = await this.table.put(item, (existing) => {
      replaced = existing ? readItem(storedItems.replacedStage, existing).view.stage : undefined;
      return typeof existing?.version !== 'number' || existing.version < view.version;
    });
    if (!saved || replaced === view.stage) return;
    await this.countMove(view.stage, 1);
    if (replaced) await this.countMove(replaced, -1);
  }

  private async countMove(stage: Stage, by: number): Promise<void> {
    const pk = keys.stageCounts;
    const sk = keys.stage(stage);
    const current = this.table.get(pk, sk);
    const pilots = (current ? readItem(storedItems.stageCount, current).pilots : 0) + by;
    await this.table.put({ pk, sk, schemaVersion: SCHEMA_VERSION, stage, pilots });
  }

  async list(filter: PilotFilter): Promise<Pilot[]> {
    const index = indexFor(filter);
    return this.projections()
      .filter(index.holds)
      .sort(byKey(index.order))
      .filter((p) => matches(p, filter))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async listWithPendingRuns(): Promise<Pilot[]> {
    return this.projections()
      .filter((p) => p.pendingRun)
      .sort(byKey((p) => `${p.pendingRun?.since}#${p.pilotId}`));
  }

  /** Every summary as the board's indexes project it, paged by the same rule DynamoStore ends with. */
  async board(query: BoardQuery): Promise<BoardPage> {
    const summaries = this.table
      .withSortKey(keys.state)
      .filter((item) => item.pk.startsWith(keys.pilot('')))
      .map((item) => readItem(storedItems.summary, item).summary);
    return pageOf(summaries, query);
  }

  async countDueBefore(instant: string): Promise<number> {
    return (await this.board({ filter: { dueBefore: instant }, sort: 'due', limit: Number.MAX_SAFE_INTEGER }))
      .pilots.length;
  }

  async stageCounts(): Promise<Record<Stage, number>> {
    const counts = noStageCounts();
    for (const item of this.table.partition(keys.stageCounts)) {
      const { stage, pilots } = readItem(storedItems.stageCount, item);
      counts[stage] = pilots;
    }
    return counts;
  }

  async recountStages(): Promise<Stage[]> {
    const counters = await this.stageCounts();
    const counted = noStageCounts();
    for (const view of this.projections()) counted[view.stage] += 1;
    const corrected = stages.filter((stage) => counted[stage] !== counters[stage]);
    for (const stage of corrected) await this.countMove(stage, counted[stage] - counters[stage]);
    return corrected;
  }

  async putGrant(grant: UploadGrant): Promise<void> {
    const item = {
      pk: keys.pilot(grant.pilotId),
      sk: keys.upload(grant.uploadId),
      schemaVersion: SCHEMA_VERSION,
      grant,
      status: 'issued',
    };
    if (!(await this.table.put(item, (existing) => !existing)))
      throw conditionFailed(`${item.pk} / ${item.sk}`);
  }

  async getGrant(pilotId: string, uploadId: string): Promise<UploadGrant | undefined> {
    const item = this.table.get(keys.pilot(pilotId), keys.upload(uploadId));
    if (!item) return undefined;
    const { grant, usedAt, objectTag } = readItem(storedItems.grant, item);
    return { ...grant, ...(usedAt ? { usedAt } : {}), ...(objectTag ? { objectTag } : {}) };
  }

  /** As DynamoStore's conditional update: the first object claims, the same object finds its claim, another is refused. */
  async claimGrant(
    pilotId: string,
    uploadId: string,
    claim: { at: string; objectTag: string },
  ): Promise<GrantClaim> {
    const item = this.table.get(keys.pilot(pilotId), keys.upload(uploadId));
    if (!item) return 'claimed-by-another-object';
    if (item.status === 'used')
      return item.objectTag === undefined || item.objectTag === claim.objectTag
        ? 'claimed-by-this-object'
        : 'claimed-by-another-object';
    const claimed = await this.table.put(
      { ...item, status: 'used', usedAt: claim.at, objectTag: claim.objectTag },
      (existing) => existing?.status === 'issued',
    );
    return claimed ? 'claimed' : this.claimGrant(pilotId, uploadId, claim);
  }

  async putVerifier(verifier: Verifier): Promise<void> {
    const pk = keys.verifier(verifier.verifierId);
    await this.table.put({ pk, sk: keys.profile, schemaVersion: SCHEMA_VERSION, verifier });
  }

  async getVerifier(verifierId: string): Promise<Verifier | undefined> {
    const item = this.table.get(keys.verifier(verifierId), keys.profile);
    return item ? readItem(storedItems.verifier, item).verifier : undefined;
  }

  /** In verifier id order, as the table's group index keeps them. */
  async listVerifiers(): Promise<Verifier[]> {
    return this.table
      .withSortKey(keys.profile)
      .filter((item) => item.pk.startsWith(keys.verifier('')))
      .sort(byKey((item) => item.pk))
      .map((item) => readItem(storedItems.verifier, item).verifier);
  }

  async currentTable<K extends ProgrammeTableKind>(kind: K): Promise<ProgrammeTables[K] | undefined> {
    const newest = this.table.partition(keys.programmeTable(kind)).at(-1);
    return newest ? readTable(kind, newest) : undefined;
  }

  async tableVersion<K extends ProgrammeTableKind>(
    kind: K,
    version: number,
  ): Promise<ProgrammeTables[K] | undefined> {
    const item = this.table.get(keys.programmeTable(kind), keys.tableVersion(version));
    return item ? readTable(kind, item) : undefined;
  }

  async putTable<K extends ProgrammeTableKind>(kind: K, table: ProgrammeTables[K]): Promise<boolean> {
    const item = {
      pk: keys.programmeTable(kind),
      sk: keys.tableVersion(table.version),
      schemaVersion: SCHEMA_VERSION,
      table,
    };
    return this.table.put(item, (existing) => !existing);
  }

  async registerCertificate(certificateNumber: string, pilotId: string): Promise<void> {
    const pk = keys.certificate(certificateNumber);
    await this.table.put({ pk, sk: keys.profile, schemaVersion: SCHEMA_VERSION, pilotId });
  }

  async pilotOfCertificate(certificateNumber: string): Promise<string | undefined> {
    const item = this.table.get(keys.certificate(certificateNumber), keys.profile);
    return item ? readItem(storedItems.certificate, item).pilotId : undefined;
  }
}
