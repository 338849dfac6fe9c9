import * as assert from 'node:assert/strict';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import type { LanguageFeatures } from '../../../../src/language/common/LanguageFeatures';
import { listImagesRequest } from '../../../../src/language/server/protocol';
import { connectInProcess, type LspPair } from './lspPair';

/** A language whose every answer names the language and the text it was asked about. */
function recordingFeatures(name: string): LanguageFeatures {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return {
    validate: async doc => [{ range, message: `${name}:${doc.getText().length}`, severity: 2, source: 'dockhand', code: `${name}.rule` }],
    complete: async (_doc, at) => [{ label: `${name}@${at.line}:${at.character}` }],
    hover: async () => ({ contents: { kind: 'markdown', value: `${name} hover` } }),
    codeActions: async () => [{ title: `${name} fix` }],
    definition: async doc => [{ uri: doc.uri, range }],
    references: async (doc, _at, includeDeclaration) =>
      includeDeclaration
        ? [
            { uri: doc.uri, range },
            { uri: doc.uri, range },
          ]
        : [{ uri: doc.uri, range }],
    highlights: async () => [{ range }],
    prepareRename: async () => range,
    rename: async (doc, _at, newName) => ({ changes: { [doc.uri]: [{ range, newText: newName }] } }),
    symbols: async () => [{ name: `${name} symbol`, kind: 5, range, selectionRange: range }],
    foldingRanges: async () => [{ startLine: 0, endLine: 1 }],
    format: async () => [{ range, newText: 'F' }],
    codeLenses: async () => [{ range, command: { title: 'Build', command: 'dockhand.build' } }],
    inlayHints: async () => [{ position: range.end, label: `${name} hint` }],
    semanticTokens: async () => ({ data: [0, 0, 4, 0, 0] }),
    forget: () => undefined,
  };
}

describe('language server adapter (in-process LSP)', () => {
  let pair: LspPair;
  let initialized: InitializeResult;
  const diagnostics: PublishDiagnosticsParams[] = [];
  let imageRequests = 0;

  before(async () => {
    pair = connectInProcess(() => ({
      features: {
        dockerfile: recordingFeatures('dockerfile'),
        dockercompose: recordingFeatures('compose'),
        dockerignore: recordingFeatures('dockerignore'),
      },
      semanticTokensLegend: { tokenTypes: ['keyword'], tokenModifiers: [] },
    }));
    pair.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => diagnostics.push(p));
    pair.client.onRequest(listImagesRequest, () => {
      imageRequests++;
      return [{ reference: 'node:20', id: 'sha256:1', size: 1, created: '2026-01-01T00:00:00Z' }];
    });
    initialized = await pair.client.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: {
        engineImages: true,
        settings: { dockerfile: { rules: { 'dockerfile.x': 'off', 'dockerfile.bad': 'loud' } } },
      },
    });
    await pair.client.sendNotification('initialized', {});
  });
  after(() => pair.close());

  function open(uri: string, languageId: string, text: string): Promise<void> {
    return pair.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async function diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    for (let i = 0; i < 200; i++) {
      const found = diagnostics.filter(d => d.uri === uri).pop();
      if (found) {
        return found.diagnostics;
      }
      await new Promise(resolve => setImmediate(resolve));
    }
    throw new Error(`no diagnostics published for ${uri}`);
  }

  it('announces every feature it serves', () => {
    const caps = initialized.capabilities;
    // Incremental changes; no saves: an edited .dockerignore counts before it is saved (unsavedIgnoreFile.test.ts).
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    for (const key of [
      'completionProvider',
      'hoverProvider',
      'codeActionProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'renameProvider',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'documentFormattingProvider',
      'codeLensProvider',
      'inlayHintProvider',
      'documentLinkProvider',
      'semanticTokensProvider',
    ] as const) {
      assert.ok(caps[key], key);
    }
    assert.equal(initialized.serverInfo?.name, 'dockhand-language-server');
  });

  it('publishes diagnostics for an opened Dockerfile and a compose file, each from its own language', async () => {
    await open('file:///w/Dockerfile', 'dockerfile', 'FROM x');
    await open('file:///w/compose.yaml', 'dockercompose', 'services: {}');
    assert.equal((await diagnosticsFor('file:///w/Dockerfile'))[0]?.message, 'dockerfile:6');
    assert.equal((await diagnosticsFor('file:///w/compose.yaml'))[0]?.message, 'compose:12');
  });

  it('treats a YAML document named like a compose file as compose (other editors)', async () => {
    await open('file:///w/docker-compose.override.yml', 'yaml', 'x');
    assert.equal((await diagnosticsFor('file:///w/docker-compose.override.yml'))[0]?.message, 'compose:1');
    const items: CompletionItem[] = await pair.client.sendRequest('textDocument/completion', {
      textDocument: { uri: 'file:///w/docker-compose.override.yml' },
      position: { line: 0, character: 1 },
    });
    assert.equal(items[0]?.label, 'compose@0:1');
  });

  it('re-validates after incremental edits, never publishing an older version after a newer one', async () => {
    diagnostics.length = 0;
    const uri = 'file:///w/Dockerfile';
    for (let version = 2; version <= 4; version++) {
      await pair.client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: 'y' }],
      });
    }
    for (let i = 0; i < 200 && !diagnostics.some(d => d.uri === uri && d.version === 4); i++) {
      await new Promise(resolve => setImmediate(resolve));
    }
    const published = diagnostics.filter(d => d.uri === uri);
    assert.equal(published.at(-1)?.version, 4);
    assert.equal(published.at(-1)?.diagnostics[0]?.message, 'dockerfile:9');
    // Older versions may publish while the newer ones are still on their way, never after.
    const versions = published.map(d => d.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
  });

  it("routes every request to the document's language", async () => {
    const doc = { textDocument: { uri: 'file:///w/Dockerfile' }, position: { line: 0, character: 2 } };
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.equal((await pair.client.sendRequest<CompletionItem[]>('textDocument/completion', doc))[0]?.label, 'dockerfile@0:2');
    assert.equal(
      (await pair.client.sendRequest<{ contents: { value: string } }>('textDocument/hover', doc)).contents.value,
      'dockerfile hover',
    );
    assert.equal(
      (await pair.client.sendRequest<unknown[]>('textDocument/references', { ...doc, context: { includeDeclaration: true } })).length,
      2,
    );
    assert.equal(
      (await pair.client.sendRequest<unknown[]>('textDocument/references', { ...doc, context: { includeDeclaration: false } })).length,
      1,
    );
    const edit = await pair.client.sendRequest<{ changes: Record<string, Array<{ newText: string }>> }>('textDocument/rename', {
      ...doc,
      newName: 'build',
    });
    assert.equal(edit.changes['file:///w/Dockerfile']?.[0]?.newText, 'build');
    assert.equal(
      (
        await pair.client.sendRequest<Array<{ title: string }>>('textDocument/codeAction', {
          textDocument: doc.textDocument,
          range,
          context: { diagnostics: [] },
        })
      )[0]?.title,
      'dockerfile fix',
    );
    assert.equal(
      (await pair.client.sendRequest<Array<{ label: string }>>('textDocument/inlayHint', { textDocument: doc.textDocument, range }))[0]
        ?.label,
      'dockerfile hint',
    );
    assert.deepEqual(await pair.client.sendRequest('textDocument/semanticTokens/full', { textDocument: doc.textDocument }), {
      data: [0, 0, 4, 0, 0],
    });
    assert.equal((await pair.client.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: doc.textDocument })).length, 1);
  });

  it('answers nothing for a document it does not know', async () => {
    const result = await pair.client.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///w/unknown.txt' },
      position: { line: 0, character: 0 },
    });
    assert.equal(result, null);
  });

  it('takes settings from initializationOptions and from configuration changes, dropping bad values', async () => {
    assert.deepEqual(pair.deps().settings().dockerfile.rules, { 'dockerfile.x': 'off' });
    await pair.client.sendNotification('workspace/didChangeConfiguration', {
      settings: { dockhand: { compose: { schemaValidation: false, rules: { 'compose.y': 'error' } } } },
    });
    await new Promise(resolve => setTimeout(resolve, 20));
    const settings = pair.deps().settings();
    assert.equal(settings.compose.schemaValidation, false);
    assert.deepEqual(settings.compose.rules, { 'compose.y': 'error' });
    assert.deepEqual(settings.dockerfile.rules, {});
  });

  it('asks the client for local images, and reuses the answer while completion is typed', async () => {
    const images = pair.deps().images;
    const first = await images.list();
    const second = await images.list();
    assert.deepEqual(
      first.map(i => i.reference),
      ['node:20'],
    );
    assert.equal(second, first);
    assert.equal(imageRequests, 1);
  });

  it("clears a closed document's diagnostics", async () => {
    diagnostics.length = 0;
    await pair.client.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///w/compose.yaml' } });
    assert.deepEqual(await diagnosticsFor('file:///w/compose.yaml'), []);
  });
});
