import * as vscode from 'vscode';
import type { DockerEngine, NetworkSummary } from '../../../engine';
import type { ResourceView } from '../ResourceTreeProvider';

export interface NetworkNode {
  readonly kind: 'network';
  readonly network: NetworkSummary;
}

/** The networks view, as `docker network ls` lists them, built-in networks marked. */
export function networksView(engine: () => DockerEngine): ResourceView<NetworkSummary[], NetworkNode> {
  return {
    name: 'networks',
    load: signal => engine().listNetworks({}, signal),
    roots: networks => [...networks].sort((a, b) => a.name.localeCompare(b.name)).map(network => ({ kind: 'network', network })),
    children: () => [],
    toTreeItem: ({ network }) => {
      const item = new vscode.TreeItem(network.name, vscode.TreeItemCollapsibleState.None);
      item.id = `network:${network.id}`;
      item.description = `${network.driver} · ${network.scope}${network.builtIn ? ' · built-in' : ''}`;
      item.contextValue = network.builtIn ? 'network.builtIn' : 'network';
      item.iconPath = new vscode.ThemeIcon('type-hierarchy');
      item.tooltip = new vscode.MarkdownString(`**${network.name}** (${network.id.slice(0, 12)})\n\nDriver: ${network.driver}\n\nScope: ${network.scope}${network.subnets.length ? `\n\nSubnets: ${network.subnets.join(', ')}` : ''}`);
      return item;
    },
  };
}
