import * as vscode from 'vscode';
import type { DockerEngine, VolumeUsage } from '../../../engine';
import { formatBytes } from '../../util/format';
import type { FileNode, FileTree } from '../../files/FileTree';
import { volumeUri } from '../../files/fileUris';
import type { ResourceView } from '../ResourceTreeProvider';
import { usageText, withSizes } from './volumeRows';

export interface VolumeNode {
  readonly kind: 'volume';
  readonly volume: VolumeUsage;
}

/** A volume, or its "Files" node and the files below it. */
export type VolumesTreeNode = VolumeNode | FileNode;

/** The volumes view, as `docker volume ls` lists them, with their users and sizes. */
export function volumesView(
  engine: () => DockerEngine,
  log: vscode.LogOutputChannel,
  files?: FileTree,
): ResourceView<VolumeUsage[], VolumesTreeNode> {
  return {
    name: 'volumes',
    load: async signal => {
      // Sizes are a bonus: an engine that cannot compute them still lists its volumes.
      const [volumes, sizes] = await Promise.all([
        engine().listVolumesWithUsage({}, signal),
        engine()
          .volumeDiskUsage(signal)
          .catch((err: unknown) => {
            log.debug(`Volume sizes unavailable: ${String(err)}`);
            return [];
          }),
      ]);
      return withSizes(volumes, sizes);
    },
    roots: volumes => volumes.map(volume => ({ kind: 'volume', volume })),
    children: node => {
      if (!files) {
        return [];
      }
      return node.kind === 'volume' ? [files.rootNode(volumeUri(node.volume.name))] : files.children(node);
    },
    toTreeItem: node =>
      node.kind === 'volume' ? volumeTreeItem(node.volume, files !== undefined) : (files?.treeItem(node) ?? new vscode.TreeItem('')),
    onDidChangePresentation: listener => files?.onDidChange(listener) ?? { dispose: () => undefined },
  };
}

function volumeTreeItem(volume: VolumeUsage, withFiles: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(
    volume.name,
    withFiles ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = `volume:${volume.name}`;
  const users = usageText(volume);
  item.description = [
    volume.driver,
    volume.size !== undefined ? formatBytes(volume.size) : '',
    users ? vscode.l10n.t('in use by {0}', users) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  item.contextValue = users ? 'volume.inUse' : 'volume';
  item.iconPath = new vscode.ThemeIcon('database', users ? new vscode.ThemeColor('charts.green') : undefined);
  item.tooltip = new vscode.MarkdownString(
    [
      `**${volume.name}**`,
      `${vscode.l10n.t('Driver')}: ${volume.driver}`,
      `${vscode.l10n.t('Mountpoint')}: \`${volume.mountpoint}\``,
      volume.size !== undefined ? `${vscode.l10n.t('Size')}: ${formatBytes(volume.size)}` : '',
      users ? `${vscode.l10n.t('Used by')}: ${users}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}
