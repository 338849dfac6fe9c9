import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { eventually } from '../../../support/eventually';
import { repoRoot } from '../../../support/fixtures';

// The bundled server as any editor starts it: `dockhand-language-server --stdio` (no Dockhand
// extension on the other end, so no engine images). It runs through the package's `bin` entry
// as npm installs it: the file package.json names, made executable, started by its shebang.
describe('dockhand-language-server --stdio', () => {
  let server: ChildProcess;
  let client: MessageConnection;
  let initialized: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  let binDir: string;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    const target = path.join(repoRoot, manifest.bin['dockhand-language-server']);
    assert.match(fs.readFileSync(target, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/, 'the bin starts with a node shebang');
    // npm links bins into node_modules/.bin and marks them executable: the same here, in a temp folder.
    binDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-bin-'));
    const bin = path.join(binDir, 'dockhand-language-server');
    fs.symlinkSync(target, bin);
    fs.chmodSync(target, 0o755);
    server = spawn(bin, ['--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` },
    });
    if (!server.stdout || !server.stdin) {
      throw new Error('no stdio');
    }
    client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
    client.listen();
    initialized = await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
  });

  after(async () => {
    await client.sendRequest('shutdown').catch(() => undefined);
    await client.sendNotification('exit').catch(() => undefined);
    client.dispose();
    server.kill();
    fs.rmSync(binDir, { recursive: true, force: true });
  });

  it('answers initialize with the capabilities of both languages', () => {
    const capabilities = initialized.capabilities;
    for (const capability of ['textDocumentSync', 'completionProvider', 'hoverProvider', 'documentFormattingProvider', 'renameProvider']) {
      assert.ok(capabilities[capability], `${capability} in ${JSON.stringify(Object.keys(capabilities))}`);
    }
  });

  async function diagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    await eventually(() => published.some(p => p.uri === uri), `diagnostics for ${uri}`);
    return published.find(p => p.uri === uri)!;
  }

  it('diagnoses a Dockerfile and a compose file sent by a plain LSP client', async () => {
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: 'file:///tmp/x/Dockerfile',
        languageId: 'dockerfile',
        version: 1,
        text: 'FROM node:20\nMAINTAINER me@example.com\n',
      },
    });
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: 'file:///tmp/x/docker-compose.yml',
        languageId: 'yaml',
        version: 1,
        text: 'service:\n  web:\n    image: nginx:1.27\n',
      },
    });
    const dockerfile = await diagnostics('file:///tmp/x/Dockerfile');
    assert.ok(
      dockerfile.diagnostics.some(d => String(d.code).includes('maintainer')),
      JSON.stringify(dockerfile.diagnostics),
    );
    const compose = await diagnostics('file:///tmp/x/docker-compose.yml');
    assert.ok(
      compose.diagnostics.some(d => /services/.test(d.message)),
      JSON.stringify(compose.diagnostics),
    );
  });

  it('completes instructions', async () => {
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'file:///tmp/y/Dockerfile', languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.20\nRU' },
    });
    const items = await client.sendRequest<Array<{ label: string }> | { items: Array<{ label: string }> }>('textDocument/completion', {
      textDocument: { uri: 'file:///tmp/y/Dockerfile' },
      position: { line: 1, character: 2 },
    });
    const labels = (Array.isArray(items) ? items : items.items).map(i => i.label);
    assert.ok(labels.includes('RUN'), labels.join(','));
  });
});
