import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import { formatBytes } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import type { PruneCommandOptions } from '../shared/pruneOptions';
import { withCancellableProgress } from '../shared/withProgress';

/** `docker volume prune`: names the unused volumes first, then reports the space reclaimed. */
export async function pruneVolumes(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const unused = (await deps.engine().listVolumesWithUsage({ labels: options.labels })).filter(v => !v.usedBy.length);
  if (!unused.length) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('There are no unused volumes to remove.'));
    return { removed: [], spaceReclaimed: 0 };
  }
  const prune = vscode.l10n.t('Remove Unused Volumes');
  const question = vscode.l10n.t('Remove {0} unused volume(s)? Their data is lost.', unused.length);
  if (await confirmDestructive(deps.dialogs, options, question, nameList(unused.map(v => v.name)), prune) !== prune) {
    return undefined;
  }
  const result = await withCancellableProgress(vscode.l10n.t('Removing unused volumes'), signal => deps.engine().pruneVolumes({ labels: options.labels }, signal));
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Removed {0} volume(s), reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)));
  await deps.trees.volumes.reload();
  return result;
}
