// The bundles: the extension (runs in VS Code's extension host), the language server (a separate
// Node process, also usable from any editor as `dockhand-language-server --stdio`), and the
// webview pages (browser scripts, src/ui/webviews/pages).
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

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
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [leaveOutLazy] },
  ...Object.entries(lazyBundles).map(([name, entry]) => ({ ...common, entryPoints: [entry], outfile: `dist/${name.slice(2)}.js` })),
  { ...common, entryPoints: ['src/language/server/node/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  // Webview pages run in the webview's browser frame, not in Node: one self-contained script each.
  ...webviewPages().map(page => ({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    external: [],
    entryPoints: [`src/ui/webviews/pages/${page}.page.ts`],
    outfile: `dist/webviews/${page}.js`,
  })),
];

/** Every `<name>.page.ts` is a page (its name is in src/ui/webviews/pages/pageNames.ts too). */
function webviewPages() {
  return readdirSync('src/ui/webviews/pages')
    .filter(file => file.endsWith('.page.ts'))
    .map(file => file.slice(0, -'.page.ts'.length));
}

if (watch) {
  for (const options of builds) {
    await (await esbuild.context(options)).watch();
  }
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
}
