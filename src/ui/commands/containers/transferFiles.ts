import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTarget, stringArg } from './containerTargets';

/**
 * `docker cp` both ways and `docker export`. Paths travel as arguments of Engine API calls, never
 * through a shell, so names like `a;b$(x).txt` are just names. Callers pass the paths as
 * arguments after the target; without them the user is asked.
 */
export async function copyFromContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const containerPath =
    stringArg(args, 1) ??
    (await deps.dialogs.showInputBox({
      title: vscode.l10n.t('Copy from container "{0}"', target.name),
      prompt: vscode.l10n.t('Path of a file or folder in the container'),
      value: '/',
      validateInput: value => (value.startsWith('/') ? undefined : vscode.l10n.t('Enter an absolute path, e.g. /etc/hosts')),
    }));
  if (!containerPath) {
    return undefined;
  }
  const hostPath =
    stringArg(args, 2) ??
    (
      await deps.dialogs.showSaveDialog({
        title: vscode.l10n.t('Copy {0} to', containerPath),
        defaultUri: defaultHostUri(path.posix.basename(containerPath) || target.name),
      })
    )?.fsPath;
  if (!hostPath) {
    return undefined;
  }
  const written = await withCancellableProgress(vscode.l10n.t('Copying {0} from {1}', containerPath, target.name), signal =>
    deps.engine().copyFromContainerToHost(target.id, containerPath, hostPath, signal),
  );
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Copied {0} to {1}.', containerPath, written[0] ?? hostPath));
  return written;
}

export async function copyToContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args, { applies: c => c.state !== 'dead' && c.state !== 'removing' });
  if (!target) {
    return undefined;
  }
  const hostPath =
    stringArg(args, 1) ??
    (
      await deps.dialogs.showOpenDialog({
        title: vscode.l10n.t('Copy into container "{0}"', target.name),
        canSelectFiles: true,
        canSelectFolders: true,
        canSelectMany: false,
      })
    )?.[0]?.fsPath;
  if (!hostPath) {
    return undefined;
  }
  const containerDir =
    stringArg(args, 2) ??
    (await deps.dialogs.showInputBox({
      title: vscode.l10n.t('Copy {0} into container "{1}"', path.basename(hostPath), target.name),
      prompt: vscode.l10n.t('Folder in the container'),
      value: '/tmp',
      validateInput: value => (value.startsWith('/') ? undefined : vscode.l10n.t('Enter an absolute path, e.g. /tmp')),
    }));
  if (!containerDir) {
    return undefined;
  }
  await withCancellableProgress(vscode.l10n.t('Copying {0} into {1}', path.basename(hostPath), target.name), signal =>
    deps.engine().copyToContainer(target.id, hostPath, containerDir, signal),
  );
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Copied {0} to {1}:{2}.', path.basename(hostPath), target.name, containerDir));
  return path.posix.join(containerDir, path.basename(hostPath));
}

/** `docker export`: the container's filesystem as a tar file. */
export async function exportContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const filePath =
    stringArg(args, 1) ??
    (
      await deps.dialogs.showSaveDialog({
        title: vscode.l10n.t('Export container "{0}"', target.name),
        defaultUri: defaultHostUri(`${target.name}.tar`),
        filters: { [vscode.l10n.t('Tar archives')]: ['tar'] },
      })
    )?.fsPath;
  if (!filePath) {
    return undefined;
  }
  await withCancellableProgress(vscode.l10n.t('Exporting {0}', target.name), signal =>
    deps.engine().exportContainer(target.id, filePath, signal),
  );
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Exported {0} to {1}.', target.name, filePath));
  return filePath;
}

function defaultHostUri(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}
