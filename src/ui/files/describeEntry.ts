import type { OwnerNames, PathEntry } from '../../engine';
import { formatBytes } from '../util/format';

/** `drwxr-sr-x`, as `ls -l` prints a mode. */
export function modeString(entry: PathEntry): string {
  const kind = entry.type === 'directory' ? 'd' : entry.type === 'symlink' ? 'l' : entry.type === 'other' ? '?' : '-';
  const m = entry.mode;
  const triplet = (shift: number, special: number, letter: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const x = m & (1 << shift);
    const s = m & special;
    return r + w + (s ? (x ? letter : letter.toUpperCase()) : x ? 'x' : '-');
  };
  return kind + triplet(6, 0o4000, 's') + triplet(3, 0o2000, 's') + triplet(0, 0o1000, 't');
}

/** `root:staff`, or the numbers where the container has no name for them. */
export function ownerString(entry: PathEntry, owners?: OwnerNames): string {
  const user = entry.uid === undefined ? '?' : (owners?.users.get(entry.uid) ?? String(entry.uid));
  const group = entry.gid === undefined ? '?' : (owners?.groups.get(entry.gid) ?? String(entry.gid));
  return `${user}:${group}`;
}

/** ISO date and minute in UTC, as a listing that reads the same everywhere. */
export function timeString(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** One line: mode, owner, size (files), time, and where a link points. */
export function describeEntry(entry: PathEntry, owners?: OwnerNames): string {
  const parts = [modeString(entry), ownerString(entry, owners)];
  if (entry.type === 'file') {
    parts.push(formatBytes(entry.size));
  }
  parts.push(timeString(entry.mtime));
  if (entry.linkTarget !== undefined) {
    parts.push(`→ ${entry.linkTarget}`);
  }
  return parts.join('  ');
}
