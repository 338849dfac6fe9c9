import { buildContextFilter, ignoreFileCandidates, parseDockerignore, type IgnoreRules } from '../../shared/dockerignore';
import type { FileSystem } from './FileSystem';

/** One file of a build context folder, relative to it with `/` separators. */
export interface ContextFile {
  readonly path: string;
  readonly size: number;
}

export interface ContextListing {
  readonly files: readonly ContextFile[];
  /** Folders (relative), for completion. */
  readonly folders: readonly string[];
  /** False when the walk stopped at the entry limit: counts are then lower bounds. */
  readonly complete: boolean;
}

/** Enough for any context a human keeps in an editor; beyond it, answers say "at least". */
export const contextEntryLimit = 50_000;

/**
 * Every file under `root`, or those `skipFolder` lets through. Folders are read breadth-first so
 * a limit cuts deep trees (node_modules) rather than the top of the context.
 */
export function listContext(
  fs: FileSystem,
  root: string,
  skipFolder?: (relative: string) => boolean,
  limit = contextEntryLimit,
): ContextListing {
  const files: ContextFile[] = [];
  const folders: string[] = [];
  const queue: string[] = [''];
  let entries = 0;
  while (queue.length > 0) {
    const relative = queue.shift() as string;
    const listed = fs.listDirectory(relative ? `${root}/${relative}` : root) ?? [];
    for (const entry of [...listed].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (++entries > limit) {
        return { files, folders, complete: false };
      }
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (!entry.directory) {
        files.push({ path, size: entry.size });
      } else if (!skipFolder?.(path)) {
        folders.push(path);
        queue.push(path);
      }
    }
  }
  return { files, folders, complete: true };
}

export interface BuildContextSummary {
  readonly files: number;
  readonly bytes: number;
  readonly complete: boolean;
  /** The ignore file the build reads (relative to the context), if there is one. */
  readonly ignoreFile?: string;
}

/** The ignore rules a build of `dockerfile` (relative to `root`) applies, and which file they came from. */
export function contextIgnore(fs: FileSystem, root: string, dockerfile: string): { rules: IgnoreRules; file: string } | undefined {
  for (const candidate of ignoreFileCandidates(dockerfile)) {
    const text = fs.readFile(`${root}/${candidate}`);
    if (text !== undefined) {
      return { rules: parseDockerignore(text), file: candidate };
    }
  }
  return undefined;
}

/** What the engine receives when Dockhand (or the docker CLI) builds `dockerfile` with `root` as context. */
export function summarizeBuildContext(fs: FileSystem, root: string, dockerfile: string): BuildContextSummary | undefined {
  if (!fs.listDirectory(root)) {
    return undefined;
  }
  const ignore = contextIgnore(fs, root, dockerfile);
  const excluded = ignore ? buildContextFilter(ignore.rules, dockerfile) : () => false;
  // An excluded folder is skipped unless an exception may re-include something in it, as the build does.
  const listing = listContext(fs, root, ignore && !ignore.rules.hasExceptions ? excluded : undefined);
  const sent = listing.files.filter(f => !excluded(f.path));
  return {
    files: sent.length,
    bytes: sent.reduce((sum, f) => sum + f.size, 0),
    complete: listing.complete,
    ...(ignore ? { ignoreFile: ignore.file } : {}),
  };
}
