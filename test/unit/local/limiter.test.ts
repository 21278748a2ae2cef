import { describe, expect, it } from 'vitest';
import { Limiter } from '../../../local/limiter.ts';

/** A task the test finishes by hand, so the order of events is decided by the test, not by timers. */
function deferred() {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

/** Lets every already-resolved continuation run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Limiter', () => {
  it('starts waiting calls in the order they arrived', async () => {
    const limiter = new Limiter(1);
    const started: number[] = [];
    const tasks = [0, 1, 2, 3].map(() => deferred());
    const runs = tasks.map((task, index) =>
      limiter.run(() => {
        started.push(index);
        return task.promise;
      }),
    );
    for (const task of tasks) {
      await settle();
      task.finish('done');
    }
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('never runs more calls at once than it has slots, and every call gets its own result', async () => {
    const limiter = new Limiter(2);
    let inside = 0;
    let most = 0;
    const tasks = Array.from({ length: 7 }, () => deferred());
    const runs = tasks.map((task, index) =>
      limiter.run(async () => {
        inside++;
        most = Math.max(most, inside);
        try {
          return `${index}:${await task.promise}`;
        } finally {
          inside--;
        }
      }),
    );
    await settle();
    expect([limiter.active, limiter.pending]).toEqual([2, 5]);
    // Finishing them out of order still frees one slot at a time.
    for (const index of [1, 0, 3, 2, 6, 5, 4]) {
      tasks[index]!.finish('ok');
      await settle();
    }
    expect(await Promise.all(runs)).toEqual(tasks.map((_, index) => `${index}:ok`));
    expect(most).toBe(2);
    expect([limiter.active, limiter.pending]).toEqual([0, 0]);
  });

  it('releases the slot of a call that fails, and hands the failure to its caller', async () => {
    const limiter = new Limiter(1);
    const failing = deferred();
    const first = limiter.run(() => failing.promise);
    const second = limiter.run(async () => 'second ran');
    failing.fail(new Error('validation crashed'));
    await expect(first).rejects.toThrow('validation crashed');
    await expect(second).resolves.toBe('second ran');
    expect(limiter.active).toBe(0);
  });

  it('releases the slot of a call that throws before returning a promise', async () => {
    const limiter = new Limiter(1);
    const throwing = limiter.run<string>(() => {
      throw new Error('bad payload');
    });
    await expect(throwing).rejects.toThrow('bad payload');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s slots', (slots) => {
    expect(() => new Limiter(slots)).toThrow(RangeError);
  });
});
