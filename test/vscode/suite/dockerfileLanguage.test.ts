import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { eventually } from '../../support/eventually';
import { docker } from '../../support/testDocker';
import { codeOf, diagnosticsWhen, openWorkspaceFile } from './helpers';

const dockerfile = [
  'FROM dockhand-test/busybox:base AS build',
  'MAINTAINER ada@example.com',
  'ARG GREETING=hello',
  'RUN echo "$GREETING" > /greeting',
  '',
  'FROM dockhand-test/busybox:base',
  'COPY --from=build /greeting /greeting',
  'CMD ["cat", "/greeting"]',
  '',
].join('\n');

describe('Dockerfile language service in VS Code', function () {
  this.timeout(90_000);
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openWorkspaceFile('lang/Dockerfile', dockerfile);
    assert.equal(editor.document.languageId, 'dockerfile');
  });

  it('shows diagnostics from the server', async () => {
    const diagnostics = await diagnosticsWhen(editor.document.uri, ds => ds.some(d => codeOf(d) === 'dockerfile.maintainer-deprecated'));
    const maintainer = diagnostics.find(d => codeOf(d) === 'dockerfile.maintainer-deprecated');
    assert.equal(maintainer?.range.start.line, 1);
    assert.equal(maintainer?.source, 'dockhand');
  });

  it('completes instructions, flags and stage names', async () => {
    const at = (line: number, character: number) => new vscode.Position(line, character);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      at(8, 0),
    );
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('RUN') && labels.includes('HEALTHCHECK'), labels.join(','));
    const stages = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      at(6, 12),
    );
    assert.ok(stages.items.some(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'build'));
  });

  it('hovers an instruction with its documentation', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(6, 1),
    );
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /COPY/);
  });

  it('hovers a local base image with its details from the engine', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(5, 12),
    );
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /dockhand-test\/busybox:base/);
    assert.match(text, /MB|kB/, text);
    const image = await docker().getImage('dockhand-test/busybox:base').inspect();
    assert.ok(text.includes(`${image.Os}/${image.Architecture}`), text);
  });

  it('applies the MAINTAINER quick fix', async () => {
    const range = new vscode.Range(1, 0, 1, 10);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      range,
    );
    const fix = actions.find(a => /LABEL org\.opencontainers\.image\.authors/.test(a.title));
    assert.ok(fix?.edit, actions.map(a => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(1).text, 'LABEL org.opencontainers.image.authors="ada@example.com"');
    await diagnosticsWhen(editor.document.uri, ds => !ds.some(d => codeOf(d) === 'dockerfile.maintainer-deprecated'));
  });

  it('follows the rule severities set in the settings', async () => {
    const config = vscode.workspace.getConfiguration('dockhand');
    const other = await openWorkspaceFile('lang/severity/Dockerfile', 'FROM dockhand-test/busybox:base\nMAINTAINER ada@example.com\n');
    const rule = 'dockerfile.maintainer-deprecated';
    await diagnosticsWhen(other.document.uri, ds => ds.some(d => codeOf(d) === rule && d.severity === vscode.DiagnosticSeverity.Warning));
    try {
      await config.update('dockerfile.rules', { [rule]: 'off' }, vscode.ConfigurationTarget.Global);
      await diagnosticsWhen(other.document.uri, ds => !ds.some(d => codeOf(d) === rule));
      await config.update('dockerfile.rules', { [rule]: 'error' }, vscode.ConfigurationTarget.Global);
      await diagnosticsWhen(other.document.uri, ds => ds.some(d => codeOf(d) === rule && d.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await config.update('dockerfile.rules', undefined, vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(editor.document);
    }
  });

  it('offers Build and Run CodeLenses above each FROM', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const titles = lenses.map(l => `${l.range.start.line}:${l.command?.title}`);
    assert.ok(titles.includes('0:Build this stage'), titles.join(','));
    assert.ok(titles.includes('5:Build image') && titles.includes('5:Run'), titles.join(','));
  });

  it('outlines stages with their instructions', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepEqual(
      symbols.map(s => s.name),
      ['build', 'stage 1'],
    );
    // Line 1 is MAINTAINER, or LABEL once the quick fix above ran.
    const second = editor.document.lineAt(1).text.split(' ')[0];
    assert.deepEqual(
      symbols[0]?.children.map(c => c.name),
      ['FROM', second, 'ARG', 'RUN'],
    );
    assert.deepEqual(
      symbols[1]?.children.map(c => c.name),
      ['FROM', 'COPY', 'CMD'],
    );
  });

  it('starts its server again when the process dies, and diagnoses again', async function () {
    if (process.platform !== 'linux') {
      this.skip(); // the server process is found in /proc
    }
    const [pid] = languageServers();
    assert.ok(pid, 'a language server process runs');
    process.kill(pid, 'SIGKILL');
    await eventually(() => languageServers().some(other => other !== pid), 'another language server process');
    const after = await openWorkspaceFile('lang/restarted/Dockerfile', 'FROM dockhand-test/busybox:base\nMAINTAINER ada@example.com\n');
    await diagnosticsWhen(after.document.uri, ds => ds.some(d => codeOf(d) === 'dockerfile.maintainer-deprecated'));
    await vscode.window.showTextDocument(editor.document);
  });
});

/** The extension host's child processes running Dockhand's language server (dist/serverCached.js). */
function languageServers(): number[] {
  return fs
    .readdirSync('/proc')
    .filter(entry => /^\d+$/.test(entry))
    .filter(entry => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/serverCached.js');
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}
