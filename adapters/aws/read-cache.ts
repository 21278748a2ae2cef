// A short-lived cache of hot reads for one process: many people opening the same board page cost one read.
/**
 * Board pages, stage counts and the account registry are kept for `ttlMs` and dropped at once when this process
 * writes a pilot or a programme table, so a person sees their own change on the next read. A write by another
 * process (another Lambda instance) shows within `ttlMs` (docs/decisions/0044-board-read-cache.md, 0051).
 * Reads of one key in flight together share one request.
 */
export class ReadCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs = 1000,
    private readonly maxEntries = 200,
    private readonly now: () => number = () => performance.now(),
  ) {}

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found && this.now() - found.at < this.ttlMs) return found.value as Promise<T>;
    const value = load();
    // A failed read is not kept: the next caller tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    // Maps iterate in insertion order: the first key is the oldest one.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Every write of a pilot calls this before it returns. */
  clear(): void {
    this.entries.clear();
  }
}
