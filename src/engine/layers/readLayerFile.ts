import type { LayerFileContent } from '../layerTypes';
import { readTar, type TarEvent } from '../tar/tarReader';

/**
 * Reads one file of one layer from an image's export stream (`GET /images/{name}/get`) as it
 * arrives: the outer tar is walked to the layer's tar, that tar is read in place up to the path,
 * and reading stops there. Nothing is written to disk; only the file's own bytes are kept, and
 * not at all when it is bigger than `maxBytes`.
 */
export async function readLayerFile(
  stream: AsyncIterable<Buffer | string>,
  layerNames: readonly string[],
  path: string,
  maxBytes: number,
): Promise<LayerFileContent> {
  const outer = readTar(stream);
  try {
    for (;;) {
      const next = await outer.next();
      if (next.done) {
        return { kind: 'missing' };
      }
      if (next.value.kind === 'entry' && layerNames.includes(next.value.entry.name)) {
        return await findInLayer(entryData(outer), path, maxBytes);
      }
    }
  } finally {
    await outer.return(undefined);
  }
}

/** The data of the entry `events` is in, up to its end; the outer reader goes on from there. */
async function* entryData(events: AsyncGenerator<TarEvent>): AsyncGenerator<Buffer> {
  for (;;) {
    const next = await events.next();
    if (next.done || next.value.kind === 'entryEnd') {
      return;
    }
    if (next.value.kind === 'data') {
      yield next.value.data;
    }
  }
}

async function findInLayer(layer: AsyncIterable<Buffer>, path: string, maxBytes: number): Promise<LayerFileContent> {
  let parts: Buffer[] | undefined;
  for await (const event of readTar(layer)) {
    if (event.kind === 'entry') {
      if (normalize(event.entry.name) !== path) {
        continue;
      }
      if (event.entry.type === 'hardlink' && event.entry.linkname) {
        return { kind: 'hardlink', target: normalize(event.entry.linkname) };
      }
      if (event.entry.size > maxBytes) {
        return { kind: 'tooBig', size: event.entry.size };
      }
      parts = [];
      if (event.entry.type !== 'file' || event.entry.size === 0) {
        return { kind: 'file', data: Buffer.alloc(0) };
      }
    } else if (event.kind === 'data') {
      parts?.push(event.data);
    } else if (parts) {
      return { kind: 'file', data: Buffer.concat(parts) };
    }
  }
  return { kind: 'missing' };
}

/** Layer tars name paths `etc/passwd`, `./etc/passwd` or `/etc/passwd`: one form, without the leading part. */
export function normalize(name: string): string {
  return name.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
}
