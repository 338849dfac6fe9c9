import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { daemonConfigPath, reloadAdvice } from './daemonConfigPath';

/**
 * Opens the local engine's daemon.json (a new, unsaved one when it does not exist yet; the JSON
 * language validates it against schemas/daemon.schema.json) and, after it is saved, offers the
 * command that makes dockerd read it again.
 */
export async function openDaemonConfig(deps: CommandDeps): Promise<vscode.TextEditor | undefined> {
  const endpoint = deps.engine().endpoint;
  const file = daemonConfigPath(endpoint);
  if (!file) {
    void vscode.window.showInformationMessage(`The engine at ${endpoint.url} is not on this machine: its daemon.json is on that host.`);
    return undefined;
  }
  const uri = vscode.Uri.file(file);
  const document = fs.existsSync(file)
    ? await vscode.workspace.openTextDocument(uri)
    : await vscode.workspace.openTextDocument(uri.with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(document);
  if (document.isUntitled && document.getText() === '') {
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '{\n  \n}\n'));
  }
  const saved = vscode.workspace.onDidSaveTextDocument(doc => {
    if (doc.uri.fsPath !== file) {
      return;
    }
    saved.dispose();
    const advice = reloadAdvice(file);
    void vscode.window.showInformationMessage(`Saved ${file}. ${advice.text}`, 'Copy Reload Command').then(async choice => {
      if (choice) {
        await vscode.env.clipboard.writeText(advice.command);
      }
    });
  });
  return editor;
}
