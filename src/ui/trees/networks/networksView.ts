import * as vscode from 'vscode';
import type { DockerEngine, NetworkEndpoint, NetworkWithContainers } from '../../../engine';
import type { ResourceView } from '../ResourceTreeProvider';

export interface NetworkNode {
  readonly kind: 'network';
  readonly network: NetworkWithContainers;
}

/** A container connected to a network, with its addresses there. */
export interface NetworkContainerNode {
  readonly kind: 'networkContainer';
  readonly network: NetworkWithContainers;
  readonly endpoint: NetworkEndpoint;
}

export type NetworksViewNode = NetworkNode | NetworkContainerNode;

/** The networks view, as `docker network ls` lists them, built-in networks marked, containers below. */
export function networksView(engine: () => DockerEngine): ResourceView<NetworkWithContainers[], NetworksViewNode> {
  return {
    name: 'networks',
    load: signal => engine().listNetworksWithContainers({}, signal),
    roots: networks => [...networks].sort((a, b) => a.name.localeCompare(b.name)).map(network => ({ kind: 'network', network })),
    children: node =>
      node.kind === 'network'
        ? [...node.network.containers]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map(endpoint => ({ kind: 'networkContainer', network: node.network, endpoint }))
        : [],
    toTreeItem: node => (node.kind === 'network' ? networkTreeItem(node.network) : endpointTreeItem(node.network, node.endpoint)),
  };
}

function networkTreeItem(network: NetworkWithContainers): vscode.TreeItem {
  const item = new vscode.TreeItem(
    network.name,
    network.containers.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = `network:${network.id}`;
  item.description = [network.driver, network.scope, network.builtIn ? vscode.l10n.t('built-in') : ''].filter(Boolean).join(' · ');
  item.contextValue = network.builtIn ? 'network.builtIn' : 'network';
  item.iconPath = new vscode.ThemeIcon('type-hierarchy');
  item.tooltip = new vscode.MarkdownString(
    [
      `**${network.name}** (${network.id.slice(0, 12)})`,
      `${vscode.l10n.t('Driver')}: ${network.driver}`,
      `${vscode.l10n.t('Scope')}: ${network.scope}`,
      network.subnets.length ? `${vscode.l10n.t('Subnets')}: ${network.subnets.join(', ')}` : '',
      network.internal ? vscode.l10n.t('Internal (no outside access)') : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}

function endpointTreeItem(network: NetworkWithContainers, endpoint: NetworkEndpoint): vscode.TreeItem {
  const item = new vscode.TreeItem(endpoint.name, vscode.TreeItemCollapsibleState.None);
  item.id = `network:${network.id}:${endpoint.id}`;
  item.description = [endpoint.ipv4Address, endpoint.ipv6Address].filter(Boolean).join(' · ');
  item.contextValue = 'networkContainer';
  item.iconPath = new vscode.ThemeIcon('vm');
  item.tooltip = new vscode.MarkdownString(
    [
      `**${endpoint.name}** (${endpoint.id.slice(0, 12)})`,
      endpoint.ipv4Address ? `IPv4: ${endpoint.ipv4Address}` : '',
      endpoint.ipv6Address ? `IPv6: ${endpoint.ipv6Address}` : '',
      endpoint.macAddress ? `MAC: ${endpoint.macAddress}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}
