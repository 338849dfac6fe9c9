/**
 * The little file access a language service needs (does `./data` exist, what is in `.env`, what
 * is in a build context). Injected, so tests can fake it and a browser host can answer from its
 * workspace.
 */
export interface FileSystem {
  /** True when a file or folder exists at the absolute path. */
  exists(path: string): boolean;
  /** The file's text, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  /** The folder's entries (symbolic links as files, not followed), or undefined when it cannot be read. */
  listDirectory(path: string): readonly DirectoryEntry[] | undefined;
}

export interface DirectoryEntry {
  readonly name: string;
  readonly directory: boolean;
  /** Bytes, for files. */
  readonly size: number;
}

/** A file system with nothing in it, for hosts that have no disk access. */
export const emptyFileSystem: FileSystem = {
  exists: () => false,
  readFile: () => undefined,
  listDirectory: () => undefined,
};

/**
 * `base` with some files' text replaced: `textOf(path)` answers for the files an editor holds
 * (unsaved edits of a `.dockerignore` count before they are saved), everything else is `base`.
 */
export function overlayFileSystem(base: FileSystem, textOf: (path: string) => string | undefined): FileSystem {
  return {
    exists: p => textOf(p) !== undefined || base.exists(p),
    readFile: p => textOf(p) ?? base.readFile(p),
    listDirectory: p => base.listDirectory(p),
  };
}
