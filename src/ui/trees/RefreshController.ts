import type * as vscode from 'vscode';
import type { DockerEngine, ResourceKind } from '../../engine';
import { toEngineError } from '../../engine';
import type { EngineStatus } from './EngineStatus';

/** A view that can be told to reload. */
export interface Reloadable {
  reload(): Promise<void>;
}

/** How long to gather a burst of events before reloading; a `docker compose up` sends dozens. */
const coalesceMs = 40;

/**
 * Keeps the views in step with the engine by following its event stream: each event marks the
 * views it touches, and a short window gathers a burst into one reload per view. Nothing polls:
 * while the daemon is down the stream itself retries with backoff, and on reconnect every view
 * reloads because events were missed meanwhile.
 */
export class RefreshController implements vscode.Disposable {
  private abort = new AbortController();
  private readonly pending = new Set<Reloadable>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly engine: () => DockerEngine,
    private readonly views: ReadonlyMap<ResourceKind, readonly Reloadable[]>,
    private readonly status: EngineStatus,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** (Re)starts following events, e.g. after the endpoint setting changed or on Retry. */
  start(): void {
    this.abort.abort();
    this.abort = new AbortController();
    void this.follow(this.abort.signal);
  }

  private async follow(signal: AbortSignal): Promise<void> {
    try {
      for await (const event of this.engine().events({ types: [...this.views.keys()] }, signal)) {
        if (event.type === 'connection') {
          if (event.connected) {
            this.log.info('Following Docker events.');
            this.status.setReachable();
          } else if (event.error) {
            this.log.warn(`Docker event stream lost: ${event.error.message}`);
            this.status.setUnreachable(event.error);
          }
          this.schedule(new Set([...this.views.values()].flat()));
        } else {
          this.schedule(new Set(this.views.get(event.type) ?? []));
        }
      }
    } catch (err) {
      // The stream only ends by abort; anything else is a bug worth seeing in the log.
      if (!signal.aborted) {
        this.log.error(`Docker event stream stopped: ${toEngineError(err).message}`);
      }
    }
  }

  private schedule(views: ReadonlySet<Reloadable>): void {
    for (const view of views) {
      this.pending.add(view);
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const due = [...this.pending];
      this.pending.clear();
      for (const view of due) {
        void view.reload();
      }
    }, coalesceMs);
  }

  dispose(): void {
    this.abort.abort();
    if (this.timer) {
      clearTimeout(this.timer);
    }
  }
}
