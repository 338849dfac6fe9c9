import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import { formatBytes, shortId } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { pruneWithConfirmation, type PruneCommandOptions } from '../shared/prune';

/** `docker image prune`: removes dangling images after naming them; reports the space reclaimed. */
export async function pruneImages(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const dangling = (await deps.engine().listImages({ labels: options.labels })).filter(i => i.dangling);
  const total = dangling.reduce((sum, i) => sum + i.size, 0);
  return pruneWithConfirmation(deps.dialogs, options, {
    candidates: dangling.map(i => shortId(i.id)),
    nothing: vscode.l10n.t('There are no dangling images to remove.'),
    question: vscode.l10n.t('Remove {0} dangling image(s) ({1})?', dangling.length, formatBytes(total)),
    action: vscode.l10n.t('Remove Dangling Images'),
    progress: vscode.l10n.t('Removing dangling images'),
    prune: signal => deps.engine().pruneImages({ labels: options.labels }, signal),
    done: result => vscode.l10n.t('Removed {0} image(s), reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)),
    reload: () => deps.trees.images.reload(),
  });
}
