import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { containerTargets } from './containerTargets';
import { openStatsPanel, type StatsRun } from './StatsPanel';

/** Live stats of the chosen containers (the selection, or a pick). */
export async function showStats(deps: CommandDeps, ...args: unknown[]): Promise<StatsRun | undefined> {
  const targets = await containerTargets(deps, args, { applies: c => c.state === 'running', canPickMany: true });
  if (targets.length === 0) {
    return undefined;
  }
  // A name the engine does not know fails here, with the engine's message.
  await Promise.all(targets.map(t => deps.engine().inspectContainer(t.id)));
  const title =
    targets.length === 1 ? vscode.l10n.t('Stats: {0}', targets[0]?.name ?? '') : vscode.l10n.t('Stats: {0} containers', targets.length);
  return openStatsPanel(deps.engine(), deps.extensionUri, title, targets);
}

/** Live stats of every running container, as `docker stats` shows them. */
export async function showAllStats(deps: CommandDeps): Promise<StatsRun | undefined> {
  const running = (await deps.engine().listContainers({ all: false })).filter(c => c.state === 'running');
  if (running.length === 0) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('No container is running.'));
    return undefined;
  }
  return openStatsPanel(
    deps.engine(),
    deps.extensionUri,
    vscode.l10n.t('Stats: all running containers'),
    running.map(c => ({ id: c.id, name: c.name })),
  );
}
