/**
 * The time series of the stats panel, shared by the extension (which turns the engine's samples
 * into points) and the page (which draws them). DOM-free and Node-free, so both sides and the unit
 * tests use the same code.
 */

/** One engine sample of one container, as the engine layer maps it (cumulative counters). */
export interface StatsReading {
  /** When the engine read the sample (ms since the epoch, the engine's clock). */
  readonly at: number;
  /** CPU % as `docker stats` computes it from the sample's own previous CPU reading. */
  readonly cpuPercent: number;
  /** Bytes in use without the page cache, as `docker stats` counts them. */
  readonly memoryUsage: number;
  readonly memoryLimit: number;
  readonly networkRx: number;
  readonly networkTx: number;
  readonly blockRead: number;
  readonly blockWrite: number;
  readonly pids?: number;
}

/** One point of every series of a container. Null: not measurable at this point (no previous sample). */
export interface StatsPoint {
  readonly t: number;
  readonly cpu: number | null;
  readonly memory: number;
  readonly memoryLimit: number;
  /** Bytes per second since the previous sample. */
  readonly rxRate: number | null;
  readonly txRate: number | null;
  readonly readRate: number | null;
  readonly writeRate: number | null;
  readonly pids: number | null;
}

/** Sampling stopped here (paused, panel hidden, container stopped): lines break, the span is shaded. */
export interface StatsGap {
  readonly t: number;
  readonly gap: true;
}

export type StatsSample = StatsPoint | StatsGap;

export function isGap(sample: StatsSample): sample is StatsGap {
  return 'gap' in sample;
}

/** Samples kept per container: 15 minutes at the engine's one sample a second, and room for gaps. */
export const samplesPerContainer = 1000;

/** The time windows the page offers, in minutes. */
export const windowChoices = [1, 5, 15] as const;
export type WindowMinutes = (typeof windowChoices)[number];

/** A fixed-capacity buffer that forgets its oldest item: bounded memory however long the panel stays open. */
export class RingBuffer<T> {
  private readonly items: T[] = [];
  private start = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
    } else {
      this.items[this.start] = item;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  last(): T | undefined {
    return this.items.length === 0 ? undefined : this.items[(this.start + this.items.length - 1) % this.items.length];
  }

  /** Oldest first. */
  toArray(): T[] {
    return [...this.items.slice(this.start), ...this.items.slice(0, this.start)];
  }
}

/**
 * A rate from two cumulative counters: bytes per second between two readings. None without a
 * previous reading, or when the counter went down (the container restarted and its counters reset).
 */
export function ratePerSecond(current: number, previous: number, seconds: number): number | null {
  return seconds > 0 && current >= previous ? (current - previous) / seconds : null;
}

/**
 * The point of `reading`, rates from the `previous` reading of the same stream. The engine's first
 * sample of a stream has no previous CPU reading either (`precpu_stats` is empty), so its CPU % is
 * not a measurement: it stays null instead of drawing a false dip to 0.
 */
export function pointOf(reading: StatsReading, previous: StatsReading | undefined): StatsPoint {
  const seconds = previous ? (reading.at - previous.at) / 1000 : 0;
  const rate = (pick: (r: StatsReading) => number) => (previous ? ratePerSecond(pick(reading), pick(previous), seconds) : null);
  return {
    t: reading.at,
    cpu: previous ? reading.cpuPercent : null,
    memory: reading.memoryUsage,
    memoryLimit: reading.memoryLimit,
    rxRate: rate(r => r.networkRx),
    txRate: rate(r => r.networkTx),
    readRate: rate(r => r.blockRead),
    writeRate: rate(r => r.blockWrite),
    pids: reading.pids ?? null,
  };
}

/** The series of one container: points from successive readings of a stream, gaps where sampling stopped. */
export class ContainerSeries {
  readonly samples = new RingBuffer<StatsSample>(samplesPerContainer);
  private previous: StatsReading | undefined;
  /** The newest reading (the table's numbers). */
  latest: StatsReading | undefined;

  add(reading: StatsReading): StatsPoint {
    const point = pointOf(reading, this.previous);
    this.previous = reading;
    this.latest = reading;
    this.samples.push(point);
    return point;
  }

  /**
   * Sampling stopped: the next reading starts a new stream, so no rate spans the gap. The gap is
   * dated by the last point (the engine's clock; the extension's may differ on a remote engine).
   */
  gap(): StatsGap | undefined {
    this.previous = undefined;
    const last = this.samples.last();
    if (!last || isGap(last)) {
      return undefined;
    }
    const gap: StatsGap = { t: last.t, gap: true };
    this.samples.push(gap);
    return gap;
  }
}
