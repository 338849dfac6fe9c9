import * as path from 'node:path';
import * as vscode from 'vscode';
import { composeLabels } from '../../../engine';
import { UserError } from '../../../shared/UserError';
import { groupByComposeProject, type ComposeProjectNode } from '../../trees/containers/containerNodes';
import { pickComposeFile } from '../compose/pickComposeFile';
import type { CommandDeps } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';
import { containerTargets } from './containerTargets';
import { openStatsPanel, type StatsRun } from './StatsPanel';

/** Live stats of the chosen containers (the selection, or a pick). */
export async function showStats(deps: CommandDeps, ...args: unknown[]): Promise<StatsRun | undefined> {
  const targets = await containerTargets(deps, args, { applies: c => c.state === 'running', canPickMany: true });
  if (targets.length === 0) {
    return undefined;
  }
  // A name the engine does not know fails here, with the engine's message; the engine's full id is what events name.
  const ids = await Promise.all(targets.map(async t => ((await deps.engine().inspectContainer(t.id)) as { Id?: string }).Id ?? t.id));
  const title =
    targets.length === 1 ? vscode.l10n.t('Stats: {0}', targets[0]?.name ?? '') : vscode.l10n.t('Stats: {0} containers', targets.length);
  return openStatsPanel(deps.engine(), deps.extensionUri, title, {
    targets: targets.map((t, i) => ({ id: ids[i] ?? t.id, name: t.name })),
  });
}

/** Live stats of every running container, and of those started later, as `docker stats` shows them. */
export async function showAllStats(deps: CommandDeps): Promise<StatsRun | undefined> {
  const running = (await deps.engine().listContainers({ all: false })).filter(c => c.state === 'running');
  if (running.length === 0) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('No container is running.'));
    return undefined;
  }
  return openStatsPanel(deps.engine(), deps.extensionUri, vscode.l10n.t('Stats: all running containers'), {
    targets: running.map(c => ({ id: c.id, name: c.name })),
    joins: { labels: [] },
  });
}

const isProject = nodeOfKind<ComposeProjectNode>('composeProject');

/**
 * Live stats of a compose project: its running containers, and those it starts later. From the
 * project's node in the Containers view, or from a compose file (the project compose recorded
 * for that file in its containers' labels).
 */
export async function showProjectStats(deps: CommandDeps, target?: unknown): Promise<StatsRun | undefined> {
  const all = await deps.engine().listContainers({ all: true });
  const projects = groupByComposeProject(all).filter(isProject);
  let project: string;
  if (isProject(target)) {
    project = target.project;
  } else {
    const file = await pickComposeFile(deps.dialogs, target);
    if (!file) {
      return undefined;
    }
    const found = projects.find(p => p.configFiles.some(f => path.resolve(f) === path.resolve(file)));
    if (!found) {
      throw new UserError(vscode.l10n.t('No container was created from {0}: run Compose Up first.', path.basename(file)), 'notFound');
    }
    project = found.project;
  }
  const running = (projects.find(p => p.project === project)?.containers ?? []).filter(c => c.container.state === 'running');
  if (running.length === 0) {
    throw new UserError(vscode.l10n.t('No container of compose project "{0}" is running.', project), 'notFound');
  }
  return openStatsPanel(deps.engine(), deps.extensionUri, vscode.l10n.t('Stats: {0}', project), {
    targets: running.map(c => ({ id: c.container.id, name: c.container.name })),
    joins: { labels: [`${composeLabels.project}=${project}`] },
  });
}
