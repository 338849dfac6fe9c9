import { posix } from 'node:path';
import type { ImageLayerAnalysis, LayerFile } from '../../engine';

/** A path of the image's file system as it stands at one layer, and the layer whose tar holds it. */
export interface StackedEntry {
  readonly type: LayerFile['type'];
  readonly size: number;
  readonly linkTarget?: string;
  /** 1-based number of the layer that wrote this version. */
  readonly layer: number;
}

/** How many symbolic links one lookup follows before it gives up (a loop). */
const maxLinks = 40;

/**
 * The image's file system as the engine would stack it up to one layer (1-based): each lower
 * layer's additions and changes, less what a later layer removed (whiteouts) or hid (opaque
 * folders). Answers what is at a path, a folder's entries, and paths with symbolic links followed.
 * No `vscode` import: unit-tested in plain Node.
 */
export class LayerStack {
  private readonly entries = new Map<string, StackedEntry>();
  private readonly children = new Map<string, Set<string>>();

  constructor(
    analysis: ImageLayerAnalysis,
    readonly layer: number,
  ) {
    analysis.layers.slice(0, layer).forEach((info, i) => {
      // What this layer removes or hides applies to the lower layers: before its own additions.
      for (const dir of info.opaqueDirectories) {
        this.removeUnder(dir);
      }
      for (const file of info.files) {
        if (file.kind === 'removed') {
          this.entries.delete(file.path);
          this.removeUnder(file.path);
        }
      }
      for (const file of info.files) {
        if (file.kind !== 'removed') {
          const { type, size, linkTarget } = file;
          this.entries.set(file.path, { type, size, layer: i + 1, ...(linkTarget ? { linkTarget } : {}) });
        }
      }
    });
    for (const path of this.entries.keys()) {
      let child = path;
      for (let parent = parentOf(child); ; parent = parentOf(child)) {
        const names = this.children.get(parent) ?? new Set<string>();
        const known = names.size > 0;
        names.add(child.slice(parent ? parent.length + 1 : 0));
        this.children.set(parent, names);
        if (!parent || known) {
          break;
        }
        child = parent;
      }
    }
  }

  /** The entry at `path` itself (a link is not followed); folders that only hold entries count as folders. */
  at(path: string): StackedEntry | undefined {
    const key = trim(path);
    return this.entries.get(key) ?? (key === '' || this.children.has(key) ? { type: 'directory', size: 0, layer: 0 } : undefined);
  }

  /** The names in the folder at `path` (after links), or undefined when there is no such folder. */
  list(path: string): Array<[string, StackedEntry]> | undefined {
    const resolved = this.resolve(path);
    if (resolved === undefined || this.at(resolved)?.type !== 'directory') {
      return undefined;
    }
    return [...(this.children.get(resolved) ?? [])].map(name => {
      const child = resolved ? `${resolved}/${name}` : name;
      return [name, this.at(child) ?? { type: 'directory', size: 0, layer: 0 }];
    });
  }

  /**
   * `path` with every symbolic link in it followed, as the kernel would inside the image
   * (absolute targets from the image's root); undefined when a part is missing or links loop.
   */
  resolve(path: string): string | undefined {
    let links = 0;
    const pending = trim(path).split('/').filter(Boolean);
    let current = '';
    while (pending.length) {
      const part = pending.shift() ?? '';
      if (part === '.') {
        continue;
      }
      if (part === '..') {
        current = parentOf(current);
        continue;
      }
      const candidate = current ? `${current}/${part}` : part;
      const entry = this.at(candidate);
      if (!entry) {
        return undefined;
      }
      if (entry.type === 'symlink' && entry.linkTarget !== undefined) {
        if (++links > maxLinks) {
          return undefined;
        }
        const target = entry.linkTarget;
        pending.unshift(...target.split('/').filter(Boolean));
        if (target.startsWith('/')) {
          current = '';
        }
        continue;
      }
      current = candidate;
    }
    return current;
  }

  private removeUnder(dir: string): void {
    const prefix = dir ? `${dir}/` : '';
    for (const path of [...this.entries.keys()]) {
      if (path.startsWith(prefix) && path !== dir) {
        this.entries.delete(path);
      }
    }
  }
}

function trim(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function parentOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}
