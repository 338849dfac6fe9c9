import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, openWorkspaceFile } from './helpers';

/** A build context of its own: a Dockerfile, a .dockerignore and a few files. */
describe('.dockerignore language in VS Code', function () {
  this.timeout(90_000);
  const folder = 'ignorectx';
  let dockerfile: vscode.TextEditor;
  let ignore: vscode.TextEditor;

  before(async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    for (const [name, text] of [
      ['app.js', 'console.log(1)\n'],
      ['secret.pem', 'KEY\n'],
      ['logs/a.log', 'x\n'],
    ]) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, folder, name), Buffer.from(text));
    }
    // The ignore file first: the Dockerfile is checked against what is on disk when it opens.
    ignore = await openWorkspaceFile(`${folder}/.dockerignore`, '# not sent\n*.pem\nlogs\nnode_modeules\n');
    dockerfile = await openWorkspaceFile(
      `${folder}/Dockerfile`,
      'FROM dockhand-test/busybox:base\nCOPY secret.pem /run/secret.pem\nCOPY app.js /app/\n',
    );
  });

  it('opens as the dockerignore language and reports a pattern that matches nothing, linked to its rule page', async () => {
    assert.equal(ignore.document.languageId, 'dockerignore');
    const found = await diagnosticsWhen(ignore.document.uri, ds => ds.some(d => codeOf(d) === 'dockerignore.matches-nothing'));
    const nothing = found.find(d => codeOf(d) === 'dockerignore.matches-nothing')!;
    assert.equal(nothing.range.start.line, 3);
    assert.equal(nothing.severity, vscode.DiagnosticSeverity.Information);
    const target = typeof nothing.code === 'object' ? nothing.code.target : undefined;
    assert.match(target?.path ?? '', /docs\/rules\/dockerignore\/matches-nothing\.md$/);
    // The link opens the bundled page inside VS Code.
    const page = await vscode.workspace.openTextDocument(target!);
    assert.match(page.getText(), /# `dockerignore\.matches-nothing`/);
  });

  it('hovers a pattern with the files and bytes it excludes', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      ignore.document.uri,
      new vscode.Position(1, 2),
    );
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Excludes 1 file \(4 B\)/);
    assert.match(text, /secret\.pem/);
  });

  it('completes paths of the build context', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      ignore.document.uri,
      new vscode.Position(4, 0),
    );
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('app.js') && labels.includes('logs'), labels.join(','));
  });

  it('reports a COPY of an ignored file in the Dockerfile (CopyIgnoredFile)', async () => {
    const found = await diagnosticsWhen(dockerfile.document.uri, ds => ds.some(d => codeOf(d) === 'dockerfile.copy-ignored-file'));
    assert.deepEqual(
      found.filter(d => codeOf(d) === 'dockerfile.copy-ignored-file').map(d => d.range.start.line),
      [1],
    );
  });

  it('shows "Build context: N files" on the Dockerfile, and the lens opens the .dockerignore', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', dockerfile.document.uri);
    const lens = lenses.find(l => /^Build context:/.test(l.command?.title ?? ''));
    // Sent: Dockerfile, .dockerignore, app.js (secret.pem and logs/ are excluded).
    assert.match(lens?.command?.title ?? '', /^Build context: 3 files, \d+ B$/);
    await vscode.commands.executeCommand(lens!.command!.command, ...(lens!.command!.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), ignore.document.uri.toString());
  });

  it("counts an unsaved edit of the .dockerignore: the Dockerfile's CopyIgnoredFile and build-context lens follow it", async () => {
    const copyLines = (ds: vscode.Diagnostic[]) =>
      ds.filter(d => codeOf(d) === 'dockerfile.copy-ignored-file').map(d => d.range.start.line);
    const lensTitle = async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', dockerfile.document.uri);
      return lenses.find(l => /^Build context:/.test(l.command?.title ?? ''))?.command?.title ?? '';
    };
    const end = new vscode.Position(ignore.document.lineCount - 1, 0);
    const add = new vscode.WorkspaceEdit();
    add.insert(ignore.document.uri, end, 'app.js\n');
    assert.ok(await vscode.workspace.applyEdit(add));
    assert.equal(ignore.document.isDirty, true, 'the edit is not saved');
    const found = await diagnosticsWhen(dockerfile.document.uri, ds => copyLines(ds).length === 2);
    assert.deepEqual(copyLines(found), [1, 2]);
    // Sent now: the Dockerfile and the .dockerignore.
    assert.match(await lensTitle(), /^Build context: 2 files, \d+ B$/);

    const undo = new vscode.WorkspaceEdit();
    undo.delete(ignore.document.uri, new vscode.Range(end, end.translate(1)));
    assert.ok(await vscode.workspace.applyEdit(undo));
    const back = await diagnosticsWhen(dockerfile.document.uri, ds => copyLines(ds).length === 1);
    assert.deepEqual(copyLines(back), [1]);
    assert.match(await lensTitle(), /^Build context: 3 files, \d+ B$/);
    await ignore.document.save();
  });
});
