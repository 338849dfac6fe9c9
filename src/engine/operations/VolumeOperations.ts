import type { PruneResult } from '../containerTypes';
import type { ListOptions, VolumeSummary } from '../types';
import type { CreateVolumeOptions, VolumeUsage } from '../volumeNetworkTypes';

export interface VolumeOperations {
  listVolumes(options?: ListOptions, signal?: AbortSignal): Promise<VolumeSummary[]>;
  inspectVolume(name: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  createVolume(options?: CreateVolumeOptions, signal?: AbortSignal): Promise<VolumeSummary>;
  /** A volume in use is kept, and the conflict names the containers using it. */
  removeVolume(name: string, options?: { force?: boolean }, signal?: AbortSignal): Promise<void>;
  pruneVolumes(options?: ListOptions, signal?: AbortSignal): Promise<PruneResult>;
  /** Volumes with the containers that mount them. */
  listVolumesWithUsage(options?: ListOptions, signal?: AbortSignal): Promise<VolumeUsage[]>;
  /** Volumes with their sizes and reference counts (the engine computes these only for disk usage). */
  volumeDiskUsage(signal?: AbortSignal): Promise<VolumeSummary[]>;
}
