import * as vscode from 'vscode';
import type { DockerEngine, VolumeSummary } from '../../../engine';
import type { ResourceView } from '../ResourceTreeProvider';

export interface VolumeNode {
  readonly kind: 'volume';
  readonly volume: VolumeSummary;
}

/** The volumes view, as `docker volume ls` lists them. */
export function volumesView(engine: () => DockerEngine): ResourceView<VolumeSummary[], VolumeNode> {
  return {
    name: 'volumes',
    load: signal => engine().listVolumes({}, signal),
    roots: volumes => [...volumes].sort((a, b) => a.name.localeCompare(b.name)).map(volume => ({ kind: 'volume', volume })),
    children: () => [],
    toTreeItem: ({ volume }) => {
      const item = new vscode.TreeItem(volume.name, vscode.TreeItemCollapsibleState.None);
      item.id = `volume:${volume.name}`;
      item.description = volume.driver;
      item.contextValue = 'volume';
      item.iconPath = new vscode.ThemeIcon('database');
      item.tooltip = new vscode.MarkdownString(`**${volume.name}**\n\nDriver: ${volume.driver}\n\nMountpoint: \`${volume.mountpoint}\``);
      return item;
    },
  };
}
