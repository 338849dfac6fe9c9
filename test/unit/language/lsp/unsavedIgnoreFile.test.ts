import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CodeLens } from 'vscode-languageserver-types';
import { createDockhandLanguageServices } from '../../../../src/language';
import { overlayFileSystem } from '../../../../src/language/common/FileSystem';
import { noImages } from '../../../../src/language/common/EngineImages';
import { nodeFileSystem } from '../../../../src/language/server/node/nodeFileSystem';
import { connectInProcess, type LspPair } from './lspPair';

/**
 * The real services behind the real server adapter, composed as node/main.ts composes them, over
 * a build context on disk: the .dockerignore is edited in the editor and never saved.
 */
describe('language server: an unsaved .dockerignore counts', () => {
  let pair: LspPair;
  let folder: string;
  let dockerfileUri: string;
  let ignoreUri: string;
  const published: PublishDiagnosticsParams[] = [];
  let lensRefreshes = 0;

  before(async () => {
    folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-ignore-'));
    await fs.promises.writeFile(path.join(folder, 'Dockerfile'), 'FROM scratch\nCOPY secret.pem /run/secret.pem\n');
    await fs.promises.writeFile(path.join(folder, 'secret.pem'), 'KEY\n');
    await fs.promises.writeFile(path.join(folder, 'app.js'), 'run()\n');
    await fs.promises.writeFile(path.join(folder, '.dockerignore'), '# nothing left out yet\n');
    dockerfileUri = pathToFileURL(path.join(folder, 'Dockerfile')).href;
    ignoreUri = pathToFileURL(path.join(folder, '.dockerignore')).href;
    pair = connectInProcess(deps =>
      createDockhandLanguageServices({ ...deps, images: noImages, fs: overlayFileSystem(nodeFileSystem, deps.openDocumentText) }),
    );
    pair.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      [...waiters].forEach(check => check());
    });
    pair.client.onRequest('workspace/codeLens/refresh', () => {
      lensRefreshes++;
      return null;
    });
    await pair.client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await pair.client.sendNotification('initialized', {});
  });
  after(async () => {
    pair.close();
    await fs.promises.rm(folder, { recursive: true, force: true });
  });

  const waiters: Array<() => void> = [];

  /** The Dockerfile's newest diagnostic codes once `predicate` holds for them (checked on each publication). */
  function dockerfileCodesWhen(predicate: (codes: string[]) => boolean): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `the Dockerfile's diagnostics never matched: ${JSON.stringify(published.filter(p => p.uri === dockerfileUri).at(-1))}`,
            ),
          ),
        8_000,
      );
      const check = () => {
        const last = published.filter(p => p.uri === dockerfileUri).at(-1);
        const codes = last?.diagnostics.map(d => String(d.code)) ?? [];
        if (last && predicate(codes)) {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
          resolve(codes);
        }
      };
      waiters.push(check);
      check();
    });
  }

  async function contextLens(): Promise<string> {
    const lenses: CodeLens[] = await pair.client.sendRequest('textDocument/codeLens', { textDocument: { uri: dockerfileUri } });
    return lenses.map(l => l.command?.title ?? '').find(t => t.startsWith('Build context:')) ?? '';
  }

  it('sees an edit of the open .dockerignore before it is saved, and the disk again once it is closed unsaved', async () => {
    const text = fs.readFileSync(path.join(folder, 'Dockerfile'), 'utf8');
    await pair.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: dockerfileUri, languageId: 'dockerfile', version: 1, text },
    });
    const before = await dockerfileCodesWhen(() => true);
    assert.ok(!before.includes('dockerfile.copy-ignored-file'), before.join());
    // Dockerfile, .dockerignore, secret.pem, app.js.
    assert.match(await contextLens(), /^Build context: 4 files,/);

    const ignoreText = '# nothing left out yet\n';
    await pair.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ignoreUri, languageId: 'dockerignore', version: 1, text: ignoreText },
    });
    const refreshesBefore = lensRefreshes;
    await pair.client.sendNotification('textDocument/didChange', {
      textDocument: { uri: ignoreUri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '*.pem\n' }],
    });
    const edited = await dockerfileCodesWhen(codes => codes.includes('dockerfile.copy-ignored-file'));
    assert.equal(edited.filter(c => c === 'dockerfile.copy-ignored-file').length, 1);
    assert.equal(fs.readFileSync(path.join(folder, '.dockerignore'), 'utf8'), ignoreText, 'nothing was saved');
    assert.ok(lensRefreshes > refreshesBefore, 'the client is asked to refresh the build-context lens');
    assert.match(await contextLens(), /^Build context: 3 files,/);

    await pair.client.sendNotification('textDocument/didClose', { textDocument: { uri: ignoreUri } });
    const closed = await dockerfileCodesWhen(codes => !codes.includes('dockerfile.copy-ignored-file'));
    assert.ok(!closed.includes('dockerfile.copy-ignored-file'));
    assert.match(await contextLens(), /^Build context: 4 files,/);
  });
});
