import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DirectoryEntry, FileSystem } from '../../common/FileSystem';

/** The machine's file system, for `.env`, `env_file`, `build.context` and build context checks. */
export const nodeFileSystem: FileSystem = {
  exists: p => fs.existsSync(p),
  readFile: p => {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
  listDirectory: p => {
    try {
      return fs.readdirSync(p, { withFileTypes: true }).map((entry): DirectoryEntry => {
        const directory = entry.isDirectory();
        let size = 0;
        if (!directory) {
          try {
            size = fs.lstatSync(path.join(p, entry.name)).size;
          } catch {
            // Removed meanwhile: counted as empty.
          }
        }
        return { name: entry.name, directory, size };
      });
    } catch {
      return undefined;
    }
  },
};
