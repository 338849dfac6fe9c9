import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import { formatBytes, shortId } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import type { PruneCommandOptions } from '../shared/pruneOptions';
import { withCancellableProgress } from '../shared/withProgress';

/** `docker image prune`: removes dangling images after naming them; reports the space reclaimed. */
export async function pruneImages(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const dangling = (await deps.engine().listImages({ labels: options.labels })).filter(i => i.dangling);
  if (!dangling.length) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('There are no dangling images to remove.'));
    return { removed: [], spaceReclaimed: 0 };
  }
  const prune = vscode.l10n.t('Remove Dangling Images');
  const total = dangling.reduce((sum, i) => sum + i.size, 0);
  const question = vscode.l10n.t('Remove {0} dangling image(s) ({1})?', dangling.length, formatBytes(total));
  if (await confirmDestructive(deps.dialogs, options, question, nameList(dangling.map(i => shortId(i.id))), prune) !== prune) {
    return undefined;
  }
  const result = await withCancellableProgress(vscode.l10n.t('Removing dangling images'), signal => deps.engine().pruneImages({ labels: options.labels }, signal));
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Removed {0} image(s), reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)));
  await deps.trees.images.reload();
  return result;
}
