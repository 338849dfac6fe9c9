/**
 * Plain-text renderings of what the engine reports about a container: processes, filesystem
 * changes and resource usage, laid out as the docker CLI prints them. No `vscode` import.
 */
import type { FileChange, TopResult } from '../../../engine';
import type { StatsReading } from '../../webviews/pages/statsSeries';
import { statsCells, statsHeader } from '../../webviews/pages/statsTable';

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export function columns(rows: ReadonlyArray<readonly string[]>): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows
    .map(row =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `docker top`: the engine's titles and rows. */
export function formatTop(top: TopResult): string {
  return `${columns([top.titles, ...top.processes])}\n`;
}

const changeMarks: Record<FileChange['kind'], string> = { added: 'A', changed: 'C', deleted: 'D' };

/** `docker diff`, grouped: added, then changed, then deleted, each sorted by path. */
export function formatChanges(changes: readonly FileChange[], headings: Record<FileChange['kind'], string>, none: string): string {
  if (changes.length === 0) {
    return `${none}\n`;
  }
  const sections = (['added', 'changed', 'deleted'] as const)
    .map(kind => ({
      kind,
      paths: changes
        .filter(c => c.kind === kind)
        .map(c => c.path)
        .sort(),
    }))
    .filter(s => s.paths.length)
    .map(s => `${headings[s.kind]} (${s.paths.length})\n${s.paths.map(p => `${changeMarks[s.kind]} ${p}`).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

/** One line per container, as `docker stats --no-stream` prints them. */
export function formatStats(rows: ReadonlyArray<{ name: string; stats?: Omit<StatsReading, 'at'> }>, waiting: string): string {
  const lines = rows.map(({ name, stats }) => (stats ? [name, ...statsCells(stats)] : [name, waiting]));
  return `${columns([statsHeader, ...lines])}\n`;
}

/**
 * Docker's rule for container names (`[a-zA-Z0-9][a-zA-Z0-9_.-]+`): an error message, or
 * undefined when `name` is valid.
 */
export function containerNameProblem(name: string, messages: { empty: string; invalid: string }): string | undefined {
  const trimmed = name.replace(/^\//, '');
  if (!trimmed) {
    return messages.empty;
  }
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(trimmed) ? undefined : messages.invalid;
}
