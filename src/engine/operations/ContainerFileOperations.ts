import type { DirectoryListing, OwnerNames, PathEntry, WriteFileOptions } from '../fileTypes';

/**
 * Files inside a container, running or not, through the archive endpoints (GET/PUT/HEAD
 * `/containers/{id}/archive`): no shell needed, so stopped, `FROM scratch` and distroless
 * containers work too. Paths are absolute, with `/`.
 */
export interface ContainerFileOperations {
  /** The path itself (a link is described, not followed; `targetIsDirectory` tells where it leads). */
  statPath(id: string, path: string, signal?: AbortSignal): Promise<PathEntry>;
  /** One level of a folder (a link to a folder is followed), sorted by name. */
  listDirectory(id: string, path: string, signal?: AbortSignal): Promise<DirectoryListing>;
  /** A file's content (links followed). */
  readFile(id: string, path: string, signal?: AbortSignal): Promise<Buffer>;
  /** Creates or replaces a file; its folder must exist. */
  writeFile(id: string, path: string, data: Uint8Array, options?: WriteFileOptions, signal?: AbortSignal): Promise<void>;
  createDirectory(id: string, path: string, signal?: AbortSignal): Promise<void>;
  /**
   * Removes a file or a folder with everything in it. The archive endpoints cannot remove, so
   * this runs `rm` in the container: it must be running and have one.
   */
  deletePath(id: string, path: string, signal?: AbortSignal): Promise<void>;
  /** Renames or moves (`mv` in the running container, for the same reason). */
  movePath(id: string, from: string, to: string, signal?: AbortSignal): Promise<void>;
  /** Unpacks a tar stream into the folder `dir` (upload, import; `copyFromContainer` reads one). */
  writeArchive(id: string, dir: string, archive: NodeJS.ReadableStream | Buffer, signal?: AbortSignal): Promise<void>;
  /** Names for the numeric owners, from the container's /etc/passwd and /etc/group (empty where absent). */
  ownerNames(id: string, signal?: AbortSignal): Promise<OwnerNames>;
}
