import * as vscode from 'vscode';
import { helperLabel, type ContainerSummary, type DockerEngine } from '../../../engine';
import type { FileTree } from '../../files/FileTree';
import { containerUri } from '../../files/fileUris';
import type { ResourceView } from '../ResourceTreeProvider';
import { ContainerFilter, filteredOutMessage, matchesFilter } from './containerFilter';
import { groupByComposeProject, type ComposeProjectNode, type ContainerNode, type ContainersTreeNode } from './containerNodes';
import { containerContextValue, containerDescription, containerIcon, containerTooltip } from './containerPresentation';

export type { ComposeProjectNode, ContainerNode, ContainersTreeNode } from './containerNodes';

/** The containers view, with the filter its commands change. */
export interface ContainersView extends ResourceView<ContainerSummary[], ContainersTreeNode> {
  readonly filter: ContainerFilter;
}

/**
 * The containers view: every container as `docker ps -a` lists them, the members of a compose
 * project under the project's node, filtered by the view's filter (applied on redraw, no reload).
 */
export function containersView(engine: () => DockerEngine, files?: FileTree, filter = new ContainerFilter()): ContainersView {
  return {
    name: 'containers',
    filter,
    // Dockhand's own helpers (the volume browser's, never started) are not the user's containers.
    load: async signal => (await engine().listContainers({ all: true }, signal)).filter(c => !(helperLabel in c.labels)),
    roots: containers => groupByComposeProject(containers.filter(c => matchesFilter(c, filter.current))),
    children: node => {
      switch (node.kind) {
        case 'composeProject':
          return [...node.containers];
        case 'container':
          return files ? [files.rootNode(containerUri(node.container.name))] : [];
        default:
          return files?.children(node) ?? [];
      }
    },
    toTreeItem: node => {
      switch (node.kind) {
        case 'composeProject':
          return composeProjectTreeItem(node);
        case 'container':
          return containerTreeItem(node.container, files !== undefined);
        default:
          return files?.treeItem(node) ?? new vscode.TreeItem('');
      }
    },
    description: () => {
      const { text, hideStopped } = filter.current;
      const parts = [text.trim() ? vscode.l10n.t('filter: {0}', text.trim()) : '', hideStopped ? vscode.l10n.t('running only') : ''];
      return parts.filter(Boolean).join(' · ') || undefined;
    },
    message: containers => filteredOutMessage(containers, filter.current, vscode.l10n.t),
    onDidChangePresentation: listener => {
      const subscriptions = [filter.onChange(listener), ...(files ? [files.onDidChange(listener)] : [])];
      return {
        dispose: () => {
          for (const subscription of subscriptions) {
            subscription.dispose();
          }
        },
      };
    },
  };
}

/** With `withFiles`, the container expands to its "Files" node. */
export function containerTreeItem(c: ContainerSummary, withFiles = false): vscode.TreeItem {
  const item = new vscode.TreeItem(c.name, withFiles ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `container:${c.id}`;
  item.description = containerDescription(c);
  item.contextValue = containerContextValue(c);
  const { icon, color } = containerIcon(c);
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
  item.tooltip = new vscode.MarkdownString(containerTooltip(c, vscode.l10n.t));
  return item;
}

function composeProjectTreeItem(node: ComposeProjectNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.project, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `composeProject:${node.project}`;
  const running = node.containers.filter(n => n.container.state === 'running').length;
  item.description = vscode.l10n.t('{0}/{1} running', running, node.containers.length);
  item.contextValue = node.configFiles.length ? 'composeProject' : 'composeProject.noFile';
  item.iconPath = new vscode.ThemeIcon('layers', new vscode.ThemeColor(running ? 'charts.green' : 'disabledForeground'));
  item.tooltip = new vscode.MarkdownString([`**${node.project}**`, ...node.configFiles.map(f => `\`${f}\``)].join('\n\n'));
  return item;
}

/** Nodes of other kinds are ignored; used by the commands' target resolution. */
export function isContainerNode(value: unknown): value is ContainerNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'container';
}
