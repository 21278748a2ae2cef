// One pilot's scenario as steps taken lazily: each step runs once, after the steps it builds on, when a test
// first needs it, and keeps what it saw; so tests that share the scenario run in any order, or alone.
export function step<T>(take: () => Promise<T>): () => Promise<T> {
  let taken: Promise<T> | undefined;
  return () => {
    taken ??= take();
    return taken;
  };
}

/** For tests that may come first: one of them takes every step before its own, so it has the story's time. */
export const storyTimeout = { timeout: 180_000 };
