/** Small statistics for benchmarks: medians of repeated timings, printed side by side. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `body` `warmup` times unmeasured, then `runs` times, and returns the median in ms. */
export async function timeMedian(body: () => Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) {
    await body();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await body();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** Prints a table row: what, Dockhand's figure, the peer's, and the ratio Dockhand / peer. */
export function row(what: string, ours: number, peer: number, peerName: string): string {
  return `| ${what} | ${ms(ours)} | ${ms(peer)} (${peerName}) | ${(ours / peer).toFixed(2)}× |`;
}

/**
 * Times two bodies alternately (a, b, a, b, …) so that drift in the machine's load hits both
 * alike, and returns both medians in ms.
 */
export async function compareMedians(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs = 21,
  warmup = 3,
): Promise<[number, number]> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    for (const [body, times] of [
      [a, timesA],
      [b, timesB],
    ] as const) {
      const start = process.hrtime.bigint();
      await body();
      if (i >= warmup) {
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return [median(timesA), median(timesB)];
}
