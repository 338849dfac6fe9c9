/**
 * The items of a stream read from the engine, until `signal` aborts. Aborting destroys the
 * response, but a chunk already read may hold several lines (log lines, stats, events): without
 * this, the ones after the abort would still be handed out.
 */
export async function* untilAborted<T>(items: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  for await (const item of items) {
    if (signal?.aborted) {
      return;
    }
    yield item;
  }
}
