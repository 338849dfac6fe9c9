import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { DockerEngine } from '../../engine';
import { withCancellableProgress } from '../commands/shared/withProgress';

/**
 * Copies files and folders into a folder of a container or volume. Local files go as one tar
 * each (modes kept, symlinks as links); files of other file systems (a remote workspace) are read
 * through VS Code and written one by one.
 */
/** Where a URI is, and the file system to tell about the change. */
export type Locate = (
  uri: vscode.Uri,
) => Promise<{ containerId: string; path: string; provider: { fire(uri: vscode.Uri, type: vscode.FileChangeType): void } }>;

export async function uploadInto(
  engine: () => DockerEngine,
  locate: Locate,
  folder: vscode.Uri,
  sources: readonly vscode.Uri[],
): Promise<void> {
  if (!sources.length) {
    return;
  }
  const { containerId, path, provider } = await locate(folder);
  const names = sources.map(s => posix.basename(s.path)).join(', ');
  await withCancellableProgress(vscode.l10n.t('Uploading {0} to {1}', names, folder.path), async signal => {
    for (const source of sources) {
      if (source.scheme === 'file') {
        await engine().copyToContainer(containerId, source.fsPath, path, signal);
      } else {
        await copyThroughVsCode(engine(), containerId, source, posix.join(path, posix.basename(source.path)), signal);
      }
    }
  });
  provider.fire(folder, vscode.FileChangeType.Changed);
}

async function copyThroughVsCode(
  engine: DockerEngine,
  containerId: string,
  source: vscode.Uri,
  target: string,
  signal: AbortSignal,
): Promise<void> {
  const stat = await vscode.workspace.fs.stat(source);
  if (stat.type & vscode.FileType.Directory) {
    await engine.createDirectory(containerId, target, signal).catch((err: unknown) => {
      if ((err as { kind?: string }).kind !== 'conflict') {
        throw err;
      }
    });
    for (const [name] of await vscode.workspace.fs.readDirectory(source)) {
      await copyThroughVsCode(engine, containerId, vscode.Uri.joinPath(source, name), posix.join(target, name), signal);
    }
    return;
  }
  await engine.writeFile(containerId, target, await vscode.workspace.fs.readFile(source), {}, signal);
}
