import type { CommandOptions } from './commandOptions';

/** Options of the prune commands for callers: tests restrict a prune to their own labelled resources. */
export interface PruneCommandOptions extends CommandOptions {
  /** Only resources with these labels (`key` or `key=value`). */
  readonly labels?: readonly string[];
}
