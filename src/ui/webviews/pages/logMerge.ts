/** A log line as the merge orders it: when it was written (ms since the epoch). */
export interface Timed {
  readonly time: number;
}

interface Held<T> {
  readonly line: T;
  readonly time: number;
  readonly arrivedAt: number;
  readonly order: number;
}

/**
 * Merges lines from several streams by their timestamps. Each stream is in order, but they
 * arrive interleaved and a little late relative to each other (network, buffering, the engine
 * reading one log file after another), so every line is held for `windowMs` after it arrived and
 * released in timestamp order: a line up to `windowMs` late still sorts into place. Lines with
 * equal timestamps keep their arrival order, so one stream's order is never changed.
 */
export class ReorderWindow<T extends Timed> {
  private readonly heap: Array<Held<T>> = [];
  private arrivals = 0;

  constructor(private readonly windowMs: number) {}

  get held(): number {
    return this.heap.length;
  }

  /** When `release` next gives something: the earliest line's arrival plus the window (undefined when none is held). */
  get nextDue(): number | undefined {
    const top = this.heap[0];
    return top === undefined ? undefined : top.arrivedAt + this.windowMs;
  }

  add(line: T, arrivedAt: number): void {
    this.heap.push({ line, time: line.time, arrivedAt, order: this.arrivals++ });
    this.up(this.heap.length - 1);
  }

  /**
   * The lines to show now, in timestamp order: the earliest held line goes as soon as it has
   * waited `windowMs`, and takes no later line with it before that line has waited too. At most
   * `limit` lines, so that a burst is handed on in slices that never block the event loop long.
   */
  release(now: number, limit = Infinity): T[] {
    const out: T[] = [];
    while (this.heap.length && out.length < limit && this.heap[0].arrivedAt + this.windowMs <= now) {
      out.push(this.pop());
    }
    return out;
  }

  /** Every held line, in order (the streams ended). */
  releaseAll(): T[] {
    const out: T[] = [];
    while (this.heap.length) {
      out.push(this.pop());
    }
    return out;
  }

  private before(a: Held<T>, b: Held<T>): boolean {
    return a.time < b.time || (a.time === b.time && a.order < b.order);
  }

  private pop(): T {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop() as Held<T>;
    if (heap.length) {
      heap[0] = last;
      this.down(0);
    }
    return top.line;
  }

  private up(index: number): void {
    const heap = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i], heap[parent])) {
        break;
      }
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(index: number): void {
    const heap = this.heap;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && this.before(heap[left], heap[smallest])) {
        smallest = left;
      }
      if (right < heap.length && this.before(heap[right], heap[smallest])) {
        smallest = right;
      }
      if (smallest === i) {
        return;
      }
      [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
      i = smallest;
    }
  }
}
