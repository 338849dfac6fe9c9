/** Dockhand's types for engine-wide disk usage and pruning. */

/** One row of `docker system df`. */
export interface DiskUsageCategory {
  readonly total: number;
  readonly active: number;
  /** Undefined when the engine leaves it empty (Podman reports no layer or build-cache sizes). */
  readonly size: number | undefined;
  readonly reclaimable: number | undefined;
}

export interface DiskUsage {
  readonly images: DiskUsageCategory;
  readonly containers: DiskUsageCategory;
  readonly volumes: DiskUsageCategory;
  readonly buildCache: DiskUsageCategory;
}

export interface SystemPruneOptions {
  /** Also remove unused volumes (like `docker system prune --volumes`). */
  readonly volumes?: boolean;
  /** Remove every unused image, not only dangling ones (like `--all`). */
  readonly allImages?: boolean;
  /**
   * Only resources with these labels (`key` or `key=value`). The build cache has no labels, so
   * it is left alone when a label filter is given.
   */
  readonly labels?: readonly string[];
}

export interface SystemPruneResult {
  readonly containers: readonly string[];
  readonly networks: readonly string[];
  /** Image ids deleted and references untagged. */
  readonly images: readonly string[];
  readonly volumes: readonly string[];
  readonly buildCache: readonly string[];
  readonly spaceReclaimed: number;
}
