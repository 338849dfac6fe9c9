import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { readTar } from '../tar/tarReader';
import type { RawLayerEntry } from './analyzeLayers';
import { normalize } from './readLayerFile';

/** Metadata files (manifest.json, the image config) are small; anything bigger is not one. */
const maxMetadataBytes = 8 << 20;

export interface ImageExport {
  /** Each layer's entries, by its name in the export (`<id>/layer.tar` or `blobs/sha256/<digest>`). */
  readonly layers: ReadonlyMap<string, readonly RawLayerEntry[]>;
  /** The small files (manifest.json, the config), by name. */
  readonly metadata: ReadonlyMap<string, string>;
}

/**
 * Reads `GET /images/{name}/get` as it streams: each layer's tar is read inside the outer tar
 * (headers only, content skipped), the small JSON files are kept. Nothing is written to disk
 * and no layer is held whole (`readLayerFile` reads one file's content the same way).
 */
export async function readImageExport(stream: AsyncIterable<Buffer | string>): Promise<ImageExport> {
  const layers = new Map<string, RawLayerEntry[]>();
  const metadata = new Map<string, string>();
  let inner:
    { name: string; pipe: PassThrough; done: Promise<RawLayerEntry[]>; sniff: Buffer[]; sniffed: number; isLayer?: boolean } | undefined;
  let small: { name: string; parts: Buffer[] } | undefined;
  for await (const event of readTar(stream)) {
    if (event.kind === 'entry') {
      const { name, type, size } = event.entry;
      if (type !== 'file') {
        continue;
      }
      if (/(^|\/)layer\.tar$/.test(name) || name.startsWith('blobs/')) {
        const pipe = new PassThrough();
        inner = { name, pipe, done: layerEntries(pipe), sniff: [], sniffed: 0, ...(name.endsWith('layer.tar') ? { isLayer: true } : {}) };
        if (!name.endsWith('layer.tar') && size <= maxMetadataBytes) {
          small = { name, parts: [] };
        }
      } else if (size <= maxMetadataBytes) {
        small = { name, parts: [] };
      }
    } else if (event.kind === 'data') {
      small?.parts.push(event.data);
      if (inner) {
        if (!inner.pipe.write(event.data)) {
          await once(inner.pipe, 'drain');
        }
      }
    } else {
      if (small) {
        metadata.set(small.name, Buffer.concat(small.parts).toString('utf8'));
        small = undefined;
      }
      if (inner) {
        inner.pipe.end();
        const entries = await inner.done.catch(() => undefined);
        if (entries && (inner.isLayer || entries.length)) {
          layers.set(inner.name, entries);
        }
        inner = undefined;
      }
    }
  }
  return { layers, metadata };
}

async function layerEntries(pipe: PassThrough): Promise<RawLayerEntry[]> {
  const entries: RawLayerEntry[] = [];
  try {
    for await (const event of readTar(pipe, { skipData: true })) {
      if (event.kind === 'entry') {
        const { name, type, size, linkname } = event.entry;
        const path = normalize(name);
        if (!path || path === '.') {
          continue;
        }
        entries.push({
          path,
          type:
            type === 'hardlink' || type === 'file' ? 'file' : type === 'directory' ? 'directory' : type === 'symlink' ? 'symlink' : 'other',
          size: type === 'file' ? size : 0,
          ...(linkname && type === 'symlink' ? { linkTarget: linkname } : {}),
        });
      }
    }
  } finally {
    // Whatever is left (a blob that was not a tar) is drained so that the outer read goes on.
    pipe.resume();
  }
  return entries;
}

/** The instruction as a Dockerfile would say it, from a history `created_by`. */
export function instructionOf(createdBy: string): string {
  const nop = /^\/bin\/sh -c #\(nop\)\s+/.exec(createdBy);
  if (nop) {
    return createdBy.slice(nop[0].length).trim();
  }
  const run = /^\/bin\/sh -c\s+/.exec(createdBy);
  if (run) {
    return `RUN ${createdBy.slice(run[0].length).trim()}`;
  }
  return createdBy.trim();
}
