import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repoRoot } from '../../../support/fixtures';

// The bundled server as any editor starts it: `dockhand-language-server --stdio` (no Dockhand
// extension on the other end, so no engine images).
describe('dockhand-language-server --stdio', () => {
  let server: ChildProcess;
  let client: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    server = spawn(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    if (!server.stdout || !server.stdin) {
      throw new Error('no stdio');
    }
    client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
    client.listen();
    await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
  });

  after(async () => {
    await client.sendRequest('shutdown').catch(() => undefined);
    await client.sendNotification('exit').catch(() => undefined);
    client.dispose();
    server.kill();
  });

  async function diagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    for (let i = 0; i < 500; i++) {
      const found = published.find(p => p.uri === uri);
      if (found) {
        return found;
      }
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    throw new Error(`no diagnostics for ${uri}`);
  }

  it('diagnoses a Dockerfile and a compose file sent by a plain LSP client', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/x/Dockerfile', languageId: 'dockerfile', version: 1, text: 'FROM node:20\nMAINTAINER me@example.com\n' } });
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/x/docker-compose.yml', languageId: 'yaml', version: 1, text: 'service:\n  web:\n    image: nginx:1.27\n' } });
    const dockerfile = await diagnostics('file:///tmp/x/Dockerfile');
    assert.ok(dockerfile.diagnostics.some(d => String(d.code).includes('maintainer')), JSON.stringify(dockerfile.diagnostics));
    const compose = await diagnostics('file:///tmp/x/docker-compose.yml');
    assert.ok(compose.diagnostics.some(d => /services/.test(d.message)), JSON.stringify(compose.diagnostics));
  });

  it('completes instructions', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/y/Dockerfile', languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.20\nRU' } });
    const items = await client.sendRequest<Array<{ label: string }> | { items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri: 'file:///tmp/y/Dockerfile' }, position: { line: 1, character: 2 } });
    const labels = (Array.isArray(items) ? items : items.items).map(i => i.label);
    assert.ok(labels.includes('RUN'), labels.join(','));
  });
});
