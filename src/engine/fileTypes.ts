/** Dockhand's types for the files inside containers and volumes (read through the archive endpoints). */

export type PathType = 'file' | 'directory' | 'symlink' | 'other';

/** One file, folder or link, as `ls -l` would describe it. */
export interface PathEntry {
  /** The base name (for the root folder: `/`). */
  readonly name: string;
  readonly type: PathType;
  readonly size: number;
  /** Permission bits with setuid/setgid/sticky (`0o4755`), without the file type. */
  readonly mode: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly mtime: Date;
  /** For a link: where it points, as written in the link. */
  readonly linkTarget?: string;
  /** For a link: whether what it points to is a folder (so that it opens as one). */
  readonly targetIsDirectory?: boolean;
}

export interface DirectoryListing {
  readonly entries: readonly PathEntry[];
  /**
   * How it was read: one `stat` through exec in a running container that has a shell (fast, reads
   * no file content), or the archive endpoint (any container: the folder's tar, content skipped).
   */
  readonly via: 'exec' | 'archive';
}

/** User and group names from the container's own /etc/passwd and /etc/group. */
export interface OwnerNames {
  readonly users: ReadonlyMap<number, string>;
  readonly groups: ReadonlyMap<number, string>;
}

export interface WriteFileOptions {
  /** Permission bits; an existing file keeps its own, a new one gets 0644. */
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
}
