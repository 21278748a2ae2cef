// A first-in, first-out limiter: at most `slots` calls run at once and the rest wait their turn in arrival order.

export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slots: number) {
    if (!Number.isInteger(slots) || slots < 1)
      throw new RangeError(`A limiter needs at least one slot, not ${slots}`);
  }

  /** Calls running now. */
  get active(): number {
    return this.running;
  }

  /** Calls waiting for a slot. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Runs `task` once a slot is free; its slot is released however it ends. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.slots) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line, so a call arriving meanwhile cannot take it out of turn.
    if (next) next();
    else this.running--;
  }
}
