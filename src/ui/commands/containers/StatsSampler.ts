import { toEngineError, type ContainerStats, type DockerEngine } from '../../../engine';
import type { StatsContainerState, StatsContainerStatus } from '../../webviews/pages/statsProtocol';
import { ContainerSeries, type StatsReading, type StatsSample } from '../../webviews/pages/statsSeries';

/** What the stats panel watches: some containers, and which containers started later join them. */
export interface StatsScope {
  readonly targets: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /**
   * Containers that start later (or run already) and carry every one of these labels (`key=value`)
   * join the panel: a compose project's label, or none at all for every container (`docker stats`).
   * Without it, the panel keeps to its targets.
   */
  readonly joins?: { readonly labels: readonly string[] };
}

export interface SampleItem {
  readonly id: string;
  readonly sample: StatsSample;
  readonly latest?: StatsReading;
}

export interface SamplerListener {
  samples(items: readonly SampleItem[]): void;
  container(state: Omit<StatsContainerState, 'samples'>): void;
}

interface Tracked {
  readonly id: string;
  name: string;
  readonly colour: number;
  status: StatsContainerStatus;
  detail?: string;
  readonly series: ContainerSeries;
  /** Points taken (gaps not counted). */
  taken: number;
  /** The open stats stream, if any. */
  stream?: AbortController;
}

/** Samples are sent to the page in batches, at most this often (the engine samples once a second). */
const flushEveryMs = 250;

/**
 * The engine side of the stats panel: a stats stream per container while running, a series per
 * container (bounded), and the engine's container events so that a restarted container resumes,
 * a removed one shows so, and a compose project's new containers join. No `vscode` import: the
 * panel decides when sampling runs (`start`/`stop`: visible and not paused).
 */
export class StatsSampler {
  private readonly tracked = new Map<string, Tracked>();
  private events?: AbortController;
  private pending: SampleItem[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private disposed = false;

  constructor(
    private readonly engine: DockerEngine,
    private readonly scope: StatsScope,
    private readonly listener: SamplerListener,
  ) {
    for (const target of scope.targets) {
      this.track(target.id, target.name);
    }
  }

  /** Engine streams open now: one per sampled container, and the events stream. */
  get openStreams(): number {
    return [...this.tracked.values()].filter(t => t.stream).length + (this.events ? 1 : 0);
  }

  get sampling(): boolean {
    return this.running;
  }

  taken(id: string): number {
    return this.tracked.get(id)?.taken ?? 0;
  }

  states(): StatsContainerState[] {
    return [...this.tracked.values()].map(t => ({ ...this.stateOf(t), samples: t.series.samples.toArray() }));
  }

  /** The latest engine sample of each container (undefined before the first). */
  latest(): Array<{ id: string; name: string; status: StatsContainerStatus; stats?: StatsReading }> {
    return [...this.tracked.values()].map(t => ({ id: t.id, name: t.name, status: t.status, stats: t.series.latest }));
  }

  /** Starts sampling every container not removed, and following the engine's container events. */
  start(): void {
    if (this.running) {
      return;
    }
    this.running = true;
    this.followEvents();
    for (const t of this.tracked.values()) {
      if (t.status !== 'removed') {
        void this.follow(t);
      }
    }
    if (this.scope.joins) {
      void this.joinRunning(this.scope.joins.labels);
    }
  }

  /** Stops every stream: no work until `start`. The series get a gap, so the next samples start afresh. */
  stop(): void {
    if (!this.running) {
      return;
    }
    this.running = false;
    this.events?.abort();
    this.events = undefined;
    for (const t of this.tracked.values()) {
      t.stream?.abort();
      t.stream = undefined;
      this.addGap(t);
    }
    this.flush();
  }

  /** Stops for good; nothing more reaches the listener (the page is gone). */
  dispose(): void {
    this.disposed = true;
    this.stop();
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.pending = [];
  }

  private track(id: string, name: string): Tracked {
    const t: Tracked = { id, name, colour: this.tracked.size, status: 'waiting', series: new ContainerSeries(), taken: 0 };
    this.tracked.set(id, t);
    return t;
  }

  private stateOf(t: Tracked): Omit<StatsContainerState, 'samples'> {
    return { id: t.id, name: t.name, colour: t.colour, status: t.status, detail: t.detail, latest: t.series.latest };
  }

  private setStatus(t: Tracked, status: StatsContainerStatus, detail?: string): void {
    if ((t.status !== status || t.detail !== detail) && !this.disposed) {
      t.status = status;
      t.detail = detail;
      this.listener.container(this.stateOf(t));
    }
  }

  private async follow(t: Tracked): Promise<void> {
    if (t.stream || !this.running) {
      return;
    }
    const stream = new AbortController();
    t.stream = stream;
    try {
      for await (const stats of this.engine.streamContainerStats(t.id, stream.signal)) {
        if (!stats.read) {
          // The engine keeps streaming zero-time samples for a container that is not running.
          break;
        }
        this.addPoint(t, stats);
      }
      if (!stream.signal.aborted) {
        await this.ended(t);
      }
    } catch (err) {
      const error = toEngineError(err);
      if (error.kind === 'notFound') {
        this.setStatus(t, 'removed');
      } else if (error.kind !== 'cancelled' && !stream.signal.aborted) {
        this.setStatus(t, 'failed', error.message);
      }
    } finally {
      stream.abort();
      if (t.stream === stream) {
        t.stream = undefined;
      }
    }
  }

  private addPoint(t: Tracked, stats: ContainerStats): void {
    const reading: StatsReading = {
      at: stats.read?.getTime() ?? 0,
      cpuPercent: stats.cpuPercent,
      memoryUsage: stats.memoryUsage,
      memoryLimit: stats.memoryLimit,
      networkRx: stats.networkRx,
      networkTx: stats.networkTx,
      blockRead: stats.blockRead,
      blockWrite: stats.blockWrite,
      pids: stats.pids,
    };
    const sample = t.series.add(reading);
    t.taken++;
    this.setStatus(t, 'live');
    this.queue({ id: t.id, sample, latest: reading });
  }

  private addGap(t: Tracked): void {
    const gap = t.series.gap();
    if (gap) {
      this.queue({ id: t.id, sample: gap });
    }
  }

  /** The stream ended without us: the container stopped (with its exit code) or is gone. */
  private async ended(t: Tracked): Promise<void> {
    this.addGap(t);
    try {
      const inspected = (await this.engine.inspectContainer(t.id)) as { State?: { Status?: string; ExitCode?: number } };
      const state = inspected.State?.Status ?? 'stopped';
      if (state === 'running') {
        // Restarted meanwhile: sample again.
        t.stream = undefined;
        void this.follow(t);
        return;
      }
      this.setStatus(t, 'stopped', state === 'exited' ? `exit code ${inspected.State?.ExitCode ?? '?'}` : state);
    } catch (err) {
      const error = toEngineError(err);
      this.setStatus(t, error.kind === 'notFound' ? 'removed' : 'failed', error.kind === 'notFound' ? undefined : error.message);
    }
  }

  /** Container events while sampling: restarts resume, removals show, new containers in scope join. */
  private followEvents(): void {
    const events = new AbortController();
    this.events = events;
    void (async () => {
      try {
        for await (const event of this.engine.events({ types: ['container'] }, events.signal)) {
          if (event.type !== 'container') {
            continue;
          }
          const known = this.tracked.get(event.id);
          if (event.action === 'destroy' && known) {
            known.stream?.abort();
            this.addGap(known);
            this.setStatus(known, 'removed');
          } else if (event.action === 'start') {
            const joining = !known && this.joins(event.attributes);
            const t = known ?? (joining ? this.join(event.id, event.attributes.name ?? event.id) : undefined);
            if (t) {
              void this.follow(t);
            }
          }
        }
      } catch {
        // The events stream ends with the panel; a lost daemon shows in each container's stream.
      }
    })();
  }

  /** Whether a container with these labels (an event's attributes hold them) joins the panel. */
  private joins(attributes: Readonly<Record<string, string>>): boolean {
    return (
      this.scope.joins?.labels.every(label => {
        const at = label.indexOf('=');
        return attributes[label.slice(0, at)] === label.slice(at + 1);
      }) ?? false
    );
  }

  /** Those in scope that started while the panel did not sample (hidden, paused) join now. */
  private async joinRunning(labels: readonly string[]): Promise<void> {
    try {
      const members = await this.engine.listContainers({ all: false, labels: [...labels] });
      for (const c of members) {
        if (!this.tracked.has(c.id) && this.running) {
          void this.follow(this.join(c.id, c.name));
        }
      }
    } catch {
      // The members known already keep going; their own streams report a lost daemon.
    }
  }

  private join(id: string, name: string): Tracked {
    const t = this.track(id, name);
    this.listener.container(this.stateOf(t));
    return t;
  }

  private queue(item: SampleItem): void {
    this.pending.push(item);
    this.timer ??= setTimeout(() => this.flush(), flushEveryMs);
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending.length > 0 && !this.disposed) {
      const items = this.pending;
      this.pending = [];
      this.listener.samples(items);
    }
  }
}
