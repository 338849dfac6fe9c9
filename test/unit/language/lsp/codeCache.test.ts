import * as assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repoRoot } from '../../../support/fixtures';
import type { CodeCacheState } from '../../../../src/language/server/node/codeCache';

const run = promisify(execFile);
const codeCacheModule = path.join(__dirname, '..', '..', '..', '..', 'src', 'language', 'server', 'node', 'codeCache.js');

/** A bundle that reports what it was given, with enough functions for V8 to cache. */
const bundleSource = `#!/usr/bin/env node
const joined = require('node:path').join('a', 'b');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
module.exports.loaded = true;
globalThis.report = { joined, fib: fib(15), dirname: __dirname, filename: __filename, thisIsExports: this === module.exports };
`;

interface Report {
  readonly state: CodeCacheState;
  readonly report: { joined: string; fib: number; dirname: string; filename: string; thisIsExports: boolean };
}

/** One start, in a process of its own as the server's is: run the bundle, then save at exit. */
async function start(bundle: string, cacheDir: string): Promise<Report> {
  const script = `
    const { runWithCodeCache } = require(${JSON.stringify(codeCacheModule)});
    const started = runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)});
    process.once('exit', () => started.save());
    console.log(JSON.stringify({ state: started.state, report: globalThis.report }));`;
  const { stdout } = await run(process.execPath, ['-e', script]);
  return JSON.parse(stdout) as Report;
}

const caches = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.bin')) : []);

describe("language server start: V8's code cache", () => {
  let dir: string;
  let bundle: string;
  let cacheDir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-code-cache-'));
    bundle = path.join(dir, 'server.js');
    fs.writeFileSync(bundle, bundleSource);
    cacheDir = path.join(dir, 'storage', 'code-cache');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as require would: its own require, __dirname, __filename and module', async () => {
    const first = await start(bundle, cacheDir);
    assert.equal(first.state, 'absent');
    assert.deepEqual(first.report, { joined: path.join('a', 'b'), fib: 610, dirname: dir, filename: bundle, thisIsExports: true });
  });

  it('starts the next process from the cache the first one saved at exit', async () => {
    await start(bundle, cacheDir);
    assert.equal(caches(cacheDir).length, 1, 'one cache after the first start');
    const second = await start(bundle, cacheDir);
    assert.equal(second.state, 'accepted');
    assert.equal(second.report.fib, 610);
  });

  it('neither offers nor keeps the cache of an earlier build', async () => {
    await start(bundle, cacheDir);
    const earlier = caches(cacheDir);
    fs.appendFileSync(bundle, 'globalThis.report.updated = true;\n');
    const updated = await start(bundle, cacheDir);
    assert.equal(updated.state, 'absent', "the earlier build's cache is not offered");
    assert.equal(caches(cacheDir).length, 1);
    assert.notDeepEqual(caches(cacheDir), earlier, "the earlier build's cache is removed");
    assert.equal((await start(bundle, cacheDir)).state, 'accepted');
  });

  it('runs all the same when the cache is damaged, and replaces it', async () => {
    await start(bundle, cacheDir);
    const [cache] = caches(cacheDir);
    assert.ok(cache);
    fs.writeFileSync(path.join(cacheDir, cache), Buffer.alloc(fs.statSync(path.join(cacheDir, cache)).size, 0x5a));
    const damaged = await start(bundle, cacheDir);
    assert.equal(damaged.state, 'rejected');
    assert.equal(damaged.report.fib, 610);
    assert.equal((await start(bundle, cacheDir)).state, 'accepted', 'the damaged cache was replaced');
  });

  it('runs uncached where the cache folder cannot be made', async () => {
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    const uncached = await start(bundle, path.join(blocked, 'code-cache'));
    assert.equal(uncached.state, 'absent');
    assert.equal(uncached.report.fib, 610);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a-file', 'server.js'], 'nothing written beside the bundle');
  });
});

/**
 * The bundled server as the extension starts it (dist/serverCached.js with a cache folder): a
 * Dockerfile's diagnostics, then `shutdown` and `exit` as the client ends it.
 */
async function serverSession(cacheDir: string): Promise<string[]> {
  const server = spawn(process.execPath, [path.join(repoRoot, 'dist', 'serverCached.js'), '--stdio', `--code-cache=${cacheDir}`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>(resolve => server.once('exit', resolve));
  const client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const diagnostics = new Promise<PublishDiagnosticsParams>(resolve => client.onNotification('textDocument/publishDiagnostics', resolve));
  client.listen();
  await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
  const uri = 'untitled:Dockerfile';
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM a:1\nMAINTAINER ada\n' },
  });
  const codes = (await diagnostics).diagnostics.map(d => String(d.code));
  await client.sendRequest('shutdown');
  await client.sendNotification('exit');
  assert.equal(await exited, 0, "the server exits on the client's exit");
  client.dispose();
  return codes;
}

describe('language server started as the extension starts it', () => {
  let cacheDir: string;
  beforeEach(() => (cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-server-cache-'))));
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('saves its code cache at exit and starts the next time from it', async () => {
    assert.ok((await serverSession(cacheDir)).includes('dockerfile.maintainer-deprecated'));
    const [cache] = caches(cacheDir);
    assert.ok(cache, 'a cache after the first session');
    const written = fs.statSync(path.join(cacheDir, cache)).mtimeMs;
    assert.ok((await serverSession(cacheDir)).includes('dockerfile.maintainer-deprecated'));
    assert.deepEqual(caches(cacheDir), [cache]);
    assert.equal(fs.statSync(path.join(cacheDir, cache)).mtimeMs, written, 'the second session used the cache rather than writing another');
  });
});
