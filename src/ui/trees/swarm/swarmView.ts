import * as vscode from 'vscode';
import { taskName, type DockerEngine } from '../../../engine';
import type { ResourceView } from '../ResourceTreeProvider';
import { loadSwarmData, nodeNames, stacksOf, visibleTasks, type SwarmData } from './swarmData';
import { swarmTreeItem } from './swarmItems';
import type { ServiceNode, SwarmGroup, SwarmViewNode } from './swarmNodes';

/**
 * The Swarm view: stacks → services → tasks, services outside stacks, nodes, secrets and configs
 * on a manager. Not in a swarm, or on a worker, it shows no rows: the welcome content (chosen by
 * the `dockhand.swarmState` context key) explains and offers Initialize / Join.
 */
export function swarmView(
  engine: () => DockerEngine,
): ResourceView<SwarmData, SwarmViewNode> & { readonly data: () => SwarmData | undefined } {
  let last: SwarmData | undefined;
  let shownState: string | undefined;
  return {
    name: 'swarm',
    data: () => last,
    load: async signal => {
      const data = await loadSwarmData(engine(), signal);
      last = data;
      const state = data.status.isManager ? 'manager' : data.status.state === 'active' ? 'worker' : data.status.state;
      if (state !== shownState) {
        shownState = state;
        await vscode.commands.executeCommand('setContext', 'dockhand.swarmState', state);
      }
      return data;
    },
    roots: data => (data.status.isManager ? groups(data) : []),
    children: node => children(node, last),
    toTreeItem: node => swarmTreeItem(node),
  };
}

function groups(data: SwarmData): SwarmViewNode[] {
  const counts: Record<SwarmGroup, number> = {
    stacks: stacksOf(data.services).length,
    services: data.services.filter(s => !s.stack).length,
    nodes: data.nodes.length,
    secrets: data.secrets.length,
    configs: data.configs.length,
  };
  return (Object.keys(counts) as SwarmGroup[]).map(group => ({ kind: 'swarmGroup', group, count: counts[group] }));
}

function children(node: SwarmViewNode, data: SwarmData | undefined): SwarmViewNode[] {
  if (!data) {
    return [];
  }
  const serviceNode = (service: SwarmData['services'][number]): ServiceNode => ({
    kind: 'service',
    service,
    tasks: visibleTasks(service.id, data.tasks),
  });
  switch (node.kind) {
    case 'swarmGroup':
      switch (node.group) {
        case 'stacks':
          return stacksOf(data.services).map(stack => ({ kind: 'stack', name: stack.name, services: stack.services }));
        case 'services':
          return data.services.filter(s => !s.stack).map(serviceNode);
        case 'nodes':
          return data.nodes.map(n => ({ kind: 'swarmNode', node: n, self: n.id === data.status.nodeId }));
        case 'secrets':
          return data.secrets.map(object => ({ kind: 'secret', object }));
        case 'configs':
          return data.configs.map(object => ({ kind: 'config', object }));
      }
      return [];
    case 'stack':
      return node.services.map(serviceNode);
    case 'service': {
      const names = nodeNames(data.nodes);
      return node.tasks.map(task => ({
        kind: 'task',
        task,
        name: taskName(node.service.name, task),
        service: node.service,
        nodeName: task.nodeId ? names.get(task.nodeId) : undefined,
        local: Boolean(task.containerId && task.nodeId && task.nodeId === data.status.nodeId),
      }));
    }
    default:
      return [];
  }
}
