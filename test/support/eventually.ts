// The one way a test waits for something that has no event to wait on (a terminal's output, a
// file the engine writes, a container's state): poll a condition until it holds, or fail naming
// what never happened. Where an event exists, tests wait on the event instead.

/**
 * Resolves once `check` holds, checking every `intervalMs`; rejects after `timeoutMs` with
 * "timed out waiting for <what>". The timeout is a failure bound, not a speed assertion: keep it
 * generous, a loaded two-core machine must not fail a correct test.
 */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs));
  }
}
