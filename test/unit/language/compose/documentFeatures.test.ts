import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { composeDoc, composeFeatures, projectFolder } from './composeHarness';

const source = [
  '# the app',
  'services:',
  '  web:',
  '    build:',
  '      context: ./web',
  '      dockerfile: docker/Dockerfile.prod',
  '    env_file: [web.env]',
  '    volumes:',
  '      - ./data:/data',
  '      - cache:/cache',
  '    image: "app:${TAG:-latest}"',
  '  db:',
  '    image: postgres',
  'volumes:',
  '  cache: {}',
  '',
].join('\n');

const features = composeFeatures({ files: { '.env': 'TAG=1.2\n' } });

describe('compose document features', () => {
  it('outlines services (with their keys) and volumes', async () => {
    const symbols = await features.symbols(composeDoc(source), neverCancelled);
    const names = (list: readonly DocumentSymbol[] | undefined): string[] => (list ?? []).map(s => s.name);
    assert.deepEqual(names(symbols), ['services', 'volumes']);
    assert.deepEqual(names(symbols[0].children), ['web', 'db']);
    assert.deepEqual(names(symbols[0].children![0].children), ['build', 'env_file', 'volumes', 'image']);
    assert.deepEqual(symbols[0].children![0].selectionRange.start, { line: 2, character: 2 });
  });

  it('links the build context, the Dockerfile inside it, env files and bind mounts', async () => {
    const links = await features.documentLinks!(composeDoc(source), neverCancelled);
    const targets = links.map(l => decodeURIComponent(l.target!).replace(/^file:\/\//, ''));
    assert.deepEqual(targets, [
      `${projectFolder}/web`,
      `${projectFolder}/web/docker/Dockerfile.prod`,
      `${projectFolder}/web.env`,
      `${projectFolder}/data`,
    ]);
    assert.deepEqual(links[3].range, { start: { line: 8, character: 8 }, end: { line: 8, character: 14 } });
  });

  it('folds each multi-line mapping and list', async () => {
    const folds = await features.foldingRanges(composeDoc(source), neverCancelled);
    const spans = folds.map(f => `${f.startLine}-${f.endLine}`);
    for (const expected of ['1-12', '2-10', '3-5', '7-9', '11-12']) {
      assert.ok(spans.includes(expected), `${expected} in ${spans.join(' ')}`);
    }
  });

  it('formats indentation while keeping comments and anchors, and leaves broken YAML alone', async () => {
    const messy = '# keep me\nx-a: &a\n      restart: always\nservices:\n    web:\n        <<: *a   # merged\n        image: nginx\n';
    const [edit] = await features.format(composeDoc(messy), { tabSize: 2, insertSpaces: true }, neverCancelled);
    assert.equal(edit.newText, '# keep me\nx-a: &a\n  restart: always\nservices:\n  web:\n    <<: *a # merged\n    image: nginx\n');
    assert.deepEqual(await features.format(composeDoc(edit.newText), { tabSize: 2, insertSpaces: true }, neverCancelled), []);
    assert.deepEqual(await features.format(composeDoc('services:\n  web: [\n'), { tabSize: 2, insertSpaces: true }, neverCancelled), []);
  });

  it('puts Up/Down on the file and Up/Logs/Restart on each service', async () => {
    const doc = composeDoc(source);
    const lenses = await features.codeLenses(doc, neverCancelled);
    assert.deepEqual(
      lenses.slice(0, 2).map(l => [l.range.start.line, l.command!.command, l.command!.arguments]),
      [
        [0, 'dockhand.compose.up', [doc.uri]],
        [0, 'dockhand.compose.down', [doc.uri]],
      ],
    );
    const web = lenses.filter(l => l.range.start.line === 2);
    assert.deepEqual(
      web.map(l => l.command!.title),
      ['Up', 'Logs', 'Restart'],
    );
    assert.deepEqual(web[1].command!.arguments, [doc.uri, { services: ['web'] }]);
    assert.equal(lenses.length, 2 + 3 * 2);
  });

  it('has no CodeLens when the setting is off', async () => {
    assert.deepEqual(await composeFeatures({ compose: { codeLens: false } }).codeLenses(composeDoc(source), neverCancelled), []);
  });

  it('shows resolved interpolation values as inlay hints', async () => {
    const hints = await features.inlayHints(
      composeDoc(source),
      { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
      neverCancelled,
    );
    assert.deepEqual(
      hints.map(h => [h.position.line, h.label]),
      [[10, '= 1.2']],
    );
  });

  it('offers the suggested key as a quick fix', async () => {
    const doc = composeDoc('services:\n  web:\n    image: x\n    restrat: always\n');
    const diagnostics = await features.validate(doc, neverCancelled);
    const typo = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error);
    const actions = await features.codeActions(doc, typo[0].range, { diagnostics: typo }, neverCancelled);
    assert.deepEqual(
      actions.map(a => [a.title, a.edit!.changes![doc.uri][0].newText]),
      [['Change to `restart`', 'restart']],
    );
  });
});
