import * as path from 'node:path';
import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import type { Dialogs } from '../../Dialogs';

/** File names compose itself looks for, and their override variants. */
export const composeFileGlob = '**/{compose,docker-compose}{,.*}.{yaml,yml}';

/**
 * The compose file a command acts on: the one it was given (an explorer or editor-title click
 * passes a Uri, other extensions may pass a path), the active compose editor, or the user's pick.
 */
export async function pickComposeFile(dialogs: Dialogs, target: unknown): Promise<string | undefined> {
  if (target instanceof vscode.Uri) {
    return target.fsPath;
  }
  if (typeof target === 'string' && target) {
    return target.startsWith('file:') ? vscode.Uri.parse(target).fsPath : target;
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'dockercompose' && active.uri.scheme === 'file') {
    return active.uri.fsPath;
  }
  const files = await vscode.workspace.findFiles(composeFileGlob, '**/node_modules/**', 200);
  if (files.length === 0) {
    throw new UserError('There is no compose file (compose.yaml, docker-compose.yml, …) in this workspace.', 'notFound');
  }
  if (files.length === 1) {
    return files[0]?.fsPath;
  }
  const picked = await dialogs.showQuickPick(
    files.map(uri => ({ label: path.basename(uri.fsPath), description: vscode.workspace.asRelativePath(path.dirname(uri.fsPath)), uri })),
    { placeHolder: vscode.l10n.t('Choose a compose file') },
  );
  return picked?.uri.fsPath;
}
