// DynamoDB adapter: the pilot event log with its projection, upload grants and the verifier registry in one table.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { PilotEvent } from '../../core/lifecycle/events.ts';
import type { Pilot } from '../../core/lifecycle/pilot.ts';
import type { Stage } from '../../core/lifecycle/stages.ts';
import type { BoardPage, BoardQuery } from '../../core/use-cases/board-query.ts';
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
import type { UploadGrant } from '../../core/use-cases/upload-grant.ts';
import type { Verifier } from '../../core/verification/verifier.ts';
import { DynamoBoard } from './dynamo-board.ts';
import { DynamoPilotLog } from './dynamo-pilot-log.ts';
import { type Item, isConditionFailure, queryAll } from './dynamo-requests.ts';
import type { ReadCache } from './read-cache.ts';
import { readItem, readTable, SCHEMA_VERSION, storedItems } from './stored-items.ts';
import { keys } from './table-design.ts';
import { translateTransientErrors } from './transient.ts';

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
  private readonly log: DynamoPilotLog;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    /** Shared by every store of the process; none in tests that read the table right after writing it elsewhere. */
    private readonly readCache?: ReadCache,
  ) {
    this.doc = translateTransientErrors(
      DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    );
    this.boardReads = new DynamoBoard(this.doc, tableName);
    this.log = new DynamoPilotLog(this.doc, tableName, this.boardReads);
  }

  private queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return queryAll(this.doc, this.tableName, input);
  }

  load(pilotId: string): Promise<Pilot | undefined> {
    return this.log.load(pilotId);
  }

  events(pilotId: string): Promise<PilotEvent[]> {
    return this.log.events(pilotId);
  }

  eventsPage(pilotId: string, before: number | undefined, maxBytes: number): Promise<EventsPage> {
    return this.log.eventsPage(pilotId, before, maxBytes);
  }

  async append(current: Pilot | undefined, event: PilotEvent): Promise<Pilot> {
    try {
      return await this.log.append(current, event);
    } finally {
      // Also after a failure: the write may have landed before the error (a timeout after the put).
      this.readCache?.clear();
    }
  }

  list(filter: PilotFilter): Promise<Pilot[]> {
    return this.log.list(filter);
  }

  listWithPendingRuns(): Promise<Pilot[]> {
    return this.log.listWithPendingRuns();
  }

  board(query: BoardQuery): Promise<BoardPage> {
    const read = () => this.boardReads.page(query);
    return this.readCache ? this.readCache.read(`page ${JSON.stringify(query)}`, read) : read();
  }

  stageCounts(): Promise<Record<Stage, number>> {
    const read = () => this.boardReads.stageCounts();
    return this.readCache ? this.readCache.read('stage counts', read) : read();
  }

  countDueBefore(instant: string): Promise<number> {
    return this.boardReads.countDueBefore(instant);
  }

  async recountStages(): Promise<Stage[]> {
    const corrected = await this.boardReads.recountStages();
    if (corrected.length) this.readCache?.clear();
    return corrected;
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

  currentTable<K extends ProgrammeTableKind>(kind: K): Promise<ProgrammeTables[K] | undefined> {
    const read = () => this.readCurrentTable(kind);
    // Every API request checks the account registry (a deactivated user is refused): cached like a board page.
    return kind === 'accounts' && this.readCache ? this.readCache.read(`table ${kind}`, read) : read();
  }

  private async readCurrentTable<K extends ProgrammeTableKind>(
    kind: K,
  ): Promise<ProgrammeTables[K] | undefined> {
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
    } finally {
      this.readCache?.clear();
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
