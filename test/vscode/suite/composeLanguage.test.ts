import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, openWorkspaceFile } from './helpers';
import { renderedText } from './page';

const compose = [
  'services:',
  '  web:',
  '    image: dockhand-test/busybox:latest',
  '    vloumes:',
  '      - data:/data',
  '    ports:',
  '      - "8080: 80"',
  '    depends_on:',
  '      - db',
  '  db:',
  '    image: dockhand-test/busybox:latest',
  '    restart: always',
  'volumes:',
  '  data: {}',
  '',
].join('\n');

describe('Compose language service in VS Code', function () {
  this.timeout(90_000);
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openWorkspaceFile('lang/compose.yaml', compose);
    assert.equal(editor.document.languageId, 'dockercompose');
  });

  it("validates against the Compose Specification and the user's typical mistakes", async () => {
    const diagnostics = await diagnosticsWhen(editor.document.uri, ds => ds.some(d => /vloumes/.test(d.message)));
    const typo = diagnostics.find(d => /vloumes/.test(d.message));
    assert.match(typo?.message ?? '', /did you mean `?volumes`?/);
    assert.equal(typo?.range.start.line, 3);
    // "8080: 80" is a YAML mapping, not the port string the user meant (the notes' classic mistake).
    const port = diagnostics.find(d => d.range.start.line === 6);
    assert.equal(
      port?.message,
      'Port `8080: 80` contains a space; Compose reads it as one word, so write `8080:80`.',
      diagnostics.map(d => `${codeOf(d)} ${d.message}`).join('\n'),
    );
  });

  it('reports a value the schema cannot check (a duration unit) with did-you-mean, linked to its rule page', async () => {
    const values = await openWorkspaceFile(
      'lang/values/compose.yaml',
      'services:\n  web:\n    image: dockhand-test/busybox:latest\n    stop_grace_period: 10sec\n    stop_signal: SIGTREM\n',
    );
    const found = await diagnosticsWhen(values.document.uri, ds => ds.some(d => codeOf(d) === 'compose.invalid-duration'));
    const duration = found.find(d => codeOf(d) === 'compose.invalid-duration')!;
    assert.equal(duration.range.start.line, 3);
    assert.equal(duration.severity, vscode.DiagnosticSeverity.Error);
    assert.match(duration.message, /`10sec` in `stop_grace_period` of service `web` has the unknown unit `sec`.*did you mean `10s`\?/);
    assert.match(found.find(d => codeOf(d) === 'compose.invalid-stop-signal')?.message ?? '', /did you mean `SIGTERM`\?/);
    const target = typeof duration.code === 'object' ? duration.code.target : undefined;
    assert.match(target?.path ?? '', /docs\/rules\/compose\/invalid-duration\.md$/);
    // The link opens the bundled page inside VS Code.
    const page = await vscode.workspace.openTextDocument(target!);
    assert.match(page.getText(), /^# compose\.invalid-duration/);
  });

  it('shows that diagnostic in the Problems panel as the browser renders it, the rule code as a link', async () => {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const row = '.markers-panel .monaco-list-row:has-text("10sec")';
    assert.match(await renderedText(row), /`10sec` in `stop_grace_period` of service `web` has the unknown unit `sec`/);
    assert.equal(await renderedText(`${row} a:has-text("compose.invalid-duration")`), 'compose.invalid-duration');
  });

  it('completes restart policies', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(11, 13),
    );
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('unless-stopped'), labels.join(','));
  });

  it("hovers a key with the schema's documentation", async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(11, 6),
    );
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /restart/i);
  });

  it('goes from a depends_on entry to the service', async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      new vscode.Position(8, 9),
    );
    const first = locations[0];
    const range = first && ('targetRange' in first ? first.targetRange : first.range);
    assert.equal(range?.start.line, 9);
  });

  it('treats files matching dockhand.compose.files as compose files', async () => {
    const config = vscode.workspace.getConfiguration('dockhand');
    try {
      await config.update('compose.files', ['**/deploy/*.stack.yml'], vscode.ConfigurationTarget.Global);
      const stack = await openWorkspaceFile(
        'lang/deploy/web.stack.yml',
        'services:\n  web:\n    image: dockhand-test/busybox:latest\n    links: [db]\n',
      );
      // Dockhand sets the language: the document is reopened as dockercompose.
      const doc = await languageBecomes(stack.document.uri, 'dockercompose');
      // Now served by the compose language service: `db` is not a service of this file.
      await diagnosticsWhen(doc.uri, ds => ds.some(d => /db/.test(d.message)));
    } finally {
      await config.update('compose.files', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('offers Up, Logs and Restart on each service and Up/Down on the file', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const commands = lenses.map(l => `${l.range.start.line}:${l.command?.command}`);
    for (const expected of [
      '0:dockhand.compose.up',
      '0:dockhand.compose.down',
      '1:dockhand.compose.up',
      '1:dockhand.compose.logs',
      '9:dockhand.compose.restart',
    ]) {
      assert.ok(commands.includes(expected), `${expected} in ${commands.join(',')}`);
    }
  });
});

/** Resolves with the document once VS Code has it open in `languageId` (waits on open events). */
function languageBecomes(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  const open = () => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && d.languageId === languageId);
  const now = open();
  if (now) {
    return Promise.resolve(now);
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`${uri.toString()} never became ${languageId}`));
    }, 30_000);
    const listener = vscode.workspace.onDidOpenTextDocument(() => {
      const doc = open();
      if (doc) {
        clearTimeout(timer);
        listener.dispose();
        resolve(doc);
      }
    });
  });
}
