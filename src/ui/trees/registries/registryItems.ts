import * as vscode from 'vscode';
import { formatBytes, shortId } from '../../util/format';
import { nodeKey, tagReference, type RegistryTreeNode } from './registryNodes';
import { historyLabel, platformLabel } from './tagDetails';

/** What the view knows of a registry besides its address: who is logged in, and why it failed. */
export interface RegistryStatus {
  readonly user?: string;
  readonly problem?: string;
}

/** One node as the tree shows it. */
export function registryTreeItem(node: RegistryTreeNode, status: RegistryStatus | undefined): vscode.TreeItem {
  const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
  const none = vscode.TreeItemCollapsibleState.None;
  const item = (label: string, state: vscode.TreeItemCollapsibleState, icon: string, contextValue: string) => {
    const ti = new vscode.TreeItem(label, state);
    ti.id = nodeKey(node);
    ti.iconPath = new vscode.ThemeIcon(icon);
    ti.contextValue = contextValue;
    return ti;
  };
  switch (node.kind) {
    case 'registry': {
      const { registry } = node;
      const ti = item(
        registry.source === 'hub' ? vscode.l10n.t('Docker Hub') : registry.address,
        collapsed,
        status?.problem ? 'error' : registry.source === 'hub' ? 'cloud' : 'server',
        `registry.${status?.user ? 'loggedIn' : 'anonymous'}.${registry.source}`,
      );
      const who = status?.user ? vscode.l10n.t('as {0}', status.user) : vscode.l10n.t('anonymous');
      ti.description = status?.problem ? `${who} · ${vscode.l10n.t('failed')}` : who;
      ti.tooltip = [registry.host, status?.problem].filter(Boolean).join('\n');
      if (status?.problem) {
        ti.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      }
      return ti;
    }
    case 'hubNamespace':
      return item(node.namespace, collapsed, 'organization', 'registryNamespace');
    case 'repository': {
      const ti = item(node.repository, collapsed, 'repo', 'registryRepository');
      ti.tooltip = node.registry.source === 'hub' ? node.repository : `${node.registry.host}/${node.repository}`;
      return ti;
    }
    case 'registryTag': {
      const ti = item(node.tag, collapsed, 'tag', 'registryTag');
      ti.tooltip = tagReference(node.registry, node.repository, node.tag);
      if (node.hub?.size !== undefined) {
        ti.description = formatBytes(node.hub.size);
      }
      return ti;
    }
    case 'platform': {
      const ti = item(platformLabel(node.descriptor.platform), collapsed, 'vm', 'registryPlatform');
      ti.description = shortId(node.descriptor.digest);
      ti.tooltip = node.descriptor.digest;
      return ti;
    }
    case 'history': {
      const ti = item(vscode.l10n.t('History'), collapsed, 'history', 'registryHistory');
      ti.description = vscode.l10n.t('{0} steps', node.entries.length);
      return ti;
    }
    case 'detail': {
      const history = node.key.includes('#history/');
      const ti = item(
        history ? historyLabel(node.label) : vscode.l10n.t(node.label),
        none,
        history ? 'debug-stackframe-dot' : 'info',
        node.copy ? 'registryDetail.copyable' : 'registryDetail',
      );
      ti.description = node.value;
      ti.tooltip = node.tooltip ?? `${node.label}: ${node.value}`;
      return ti;
    }
    case 'loadMore': {
      const ti = item(vscode.l10n.t('Load more…'), none, 'more', 'registryLoadMore');
      ti.description = vscode.l10n.t('{0} shown', node.shown);
      ti.command = { command: 'dockhand.registries.loadMore', title: vscode.l10n.t('Load More'), arguments: [node] };
      return ti;
    }
    case 'problem': {
      const ti = item(node.message, none, 'error', node.needsLogin ? 'registryProblem.login' : 'registryProblem');
      ti.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      ti.tooltip = node.message;
      if (node.needsLogin && node.registry) {
        ti.command = {
          command: 'dockhand.registries.login',
          title: vscode.l10n.t('Log In'),
          arguments: [{ kind: 'registry', registry: node.registry }],
        };
      }
      return ti;
    }
    case 'hint': {
      const ti = item(node.message, none, 'info', 'registryHint');
      if (node.registry) {
        ti.command = {
          command: 'dockhand.registries.login',
          title: vscode.l10n.t('Log In'),
          arguments: [{ kind: 'registry', registry: node.registry }],
        };
      }
      return ti;
    }
  }
}
