import { describe, expect, it, vi } from 'vitest';
import { ReadCache } from '../../../adapters/aws/read-cache.ts';

function clockedCache(ttlMs = 1000, maxEntries = 3) {
  let now = 0;
  const cache = new ReadCache(ttlMs, maxEntries, () => now);
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('ReadCache', () => {
  it('answers a repeated read from memory within its time to live', async () => {
    const { cache, advance } = clockedCache();
    const load = vi.fn(async () => 'page');
    await cache.read('a', load);
    advance(999);
    expect(await cache.read('a', load)).toBe('page');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads again once the time to live has passed', async () => {
    const { cache, advance } = clockedCache();
    const load = vi.fn(async () => 'page');
    await cache.read('a', load);
    advance(1000);
    await cache.read('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares one read between callers asking at the same time', async () => {
    const { cache } = clockedCache();
    let resolve!: (v: string) => void;
    const load = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const both = Promise.all([cache.read('a', load), cache.read('a', load)]);
    resolve('page');
    expect(await both).toEqual(['page', 'page']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets everything when the process writes a pilot', async () => {
    const { cache } = clockedCache();
    const load = vi.fn(async () => 'page');
    await cache.read('a', load);
    cache.clear();
    await cache.read('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read, so the next caller tries again', async () => {
    const { cache } = clockedCache();
    const failing = vi.fn(async () => {
      throw new Error('throttled');
    });
    await expect(cache.read('a', failing)).rejects.toThrow('throttled');
    expect(await cache.read('a', async () => 'page')).toBe('page');
  });

  it('keeps at most its bound of entries, dropping the oldest', async () => {
    const { cache } = clockedCache(1000, 2);
    const load = vi.fn(async () => 'page');
    for (const key of ['a', 'b', 'c']) await cache.read(key, load);
    await cache.read('c', load);
    await cache.read('a', load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('keys pages by the whole query, so two queries never share an answer', async () => {
    const { cache } = clockedCache();
    expect(await cache.read('page {"stage":"a"}', async () => 'a')).toBe('a');
    expect(await cache.read('page {"stage":"b"}', async () => 'b')).toBe('b');
  });
});
