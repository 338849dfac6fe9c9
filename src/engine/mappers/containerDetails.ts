// Pure mappers for what the engine reports about one container: top, changes, prune.
import type { FileChange, FileChangeKind, PruneResult, TopResult } from '../containerTypes';

export function toTopResult(raw: { Titles?: string[] | null; Processes?: string[][] | null }): TopResult {
  return { titles: raw.Titles ?? [], processes: raw.Processes ?? [] };
}

const changeKinds: readonly FileChangeKind[] = ['changed', 'added', 'deleted'];

/** The engine's kinds: 0 modified, 1 added, 2 deleted. */
export function toFileChanges(raw: Array<{ Path?: string; Kind?: number }> | null | undefined): FileChange[] {
  return (raw ?? []).map(c => ({ path: c.Path ?? '', kind: changeKinds[c.Kind ?? 0] ?? 'changed' }));
}

/** Any of the engine's prune responses: `<Things>Deleted` lists and `SpaceReclaimed`. */
export function toPruneResult(raw: object | null | undefined, key: string): PruneResult {
  const fields = (raw ?? {}) as Record<string, unknown>;
  const removed = fields[key];
  const space = fields.SpaceReclaimed;
  return {
    removed: Array.isArray(removed) ? removed.filter((r): r is string => typeof r === 'string') : [],
    spaceReclaimed: typeof space === 'number' ? space : 0,
  };
}

/** Image prune lists `{ Untagged }` and `{ Deleted }` entries; both count as removed. */
export function toImagePruneResult(
  raw: { ImagesDeleted?: Array<{ Untagged?: string; Deleted?: string }> | null; SpaceReclaimed?: number } | null | undefined,
): PruneResult {
  return {
    removed: (raw?.ImagesDeleted ?? []).map(i => i.Deleted ?? i.Untagged ?? '').filter(Boolean),
    spaceReclaimed: raw?.SpaceReclaimed ?? 0,
  };
}
