import { encodeHeader, endOfArchive, padding, type TarEntry } from './tarHeader';
import { readTar } from './tarReader';

/**
 * The same archive with its top entry (and everything under it) under a new name, streamed: how
 * a file or folder read from one path is written back at another. Hard links inside follow.
 */
export async function* renameArchiveRoot(stream: AsyncIterable<Buffer | string>, newName: string): AsyncGenerator<Buffer> {
  let oldName: string | undefined;
  let size = 0;
  const rename = (name: string) => {
    const clean = name.replace(/^\/+/, '');
    return clean === oldName
      ? newName
      : oldName !== undefined && clean.startsWith(`${oldName}/`)
        ? `${newName}${clean.slice(oldName.length)}`
        : clean;
  };
  for await (const event of readTar(stream)) {
    if (event.kind === 'entry') {
      oldName ??= event.entry.name.replace(/^\/+/, '');
      const entry: TarEntry = { ...event.entry, name: rename(event.entry.name) };
      size = entry.type === 'file' || entry.type === 'other' ? entry.size : 0;
      yield encodeHeader(entry.type === 'hardlink' && entry.linkname ? { ...entry, linkname: rename(entry.linkname) } : entry);
    } else if (event.kind === 'data') {
      yield event.data;
    } else {
      yield padding(size);
    }
  }
  yield endOfArchive;
}
