import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { imageTargets } from './imageTargets';

/** `docker save`: the chosen images (with their tags) into one tar file. Args: (images, path?). */
export async function saveImages(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  // From a menu: (node, selection); from callers: (image or [images], path?, options?).
  const pathIndex = args.findIndex((a, i) => i > 0 && typeof a === 'string');
  const pathArg = pathIndex > 0 ? args[pathIndex] : undefined;
  const targets = await imageTargets(deps, pathIndex > 0 ? args.slice(0, pathIndex) : args, { many: true });
  if (!targets.length) {
    return undefined;
  }
  const refs = targets.map(t => t.ref);
  const file =
    typeof pathArg === 'string'
      ? pathArg
      : (
          await deps.dialogs.showSaveDialog({
            defaultUri: vscode.Uri.file(
              path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir(), `${fileNameFor(refs[0] ?? 'images')}.tar`),
            ),
            filters: { [vscode.l10n.t('Image archives')]: ['tar'] },
            saveLabel: vscode.l10n.t('Save Images'),
          })
        )?.fsPath;
  if (!file) {
    return undefined;
  }
  await withCancellableProgress(vscode.l10n.t('Saving {0} to {1}', refs.join(', '), path.basename(file)), signal =>
    deps.engine().saveImages(refs, file, signal),
  );
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Saved {0} to {1}.', refs.join(', '), file));
  return file;
}

/** `docker load` from a tar file (path argument or an open dialog); resolves to what was loaded. */
export async function loadImages(deps: CommandDeps, ...args: unknown[]): Promise<string[] | undefined> {
  const first = args[0];
  const file =
    typeof first === 'string' && first
      ? first
      : first instanceof vscode.Uri
        ? first.fsPath
        : (
            await deps.dialogs.showOpenDialog({
              canSelectMany: false,
              filters: { [vscode.l10n.t('Image archives')]: ['tar', 'tar.gz', 'tgz'] },
              openLabel: vscode.l10n.t('Load Images'),
            })
          )?.[0]?.fsPath;
  if (!file) {
    return undefined;
  }
  const loaded = await withCancellableProgress(vscode.l10n.t('Loading images from {0}', path.basename(file)), signal =>
    deps.engine().loadImages(file, signal),
  );
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Loaded {0}.', loaded.join(', ') || path.basename(file)));
  await deps.trees.images.reload();
  return loaded;
}

function fileNameFor(ref: string): string {
  return ref.replace(/^sha256:/, '').replace(/[^\w.-]+/g, '_');
}
