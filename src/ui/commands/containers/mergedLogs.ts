import * as vscode from 'vscode';
import type { ComposeProjectNode } from '../../trees/containers/containersView';
import type { CommandDeps } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';
import { containerTargets } from './containerTargets';
import { containerFeed, projectFeeds } from './logFeeds';
import { openMergedLogsPanel, type MergedLogsRun } from './MergedLogsPanel';

const isProject = nodeOfKind<ComposeProjectNode>('composeProject');

/**
 * One log view for several containers: the selection (or a pick of several), or every container
 * of a compose project node (and those the project starts later), merged by timestamp.
 */
export async function showMergedLogs(deps: CommandDeps, ...args: unknown[]): Promise<MergedLogsRun | undefined> {
  const engine = deps.engine();
  const { tail, capacity } = mergedLogSettings();
  const [first] = args;
  if (isProject(first)) {
    const feeds = first.containers.map(n => containerFeed(engine, { id: n.container.id, name: n.container.name }, tail));
    return openMergedLogsPanel(deps, vscode.l10n.t('Logs: {0}', first.project), feeds, {
      capacity,
      discover: projectFeeds(engine, first.project, tail),
    });
  }
  const targets = await containerTargets(deps, args, {
    canPickMany: true,
    placeHolder: vscode.l10n.t('Choose the containers whose logs to merge'),
  });
  if (targets.length === 0) {
    return undefined;
  }
  // A name the engine does not know fails here, with the engine's message, before a panel opens.
  await Promise.all(targets.map(t => engine.inspectContainer(t.id)));
  const names = targets.map(t => t.name);
  const title = names.length <= 3 ? vscode.l10n.t('Logs: {0}', names.join(', ')) : vscode.l10n.t('Logs: {0} containers', names.length);
  return openMergedLogsPanel(
    deps,
    title,
    targets.map(t => containerFeed(engine, t, tail)),
    { capacity },
  );
}

/** How many lines each container starts with, and how many the view keeps at most (the logs settings). */
export function mergedLogSettings(): { tail: number; capacity: number } {
  const settings = vscode.workspace.getConfiguration('dockhand.containers.logs');
  const tail = Math.max(0, settings.get<number>('tail', 1000));
  const capacity = Math.min(1_000_000, Math.max(1000, Math.floor(settings.get<number>('maxLines', 100_000))));
  return { tail, capacity };
}
