// The bundles: the extension (runs in VS Code's extension host), the language server (a separate
// Node process, also usable from any editor as `dockhand-language-server --stdio`), and the
// webview pages (browser scripts, src/ui/webviews/pages).
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

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
  external: ['vscode', 'cpu-features', '*.node'],
};
// Loaded on demand (LazyLanguageClient requires it with the first Dockerfile or compose
// document), so the extension bundle leaves it out and activation neither parses nor runs it.
const lazyBundles = { './startLanguageClient': 'src/ui/language/startLanguageClient.ts' };
const leaveOutLazy = {
  name: 'lazy-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\/startLanguageClient$/ }, args => ({ path: args.path, external: true }));
    // EngineClient requires dockerode with the first engine request: dist/dockerode.js.
    build.onResolve({ filter: /^dockerode$/ }, () => ({ path: './dockerode.js', external: true }));
  },
};

// The extension is built as ES modules with code splitting: each `import()` (a command area's
// handlers, src/ui/commands/registerCommands.ts) becomes a file loaded with its first use, and code
// that several files use lands once in a chunk they share (one instance of each module: its classes
// for instanceof, its state). Then every file is turned into CommonJS, which the extension host requires.
const chunkNames = '[name]-[hash]';
const isChunk = file => /^[A-Za-z]+-[A-Z0-9]{8}\.js(\.map)?$/.test(file);
const commonJsFiles = {
  name: 'commonjs-files',
  setup(build) {
    build.onEnd(async result => {
      if (!result.outputFiles) {
        return;
      }
      mkdirSync(outdir, { recursive: true });
      const written = new Set();
      for (const file of result.outputFiles) {
        const name = path.basename(file.path);
        // Inline source maps of the ES modules carry over to the CommonJS files' maps.
        const cjs = await esbuild.transform(plainRequires(file.text), {
          format: 'cjs',
          platform: 'node',
          target: common.target,
          minify: production,
          sourcemap: production ? false : 'external',
          sourcefile: name,
          // import() of a sibling file: require it (the extension host's `vscode` module is require-only).
          supported: { 'dynamic-import': false },
        });
        writeFileSync(file.path, production ? cjs.code : `${cjs.code}//# sourceMappingURL=${name}.map\n`);
        written.add(name);
        if (!production) {
          writeFileSync(`${file.path}.map`, cjs.map);
          written.add(`${name}.map`);
        }
      }
      // Chunks of an earlier build have other hashes.
      for (const stale of readdirSync(outdir).filter(f => isChunk(f) && !written.has(f))) {
        rmSync(path.join(outdir, stale));
      }
    });
  },
};
/**
 * `import * as vscode from 'vscode'` (or a Node built-in) would become a copy of the whole module
 * object per importing module (esbuild's __toESM: some 40 copies of the API's few hundred
 * properties at activation). Dockhand only reads members of these namespaces, so each stays the
 * module itself: `var vscode = require('vscode')`, as esbuild's own conversion places it.
 */
function plainRequires(code) {
  return code.replace(/import\s*\*\s*as\s*([\w$]+)\s*from\s*"((?:node:)?[a-z][\w./-]*)";?/g, 'var $1=require("$2");');
}
const extension = {
  ...common,
  format: 'esm',
  splitting: true,
  entryPoints: { extension: 'src/extension.ts' },
  outdir,
  chunkNames,
  sourcemap: production ? false : 'inline',
  write: false,
  plugins: [leaveOutLazy, commonJsFiles],
};

// dockerode requires the SSH transport (ssh2, for endpoints without an ssh binary) and the
// BuildKit session (grpc, protobufjs) at load, though Dockhand rarely or never uses them: each is
// a bundle of its own, and dist/dockerode.js holds a stand-in that requires it on the first call.
const require = createRequire(import.meta.url);
const dockerodeParts = [
  { importer: 'docker-modem/lib/modem.js', request: './ssh', bundle: 'dockerodeSsh', entry: require.resolve('docker-modem/lib/ssh.js') },
  {
    importer: 'dockerode/lib/docker.js',
    request: './session',
    bundle: 'dockerodeSession',
    entry: require.resolve('dockerode/lib/session.js'),
  },
];
const splitDockerode = {
  name: 'split-dockerode',
  setup(build) {
    build.onResolve({ filter: /^\.\/(ssh|session)$/ }, args => {
      const part = dockerodeParts.find(p => p.request === args.path && args.importer.split(path.sep).join('/').endsWith(p.importer));
      return part ? { path: part.bundle, namespace: 'dockerode-part' } : undefined;
    });
    // Both modules export one function: the stand-in calls the real one, loaded on its first call.
    build.onLoad({ filter: /.*/, namespace: 'dockerode-part' }, args => ({
      contents: `module.exports = function () { return require('./${args.path}.js').apply(this, arguments); };`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/dockerode(Ssh|Session)\.js$/ }, args => ({ path: args.path, external: true }));
  },
};

// vscode-jsonrpc requires node:crypto at load for one function (naming a pipe transport, which
// the server started over stdio or IPC never uses); loading crypto is a good part of Node's own
// start-up cost, so the server gets a stand-in that requires it on first use.
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^crypto$/ }, args =>
      args.namespace !== 'lazy-crypto' && args.importer.split(path.sep).join('/').endsWith('vscode-jsonrpc/lib/node/main.js')
        ? { path: 'crypto', namespace: 'lazy-crypto' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:crypto')[key] });",
      loader: 'js',
    }));
  },
};

// The compose schema's validation code (~250 kB) is required with the first compose document.
const leaveOutComposeValidator = {
  name: 'compose-validator',
  setup(build) {
    build.onResolve({ filter: /^\.\/composeValidator\.generated$/ }, () => ({ path: './composeValidator.js', external: true }));
  },
};

const builds = [
  extension,
  ...Object.entries(lazyBundles).map(([name, entry]) => ({ ...common, entryPoints: [entry], outfile: `${outdir}/${name.slice(2)}.js` })),
  { ...common, entryPoints: [require.resolve('dockerode')], outfile: `${outdir}/dockerode.js`, plugins: [splitDockerode] },
  ...dockerodeParts.map(part => ({ ...common, entryPoints: [part.entry], outfile: `${outdir}/${part.bundle}.js` })),
  {
    ...common,
    entryPoints: ['src/language/server/node/main.ts'],
    outfile: `${outdir}/server.js`,
    banner: { js: '#!/usr/bin/env node' },
    plugins: [leaveOutComposeValidator, lazyCrypto],
  },
  { ...common, entryPoints: ['src/language/server/node/cachedMain.ts'], outfile: `${outdir}/serverCached.js` },
  { ...common, entryPoints: ['src/language/compose/schema/composeValidator.generated.ts'], outfile: `${outdir}/composeValidator.js` },
  // Webview pages run in the webview's browser frame, not in Node: one self-contained script each.
  ...webviewPages().map(page => ({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    external: [],
    entryPoints: [`src/ui/webviews/pages/${page}.page.ts`],
    outfile: `${outdir}/webviews/${page}.js`,
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
