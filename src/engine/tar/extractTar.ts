import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTar } from './tarReader';

/**
 * Writes a tar stream's entries under `targetDir`, streaming each file to disk. Entries that
 * would land outside `targetDir` — absolute names, `..`, or a path through a symlink that the
 * archive itself created — are refused. Resolves to the host paths written.
 */
export async function extractTar(
  stream: AsyncIterable<Buffer | string>,
  targetDir: string,
  options: { rootName?: string } = {},
): Promise<string[]> {
  await fs.promises.mkdir(targetDir, { recursive: true });
  const root = await fs.promises.realpath(targetDir);
  const written: string[] = [];
  let file: fs.promises.FileHandle | undefined;
  let pendingTimes: { target: string; mtime: Date } | undefined;
  try {
    for await (const event of readTar(stream)) {
      if (event.kind === 'data') {
        await file?.write(event.data);
        continue;
      }
      if (event.kind === 'entryEnd') {
        await file?.close();
        file = undefined;
        if (pendingTimes) {
          await fs.promises.utimes(pendingTimes.target, pendingTimes.mtime, pendingTimes.mtime);
          pendingTimes = undefined;
        }
        continue;
      }
      const entry = event.entry;
      const target = await safeTarget(root, renameRoot(entry.name, options.rootName));
      if (entry.type === 'directory') {
        await fs.promises.mkdir(target, { recursive: true });
      } else if (entry.type === 'symlink' && entry.linkname) {
        await fs.promises.rm(target, { force: true });
        await fs.promises.symlink(entry.linkname, target);
      } else if (entry.type === 'hardlink' && entry.linkname) {
        await fs.promises.rm(target, { force: true });
        await fs.promises.link(await safeTarget(root, renameRoot(entry.linkname, options.rootName)), target);
      } else if (entry.type === 'file') {
        await fs.promises.rm(target, { force: true });
        file = await fs.promises.open(target, 'wx', entry.mode & 0o777 || 0o644);
        pendingTimes = { target, mtime: entry.mtime };
      } else {
        continue;
      }
      written.push(target);
    }
  } finally {
    await file?.close();
  }
  return written;
}

/** Replaces an entry's first path component, as `docker cp ctr:/a/file ./other-name` does. */
function renameRoot(name: string, rootName: string | undefined): string {
  if (rootName === undefined) {
    return name;
  }
  const slash = name.replace(/^\/+/, '').indexOf('/');
  return slash < 0 ? rootName : `${rootName}${name.replace(/^\/+/, '').slice(slash)}`;
}

async function safeTarget(root: string, name: string): Promise<string> {
  const target = path.resolve(root, name.replace(/^\/+/, ''));
  const parent = path.dirname(target);
  if (!isInside(root, target)) {
    throw new Error(`The archive entry ${name} would be written outside ${root}.`);
  }
  await fs.promises.mkdir(parent, { recursive: true });
  // A symlink from the archive must not redirect later entries out of the target folder.
  if (!isInside(root, await fs.promises.realpath(parent))) {
    throw new Error(`The archive entry ${name} would be written through a link outside ${root}.`);
  }
  return target;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
