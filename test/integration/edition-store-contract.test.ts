// The edition store's contract against both implementations: the in-memory stand-in and DynamoEditions on dynalite
// (a fresh table per fixture): a draft is replaced, published once and only as stored, then never changes.
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEditions } from '../../adapters/aws/dynamo-editions.ts';
import type { IndexEditionRecord } from '../../core/index/edition.ts';
import type { IndexEditionRepository } from '../../core/use-cases/ports.ts';
import { createTableIfMissing } from '../../local/emulators.ts';
import { MemoryEditions } from '../support/memory-editions.ts';

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
const clients: DynamoDBClient[] = [];
let endpoint = '';
let tables = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const made of clients) made.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function dynamoEditions(): Promise<IndexEditionRepository> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'contract', secretAccessKey: 'contract' },
  });
  clients.push(client);
  const tableName = `editions-${++tables}`;
  await createTableIfMissing(client, tableName);
  return new DynamoEditions(client, tableName);
}

const draft = (editionId: string, key: string): IndexEditionRecord => ({
  editionId,
  status: 'draft',
  key,
  composedAt: '2027-04-01T00:00:00.000Z',
  composedBy: 'secretariat',
  methodologyVersion: 1,
  targetsVersion: 1,
  cities: 2,
  ranked: 1,
});
const at = { at: '2027-05-01T00:00:00.000Z', by: 'secretariat' };

for (const [name, make] of [
  ['the in-memory edition store', async () => new MemoryEditions()],
  ['DynamoEditions on dynalite', dynamoEditions],
] as const) {
  describe(name, () => {
    it('replaces a draft, and lists editions by id', async () => {
      const store = await make();

      await store.saveDraft(draft('2028', 'k1'));
      await store.saveDraft(draft('2027', 'k1'));
      const replaced = await store.saveDraft(draft('2027', 'k2'));

      expect(replaced).toBe(true);
      expect((await store.getEdition('2027'))?.key).toBe('k2');
      expect((await store.listEditions()).map((e) => e.editionId)).toEqual(['2027', '2028']);
    });

    it('publishes only the draft stored under the key given, once', async () => {
      const store = await make();
      await store.saveDraft(draft('2027', 'k2'));

      const other = await store.publishEdition('2027', 'k1', at);
      const published = await store.publishEdition('2027', 'k2', at);
      const again = await store.publishEdition('2027', 'k2', at);

      expect(other).toBeUndefined();
      expect(published).toEqual({
        ...draft('2027', 'k2'),
        status: 'published',
        publishedAt: at.at,
        publishedBy: at.by,
      });
      expect(again).toBeUndefined();
      expect(await store.publishEdition('2030', 'k1', at)).toBeUndefined();
    });

    it('refuses a draft over a published edition and leaves it as published', async () => {
      const store = await make();
      await store.saveDraft(draft('2027', 'k2'));
      await store.publishEdition('2027', 'k2', at);

      const saved = await store.saveDraft(draft('2027', 'k3'));

      expect(saved).toBe(false);
      expect(await store.getEdition('2027')).toMatchObject({ status: 'published', key: 'k2' });
    });
  });
}
