import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, openWorkspaceFile } from './helpers';

describe('Engine config files in VS Code', function () {
  this.timeout(90_000);

  it('flags the notes\' misspelled "registry-mirror" in a daemon.json through the contributed schema', async () => {
    const editor = await openWorkspaceFile(
      'engine/daemon.json',
      '{\n  "registry-mirror": ["https://registry.docker-cn.com"],\n  "live-restore": true\n}\n',
    );
    assert.equal(editor.document.languageId, 'json');
    const found = await diagnosticsWhen(editor.document.uri, ds => ds.some(d => /registry-mirror/.test(d.message)));
    const problem = found.find(d => /registry-mirror/.test(d.message))!;
    assert.equal(problem.range.start.line, 1);
    assert.ok(!found.some(d => d.range.start.line === 2), 'live-restore is a known option');
  });

  it("opens the local engine's daemon.json (read, not written)", async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('dockhand.system.openDaemonJson');
    assert.equal(editor?.document.uri.fsPath, '/etc/docker/daemon.json');
    assert.equal(editor?.document.languageId, 'json');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
