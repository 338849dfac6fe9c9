/**
 * The `docker stats` columns, one formatting for the page's table and the panel's text (tests,
 * other extensions). DOM-free.
 */
import { formatBytes } from '../../../shared/formatBytes';
import type { StatsReading } from './statsSeries';

export const statsHeader = ['NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'] as const;

/** The class of each cell after the name (the page's table). */
export const statsCellNames = ['cpu', 'memory', 'memory-percent', 'network', 'block', 'pids'] as const;

export function formatPercent(value: number): string {
  return `${Number.isFinite(value) ? value.toFixed(2) : '0.00'}%`;
}

/** The cells after NAME, as `docker stats` prints them (cumulative I/O, memory without the cache). */
export function statsCells(s: Omit<StatsReading, 'at'>): string[] {
  return [
    formatPercent(s.cpuPercent),
    `${formatBytes(s.memoryUsage)} / ${formatBytes(s.memoryLimit)}`,
    formatPercent(s.memoryLimit > 0 ? (s.memoryUsage / s.memoryLimit) * 100 : 0),
    `${formatBytes(s.networkRx)} / ${formatBytes(s.networkTx)}`,
    `${formatBytes(s.blockRead)} / ${formatBytes(s.blockWrite)}`,
    s.pids === undefined ? '-' : String(s.pids),
  ];
}
