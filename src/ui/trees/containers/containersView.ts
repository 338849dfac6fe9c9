import * as vscode from 'vscode';
import type { ContainerSummary, DockerEngine } from '../../../engine';
import type { ResourceView } from '../ResourceTreeProvider';

export interface ContainerNode {
  readonly kind: 'container';
  readonly container: ContainerSummary;
}

/** The containers view: every container, running first, as `docker ps -a` lists them. */
export function containersView(engine: () => DockerEngine): ResourceView<ContainerSummary[], ContainerNode> {
  return {
    name: 'containers',
    load: signal => engine().listContainers({ all: true }, signal),
    roots: containers => [...containers].sort(byStateThenName).map(container => ({ kind: 'container', container })),
    children: () => [],
    toTreeItem: node => containerTreeItem(node.container),
  };
}

function byStateThenName(a: ContainerSummary, b: ContainerSummary): number {
  const running = (c: ContainerSummary) => (c.state === 'running' ? 0 : 1);
  return running(a) - running(b) || a.name.localeCompare(b.name);
}

export function containerTreeItem(c: ContainerSummary): vscode.TreeItem {
  const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.None);
  item.id = `container:${c.id}`;
  item.description = `${c.image} · ${c.status}`;
  item.contextValue = `container.${c.state}`;
  item.iconPath = new vscode.ThemeIcon(c.state === 'running' ? 'vm-running' : c.state === 'paused' ? 'debug-pause' : 'vm-outline',
    new vscode.ThemeColor(c.state === 'running' ? 'charts.green' : c.state === 'paused' ? 'charts.yellow' : 'disabledForeground'));
  const ports = c.ports.filter(p => p.hostPort).map(p => `${p.hostIp ?? ''}:${p.hostPort} → ${p.containerPort}/${p.protocol}`);
  item.tooltip = new vscode.MarkdownString([
    `**${c.name}** (${c.id.slice(0, 12)})`,
    `Image: \`${c.image}\``,
    `Status: ${c.status}`,
    ports.length ? `Ports: ${ports.join(', ')}` : '',
  ].filter(Boolean).join('\n\n'));
  return item;
}
