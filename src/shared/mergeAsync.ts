/** Yields the items of several async iterables as each produces them (none waits for another). */
export async function* mergeAsync<T>(sources: ReadonlyArray<AsyncIterable<T>>): AsyncGenerator<T> {
  const iterators = sources.map(source => source[Symbol.asyncIterator]());
  const next = (index: number) => iterators[index].next().then(result => ({ index, result }));
  const pending = new Map(iterators.map((_, index) => [index, next(index)]));
  try {
    while (pending.size) {
      const { index, result } = await Promise.race(pending.values());
      if (result.done) {
        pending.delete(index);
      } else {
        pending.set(index, next(index));
        yield result.value;
      }
    }
  } finally {
    // Stop the sources still running (the consumer stopped early, or one of them failed).
    // Not awaited: a source blocked on a follow ends when its signal aborts, not before.
    for (const index of pending.keys()) {
      void iterators[index].return?.().catch(() => undefined);
    }
  }
}
