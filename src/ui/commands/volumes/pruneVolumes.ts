import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import { formatBytes } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { pruneWithConfirmation, type PruneCommandOptions } from '../shared/prune';

/** `docker volume prune`: names the unused volumes first, then reports the space reclaimed. */
export async function pruneVolumes(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const unused = (await deps.engine().listVolumesWithUsage({ labels: options.labels })).filter(v => !v.usedBy.length);
  return pruneWithConfirmation(deps.dialogs, options, {
    candidates: unused.map(v => v.name),
    nothing: vscode.l10n.t('There are no unused volumes to remove.'),
    question: vscode.l10n.t('Remove {0} unused volume(s)? Their data is lost.', unused.length),
    action: vscode.l10n.t('Remove Unused Volumes'),
    progress: vscode.l10n.t('Removing unused volumes'),
    prune: signal => deps.engine().pruneVolumes({ labels: options.labels }, signal),
    done: result => vscode.l10n.t('Removed {0} volume(s), reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)),
    reload: () => deps.trees.volumes.reload(),
  });
}
