/**
 * What `docker system prune` would remove, in words for the confirmation. No `vscode` import
 * (unit-tested in plain Node); the strings are passed through l10n by the caller as a whole.
 */
import { formatBytes } from '../../util/format';

export interface PruneCandidates {
  readonly stoppedContainers: readonly string[];
  readonly unusedNetworks: readonly string[];
  readonly danglingImages: readonly string[];
  readonly unusedVolumes: readonly string[];
  /** Bytes of build cache that would go (0 when a label filter leaves the cache alone). */
  readonly buildCacheBytes: number;
}

function listed(title: string, names: readonly string[]): string[] {
  if (!names.length) {
    return [];
  }
  const shown = names.slice(0, 10).join(', ');
  return [`${title} (${names.length}): ${shown}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`];
}

/** One line per kind of resource that goes; volumes only when `withVolumes`. */
export function pruneSummary(c: PruneCandidates, withVolumes: boolean): string[] {
  return [
    ...listed('Stopped containers', c.stoppedContainers),
    ...listed('Unused networks', c.unusedNetworks),
    ...listed('Dangling images', c.danglingImages),
    ...(c.buildCacheBytes > 0 ? [`Build cache: ${formatBytes(c.buildCacheBytes)}`] : []),
    ...(withVolumes ? listed('Unused volumes', c.unusedVolumes) : []),
  ];
}
