import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import type { CommandDeps } from '../shared/CommandDeps';

/**
 * Opens the ignore file a build reads (`.dockerignore`, or `<Dockerfile>.dockerignore`): the
 * Dockerfile's "Build context: N files" lens passes it as a URI string.
 */
export async function openIgnoreFile(_deps: CommandDeps, ...args: unknown[]): Promise<void> {
  const uri = args[0];
  if (typeof uri !== 'string' && !(uri instanceof vscode.Uri)) {
    throw new UserError('Open Ignore File needs the file to open.');
  }
  await vscode.window.showTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
}
