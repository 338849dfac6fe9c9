// Two bundles: the extension (runs in VS Code's extension host) and the language server
// (a separate Node process, also usable from any editor as `dockhand-language-server --stdio`).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ssh2 (through docker-modem) loads these native addons optionally, inside try/catch.
  // dclint's package.json is only resolved when the compose schema was not inlined (tests from out/).
  external: ['vscode', 'cpu-features', '*.node', 'dclint/package.json'],
};
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['src/language/server/node/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) {
    await (await esbuild.context(options)).watch();
  }
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
}
