import type { DiskUsage, DiskUsageCategory } from '../systemTypes';
import type { EngineProduct } from '../types';

export interface RawDiskUsage {
  LayersSize?: number;
  Images?: Array<{ Containers?: number; Size?: number; SharedSize?: number }> | null;
  Containers?: Array<{ State?: string; SizeRw?: number }> | null;
  Volumes?: Array<{ UsageData?: { Size?: number; RefCount?: number } | null }> | null;
  BuildCache?: Array<{ InUse?: boolean; Shared?: boolean; Size?: number }> | null;
}

/**
 * The four rows of `docker system df`, computed as the docker CLI does
 * (cli/command/formatter/disk_usage.go): images count the shared layers once, an image is active
 * when a container uses it, and what active images use alone is not reclaimable. Podman's
 * compatible API leaves LayersSize at 0 and has no build cache: those read as unknown, not 0 B.
 */
export function toDiskUsage(raw: RawDiskUsage, product: EngineProduct = 'Docker Engine'): DiskUsage {
  const podman = product === 'Podman';
  const images = imagesRow(raw);
  const unknownLayers = podman && !raw.LayersSize && images.total > 0;
  return {
    images: unknownLayers ? { ...images, size: undefined, reclaimable: undefined } : images,
    containers: containersRow(raw.Containers ?? []),
    volumes: volumesRow(raw.Volumes ?? []),
    buildCache: podman ? { total: 0, active: 0, size: undefined, reclaimable: undefined } : buildCacheRow(raw.BuildCache ?? []),
  };
}

function imagesRow(raw: RawDiskUsage): DiskUsageCategory {
  const images = raw.Images ?? [];
  const size = raw.LayersSize ?? 0;
  let active = 0;
  let used = 0;
  for (const image of images) {
    if ((image.Containers ?? 0) > 0) {
      active++;
      // -1 means the engine did not compute it.
      if ((image.Size ?? -1) >= 0 && (image.SharedSize ?? -1) >= 0) {
        used += (image.Size ?? 0) - (image.SharedSize ?? 0);
      }
    }
  }
  return { total: images.length, active, size, reclaimable: Math.max(0, size - used) };
}

function containersRow(containers: NonNullable<RawDiskUsage['Containers']>): DiskUsageCategory {
  let active = 0;
  let size = 0;
  let reclaimable = 0;
  for (const c of containers) {
    // The engine reports -1 for a container it could not size (e.g. one being removed): count it as 0.
    const rw = Math.max(0, c.SizeRw ?? 0);
    size += rw;
    if (c.State === 'running' || c.State === 'paused' || c.State === 'restarting') {
      active++;
    } else {
      reclaimable += rw;
    }
  }
  return { total: containers.length, active, size, reclaimable };
}

function volumesRow(volumes: NonNullable<RawDiskUsage['Volumes']>): DiskUsageCategory {
  let active = 0;
  let size = 0;
  let reclaimable = 0;
  for (const v of volumes) {
    const bytes = Math.max(0, v.UsageData?.Size ?? 0);
    size += bytes;
    if ((v.UsageData?.RefCount ?? 0) > 0) {
      active++;
    } else {
      reclaimable += bytes;
    }
  }
  return { total: volumes.length, active, size, reclaimable };
}

function buildCacheRow(records: NonNullable<RawDiskUsage['BuildCache']>): DiskUsageCategory {
  let active = 0;
  let size = 0;
  let reclaimable = 0;
  for (const r of records) {
    if (r.InUse) {
      active++;
    }
    if (!r.Shared) {
      size += r.Size ?? 0;
      if (!r.InUse) {
        reclaimable += r.Size ?? 0;
      }
    }
  }
  return { total: records.length, active, size, reclaimable };
}
