import * as fs from 'node:fs';
import * as path from 'node:path';

/** The full path of `name` on PATH (with PATHEXT on Windows), or undefined when there is none. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | undefined {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const extensions = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const ext of extensions) {
      const candidate = path.join(dir, name + ext);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) {
          return candidate;
        }
      } catch {
        // Not here.
      }
    }
  }
  return undefined;
}
