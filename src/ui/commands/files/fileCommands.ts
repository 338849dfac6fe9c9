import { posix } from 'node:path';
import * as vscode from 'vscode';
import { isFileNode } from '../../files/FileTree';
import { uploadInto } from '../../files/upload';
import type { CommandOptions } from '../shared/commandOptions';
import { optionsFrom } from '../shared/commandOptions';
import { confirmDestructive } from '../shared/confirm';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { UserError } from '../../../shared/UserError';

/** What tests and other extensions may pass instead of answering the prompts. */
interface FileCommandOptions extends CommandOptions {
  /** The new file's or folder's name, or the new name of a rename. */
  readonly name?: string;
  /** Upload: what to copy in. */
  readonly sources?: readonly vscode.Uri[];
  /** Download: the host path to write. */
  readonly target?: string;
}

/** A node of the Files trees, or a URI of one of our file systems. */
function targetUri(args: readonly unknown[]): vscode.Uri {
  const [first] = args;
  if (isFileNode(first)) {
    return first.uri;
  }
  if (first instanceof vscode.Uri) {
    return first;
  }
  throw new UserError(vscode.l10n.t('Run this command on a file or folder under a container\'s or volume\'s "Files" node.'));
}

function isFolderTarget(args: readonly unknown[]): boolean {
  const [first] = args;
  return !isFileNode(first) || first.kind === 'files' || first.entry.type === 'directory' || first.entry.targetIsDirectory === true;
}

function validName(value: string): string | undefined {
  return !value.trim()
    ? vscode.l10n.t('Enter a name')
    : value.includes('/') || value === '.' || value === '..'
      ? vscode.l10n.t('A name, not a path')
      : undefined;
}

async function askName(deps: CommandDeps, options: FileCommandOptions, prompt: string, value = ''): Promise<string | undefined> {
  return options.name ?? deps.dialogs.showInputBox({ prompt, value, validateInput: validName });
}

export function newFile(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const folder = targetUri(args);
    const name = await askName(deps, optionsFrom<FileCommandOptions>(args), vscode.l10n.t('Name of the new file in {0}', folder.path));
    if (!name) {
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  };
}

export function newFolder(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const folder = targetUri(args);
    const name = await askName(deps, optionsFrom<FileCommandOptions>(args), vscode.l10n.t('Name of the new folder in {0}', folder.path));
    if (!name) {
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, name);
    await vscode.workspace.fs.createDirectory(uri);
    return uri;
  };
}

export function deleteFile(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const uri = targetUri(args);
    const ok = await confirmDestructive(
      deps.dialogs,
      optionsFrom(args),
      vscode.l10n.t('Delete {0}?', uri.path),
      vscode.l10n.t('It is removed from {0} with everything in it; this cannot be undone.', uri.authority),
      vscode.l10n.t('Delete'),
    );
    if (!ok) {
      return false;
    }
    await vscode.workspace.fs.delete(uri, { recursive: true });
    return true;
  };
}

export function renameFile(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const uri = targetUri(args);
    const name = await askName(
      deps,
      optionsFrom<FileCommandOptions>(args),
      vscode.l10n.t('New name of {0}', uri.path),
      posix.basename(uri.path),
    );
    if (!name || name === posix.basename(uri.path)) {
      return undefined;
    }
    const renamed = uri.with({ path: posix.join(posix.dirname(uri.path), name) });
    await vscode.workspace.fs.rename(uri, renamed, { overwrite: false });
    return renamed;
  };
}

export function uploadFiles(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const folder = targetUri(args);
    if (!isFolderTarget(args)) {
      throw new UserError(vscode.l10n.t('Upload into a folder.'));
    }
    const sources =
      optionsFrom<FileCommandOptions>(args).sources ??
      (await deps.dialogs.showOpenDialog({
        title: vscode.l10n.t('Upload into {0}', folder.path),
        canSelectFiles: true,
        canSelectFolders: false,
        canSelectMany: true,
      }));
    if (!sources?.length) {
      return undefined;
    }
    await uploadInto(deps.engine, uri => deps.files.locate(uri), folder, sources);
    return sources.length;
  };
}

export function downloadFile(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const uri = targetUri(args);
    const options = optionsFrom<FileCommandOptions>(args);
    const name = posix.basename(uri.path) || uri.authority;
    const target =
      options.target ??
      (isFolderTarget(args)
        ? (
            await deps.dialogs.showOpenDialog({
              title: vscode.l10n.t('Download {0} into', uri.path),
              canSelectFolders: true,
              canSelectFiles: false,
            })
          )?.[0]?.fsPath
        : (await deps.dialogs.showSaveDialog({ title: vscode.l10n.t('Download {0} to', uri.path), defaultUri: defaultSaveUri(name) }))
            ?.fsPath);
    if (!target) {
      return undefined;
    }
    const { containerId, path } = await deps.files.locate(uri);
    const written = await withCancellableProgress(vscode.l10n.t('Downloading {0}', uri.path), signal =>
      deps.engine().copyFromContainerToHost(containerId, path, target, signal),
    );
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Downloaded {0} to {1}.', uri.path, written[0] ?? target));
    return written;
  };
}

export function refreshFiles(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const uri = targetUri(args);
    const { provider } = await deps.files.locate(uri);
    provider.fire(uri, vscode.FileChangeType.Changed);
  };
}

/** Adds the container's (or volume's) root as a workspace folder: the Explorer, search and decorations then work on it. */
export function openInExplorer(): CommandHandler {
  return async (...args: unknown[]) => {
    const uri = targetUri(args);
    const root = uri.with({ path: '/' });
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.some(f => f.uri.toString() === root.toString())) {
      vscode.workspace.updateWorkspaceFolders(folders.length, 0, {
        uri: root,
        name: `${uri.scheme === 'dockhand-volume' ? 'volume' : 'container'} ${uri.authority}`,
      });
    }
    await vscode.commands.executeCommand('workbench.view.explorer');
    return root;
  };
}

function defaultSaveUri(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}
