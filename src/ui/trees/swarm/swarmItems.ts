import * as vscode from 'vscode';
import type { NodeSummary, ServiceSummary, SwarmObjectSummary, TaskSummary } from '../../../engine';
import { formatAge, shortId } from '../../util/format';
import type { SwarmGroup, SwarmViewNode, TaskNode } from './swarmNodes';

const groupLabels: Record<SwarmGroup, () => string> = {
  stacks: () => vscode.l10n.t('Stacks'),
  services: () => vscode.l10n.t('Services outside stacks'),
  nodes: () => vscode.l10n.t('Nodes'),
  secrets: () => vscode.l10n.t('Secrets'),
  configs: () => vscode.l10n.t('Configs'),
};

const groupIcons: Record<SwarmGroup, string> = {
  stacks: 'layers',
  services: 'server-process',
  nodes: 'server',
  secrets: 'key',
  configs: 'file-code',
};

export function swarmTreeItem(node: SwarmViewNode): vscode.TreeItem {
  const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'swarmGroup': {
      // Stacks open; so do the nodes of a small swarm (a lab's one to five machines).
      const open = node.group === 'stacks' || (node.group === 'nodes' && node.count <= 5);
      const item = new vscode.TreeItem(groupLabels[node.group](), node.count ? (open ? Expanded : Collapsed) : None);
      // VS Code applies an item's collapsible state only the first time it sees its id: an empty
      // group gets another id, so that it opens (Stacks) once it has rows.
      item.id = `swarm:${node.group}${node.count ? '' : ':empty'}`;
      item.description = String(node.count);
      item.contextValue = `swarm.group.${node.group}`;
      item.iconPath = new vscode.ThemeIcon(groupIcons[node.group]);
      return item;
    }
    case 'stack': {
      const item = new vscode.TreeItem(node.name, Expanded);
      item.id = `swarm:stack:${node.name}`;
      const running = node.services.reduce((n, s) => n + s.running, 0);
      const desired = node.services.reduce((n, s) => n + s.desired, 0);
      item.description =
        node.services.length === 1
          ? vscode.l10n.t('1 service · {0}/{1} tasks', running, desired)
          : vscode.l10n.t('{0} services · {1}/{2} tasks', node.services.length, running, desired);
      item.contextValue = 'swarm.stack';
      item.iconPath = new vscode.ThemeIcon(
        'layers',
        running < desired ? new vscode.ThemeColor('charts.yellow') : new vscode.ThemeColor('charts.green'),
      );
      return item;
    }
    case 'service':
      return serviceItem(node.service, node.tasks.length);
    case 'task':
      return taskItem(node);
    case 'swarmNode':
      return nodeItem(node.node, node.self);
    case 'secret':
    case 'config':
      return objectItem(node.kind, node.object);
  }
}

function serviceItem(service: ServiceSummary, taskCount: number): vscode.TreeItem {
  // Inside a stack the stack's prefix says nothing new: `shop_web` shows as `web`.
  const label = service.stack && service.name.startsWith(`${service.stack}_`) ? service.name.slice(service.stack.length + 1) : service.name;
  // A few tasks show at a glance, as `docker stack ps` would list them; more stay folded.
  const state =
    taskCount === 0
      ? vscode.TreeItemCollapsibleState.None
      : taskCount <= 3
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(label, state);
  item.id = `swarm:service:${service.id}${taskCount ? '' : ':none'}`;
  const ports = service.ports.map(
    p => `${p.published ?? ''}${p.published ? '→' : ''}${p.target}/${p.protocol}${p.mode === 'host' ? ' (host)' : ''}`,
  );
  const update = service.updateState && service.updateState !== 'completed' ? service.updateState.replace(/_/g, ' ') : undefined;
  item.description = [`${service.running}/${service.desired}`, service.mode, service.image, ports.join(', '), update]
    .filter(Boolean)
    .join(' · ');
  item.contextValue = service.mode === 'replicated' ? 'swarm.service.replicated' : 'swarm.service';
  const healthy = service.running >= service.desired && !update;
  item.iconPath = new vscode.ThemeIcon('server-process', new vscode.ThemeColor(healthy ? 'charts.green' : 'charts.yellow'));
  item.tooltip = new vscode.MarkdownString(
    [
      `**${service.name}** (${shortId(service.id)})`,
      `${vscode.l10n.t('Mode')}: ${service.mode}${service.replicas !== undefined ? ` (${service.replicas})` : ''}`,
      `${vscode.l10n.t('Tasks')}: ${vscode.l10n.t('{0} running of {1} desired', service.running, service.desired)}`,
      `${vscode.l10n.t('Image')}: \`${service.image}\`${service.imageDigest ? ` (${service.imageDigest.slice(0, 19)}…)` : ''}`,
      ports.length ? `${vscode.l10n.t('Ports')}: ${ports.join(', ')}` : '',
      service.updateState
        ? `${vscode.l10n.t('Update')}: ${service.updateState}${service.updateMessage ? ` — ${service.updateMessage}` : ''}`
        : '',
      service.updatedAt ? `${vscode.l10n.t('Updated')}: ${formatAge(service.updatedAt)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}

const taskIcons: Partial<Record<TaskSummary['state'], [string, string]>> = {
  running: ['pass-filled', 'charts.green'],
  failed: ['error', 'charts.red'],
  rejected: ['error', 'charts.red'],
  complete: ['circle-large-outline', 'disabledForeground'],
  shutdown: ['circle-slash', 'disabledForeground'],
};

function taskItem(node: TaskNode): vscode.TreeItem {
  const { task } = node;
  const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
  item.id = `swarm:task:${task.id}`;
  const state = task.state === task.desiredState ? task.state : `${task.state} → ${task.desiredState}`;
  item.description = [
    state,
    node.nodeName ?? (task.nodeId ? shortId(task.nodeId) : ''),
    task.exitCode !== undefined ? vscode.l10n.t('exit code {0}', task.exitCode) : '',
    task.error ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  item.contextValue = node.local ? 'swarm.task.local' : 'swarm.task';
  const [icon, color] = taskIcons[task.state] ?? ['loading~spin', 'charts.yellow'];
  item.iconPath = new vscode.ThemeIcon(
    task.error && task.state !== 'running' ? 'error' : icon,
    new vscode.ThemeColor(task.error ? 'charts.red' : color),
  );
  item.tooltip = new vscode.MarkdownString(
    [
      `**${node.name}** (${shortId(task.id)})`,
      `${vscode.l10n.t('State')}: ${task.state} (${vscode.l10n.t('desired')}: ${task.desiredState})${task.message ? ` — ${task.message}` : ''}`,
      node.nodeName || task.nodeId ? `${vscode.l10n.t('Node')}: ${node.nodeName ?? task.nodeId}` : '',
      `${vscode.l10n.t('Image')}: \`${task.image}\``,
      task.error ? `${vscode.l10n.t('Error')}: ${task.error}` : '',
      task.exitCode !== undefined ? `${vscode.l10n.t('Exit code')}: ${task.exitCode}` : '',
      task.containerId
        ? `${vscode.l10n.t('Container')}: ${shortId(task.containerId)}${node.local ? '' : ` (${vscode.l10n.t('on another node')})`}`
        : '',
      task.timestamp ? `${vscode.l10n.t('Since')}: ${formatAge(task.timestamp)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}

function nodeItem(node: NodeSummary, self: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(node.hostname, vscode.TreeItemCollapsibleState.None);
  item.id = `swarm:node:${node.id}`;
  const manager = node.manager ? (node.manager.leader ? vscode.l10n.t('leader') : node.manager.reachability) : '';
  const labels = Object.entries(node.labels).map(([k, v]) => (v ? `${k}=${v}` : k));
  item.description = [
    node.role,
    manager,
    node.availability,
    node.state,
    node.engineVersion,
    self ? vscode.l10n.t('this engine') : '',
    labels.join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
  item.contextValue = `swarm.node.${node.role}.${node.availability}`;
  const ok = node.state === 'ready' && node.availability === 'active';
  item.iconPath = new vscode.ThemeIcon(
    'server',
    new vscode.ThemeColor(ok ? 'charts.green' : node.state === 'ready' ? 'charts.yellow' : 'charts.red'),
  );
  item.tooltip = new vscode.MarkdownString(
    [
      `**${node.hostname}** (${shortId(node.id)})`,
      `${vscode.l10n.t('Role')}: ${node.role}${manager ? ` (${manager})` : ''}`,
      `${vscode.l10n.t('Availability')}: ${node.availability}`,
      `${vscode.l10n.t('State')}: ${node.state}${node.addr ? ` (${node.addr})` : ''}`,
      node.engineVersion ? `${vscode.l10n.t('Engine')}: ${node.engineVersion}${node.platform ? ` · ${node.platform}` : ''}` : '',
      labels.length ? `${vscode.l10n.t('Labels')}: ${labels.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return item;
}

function objectItem(kind: 'secret' | 'config', object: SwarmObjectSummary): vscode.TreeItem {
  const item = new vscode.TreeItem(object.name, vscode.TreeItemCollapsibleState.None);
  item.id = `swarm:${kind}:${object.id}`;
  item.description = [object.stack ? vscode.l10n.t('stack {0}', object.stack) : '', object.createdAt ? formatAge(object.createdAt) : '']
    .filter(Boolean)
    .join(' · ');
  item.contextValue = `swarm.${kind}`;
  item.iconPath = new vscode.ThemeIcon(kind === 'secret' ? 'key' : 'file-code');
  return item;
}
