// In-memory stand-in for DynamoEditions: the same items under the same keys, the same conditions, every read parsed.
import { readItem, SCHEMA_VERSION, storedItems } from '../../adapters/aws/stored-items.ts';
import { keys } from '../../adapters/aws/table-design.ts';
import type { IndexEditionRecord } from '../../core/index/edition.ts';
import type { IndexEditionRepository } from '../../core/use-cases/ports.ts';
import { type ItemTable, MemoryTable } from './memory-table.ts';

/** The schema drops the keys, as it does for DynamoEditions. */
const read = (item: Record<string, unknown>): IndexEditionRecord => {
  const { schemaVersion: _, ...record } = readItem(storedItems.indexEdition, item);
  return record;
};

export class MemoryEditions implements IndexEditionRepository {
  constructor(private readonly table: ItemTable = new MemoryTable()) {}

  saveDraft(record: IndexEditionRecord): Promise<boolean> {
    const item = {
      pk: keys.indexEditions,
      sk: keys.indexEdition(record.editionId),
      schemaVersion: SCHEMA_VERSION,
    };
    return this.table.put(
      { ...item, ...record, status: 'draft' },
      (existing) => !existing || existing.status === 'draft',
    );
  }

  async publishEdition(editionId: string, key: string, published: { at: string; by: string }) {
    const existing = this.table.get(keys.indexEditions, keys.indexEdition(editionId));
    if (existing?.status !== 'draft' || existing.key !== key) return undefined;
    const item = { ...existing, status: 'published', publishedAt: published.at, publishedBy: published.by };
    await this.table.put(item);
    return read(item);
  }

  async getEdition(editionId: string): Promise<IndexEditionRecord | undefined> {
    const item = this.table.get(keys.indexEditions, keys.indexEdition(editionId));
    return item ? read(item) : undefined;
  }

  async listEditions(): Promise<IndexEditionRecord[]> {
    return this.table.partition(keys.indexEditions).map(read);
  }
}
