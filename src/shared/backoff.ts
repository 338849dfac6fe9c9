/** Exponential backoff delays: first, first×2, … capped at max. */
export function* backoffDelays(first: number, max: number): Generator<number, never> {
  let delay = first;
  for (;;) {
    yield delay;
    delay = Math.min(delay * 2, max);
  }
}

/** Resolves after `ms`, or at once (without rejecting) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
