import * as vscode from 'vscode';
import { describeSource, type DockerEngine } from '../../../engine';
import type { ResourceView } from '../ResourceTreeProvider';
import { systemRows, type SystemData, type SystemRow, type SystemRowKind } from './systemRows';

export interface SystemNode {
  readonly kind: 'system';
  readonly row: SystemRow;
}

const icons: Record<SystemRowKind, string> = {
  version: 'info',
  host: 'plug',
  images: 'file-binary',
  containers: 'vm',
  volumes: 'database',
  buildCache: 'layers',
};

/** The System view: engine version, where it is, and disk usage like `docker system df`. */
export function systemView(engine: () => DockerEngine): ResourceView<SystemData, SystemNode> {
  return {
    name: 'system',
    load: async signal => {
      const current = engine();
      const [version, diskUsage] = await Promise.all([current.version(signal), current.systemDf(signal)]);
      return { version, diskUsage, endpointUrl: current.endpoint.url, endpointSource: describeSource(current.endpoint.source) };
    },
    roots: data => systemRows(data).map(row => ({ kind: 'system', row })),
    children: () => [],
    toTreeItem: ({ row }) => {
      // The row labels are English constants; l10n.t looks each up as its own message.
      const item = new vscode.TreeItem(vscode.l10n.t(row.label), vscode.TreeItemCollapsibleState.None);
      item.id = `system:${row.kind}`;
      item.description = row.description;
      item.tooltip = row.tooltip;
      item.contextValue = `system.${row.kind}`;
      item.iconPath = new vscode.ThemeIcon(icons[row.kind]);
      return item;
    },
  };
}
