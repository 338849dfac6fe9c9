import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** What became of the cache a run looked for. */
export type CodeCacheState = 'absent' | 'accepted' | 'rejected';

export interface CachedRun {
  readonly state: CodeCacheState;
  /**
   * Writes the cache of what has been compiled so far, unless an accepted one is in place; call
   * it late (at exit), so that the functions the first requests compiled are in it too.
   */
  save(): void;
}

/**
 * Runs a CommonJS bundle as `require` would, but compiled with V8's code cache from `cacheDir`:
 * a start with the cache skips parsing and compiling what the previous run compiled, most of a
 * language server's own start-up. V8 refuses a cache of another V8 or other flags by itself; it
 * checks a source only by its length, so the file's name also holds the bundle's size and
 * modification time, and a cache of another build is never offered. Without a usable folder the
 * bundle runs all the same, uncached.
 */
export function runWithCodeCache(bundle: string, cacheDir: string): CachedRun {
  const stat = fs.statSync(bundle);
  const prefix = `${path.basename(bundle, '.js')}-`;
  const name = `${prefix}${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}.bin`;
  const file = path.join(cacheDir, name);
  const cachedData = readIfPresent(file);
  const script = new vm.Script(commonJsWrapper(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  // Accepted only on V8's word: it sets cachedDataRejected to false once it has used the data.
  const state: CodeCacheState = cachedData === undefined ? 'absent' : script.cachedDataRejected === false ? 'accepted' : 'rejected';
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    state,
    save: () => {
      if (state !== 'accepted') {
        writeCache(cacheDir, name, prefix, script.createCachedData());
      }
    },
  };
}

/** Node's own module wrapper; a leading `#!` line becomes a comment (line numbers stay). */
function commonJsWrapper(source: string): string {
  const body = source.startsWith('#!') ? `//${source}` : source;
  return `(function (exports, require, module, __filename, __dirname) { ${body}\n})`;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a rename), and the caches of earlier builds are removed. */
function writeCache(dir: string, name: string, prefix: string, data: Buffer): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const partial = path.join(dir, `${name}.${process.pid}.partial`);
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, path.join(dir, name));
    for (const stale of fs.readdirSync(dir).filter(f => f.startsWith(prefix) && f !== name && f.endsWith('.bin'))) {
      fs.rmSync(path.join(dir, stale), { force: true });
    }
  } catch {
    // A cache that cannot be written (read-only or full disk) only costs the next start its speed.
  }
}
