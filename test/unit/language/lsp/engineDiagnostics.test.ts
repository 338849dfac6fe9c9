import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createDockhandLanguageServices } from '../../../../src/language';
import type { InspectImageParams, InspectImageResult } from '../../../../src/language/server/protocol';
import { enginePlatformRequest, inspectImageRequest } from '../../../../src/language/server/protocol';
import { emptyFileSystem } from '../../../../src/language/common/FileSystem';
import { connectInProcess, type LspPair } from './lspPair';

const uri = 'untitled:Dockerfile';
// MAINTAINER is the file's own finding; the base image's platform is the engine's.
const text = 'FROM arm-only:1\nMAINTAINER ada@example.com\n';
const own = 'dockerfile.maintainer-deprecated';
const fromEngine = 'dockerfile.invalid-base-image-platform';

/**
 * The real services behind the real server adapter; the test plays the Dockhand extension and
 * answers the engine questions (platform, inspect) only when it chooses to.
 */
describe('language server: diagnostics that wait on the engine', () => {
  let pair: LspPair;
  const published: PublishDiagnosticsParams[] = [];
  const inspections: Array<{ reference: string; answer: (result: InspectImageResult) => void }> = [];
  let lensRefreshes = 0;
  const waiters = new Set<() => void>();
  const changed = () => [...waiters].forEach(check => check());

  before(async () => {
    pair = connectInProcess(deps => createDockhandLanguageServices({ ...deps, fs: emptyFileSystem }));
    pair.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      changed();
    });
    pair.client.onRequest(enginePlatformRequest, () => 'linux/amd64');
    pair.client.onRequest(
      inspectImageRequest,
      (params: InspectImageParams) =>
        new Promise<InspectImageResult>(answer => {
          inspections.push({ reference: params.reference, answer });
          changed();
        }),
    );
    pair.client.onRequest('workspace/codeLens/refresh', () => {
      lensRefreshes++;
      changed();
      return null;
    });
    const settings = { dockerfile: { rules: { 'dockerfile.latest-tag': 'off' } } };
    await pair.client.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { engineImages: true, settings },
    });
    await pair.client.sendNotification('initialized', {});
    // What VS Code's client sends right after: the settings it has just given.
    await pair.client.sendNotification('workspace/didChangeConfiguration', { settings: { dockhand: settings } });
  });
  after(() => pair.close());

  /** Resolves with what `probe` finds once it finds something (checked on every message). */
  function when<T>(what: string, probe: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`never: ${what}; published ${JSON.stringify(published.map(p => [p.version, codes(p)]))}`));
      }, 8_000);
      const check = () => {
        const found = probe();
        if (found !== undefined) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        }
      };
      waiters.add(check);
      check();
    });
  }
  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map(d => String(d.code));
  const inspection = (index: number) => when(`inspect request #${index + 1}`, () => inspections[index]);
  const armImage: InspectImageResult = { reference: 'arm-only:1', id: 'sha256:a', size: 1, created: '', platform: 'linux/arm64' };

  it("publishes the file's own diagnostics before the engine answered, then the engine's once it did", async () => {
    await pair.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const asked = await inspection(0);
    assert.equal(asked.reference, 'arm-only:1');
    // The server is waiting on the engine: what it published so far is the file's own findings.
    const early = await when('an early publication', () => published.find(p => p.uri === uri));
    assert.deepEqual(codes(early), [own]);
    assert.equal(published.length, 1);

    asked.answer(armImage);
    const complete = await when('the complete set', () => published.find(p => codes(p).includes(fromEngine)));
    assert.deepEqual(codes(complete).sort(), [own, fromEngine].sort());
    assert.equal(complete.version, 1);
    assert.equal(published.length, 2);
  });

  it('after an edit, waits for the engine and publishes the complete set once (no blinking)', async () => {
    const before = published.length;
    await pair.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: `${text}RUN true\n` }],
    });
    const asked = await inspection(1);
    // The server has asked the engine and published nothing for this version yet.
    assert.equal(published.length, before);
    asked.answer(armImage);
    const next = await when("the edit's publication", () => published.find(p => p.version === 2));
    assert.ok(codes(next).includes(fromEngine), codes(next).join());
    assert.equal(published.length, before + 1);
  });

  it('publishes once when the engine adds nothing', async () => {
    await pair.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'untitled:Other.Dockerfile', languageId: 'dockerfile', version: 1, text: 'FROM gone:1\nMAINTAINER a\n' },
    });
    (await inspection(2)).answer(null);
    // A later message from the same server proves the complete set's turn has passed.
    await pair.client.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:Other.Dockerfile' } });
    await when('the close', () => published.find(p => p.uri === 'untitled:Other.Dockerfile' && p.diagnostics.length === 0));
    const forOther = published.filter(p => p.uri === 'untitled:Other.Dockerfile');
    assert.deepEqual(
      forOther.map(p => codes(p)),
      [[own], []],
    );
  });

  it('checks nothing again when the settings did not change', async () => {
    // The unchanged settings sent after initialize asked nothing; a real change refreshes the
    // lenses (before it re-validates) and re-validates.
    const before = published.length;
    await pair.client.sendNotification('workspace/didChangeConfiguration', {
      settings: { dockhand: { dockerfile: { rules: { 'dockerfile.maintainer-deprecated': 'off' } } } },
    });
    (await inspection(3)).answer(armImage);
    const next = await when('the re-validation', () => published.slice(before).find(p => p.uri === uri));
    assert.deepEqual(codes(next), [fromEngine]);
    assert.equal(lensRefreshes, 1);
  });
});
