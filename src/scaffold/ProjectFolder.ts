import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../shared/UserError';

/** Read access to one project folder, relative paths with `/`. Detection reads; it never writes. */
export class ProjectFolder {
  constructor(readonly root: string) {}

  get name(): string {
    return path.basename(this.root);
  }

  exists(relative: string): boolean {
    return fs.existsSync(path.join(this.root, relative));
  }

  isFolder(relative: string): boolean {
    try {
      return fs.statSync(path.join(this.root, relative)).isDirectory();
    } catch {
      return false;
    }
  }

  read(relative: string): string | undefined {
    try {
      return fs.readFileSync(path.join(this.root, relative), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** A JSON file's value; a malformed file is the user's to fix, and said so. */
  readJson(relative: string): unknown {
    const text = this.read(relative);
    if (text === undefined) {
      return undefined;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new UserError(`${path.join(this.root, relative)} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Entry names of a folder (empty when it cannot be read). */
  list(relative = ''): string[] {
    try {
      return fs.readdirSync(path.join(this.root, relative)).sort();
    } catch {
      return [];
    }
  }

  /**
   * Files under the folder whose name passes `accept`, breadth-first to `depth` levels, never
   * into dependency, build or hidden folders (node_modules, vendor, target, bin, obj, .git, …).
   */
  find(accept: (name: string) => boolean, depth = 3): string[] {
    const found: string[] = [];
    let level = [''];
    for (let d = 0; d <= depth && level.length; d++) {
      const next: string[] = [];
      for (const dir of level) {
        for (const name of this.list(dir)) {
          const relative = dir ? `${dir}/${name}` : name;
          if (this.isFolder(relative)) {
            if (!skippedFolders.has(name) && !name.startsWith('.')) {
              next.push(relative);
            }
          } else if (accept(name)) {
            found.push(relative);
          }
        }
      }
      level = next;
    }
    return found;
  }
}

/** Folders that hold dependencies or build output, not the project's own sources. */
export const skippedFolders: ReadonlySet<string> = new Set([
  'node_modules',
  'vendor',
  'target',
  'build',
  'dist',
  'bin',
  'obj',
  'out',
  '__pycache__',
  'venv',
  'env',
]);
