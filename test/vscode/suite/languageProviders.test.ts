// Rename, formatting, semantic tokens, folding, references and document links of the language
// service, through VS Code's own execute*Provider commands (the language client in between).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, openWorkspaceFile } from './helpers';

const dockerfile = [
  'FROM dockhand-test/busybox:base AS build',
  'ARG GREETING=hello',
  'run echo "$GREETING" > /greeting && \\',
  'echo done',
  '',
  'FROM build',
  'COPY --from=build /greeting /copy',
  '',
].join('\n');

const compose = [
  'services:',
  '  web:',
  '    image: dockhand-test/busybox:latest',
  '    env_file: ./web.env',
  '    depends_on: [db]',
  '  db:',
  '    image: dockhand-test/busybox:latest',
  '',
].join('\n');

const lines = (edits: readonly vscode.TextEdit[] | undefined) => (edits ?? []).map(e => e.range.start.line).sort((a, b) => a - b);

describe("Language features through VS Code's provider commands", function () {
  this.timeout(90_000);
  let df: vscode.TextEditor;
  let yml: vscode.TextEditor;

  before(async () => {
    df = await openWorkspaceFile('providers/Dockerfile', dockerfile);
    await diagnosticsWhen(df.document.uri, () => true);
    await openWorkspaceFile('providers/web.env', 'A=1\n');
    yml = await openWorkspaceFile('providers/compose.yaml', compose);
    assert.equal(yml.document.languageId, 'dockercompose');
  });

  it('renames a Dockerfile stage everywhere it is used, and a compose service in depends_on', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      df.document.uri,
      new vscode.Position(0, 37),
      'builder',
    );
    const edits = edit.get(df.document.uri);
    assert.deepEqual(lines(edits), [0, 5, 6]);
    assert.ok(edits.every(e => e.newText === 'builder' && df.document.getText(e.range) === 'build'));
    const serviceEdit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      yml.document.uri,
      new vscode.Position(5, 3),
      'database',
    );
    assert.deepEqual(lines(serviceEdit.get(yml.document.uri)), [4, 5]);
  });

  it('finds the references of a build argument and of a service', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      df.document.uri,
      new vscode.Position(1, 5),
    );
    assert.deepEqual(refs.map(r => r.range.start.line).sort(), [1, 2]);
    const serviceRefs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      yml.document.uri,
      new vscode.Position(5, 3),
    );
    assert.deepEqual(serviceRefs.map(r => r.range.start.line).sort(), [4, 5]);
  });

  it('formats a Dockerfile: keywords upper-cased, continuation lines indented', async () => {
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', df.document.uri, {
      tabSize: 2,
      insertSpaces: true,
    });
    const formatted = new vscode.WorkspaceEdit();
    formatted.set(df.document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(formatted));
    assert.equal(df.document.lineAt(2).text, 'RUN echo "$GREETING" > /greeting && \\');
    assert.equal(df.document.lineAt(3).text, '  echo done');
    assert.equal(df.document.lineAt(1).text, 'ARG GREETING=hello', 'arguments untouched');
  });

  it('folds each stage and each instruction over several lines', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', df.document.uri);
    const spans = ranges.map(r => `${r.start}-${r.end}`);
    assert.ok(spans.includes('2-3'), spans.join(','));
    assert.ok(spans.some(s => s.startsWith('0-')) && spans.some(s => s.startsWith('5-')), spans.join(','));
  });

  it('colours keywords, stage names, build arguments, variables and flags with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      df.document.uri,
    );
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', df.document.uri);
    // Decodes the relative (line, start, length, type, modifiers) quintuples.
    const decoded: string[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl = 0, ds = 0, length = 0, type = 0] = tokens.data.slice(i, i + 4);
      line += dl;
      start = dl ? ds : start + ds;
      decoded.push(`${line}:${df.document.getText(new vscode.Range(line, start, line, start + length))}:${legend.tokenTypes[type]}`);
    }
    assert.deepEqual(decoded, [
      '0:FROM:keyword',
      '0:build:class',
      '1:ARG:keyword',
      '1:GREETING:property',
      // RUN, or run when the formatting test did not run first.
      `2:${df.document.lineAt(2).text.slice(0, 3)}:keyword`,
      '2:$GREETING:variable',
      '5:FROM:keyword',
      '6:COPY:keyword',
      '6:from:parameter',
    ]);
  });

  it('links a compose env_file to the file', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', yml.document.uri);
    const envLink = links.find(l => l.range.start.line === 3);
    assert.ok(envLink, JSON.stringify(links));
    assert.equal(envLink.target?.path, vscode.Uri.joinPath(yml.document.uri, '..', 'web.env').path);
  });
});
