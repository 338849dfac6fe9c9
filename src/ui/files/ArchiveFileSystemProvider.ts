import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { DockerEngine, PathEntry } from '../../engine';
import { toFileSystemError } from './fileSystemErrors';

/** Which container holds a URI's file, and where in it. */
export interface FileLocation {
  readonly containerId: string;
  readonly path: string;
}

/**
 * A file system over the Engine API's archive endpoints: reads, writes, folders, delete and
 * rename inside a container, running or stopped, without a shell. The container file system
 * and the volume browser differ only in how a URI maps to a container and a path (`locate`).
 */
export class ArchiveFileSystemProvider implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(
    private readonly engine: () => DockerEngine,
    readonly locate: (uri: vscode.Uri) => Promise<FileLocation>,
  ) {}

  /** Containers change behind our back (processes write files): nothing to watch, views re-read on open. */
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    return this.run(uri, async ({ containerId, path }) => toFileStat(await this.engine().statPath(containerId, path)));
  }

  async readDirectory(uri: vscode.Uri): Promise<Array<[string, vscode.FileType]>> {
    const entries = await this.listEntries(uri);
    return entries.map(e => [e.name, fileType(e)]);
  }

  /** The folder's entries with everything the tree shows (mode, owner, size, time, link). */
  async listEntries(uri: vscode.Uri): Promise<readonly PathEntry[]> {
    return this.run(uri, async ({ containerId, path }) => (await this.engine().listDirectory(containerId, path)).entries);
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.run(uri, ({ containerId, path }) => this.engine().readFile(containerId, path));
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): Promise<void> {
    await this.run(uri, async ({ containerId, path }) => {
      const existing = await this.existing(containerId, path);
      if (!existing && !options.create) {
        throw vscode.FileSystemError.FileNotFound(uri);
      }
      if (existing && !options.overwrite) {
        throw vscode.FileSystemError.FileExists(uri);
      }
      if (existing?.type === 'directory' || existing?.targetIsDirectory) {
        throw vscode.FileSystemError.FileIsADirectory(uri);
      }
      await this.engine().writeFile(containerId, path, content);
    });
    this.fire(uri, vscode.FileChangeType.Changed);
  }

  async createDirectory(uri: vscode.Uri): Promise<void> {
    await this.run(uri, async ({ containerId, path }) => {
      if (await this.existing(containerId, path)) {
        throw vscode.FileSystemError.FileExists(uri);
      }
      await this.engine().createDirectory(containerId, path);
    });
    this.fire(uri, vscode.FileChangeType.Created);
  }

  async delete(uri: vscode.Uri): Promise<void> {
    await this.run(uri, ({ containerId, path }) => this.engine().deletePath(containerId, path));
    this.fire(uri, vscode.FileChangeType.Deleted);
  }

  async rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { overwrite: boolean }): Promise<void> {
    const from = await this.run(oldUri, location => Promise.resolve(location));
    await this.run(newUri, async ({ containerId, path }) => {
      if (containerId !== from.containerId) {
        throw vscode.FileSystemError.NoPermissions(
          vscode.l10n.t('Files move within one container or volume; copy them to move them elsewhere.'),
        );
      }
      if (await this.existing(containerId, path)) {
        if (!options.overwrite) {
          throw vscode.FileSystemError.FileExists(newUri);
        }
        await this.engine().deletePath(containerId, path);
      }
      await this.engine().movePath(containerId, from.path, path);
    });
    this.changed.fire([
      { type: vscode.FileChangeType.Deleted, uri: oldUri },
      { type: vscode.FileChangeType.Created, uri: newUri },
    ]);
  }

  /** Tells views and editors that something under `uri` changed (an upload, a refresh). */
  fire(uri: vscode.Uri, type: vscode.FileChangeType = vscode.FileChangeType.Changed): void {
    this.changed.fire([
      { type, uri },
      { type: vscode.FileChangeType.Changed, uri: uri.with({ path: posix.dirname(uri.path) }) },
    ]);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async existing(containerId: string, path: string): Promise<PathEntry | undefined> {
    return this.engine()
      .statPath(containerId, path)
      .catch((err: unknown) => {
        if ((err as { kind?: string }).kind === 'notFound') {
          return undefined;
        }
        throw err;
      });
  }

  private async run<T>(uri: vscode.Uri, body: (location: FileLocation) => Promise<T>): Promise<T> {
    try {
      return await body(await this.locate(uri));
    } catch (err) {
      throw toFileSystemError(err, uri);
    }
  }
}

export function fileType(entry: PathEntry): vscode.FileType {
  switch (entry.type) {
    case 'file':
      return vscode.FileType.File;
    case 'directory':
      return vscode.FileType.Directory;
    case 'symlink':
      return vscode.FileType.SymbolicLink | (entry.targetIsDirectory ? vscode.FileType.Directory : vscode.FileType.File);
    default:
      return vscode.FileType.Unknown;
  }
}

function toFileStat(entry: PathEntry): vscode.FileStat {
  const time = entry.mtime.getTime();
  return { type: fileType(entry), ctime: time, mtime: time, size: entry.size };
}
