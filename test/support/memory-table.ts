// The pilot table in memory: items under their pk and sk, each kept as JSON text so no caller ever holds one.

/** One item as the table holds it: its key attributes and whatever else was written. */
export type Item = Record<string, unknown> & { pk: string; sk: string };

/** What the in-memory store needs of a table; the contract suite wraps it to hold a writer between two puts. */
export interface ItemTable {
  get(pk: string, sk: string): Item | undefined;
  /** Writes the item when `allowed` accepts what its key holds now, as a conditional put does; false otherwise. */
  put(item: Item, allowed?: (existing: Item | undefined) => boolean): Promise<boolean>;
  /** The items of one partition in sort-key order, as a query returns them. */
  partition(pk: string): Item[];
  /** Every item with this sort key, whatever its partition. */
  withSortKey(sk: string): Item[];
}

/** DynamoDB orders string keys by their bytes; for the ASCII keys of this table that is code-unit order. */
export const byKey =
  <T>(key: (value: T) => string) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };

export class MemoryTable implements ItemTable {
  private readonly partitions = new Map<string, Map<string, string>>();

  get(pk: string, sk: string): Item | undefined {
    const text = this.partitions.get(pk)?.get(sk);
    return text === undefined ? undefined : JSON.parse(text);
  }

  async put(item: Item, allowed: (existing: Item | undefined) => boolean = () => true): Promise<boolean> {
    if (!allowed(this.get(item.pk, item.sk))) return false;
    const partition = this.partitions.get(item.pk) ?? new Map<string, string>();
    // JSON drops undefined attributes, as the document client's removeUndefinedValues does.
    partition.set(item.sk, JSON.stringify(item));
    this.partitions.set(item.pk, partition);
    return true;
  }

  partition(pk: string): Item[] {
    return [...(this.partitions.get(pk)?.keys() ?? [])]
      .map((sk) => this.get(pk, sk)!)
      .sort(byKey((item) => item.sk));
  }

  withSortKey(sk: string): Item[] {
    return [...this.partitions.keys()].flatMap((pk) => this.get(pk, sk) ?? []);
  }
}
