import type { ContainerStats } from '../containerTypes';
import { dateOf } from './common';

export interface RawCpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] | null } | null;
  system_cpu_usage?: number;
  online_cpus?: number;
}

export interface RawStats {
  read?: string;
  cpu_stats?: RawCpuStats | null;
  precpu_stats?: RawCpuStats | null;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> | null } | null;
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }> | null;
  blkio_stats?: { io_service_bytes_recursive?: Array<{ op?: string; value?: number }> | null } | null;
  pids_stats?: { current?: number } | null;
}

/**
 * CPU % as the docker CLI computes it (cli/command/container/stats_helpers.go): the container's
 * CPU time delta over the host's, times the number of CPUs, from the previous reading.
 */
export function cpuPercent(cpu: RawCpuStats | null | undefined, pre: RawCpuStats | null | undefined): number {
  const cpuDelta = (cpu?.cpu_usage?.total_usage ?? 0) - (pre?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cpu?.system_cpu_usage ?? 0) - (pre?.system_cpu_usage ?? 0);
  const cpus = cpu?.online_cpus || cpu?.cpu_usage?.percpu_usage?.length || 0;
  return systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
}

/**
 * Memory without the page cache, as the CLI counts it (calculateMemUsageUnixNoCache): cgroup v1's
 * `total_inactive_file` when it is below the usage, else cgroup v2's `inactive_file`, else the usage.
 */
export function memoryUsage(memory: RawStats['memory_stats']): number {
  const usage = memory?.usage ?? 0;
  const stats = memory?.stats ?? {};
  const v1 = stats.total_inactive_file;
  if (v1 !== undefined && v1 < usage) {
    return usage - v1;
  }
  const v2 = stats.inactive_file ?? 0;
  return v2 < usage ? usage - v2 : usage;
}

export function toContainerStats(raw: RawStats): ContainerStats {
  const usage = memoryUsage(raw.memory_stats);
  const limit = raw.memory_stats?.limit ?? 0;
  let networkRx = 0;
  let networkTx = 0;
  for (const net of Object.values(raw.networks ?? {})) {
    networkRx += net.rx_bytes ?? 0;
    networkTx += net.tx_bytes ?? 0;
  }
  let blockRead = 0;
  let blockWrite = 0;
  for (const entry of raw.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = (entry.op ?? '').toLowerCase();
    if (op === 'read') {
      blockRead += entry.value ?? 0;
    } else if (op === 'write') {
      blockWrite += entry.value ?? 0;
    }
  }
  return {
    // A stopped container reports the zero time.
    read: raw.read && !raw.read.startsWith('0001-') ? dateOf(raw.read) : undefined,
    cpuPercent: cpuPercent(raw.cpu_stats, raw.precpu_stats),
    memoryUsage: usage,
    memoryLimit: limit,
    memoryPercent: limit > 0 ? (usage / limit) * 100 : 0,
    networkRx,
    networkTx,
    blockRead,
    blockWrite,
    pids: raw.pids_stats?.current,
  };
}
