import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { pruneWithConfirmation, type PruneCommandOptions } from '../shared/prune';

/** `docker network prune`: names the unused networks first. */
export async function pruneNetworks(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const unused = (await deps.engine().listNetworksWithContainers({ labels: options.labels })).filter(
    n => !n.builtIn && !n.containers.length,
  );
  return pruneWithConfirmation(deps.dialogs, options, {
    candidates: unused.map(n => n.name),
    nothing: vscode.l10n.t('There are no unused networks to remove.'),
    question: vscode.l10n.t('Remove {0} unused network(s)?', unused.length),
    action: vscode.l10n.t('Remove Unused Networks'),
    progress: vscode.l10n.t('Removing unused networks'),
    prune: signal => deps.engine().pruneNetworks({ labels: options.labels }, signal),
    done: result => vscode.l10n.t('Removed {0} network(s).', result.removed.length),
    reload: () => deps.trees.networks.reload(),
  });
}
