import type { TarEntry } from './tarHeader';
import { readTar } from './tarReader';

/**
 * The entries one level below the archive's root folder, from `GET /archive` of a folder (whose
 * first entry is the folder itself: `etc`, or `/` for the root). File content and deeper entries
 * stream past without being kept, so memory grows with the folder's width, not its subtree.
 */
export async function directChildren(stream: AsyncIterable<Buffer | string>): Promise<{ root: TarEntry; children: TarEntry[] }> {
  let root: TarEntry | undefined;
  let prefix = '';
  const children: TarEntry[] = [];
  for await (const event of readTar(stream, { skipData: true })) {
    if (event.kind !== 'entry') {
      continue;
    }
    const name = event.entry.name.replace(/^\/+/, '');
    if (!root) {
      root = event.entry;
      prefix = name ? `${name}/` : '';
      continue;
    }
    if (name.startsWith(prefix) && name.length > prefix.length && !name.slice(prefix.length).includes('/')) {
      children.push({ ...event.entry, name: name.slice(prefix.length) });
    }
  }
  if (!root) {
    throw new Error('The engine sent an empty archive.');
  }
  return { root, children };
}

/** The content of the archive's first entry when it is a file; its header otherwise. */
export async function firstEntry(stream: AsyncIterable<Buffer | string>): Promise<{ entry: TarEntry; data: Buffer }> {
  const parts: Buffer[] = [];
  let entry: TarEntry | undefined;
  for await (const event of readTar(stream)) {
    if (event.kind === 'entry') {
      entry = event.entry;
    } else if (event.kind === 'data') {
      parts.push(event.data);
    } else {
      break;
    }
  }
  if (!entry) {
    throw new Error('The engine sent an empty archive.');
  }
  return { entry, data: Buffer.concat(parts) };
}

/** The archive's first header; the stream is closed without reading the content. */
export async function firstHeader(stream: AsyncIterable<Buffer | string>): Promise<TarEntry> {
  for await (const event of readTar(stream)) {
    if (event.kind === 'entry') {
      return event.entry;
    }
  }
  throw new Error('The engine sent an empty archive.');
}
