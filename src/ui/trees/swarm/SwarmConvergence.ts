// Polls the Swarm view while a deploy, scale or update converges. No `vscode` import.
import { backoffDelays, sleep } from '../../../shared/backoff';
import { isSettled, type SwarmData } from './swarmData';

/** What the watch reloads: the Swarm view's provider. */
export interface SwarmReloadable {
  reload(): Promise<void>;
  readonly current: SwarmData | undefined;
}

/**
 * Task states move without an engine event on the service (a task going from preparing to
 * running only shows as a container event on the node that runs it, and other nodes' containers
 * send none here). So after an action that starts a rollout, the view reloads with backoff —
 * 250 ms doubling to 4 s — until every service runs what it should and no update is in progress,
 * or `limitMs` passes (a task that can never start must not keep polling). Idle, nothing polls.
 */
export class SwarmConvergence {
  private abort: AbortController | undefined;
  private deadline = 0;

  constructor(
    private readonly tree: SwarmReloadable,
    private readonly limitMs = 180_000,
    private readonly delays = { first: 250, max: 4000 },
  ) {}

  /** Starts watching, or extends a watch already running. */
  watch(): void {
    this.deadline = Date.now() + this.limitMs;
    if (this.abort) {
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    void this.poll(abort.signal).finally(() => {
      if (this.abort === abort) {
        this.abort = undefined;
      }
    });
  }

  /** Whether a watch is running now. */
  get watching(): boolean {
    return this.abort !== undefined;
  }

  private async poll(signal: AbortSignal): Promise<void> {
    const delays = backoffDelays(this.delays.first, this.delays.max);
    // The first look comes after a short wait: the engine has only just accepted the change.
    while (!signal.aborted && Date.now() < this.deadline) {
      await sleep(delays.next().value, signal);
      if (signal.aborted) {
        return;
      }
      await this.tree.reload();
      const data = this.tree.current;
      if (data && isSettled(data)) {
        return;
      }
    }
  }

  dispose(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
