import * as vscode from 'vscode';
import type { ContainerFilter } from '../../trees/containers/containerFilter';
import type { ComposeProjectNode } from '../../trees/containers/containersView';
import type { ContainersView } from '../../trees/containers/containersView';
import type { CommandDeps } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';
import { composeServiceOf } from '../../trees/containers/containerPresentation';
import type { ContainerNode } from '../../trees/containers/containerNodes';
import { UserError } from '../../../shared/UserError';

/** The context key that swaps the Hide Stopped / Show Stopped buttons in the view's title. */
const hidingStoppedKey = 'dockhand.containers.hidingStopped';
/** The context key that shows Clear Filter in the view's title while a filter is set. */
const filteredKey = 'dockhand.containers.filtered';

async function setText(filter: ContainerFilter, text: string): Promise<void> {
  filter.set({ text });
  await vscode.commands.executeCommand('setContext', filteredKey, text.trim() !== '');
}

function filterOf(deps: CommandDeps): ContainerFilter {
  return (deps.trees.containers.view as ContainersView).filter;
}

/** Asks for a text (or takes the first argument) and shows only the containers it matches. */
export async function filterContainers(deps: CommandDeps, ...args: unknown[]) {
  const filter = filterOf(deps);
  const text =
    typeof args[0] === 'string'
      ? args[0]
      : await deps.dialogs.showInputBox({
          title: vscode.l10n.t('Filter Containers'),
          prompt: vscode.l10n.t('Part of a container name, image or compose project; empty shows all'),
          value: filter.current.text,
        });
  if (text !== undefined) {
    await setText(filter, text);
  }
  return filter.current;
}

export async function clearFilter(deps: CommandDeps) {
  await setText(filterOf(deps), '');
  return filterOf(deps).current;
}

export async function setHideStopped(deps: CommandDeps, hide: boolean) {
  filterOf(deps).set({ hideStopped: hide });
  await vscode.commands.executeCommand('setContext', hidingStoppedKey, hide);
  return filterOf(deps).current;
}

const isProject = nodeOfKind<ComposeProjectNode>('composeProject');
const isContainer = nodeOfKind<ContainerNode>('container');

/**
 * Up, Down, Restart and Logs on a compose project node: the compose command with the project's
 * own file, as compose recorded it in the containers' labels.
 */
export async function composeProjectCommand(composeCommand: string, ...args: unknown[]): Promise<unknown> {
  const [node] = args;
  if (!isProject(node)) {
    throw new UserError(vscode.l10n.t('Run this command on a compose project in the Containers view.'));
  }
  const file = node.configFiles[0];
  if (!file) {
    throw new UserError(vscode.l10n.t('Compose did not record the compose file of project "{0}".', node.project));
  }
  return vscode.commands.executeCommand(composeCommand, vscode.Uri.file(file), ...args.slice(2));
}

/**
 * A compose command for the service of the clicked container (Up, Restart, Logs of `web`), on the
 * compose file compose recorded in the container's labels.
 */
export async function composeServiceCommand(composeCommand: string, ...args: unknown[]): Promise<unknown> {
  const [node] = args;
  const target = isContainer(node) ? composeServiceOf(node.container) : undefined;
  if (!target) {
    throw new UserError(vscode.l10n.t('Run this command on a container of a compose service in the Containers view.'));
  }
  const extra = args.slice(1).find(a => a !== null && typeof a === 'object' && !Array.isArray(a)) ?? {};
  return vscode.commands.executeCommand(composeCommand, vscode.Uri.file(target.file), { ...extra, services: [target.service] });
}
