import * as vscode from 'vscode';
import { EngineError, taskName, type SwarmObjectKind } from '../../../engine';
import type { ConfigNode, SecretNode, ServiceNode, StackNode, SwarmNodeNode, TaskNode } from '../../trees/swarm/swarmNodes';
import type { CommandDeps } from '../shared/CommandDeps';
import { commandTargets, nodeOfKind } from '../shared/commandTargets';

/** A Swarm object as commands name it: the id the engine takes and the name people read. */
export interface SwarmTarget {
  readonly id: string;
  readonly name: string;
}

const isService = nodeOfKind<ServiceNode>('service');
const isStack = nodeOfKind<StackNode>('stack');
const isNode = nodeOfKind<SwarmNodeNode>('swarmNode');
const isTask = nodeOfKind<TaskNode>('task');
const isSecret = nodeOfKind<SecretNode>('secret');
const isConfig = nodeOfKind<ConfigNode>('config');

async function pickOne<T extends vscode.QuickPickItem>(deps: CommandDeps, items: T[], placeHolder: string, none: string): Promise<T[]> {
  if (!items.length) {
    void deps.dialogs.showInformationMessage(none);
    return [];
  }
  const picked = await deps.dialogs.showQuickPick(items, { placeHolder });
  return picked ? [picked] : [];
}

export async function serviceTargets(deps: CommandDeps, args: readonly unknown[]): Promise<SwarmTarget[]> {
  return commandTargets<SwarmTarget>(args, {
    fromNode: node => (isService(node) ? { id: node.service.id, name: node.service.name } : undefined),
    fromString: name => ({ id: name, name }),
    pick: async () => {
      const services = await deps.engine().listServices();
      const items = services.map(s => ({
        label: s.name,
        description: `${s.running}/${s.desired} · ${s.image}`,
        target: { id: s.id, name: s.name },
      }));
      return (await pickOne(deps, items, vscode.l10n.t('Choose a service'), vscode.l10n.t('There are no services in this swarm.'))).map(
        i => i.target,
      );
    },
  });
}

export async function stackTargets(deps: CommandDeps, args: readonly unknown[]): Promise<string[]> {
  return commandTargets<string>(args, {
    fromNode: node => (isStack(node) ? node.name : undefined),
    fromString: name => name,
    pick: async () => {
      const stacks = [...new Set((await deps.engine().listServices()).map(s => s.stack).filter((s): s is string => Boolean(s)))].sort();
      return (
        await pickOne(
          deps,
          stacks.map(label => ({ label })),
          vscode.l10n.t('Choose a stack'),
          vscode.l10n.t('There are no stacks in this swarm.'),
        )
      ).map(i => i.label);
    },
  });
}

export async function nodeTargets(deps: CommandDeps, args: readonly unknown[]): Promise<SwarmTarget[]> {
  return commandTargets<SwarmTarget>(args, {
    fromNode: node => (isNode(node) ? { id: node.node.id, name: node.node.hostname } : undefined),
    fromString: id => ({ id, name: id }),
    pick: async () => {
      const nodes = await deps.engine().listNodes();
      const items = nodes.map(n => ({
        label: n.hostname,
        description: `${n.role} · ${n.availability} · ${n.id.slice(0, 12)}`,
        target: { id: n.id, name: n.hostname },
      }));
      return (await pickOne(deps, items, vscode.l10n.t('Choose a node'), vscode.l10n.t('There are no nodes.'))).map(i => i.target);
    },
  });
}

/** A task with what the commands need: its service's name, its container and whether it runs here. */
export interface TaskTarget extends SwarmTarget {
  readonly containerId?: string;
  readonly local: boolean;
  readonly running: boolean;
}

export async function taskTargets(deps: CommandDeps, args: readonly unknown[]): Promise<TaskTarget[]> {
  const engine = deps.engine();
  const describe = async (id: string): Promise<TaskTarget> => {
    const [tasks, status, services] = await Promise.all([engine.listTasks(), engine.swarmStatus(), engine.listServices()]);
    const task = tasks.find(t => t.id === id || t.id.startsWith(id));
    if (!task) {
      throw new EngineError('notFound', vscode.l10n.t('There is no task {0} in this swarm (it may have been removed meanwhile).', id));
    }
    const service = services.find(s => s.id === task.serviceId)?.name ?? task.serviceId.slice(0, 12);
    return {
      id: task.id,
      name: taskName(service, task),
      containerId: task.containerId,
      local: Boolean(task.containerId && task.nodeId === status.nodeId),
      running: task.state === 'running',
    };
  };
  return commandTargets<TaskTarget>(args, {
    fromNode: node =>
      isTask(node)
        ? {
            id: node.task.id,
            name: node.name,
            containerId: node.task.containerId,
            local: node.local,
            running: node.task.state === 'running',
          }
        : undefined,
    fromString: describe,
    pick: async () => {
      const [tasks, services] = await Promise.all([engine.listTasks(), engine.listServices()]);
      const names = new Map(services.map(s => [s.id, s.name]));
      const items = tasks
        .filter(t => t.desiredState === 'running')
        .map(t => ({
          label: taskName(names.get(t.serviceId) ?? t.serviceId.slice(0, 12), t),
          description: t.state,
          id: t.id,
        }));
      const picked = await pickOne(deps, items, vscode.l10n.t('Choose a task'), vscode.l10n.t('There are no running tasks.'));
      return Promise.all(picked.map(p => describe(p.id)));
    },
  });
}

export async function objectTargets(deps: CommandDeps, kind: SwarmObjectKind, args: readonly unknown[]): Promise<SwarmTarget[]> {
  const isKind = kind === 'secret' ? isSecret : isConfig;
  return commandTargets<SwarmTarget>(args, {
    fromNode: node => (isKind(node) ? { id: node.object.id, name: node.object.name } : undefined),
    fromString: name => ({ id: name, name }),
    pick: async () => {
      const objects = await deps.engine().listSwarmObjects(kind);
      const items = objects.map(o => ({ label: o.name, description: o.id.slice(0, 12), target: { id: o.id, name: o.name } }));
      const none = kind === 'secret' ? vscode.l10n.t('There are no secrets.') : vscode.l10n.t('There are no configs.');
      const placeHolder = kind === 'secret' ? vscode.l10n.t('Choose a secret') : vscode.l10n.t('Choose a config');
      return (await pickOne(deps, items, placeHolder, none)).map(i => i.target);
    },
  });
}
