import type * as vscode from 'vscode';
import type { DockerEngine } from '../../engine';
import { toEngineError } from '../../engine';
import type { EngineStatus } from './EngineStatus';
import { allViews, viewsFor, type EventRoutes, type Reloadable } from './eventRoutes';

export type { Reloadable } from './eventRoutes';

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
  /** Views to reload, with when (performance.now()) the latest event for each reached us. */
  private readonly pending = new Map<Reloadable, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private paused = 0;

  constructor(
    private readonly engine: () => DockerEngine,
    private readonly routes: EventRoutes,
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
    // Opened after the current task rather than inside it: at activation, the first request loads
    // the engine client (dockerode), and activate() returns without waiting for that.
    await new Promise(resolve => setImmediate(resolve));
    try {
      for await (const event of this.engine().events({ types: [...this.routes.keys()] }, signal)) {
        if (event.type === 'connection') {
          if (event.connected) {
            this.log.info('Following Docker events.');
            this.status.setReachable();
          } else if (event.error) {
            this.log.warn(`Docker event stream lost: ${event.error.message}`);
            this.status.setUnreachable(event.error);
          }
          if (!this.paused) {
            this.schedule(allViews(this.routes));
          }
        } else if (!this.paused) {
          this.schedule(viewsFor(this.routes, event));
        }
      }
    } catch (err) {
      // The stream only ends by abort; anything else is a bug worth seeing in the log.
      if (!signal.aborted) {
        this.log.error(`Docker event stream stopped: ${toEngineError(err).message}`);
      }
    }
  }

  /**
   * A test seam: events reload no view until the returned Disposable is disposed, so a test can
   * see the reload a command triggers itself. Every view reloads on resume (events were missed).
   */
  pause(): vscode.Disposable {
    this.paused++;
    // Reloads already scheduled would land inside the pause; resuming reloads every view anyway.
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.pending.clear();
    let resumed = false;
    return {
      dispose: () => {
        if (!resumed) {
          resumed = true;
          this.paused--;
          this.schedule(allViews(this.routes));
        }
      },
    };
  }

  private schedule(views: readonly Reloadable[]): void {
    const now = performance.now();
    for (const view of views) {
      this.pending.set(view, now);
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const due = [...this.pending];
      this.pending.clear();
      for (const [view, eventAt] of due) {
        if ((view.lastLoadStartedAt ?? -Infinity) < eventAt) {
          void view.reload();
        }
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
