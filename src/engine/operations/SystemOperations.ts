import type { DiskUsage, SystemPruneOptions, SystemPruneResult } from '../systemTypes';
import type { EngineEvent, EngineInfo, EngineVersion, ResourceKind } from '../types';

export interface SystemOperations {
  ping(signal?: AbortSignal): Promise<void>;
  version(signal?: AbortSignal): Promise<EngineVersion>;
  info(signal?: AbortSignal): Promise<EngineInfo>;
  /** Totals per category, computed as `docker system df` computes them. */
  systemDf(signal?: AbortSignal): Promise<DiskUsage>;
  /** Stopped containers, unused networks, dangling (or all unused) images, build cache, and optionally volumes. */
  pruneSystem(options?: SystemPruneOptions, signal?: AbortSignal): Promise<SystemPruneResult>;
  /**
   * The engine's events, until `signal` aborts. When the daemon goes away the stream yields a
   * `connection` event with the reason, reconnects with backoff, and yields `connection` again
   * once it is back (events missed meanwhile are not replayed: reload on reconnect).
   */
  events(options: { types?: readonly ResourceKind[] }, signal: AbortSignal): AsyncIterable<EngineEvent>;
}
