import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { encodeHeader, endOfArchive, padding, type TarEntry } from './tarHeader';

export interface PackOptions {
  /** Context-relative paths (with `/`) to leave out; a folder left out is not descended into. */
  readonly exclude?: (relativePath: string, isDirectory: boolean) => boolean;
  /** Whether an excluded folder may hold files that are kept (a `.dockerignore` exception). */
  readonly descendExcluded?: boolean;
  /** The archive name of `root` itself; default: entries are relative to `root` (a build context). */
  readonly rootName?: string;
}

/**
 * A tar stream of a host file or folder, read lazily: file contents are streamed from disk,
 * never held whole. Symlinks are stored as links, not followed.
 */
export function packPath(root: string, options: PackOptions = {}): Readable {
  return Readable.from(packBlocks(root, options));
}

async function* packBlocks(root: string, options: PackOptions): AsyncGenerator<Buffer> {
  const stat = await fs.promises.lstat(root);
  if (options.rootName !== undefined) {
    yield* packOne(root, options.rootName, stat, options);
  } else if (stat.isDirectory()) {
    yield* packChildren(root, '', options);
  } else {
    yield* packOne(root, path.basename(root), stat, options);
  }
  yield endOfArchive;
}

async function* packChildren(dir: string, prefix: string, options: PackOptions): AsyncGenerator<Buffer> {
  const names = (await fs.promises.readdir(dir)).sort();
  for (const name of names) {
    const full = path.join(dir, name);
    const stat = await fs.promises.lstat(full);
    const relative = prefix ? `${prefix}/${name}` : name;
    if (options.exclude?.(relative, stat.isDirectory()) && !stat.isDirectory()) {
      continue;
    }
    yield* packOne(full, relative, stat, options);
  }
}

async function* packOne(full: string, name: string, stat: fs.Stats, options: PackOptions): AsyncGenerator<Buffer> {
  const base = { name, mode: stat.mode & 0o7777, mtime: stat.mtime };
  if (stat.isDirectory()) {
    // An excluded folder is still descended into when an exception may re-include files in it;
    // its own entry is then written only if something inside was kept.
    const excluded = options.exclude?.(name, true) ?? false;
    if (excluded && !options.descendExcluded) {
      return;
    }
    const header = encodeHeader({ ...base, type: 'directory', size: 0 });
    let wroteHeader = false;
    if (!excluded) {
      wroteHeader = true;
      yield header;
    }
    for await (const block of packChildren(full, name, options)) {
      if (!wroteHeader) {
        wroteHeader = true;
        yield header;
      }
      yield block;
    }
    return;
  }
  if (stat.isSymbolicLink()) {
    yield encodeHeader({ ...base, type: 'symlink', size: 0, linkname: await fs.promises.readlink(full) });
    return;
  }
  if (!stat.isFile()) {
    // Sockets, fifos and devices have no place in a build context or a copy.
    return;
  }
  const entry: TarEntry = { ...base, type: 'file', size: stat.size };
  yield encodeHeader(entry);
  let written = 0;
  for await (const chunk of fs.createReadStream(full)) {
    const data = chunk as Buffer;
    // A file that grew while being read is cut at the size the header announced.
    const take = Math.min(data.length, stat.size - written);
    if (take > 0) {
      yield data.subarray(0, take);
      written += take;
    }
  }
  if (written < stat.size) {
    // A file that shrank is padded with zeros, so that the archive stays well-formed.
    yield Buffer.alloc(stat.size - written);
  }
  yield padding(stat.size);
}
