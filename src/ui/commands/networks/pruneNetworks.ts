import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import type { PruneCommandOptions } from '../shared/pruneOptions';
import { withCancellableProgress } from '../shared/withProgress';

/** `docker network prune`: names the unused networks first. */
export async function pruneNetworks(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const unused = (await deps.engine().listNetworksWithContainers({ labels: options.labels })).filter(n => !n.builtIn && !n.containers.length);
  if (!unused.length) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('There are no unused networks to remove.'));
    return { removed: [], spaceReclaimed: 0 };
  }
  const prune = vscode.l10n.t('Remove Unused Networks');
  if (await confirmDestructive(deps.dialogs, options, vscode.l10n.t('Remove {0} unused network(s)?', unused.length), nameList(unused.map(n => n.name)), prune) !== prune) {
    return undefined;
  }
  const result = await withCancellableProgress(vscode.l10n.t('Removing unused networks'), signal => deps.engine().pruneNetworks({ labels: options.labels }, signal));
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Removed {0} network(s).', result.removed.length));
  await deps.trees.networks.reload();
  return result;
}
