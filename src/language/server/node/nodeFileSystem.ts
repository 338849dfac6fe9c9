import * as fs from 'node:fs';
import type { FileSystem } from '../../common/FileSystem';

/** The machine's file system, for `.env`, `env_file` and `build.context` checks. */
export const nodeFileSystem: FileSystem = {
  exists: path => fs.existsSync(path),
  readFile: path => {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
