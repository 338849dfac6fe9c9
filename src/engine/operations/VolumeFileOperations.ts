import type { VolumeSummary } from '../types';

/** A container that mounts volumes so that their files can be reached; never started. */
export interface VolumeMount {
  readonly containerId: string;
  /** Where `volume` is mounted in the container. */
  pathOf(volume: string): string;
  /** Removes the container (the volumes stay). */
  release(signal?: AbortSignal): Promise<void>;
}

/**
 * Files of volumes without starting anything: a helper container from an empty image made
 * locally on demand (no registry), created with the volumes mounted, never started, labelled
 * `dockhand.helper`, removed afterwards. The container file operations then work on its mounts.
 */
export interface VolumeFileOperations {
  mountVolumes(volumes: readonly string[], signal?: AbortSignal): Promise<VolumeMount>;
  /** Writes the volume's content as a tar file (entries relative to the volume's root, as `tar -C … -c .`). */
  exportVolume(volume: string, filePath: string, signal?: AbortSignal): Promise<void>;
  /** Unpacks a tar file into the volume (existing files with the same names are replaced). */
  importVolume(volume: string, filePath: string, signal?: AbortSignal): Promise<void>;
  /** Creates `target` (same driver, the source's labels) holding a copy of `source`'s content. */
  cloneVolume(source: string, target: string, signal?: AbortSignal): Promise<VolumeSummary>;
}
