import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { repoRoot } from '../support/fixtures';

const dist = path.join(repoRoot, 'dist');

/**
 * The files of dist/ that Node loads with dist/extension.js, before `activate` runs. `vscode`
 * exists only in the extension host: here it is an empty object, which is all the module level
 * may touch (it does no work there).
 */
function loadedWithExtension(): string[] {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (request, ...rest) {
    return request === 'vscode' ? {} : load.call(this, request, ...rest);
  };
  const before = new Set(Object.keys(require.cache));
  try {
    // As the extension host loads it: required, not imported.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(dist, 'extension.js'));
    return Object.keys(require.cache)
      .filter(file => !before.has(file) && path.dirname(file) === dist)
      .map(file => path.basename(file));
  } finally {
    loader._load = load;
    for (const file of Object.keys(require.cache).filter(f => path.dirname(f) === dist)) {
      delete require.cache[file];
    }
  }
}

// Activation (bench/vscode/firstSecondBench.ts) must not parse what the first second does not
// use: the command handlers load with the first command, the language client with the first
// Dockerfile or compose document, dockerode with the first engine request.
describe('what activation loads (dist/, as esbuild.mjs builds it)', () => {
  it('loads the extension and the chunk it shares with the command handlers, not the handlers, the language client or dockerode', () => {
    const tables = fs.readdirSync(dist).filter(file => /^commandTables-[A-Z0-9]+\.js$/.test(file));
    assert.equal(tables.length, 1, `one file of command handlers: ${fs.readdirSync(dist).join(', ')}`);
    const table = tables[0] ?? '';
    assert.ok(fs.readFileSync(path.join(dist, 'extension.js'), 'utf8').includes(`require("./${table}")`), 'extension.js loads it on use');
    const loaded = loadedWithExtension();
    assert.ok(loaded.includes('extension.js') && loaded.some(file => /^chunk-/.test(file)), loaded.join(', '));
    for (const lazy of [table, 'startLanguageClient.js', 'dockerode.js', 'composeValidator.js']) {
      assert.ok(!loaded.includes(lazy), `${lazy} is not loaded with extension.js: ${loaded.join(', ')}`);
    }
    // Nor is handler code in a chunk activation loads (a static import of a handler would put it there).
    const activationCode = loaded.map(file => fs.readFileSync(path.join(dist, file), 'utf8')).join('\n');
    for (const panel of ['dockhand.mergedLogs', 'dockhand.containerStats']) {
      assert.ok(!activationCode.includes(`"${panel}"`), `the ${panel} panel's code is not loaded at activation`);
      assert.ok(fs.readFileSync(path.join(dist, table), 'utf8').includes(`"${panel}"`), `the ${panel} panel's code is in ${table}`);
    }
  });
});
