import type { PathEntry } from '../fileTypes';
import { fromUnixMode } from './goFileMode';

/**
 * A one-level listing in a running container with a shell: one `stat` for every entry (no file
 * content read), then each link's target and whether it is a folder, NUL-separated. Exit 3: no
 * such folder. The folder comes as `$1`, never inside the script, so no name is ever parsed by
 * the shell.
 */
export const listingScript = [
  'cd -- "$1" 2>/dev/null || exit 3',
  "stat -c '%f|%s|%u|%g|%Y|%n' -- .* * 2>/dev/null",
  "printf '\\0'",
  'for f in .* *; do if [ -L "$f" ]; then if [ -d "$f" ]; then d=1; else d=0; fi; printf \'%s\\0%s\\0%s\\0\' "$d" "$f" "$(readlink -- "$f")"; fi; done',
  'exit 0',
].join('\n');

export function listingCommand(dir: string): string[] {
  return ['sh', '-c', listingScript, 'dockhand-ls', dir];
}

const statLine = /^([0-9a-f]+)\|(\d+)\|(\d+)\|(\d+)\|(\d+)\|(.*)$/;

/**
 * Parses the script's output; undefined when it cannot be trusted (a name with a newline breaks
 * `stat`'s line format), so that the caller falls back to the archive listing.
 */
export function parseListing(output: string): PathEntry[] | undefined {
  const split = output.indexOf('\0');
  if (split < 0) {
    return undefined;
  }
  const links = new Map<string, { target: string; isDirectory: boolean }>();
  const tail = output.slice(split + 1).split('\0');
  for (let i = 0; i + 2 < tail.length; i += 3) {
    links.set(tail[i + 1], { isDirectory: tail[i] === '1', target: tail[i + 2] });
  }
  const entries: PathEntry[] = [];
  for (const line of output.slice(0, split).split('\n')) {
    if (!line) {
      continue;
    }
    const m = statLine.exec(line);
    if (!m) {
      return undefined;
    }
    const name = m[6];
    if (name === '.' || name === '..') {
      continue;
    }
    const { type, mode } = fromUnixMode(parseInt(m[1], 16));
    const link = type === 'symlink' ? links.get(name) : undefined;
    if (type === 'symlink' && !link) {
      return undefined;
    }
    entries.push({
      name,
      type,
      mode,
      // A link's own size is its target's length, as in a tar listing (where it is 0): report 0 for both.
      size: type === 'file' ? Number(m[2]) : 0,
      uid: Number(m[3]),
      gid: Number(m[4]),
      mtime: new Date(Number(m[5]) * 1000),
      ...(link ? { linkTarget: link.target, targetIsDirectory: link.isDirectory } : {}),
    });
  }
  return entries.sort(byName);
}

export function byName(a: PathEntry, b: PathEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
