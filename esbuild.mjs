// Two bundles: the extension (runs in VS Code's extension host) and the language server
// (a separate Node process, also usable from any editor as `dockhand-language-server --stdio`).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --outdir=DIR builds elsewhere than dist/ (the activation benchmark builds a production copy).
const outdir = process.argv.find(arg => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
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
// Loaded on demand (LazyLanguageClient requires it with the first Dockerfile or compose
// document), so the extension bundle leaves it out and activation neither parses nor runs it.
const lazyBundles = { './startLanguageClient': 'src/ui/language/startLanguageClient.ts' };
const leaveOutLazy = {
  name: 'lazy-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/startLanguageClient$/ }, args => ({ path: args.path, external: true }));
  },
};
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, plugins: [leaveOutLazy] },
  ...Object.entries(lazyBundles).map(([name, entry]) => ({ ...common, entryPoints: [entry], outfile: `${outdir}/${name.slice(2)}.js` })),
  { ...common, entryPoints: ['src/language/server/node/main.ts'], outfile: `${outdir}/server.js`, banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) {
    await (await esbuild.context(options)).watch();
  }
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
}
