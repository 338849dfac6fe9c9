import * as vscode from 'vscode';
import type { VolumeSummary } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { withCancellableProgress } from '../shared/withProgress';
import { volumeTargets } from './volumeTargets';

/** What tests and other extensions pass instead of answering the dialogs. */
interface TransferOptions extends CommandOptions {
  /** Export: the tar file to write; import: the tar file to read. */
  readonly file?: string;
  /** Clone: the new volume's name. */
  readonly name?: string;
}

/** A volume's content as a tar file (as `docker run --rm -v vol:/v … tar -C /v -c .`, but nothing runs). */
export async function exportVolume(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [volume] = await volumeTargets(deps, args, false);
  if (!volume) {
    return undefined;
  }
  const file =
    optionsFrom<TransferOptions>(args).file ??
    (
      await deps.dialogs.showSaveDialog({
        title: vscode.l10n.t('Export volume "{0}" to', volume),
        filters: { [vscode.l10n.t('Tar archives')]: ['tar'] },
        defaultUri: defaultUri(`${volume}.tar`),
      })
    )?.fsPath;
  if (!file) {
    return undefined;
  }
  await withCancellableProgress(vscode.l10n.t('Exporting volume {0}', volume), signal => deps.engine().exportVolume(volume, file, signal));
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Exported volume {0} to {1}.', volume, file));
  return file;
}

/** Unpacks a tar file into a volume: files with the same names are replaced, others kept. */
export async function importVolume(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [volume] = await volumeTargets(deps, args, false);
  if (!volume) {
    return undefined;
  }
  const file =
    optionsFrom<TransferOptions>(args).file ??
    (
      await deps.dialogs.showOpenDialog({
        title: vscode.l10n.t('Import a tar file into volume "{0}"', volume),
        filters: { [vscode.l10n.t('Tar archives')]: ['tar'] },
        canSelectMany: false,
      })
    )?.[0]?.fsPath;
  if (!file) {
    return undefined;
  }
  await withCancellableProgress(vscode.l10n.t('Importing {0} into volume {1}', file, volume), signal =>
    deps.engine().importVolume(volume, file, signal),
  );
  deps.files.providers.get('dockhand-volume')?.fire(vscode.Uri.from({ scheme: 'dockhand-volume', authority: volume, path: '/' }));
  await deps.trees.volumes.reload();
  return volume;
}

/** A new volume with a copy of the volume's content, its driver and labels. */
export async function cloneVolume(deps: CommandDeps, ...args: unknown[]): Promise<VolumeSummary | undefined> {
  const [volume] = await volumeTargets(deps, args, false);
  if (!volume) {
    return undefined;
  }
  const name =
    optionsFrom<TransferOptions>(args).name ??
    (await deps.dialogs.showInputBox({
      title: vscode.l10n.t('Clone volume "{0}"', volume),
      prompt: vscode.l10n.t('Name of the new volume'),
      value: `${volume}-copy`,
      validateInput: value =>
        /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(value) ? undefined : vscode.l10n.t('Letters, digits, _ . - (at least two characters)'),
    }));
  if (!name) {
    return undefined;
  }
  const clone = await withCancellableProgress(vscode.l10n.t('Cloning volume {0} to {1}', volume, name), signal =>
    deps.engine().cloneVolume(volume, name, signal),
  );
  await deps.trees.volumes.reload();
  return clone;
}

function defaultUri(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}
