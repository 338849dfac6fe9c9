import * as path from 'node:path';
import { runWithCodeCache } from './codeCache';

// How Dockhand's VS Code extension starts the server (dist/serverCached.js): the server bundle
// next to this file, run with V8's code cache from the folder given as `--code-cache=<dir>` (the
// extension's global storage). Other editors start dist/server.js itself.
const bundle = path.join(__dirname, 'server.js');
const cacheDir = process.argv.find(arg => arg.startsWith('--code-cache='))?.slice('--code-cache='.length);
if (cacheDir) {
  const run = runWithCodeCache(bundle, cacheDir);
  // The server exits through process.exit (the client's `exit`, or its client process gone).
  process.once('exit', () => run.save());
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle beside this file, not a module to bundle
  require(bundle);
}
