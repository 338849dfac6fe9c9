import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of a `file:` document, which relative paths in a compose file start from. */
export function documentFolder(uri: string): string | undefined {
  if (!uri.startsWith('file:')) {
    return undefined;
  }
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** An absolute path for a path written in the compose file; undefined for URLs and interpolated paths. */
export function resolveLocal(folder: string | undefined, written: string): string | undefined {
  if (!folder || written.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(written) || written.startsWith('git@')) {
    return undefined;
  }
  const home = process.env.HOME;
  if (written.startsWith('~')) {
    return home ? path.join(home, written.slice(1)) : undefined;
  }
  return path.resolve(folder, written);
}
