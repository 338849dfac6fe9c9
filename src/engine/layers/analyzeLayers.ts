import type { ImageLayerAnalysis, Inefficiency, LayerFile, LayerInfo } from '../layerTypes';

/** One entry of a layer's tar, as read from the export stream. */
export interface RawLayerEntry {
  readonly path: string;
  readonly type: 'file' | 'directory' | 'symlink' | 'other';
  readonly size: number;
  readonly linkTarget?: string;
}

const whiteoutPrefix = '.wh.';
const opaqueMarker = '.wh..wh..opq';

/**
 * What each layer adds, changes and removes, and the wasted space and efficiency as dive computes
 * them: every leaf path of every layer counts its size (a removal of a folder counts the folder's
 * files, a removal of a file 0); a path seen in two layers or more wastes all its versions' bytes;
 * efficiency is the sum of each path's smallest version over the sum of all versions.
 */
export function analyzeLayers(
  layers: ReadonlyArray<{ id: string; instruction: string; historyIndex: number; entries: readonly RawLayerEntry[] }>,
): Omit<ImageLayerAnalysis, 'imageId' | 'history'> {
  /** The image's files as stacked so far: path → entry. */
  const stacked = new Map<string, RawLayerEntry>();
  const seen = new Map<string, { count: number; cumulative: number; min: number }>();
  const infos: LayerInfo[] = [];
  for (const layer of layers) {
    const files: LayerFile[] = [];
    const opaqueDirectories: string[] = [];
    const parents = new Set(layer.entries.map(e => parentOf(e.path)));
    const updates: Array<() => void> = [];
    for (const entry of layer.entries) {
      const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      const dir = parentOf(entry.path);
      if (name === opaqueMarker) {
        // An opaque folder hides everything the lower layers had in it.
        opaqueDirectories.push(dir);
        updates.push(() => removeUnder(stacked, dir));
        continue;
      }
      let size = entry.size;
      let path = entry.path;
      if (name.startsWith(whiteoutPrefix)) {
        path = dir ? `${dir}/${name.slice(whiteoutPrefix.length)}` : name.slice(whiteoutPrefix.length);
        const previous = stacked.get(path);
        size = previous?.type === 'directory' ? sizeUnder(stacked, path) : 0;
        files.push({
          path,
          kind: 'removed',
          type: previous?.type ?? 'file',
          size: previous?.type === 'directory' ? size : (previous?.size ?? 0),
        });
        updates.push(() => {
          stacked.delete(path);
          removeUnder(stacked, path);
        });
      } else {
        const kind = stacked.has(path) ? 'changed' : 'added';
        if (entry.type !== 'directory' || kind === 'added') {
          files.push({ path, kind, type: entry.type, size: entry.size, ...(entry.linkTarget ? { linkTarget: entry.linkTarget } : {}) });
        }
        updates.push(() => stacked.set(path, entry));
      }
      // dive visits leaves only: a folder with entries below it in this layer is not one.
      if (entry.type === 'directory' && parents.has(entry.path) && !name.startsWith(whiteoutPrefix)) {
        continue;
      }
      const data = seen.get(path) ?? { count: 0, cumulative: 0, min: -1 };
      data.count++;
      data.cumulative += size;
      data.min = data.min < 0 ? size : Math.min(data.min, size);
      seen.set(path, data);
    }
    updates.forEach(update => update());
    infos.push({
      id: layer.id,
      instruction: layer.instruction,
      historyIndex: layer.historyIndex,
      opaqueDirectories,
      size: layer.entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0),
      files,
    });
  }
  let minimum = 0;
  let discovered = 0;
  const inefficiencies: Inefficiency[] = [];
  for (const [path, data] of seen) {
    minimum += data.min;
    discovered += data.cumulative;
    if (data.count >= 2) {
      inefficiencies.push({ path, count: data.count, cumulativeSize: data.cumulative });
    }
  }
  inefficiencies.sort((a, b) => b.cumulativeSize - a.cumulativeSize || a.path.localeCompare(b.path));
  return {
    layers: infos,
    totalSize: infos.reduce((sum, l) => sum + l.size, 0),
    wastedBytes: inefficiencies.reduce((sum, i) => sum + i.cumulativeSize, 0),
    efficiency: discovered === 0 ? 1 : minimum / discovered,
    inefficiencies,
  };
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function removeUnder(stacked: Map<string, RawLayerEntry>, dir: string): void {
  const prefix = dir ? `${dir}/` : '';
  for (const path of [...stacked.keys()]) {
    if (path.startsWith(prefix) && path !== dir) {
      stacked.delete(path);
    }
  }
}

function sizeUnder(stacked: Map<string, RawLayerEntry>, dir: string): number {
  let size = 0;
  for (const [path, entry] of stacked) {
    if (path.startsWith(`${dir}/`) && entry.type === 'file') {
      size += entry.size;
    }
  }
  return size;
}
