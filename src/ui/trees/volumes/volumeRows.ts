/** Volumes with the containers using them and the sizes the engine reports. No `vscode` import. */
import type { VolumeSummary, VolumeUsage } from '../../../engine';

/**
 * Adds each volume's size from the disk-usage listing (the only query where the engine computes
 * sizes) to the volumes with their users, sorted by name.
 */
export function withSizes(volumes: readonly VolumeUsage[], diskUsage: readonly VolumeSummary[]): VolumeUsage[] {
  const sizes = new Map(diskUsage.filter(v => v.size !== undefined && v.size >= 0).map(v => [v.name, v.size]));
  return volumes.map(v => (sizes.has(v.name) ? { ...v, size: sizes.get(v.name) } : v)).sort((a, b) => a.name.localeCompare(b.name));
}

/** "used by web, db" style text, or undefined for an unused volume. */
export function usageText(volume: VolumeUsage): string | undefined {
  return volume.usedBy.length
    ? volume.usedBy
        .map(c => c.name)
        .sort()
        .join(', ')
    : undefined;
}
