// The store contract against both implementations: the in-memory stand-in of the unit tests, and DynamoStore on
// dynalite in memory (a fresh table per test, plain credentials, no gateway: the store is what is under test).
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStore } from '../../adapters/aws/dynamo-store.ts';
import { ReadCache } from '../../adapters/aws/read-cache.ts';
import { keys } from '../../adapters/aws/table-design.ts';
import { emptyAccountRegistry } from '../../core/accounts/account-registry.ts';
import { createTableIfMissing } from '../../local/emulators.ts';
import { describeBoardContract } from '../support/board-contract.ts';
import { historyTo, record } from '../support/histories.ts';
import { MemoryStore } from '../support/memory-store.ts';
import { type ItemTable, MemoryTable } from '../support/memory-table.ts';
import { describeStoreContract, projectionGate, type StoreFixture } from '../support/store-contract.ts';

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
const clients: DynamoDBClient[] = [];
let endpoint = '';
let tables = 0;

const client = () => {
  const made = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' },
  });
  clients.push(made);
  return made;
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const made of clients) made.destroy();
  await new Promise((resolve) => server.close(resolve));
});

function memoryFixture(): StoreFixture {
  const table = new MemoryTable();
  return {
    store: new MemoryStore(table),
    putItem: async (item) => {
      await table.put(item);
    },
    heldWriter() {
      const gate = projectionGate();
      const held: ItemTable = {
        get: (pk, sk) => table.get(pk, sk),
        partition: (pk) => table.partition(pk),
        withSortKey: (sk) => table.withSortKey(sk),
        put: async (item, allowed) => {
          if (item.sk === keys.state) await gate.wait();
          return table.put(item, allowed);
        },
      };
      return { store: new MemoryStore(held), held: gate.held, release: gate.release };
    },
  };
}

async function dynaliteFixture(): Promise<StoreFixture> {
  const tableName = `contract-${++tables}`;
  const shared = client();
  await createTableIfMissing(shared, tableName);
  const doc = DynamoDBDocumentClient.from(shared);
  return {
    store: new DynamoStore(shared, tableName),
    putItem: async (item) => {
      await doc.send(new PutCommand({ TableName: tableName, Item: item }));
    },
    heldWriter() {
      const gate = projectionGate();
      const writer = client();
      // Holds the writer's PutItem of a projection (sk STATE) at the transport, after its event was put.
      writer.middlewareStack.add(
        (next) => async (args) => {
          const item = (args.input as { Item?: { sk?: { S?: string } } }).Item;
          if (item?.sk?.S === keys.state) await gate.wait();
          return next(args);
        },
        { step: 'build', name: 'holdProjectionPut' },
      );
      return { store: new DynamoStore(writer, tableName), held: gate.held, release: gate.release };
    },
  };
}

describeStoreContract('the in-memory store', async () => memoryFixture());
describeStoreContract('DynamoStore on dynalite', dynaliteFixture);
describeBoardContract('the in-memory store', async () => memoryFixture());
describeBoardContract('DynamoStore on dynalite', dynaliteFixture);

/** A store on a fresh table, and the names of the requests it sends once `counting()` is called. */
async function countedStore(readCache?: ReadCache) {
  const tableName = `contract-${++tables}`;
  const counted = client();
  await createTableIfMissing(counted, tableName);
  const store = new DynamoStore(counted, tableName, readCache);
  const requests: string[] = [];
  const counting = () =>
    counted.middlewareStack.add(
      (next, context) => async (args) => {
        requests.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countRequests' },
    );
  return { store, requests, counting };
}

describe('DynamoStore reading a pilot', () => {
  it('loads the view in one round trip when no event is newer than it: its key range and the newest event key', async () => {
    const { store, requests, counting } = await countedStore();
    const pilot = await record(store, 'pa', historyTo('data_collection'), '2026-03-01T10:00:00.000Z');
    counting();

    const loaded = await store.load(pilot.pilotId);

    expect(loaded).toEqual(pilot);
    expect(requests).toEqual(['QueryCommand', 'QueryCommand']);
  });

  it('reads a page of one stage with one query of its index, and no pilot item', async () => {
    const { store, requests, counting } = await countedStore();
    for (const id of ['pa', 'pb', 'pc'])
      await record(store, id, historyTo('data_collection'), '2026-03-01T10:00:00.000Z');
    counting();

    const page = await store.board({ filter: { stage: 'data_collection' }, sort: 'updated', limit: 2 });

    expect(page.pilots).toHaveLength(2);
    expect(requests).toEqual(['QueryCommand']);
  });
});

describe('DynamoStore with a read cache', () => {
  it('reads the account registry once for many requests, and again after this process writes a table', async () => {
    const { store, requests, counting } = await countedStore(new ReadCache(60_000));
    await store.putTable('accounts', { ...emptyAccountRegistry, version: 1, createdBy: 'secretariat' });
    counting();

    const first = await Promise.all([1, 2, 3].map(() => store.currentTable('accounts')));
    await store.putTable('accounts', { ...first[0]!, version: 2, note: 'second version' });
    const after = await store.currentTable('accounts');

    expect(first.map((table) => table?.version)).toEqual([1, 1, 1]);
    expect(after?.version).toBe(2);
    expect(requests).toEqual(['QueryCommand', 'PutItemCommand', 'QueryCommand']);
  });
});

describe('the local table creation', () => {
  it('keeps a table of the current design and refuses one made with other indexes', async () => {
    const current = `contract-${++tables}`;
    const older = `contract-${++tables}`;
    const made = client();
    await createTableIfMissing(made, current);
    await made.send(
      new CreateTableCommand({
        TableName: older,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk'].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byStage',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );

    await expect(createTableIfMissing(made, current)).resolves.toBeUndefined();
    await expect(createTableIfMissing(made, older)).rejects.toThrow(
      /made with other indexes.*start with a new data folder/,
    );
  });
});
