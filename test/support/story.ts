// One pilot's scenario as steps taken lazily: each step runs once, after the steps it builds on, when a test
// first needs it, and keeps what it saw; so tests that share the scenario run in any order, or alone.
export function step<T>(take: () => Promise<T>): () => Promise<T> {
  let taken: Promise<T> | undefined;
  return () => {
    taken ??= take();
    return taken;
  };
}
