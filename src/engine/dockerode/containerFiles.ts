import { posix } from 'node:path';
import { Readable } from 'node:stream';
import type { DirectoryListing, OwnerNames, PathEntry, PathType, WriteFileOptions } from '../fileTypes';
import { byName, listingCommand, parseListing } from '../files/execListing';
import { fromGoFileMode } from '../files/goFileMode';
import { parseIdFile } from '../files/ownerNames';
import type { ContainerFileOperations } from '../operations/ContainerFileOperations';
import { directChildren, firstEntry, firstHeader } from '../tar/directChildren';
import { renameArchiveRoot } from '../tar/renameArchiveRoot';
import { packEntries, removalArchive, type TarEntry } from '../tar/tarHeader';
import { EngineError } from '../EngineError';
import { withSignal, type EngineClient } from './EngineClient';
import { execAndWait } from './exec';
import { copyFromContainer } from './files';

/** Links followed before giving up, as the kernel's own limit (40) but smaller: these cost requests. */
const maxLinkHops = 16;
/** Links whose target type is asked of the engine per archive listing; more are shown as files. */
const maxResolvedLinks = 64;

export class DockerodeContainerFiles implements ContainerFileOperations {
  /** Containers whose exec listing failed (no shell, no stat): the archive is used for them. */
  private readonly noShell = new Set<string>();

  constructor(private readonly client: EngineClient) {}

  readonly statPath = async (id: string, path: string, signal?: AbortSignal): Promise<PathEntry> => {
    const entry = await this.headStat(id, path, signal);
    if (entry.type !== 'symlink' || !entry.linkTarget) {
      return entry;
    }
    const target = await this.headStat(id, posix.resolve(posix.dirname(path), entry.linkTarget), signal).catch(() => undefined);
    return { ...entry, targetIsDirectory: target?.type === 'directory' };
  };

  readonly listDirectory = async (id: string, path: string, signal?: AbortSignal): Promise<DirectoryListing> => {
    if (!this.noShell.has(id) && (await this.isRunning(id, signal))) {
      const listed = await this.listByExec(id, path, signal);
      if (listed) {
        return { entries: listed, via: 'exec' };
      }
    }
    return { entries: await this.listByArchive(id, path, signal), via: 'archive' };
  };

  readonly readFile = async (id: string, path: string, signal?: AbortSignal): Promise<Buffer> => {
    let current = path;
    for (let hop = 0; hop <= maxLinkHops; hop++) {
      const stream = await copyFromContainer(this.client, id, current, signal);
      const { entry, data } = await this.client.call(() => firstEntry(stream as AsyncIterable<Buffer>), signal);
      if (entry.type === 'file') {
        return data;
      }
      if (entry.type === 'directory') {
        throw this.client.error('invalid', `${path} is a folder, not a file.`);
      }
      if (entry.type !== 'symlink' || !entry.linkname) {
        throw this.client.error('invalid', `${path} is not a regular file.`);
      }
      current = posix.resolve(posix.dirname(current), entry.linkname);
    }
    throw this.client.error('invalid', `${path}: too many levels of symbolic links.`);
  };

  readonly writeFile = async (
    id: string,
    path: string,
    data: Uint8Array,
    options: WriteFileOptions = {},
    signal?: AbortSignal,
  ): Promise<void> => {
    // An existing file keeps its mode and owner, and a link is written through to its target.
    const existing = await this.existingFile(id, path, signal);
    if (existing && existing.entry.type !== 'file') {
      // Unpacking a file over a folder would remove the folder with everything in it.
      throw this.client.error('invalid', `${path} is a folder, not a file.`);
    }
    const target = existing?.path ?? path;
    const entry: TarEntry = {
      name: posix.basename(target),
      type: 'file',
      size: data.length,
      mtime: new Date(),
      mode: options.mode ?? existing?.entry.mode ?? 0o644,
      uid: options.uid ?? existing?.entry.uid,
      gid: options.gid ?? existing?.entry.gid,
    };
    await this.putArchive(id, posix.dirname(target), packEntries([{ entry, data: Buffer.from(data) }]), entry.uid !== undefined, signal);
  };

  /** The header of the file at `path` (after links), without reading its content; undefined when there is none. */
  private async existingFile(id: string, path: string, signal?: AbortSignal): Promise<{ path: string; entry: TarEntry } | undefined> {
    let current = path;
    for (let hop = 0; hop <= maxLinkHops; hop++) {
      let stream;
      try {
        stream = await copyFromContainer(this.client, id, current, signal);
      } catch (err) {
        if (err instanceof EngineError && err.kind === 'notFound') {
          return undefined;
        }
        throw err;
      }
      const entry = await this.client.call(() => firstHeader(stream as AsyncIterable<Buffer>), signal);
      if (entry.type !== 'symlink' || !entry.linkname) {
        return { path: current, entry };
      }
      current = posix.resolve(posix.dirname(current), entry.linkname);
    }
    throw this.client.error('invalid', `${path}: too many levels of symbolic links.`);
  }

  readonly createDirectory = async (id: string, path: string, signal?: AbortSignal): Promise<void> => {
    if (await this.existingFile(id, path, signal)) {
      // Unpacking a folder over a file would replace the file.
      throw this.client.error('conflict', `${path} already exists.`);
    }
    const entry: TarEntry = { name: posix.basename(path), type: 'directory', size: 0, mode: 0o755, mtime: new Date() };
    await this.putArchive(id, posix.dirname(path), packEntries([{ entry }]), false, signal);
  };

  readonly deletePath = async (id: string, path: string, signal?: AbortSignal): Promise<void> => {
    const target = posix.resolve(path);
    if (target === '/') {
      throw this.client.error('invalid', 'The root folder of a container cannot be deleted.');
    }
    await this.headStat(id, target, signal);
    // The engine answers the removal archive with an error about the entry's type, after it removed
    // the path: what counts is whether the path is gone.
    const refusal = await this.putArchive(id, posix.dirname(target), removalArchive(posix.basename(target)), false, signal).then(
      () => undefined,
      (err: unknown) => err,
    );
    const left = await this.headStat(id, target, signal).then(
      () => true,
      (err: unknown) => {
        if (err instanceof EngineError && err.kind === 'notFound') {
          return false;
        }
        throw err;
      },
    );
    if (left) {
      throw refusal instanceof EngineError ? refusal : this.client.error('failed', `The engine did not remove ${target}.`);
    }
  };

  readonly movePath = async (id: string, from: string, to: string, signal?: AbortSignal): Promise<void> => {
    const source = posix.resolve(from);
    const target = posix.resolve(to);
    if (source === '/' || target === source || target.startsWith(`${source}/`)) {
      throw this.client.error('invalid', `${from} cannot be moved to ${to}.`);
    }
    // A running container with a shell renames in place (one system call); any other copies the
    // archive under its new name, then removes the original.
    if (!this.noShell.has(id) && (await this.isRunning(id, signal))) {
      const moved = await execAndWait(this.client, id, ['mv', '--', source, target], signal).catch((err: unknown) => {
        if (err instanceof EngineError && err.kind === 'cancelled') {
          throw err;
        }
        this.noShell.add(id);
        return undefined;
      });
      if (moved?.exitCode === 0) {
        return;
      }
      if (moved && /No such file/i.test(moved.stderr)) {
        throw this.client.error('notFound', `mv: ${moved.stderr.trim()}`);
      }
    }
    const stream = await copyFromContainer(this.client, id, source, signal);
    try {
      await this.putArchive(
        id,
        posix.dirname(target),
        Readable.from(renameArchiveRoot(stream as AsyncIterable<Buffer>, posix.basename(target))),
        true,
        signal,
      );
    } finally {
      (stream as { destroy?: () => void }).destroy?.();
    }
    await this.deletePath(id, source, signal);
  };

  readonly writeArchive = async (id: string, dir: string, archive: NodeJS.ReadableStream | Buffer, signal?: AbortSignal): Promise<void> => {
    await this.putArchive(id, dir, archive, true, signal);
  };

  readonly ownerNames = async (id: string, signal?: AbortSignal): Promise<OwnerNames> => {
    const read = (file: string) =>
      this.readFile(id, file, signal).then(
        data => parseIdFile(data.toString('utf8')),
        (err: unknown) => {
          if (err instanceof EngineError && (err.kind === 'notFound' || err.kind === 'invalid')) {
            return new Map<number, string>();
          }
          throw err;
        },
      );
    const [users, groups] = await Promise.all([read('/etc/passwd'), read('/etc/group')]);
    return { users, groups };
  };

  /** HEAD /archive: the engine's lstat of the path, in the X-Docker-Container-Path-Stat header. */
  private async headStat(id: string, path: string, signal?: AbortSignal): Promise<PathEntry> {
    const res = (await this.client.call(
      s => this.client.docker.getContainer(id).infoArchive(withSignal({ path }, s)) as Promise<unknown>,
      signal,
    )) as { headers?: Record<string, string | undefined>; resume?: () => void };
    res.resume?.();
    const header = res.headers?.['x-docker-container-path-stat'];
    if (!header) {
      throw this.client.error('failed', `The engine did not describe ${path}.`);
    }
    const raw = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as {
      name: string;
      size: number;
      mode: number;
      mtime: string;
      linkTarget?: string;
    };
    const { type, mode } = fromGoFileMode(raw.mode);
    return {
      name: path === '/' ? '/' : raw.name,
      type,
      mode,
      size: type === 'file' ? raw.size : 0,
      mtime: new Date(raw.mtime),
      ...(raw.linkTarget ? { linkTarget: raw.linkTarget } : {}),
    };
  }

  private async isRunning(id: string, signal?: AbortSignal): Promise<boolean> {
    const info = await this.client.call(s => this.client.docker.getContainer(id).inspect(withSignal({}, s)), signal);
    return info.State.Running && !info.State.Paused;
  }

  /** Undefined when the container has no shell or `stat` (distroless), or a name defeats the format. */
  private async listByExec(id: string, path: string, signal?: AbortSignal): Promise<PathEntry[] | undefined> {
    let result;
    try {
      result = await execAndWait(this.client, id, listingCommand(path), signal);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'cancelled') {
        throw err;
      }
      this.noShell.add(id);
      return undefined;
    }
    if (result.exitCode === 3) {
      // The folder may be a link the shell could not enter, or missing: the archive tells which.
      return undefined;
    }
    if (result.exitCode !== 0) {
      this.noShell.add(id);
      return undefined;
    }
    return parseListing(result.stdout);
  }

  private async listByArchive(id: string, path: string, signal?: AbortSignal): Promise<PathEntry[]> {
    let current = path;
    for (let hop = 0; hop <= maxLinkHops; hop++) {
      const stream = await copyFromContainer(this.client, id, current, signal);
      const { root, children } = await this.client.call(() => directChildren(stream as AsyncIterable<Buffer>), signal);
      if (root.type === 'symlink' && root.linkname) {
        current = posix.resolve(posix.dirname(current), root.linkname);
        continue;
      }
      if (root.type !== 'directory') {
        throw this.client.error('invalid', `${path} is not a folder.`);
      }
      return this.withLinkTargets(id, current, children.map(toPathEntry), signal);
    }
    throw this.client.error('invalid', `${path}: too many levels of symbolic links.`);
  }

  /** Whether each link leads to a folder: from the listing itself when it points next door, else from the engine. */
  private async withLinkTargets(id: string, dir: string, entries: PathEntry[], signal?: AbortSignal): Promise<PathEntry[]> {
    const byNameMap = new Map(entries.map(e => [e.name, e]));
    let asked = 0;
    const resolved = await Promise.all(
      entries.map(async entry => {
        if (entry.type !== 'symlink' || !entry.linkTarget) {
          return entry;
        }
        const sibling = entry.linkTarget.includes('/') ? undefined : byNameMap.get(entry.linkTarget);
        if (sibling && sibling.type !== 'symlink') {
          return { ...entry, targetIsDirectory: sibling.type === 'directory' };
        }
        if (++asked > maxResolvedLinks) {
          return { ...entry, targetIsDirectory: false };
        }
        const target = await this.statPath(id, posix.join(dir, entry.name), signal).catch(() => undefined);
        return { ...entry, targetIsDirectory: target?.targetIsDirectory ?? false };
      }),
    );
    return resolved.sort(byName);
  }

  private async putArchive(
    id: string,
    dir: string,
    archive: NodeJS.ReadableStream | Buffer,
    copyUIDGID: boolean,
    signal?: AbortSignal,
  ): Promise<void> {
    await this.client.call(
      s =>
        this.client.docker.getContainer(id).putArchive(
          archive as NodeJS.ReadableStream,
          withSignal(
            {
              path: dir,
              ...(copyUIDGID ? { copyUIDGID: true } : {}),
            },
            s,
          ),
        ),
      signal,
    );
  }
}

function toPathEntry(entry: TarEntry): PathEntry {
  const type: PathType = entry.type === 'hardlink' ? 'file' : entry.type === 'removal' ? 'other' : entry.type;
  return {
    name: entry.name,
    type,
    mode: entry.mode & 0o7777,
    size: type === 'file' ? entry.size : 0,
    uid: entry.uid,
    gid: entry.gid,
    mtime: entry.mtime,
    ...(entry.type === 'symlink' && entry.linkname ? { linkTarget: entry.linkname } : {}),
  };
}
