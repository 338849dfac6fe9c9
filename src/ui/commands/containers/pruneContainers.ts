import * as vscode from 'vscode';
import { isContainerUp, type PruneResult } from '../../../engine';
import { formatBytes } from '../../util/format';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { pruneWithConfirmation, type PruneCommandOptions } from '../shared/prune';

/** `docker container prune`: asks first, naming the stopped containers, then reports the space freed. */
export async function pruneContainers(deps: CommandDeps, ...args: unknown[]): Promise<PruneResult | undefined> {
  const options = optionsFrom<PruneCommandOptions>(args);
  const labels = options.labels ? { labels: options.labels } : {};
  const stopped = (await deps.engine().listContainers({ all: true, ...labels })).filter(
    c => !isContainerUp(c.state) && c.state !== 'removing',
  );
  return pruneWithConfirmation(deps.dialogs, options, {
    candidates: stopped.map(c => c.name),
    nothing: vscode.l10n.t('There are no stopped containers to remove.'),
    question: vscode.l10n.t('Remove all {0} stopped containers?', stopped.length),
    action: vscode.l10n.t('Remove Stopped Containers'),
    progress: vscode.l10n.t('Removing stopped containers'),
    prune: signal => deps.engine().pruneContainers(labels, signal),
    done: result => vscode.l10n.t('Removed {0} containers; reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)),
    reload: () => deps.trees.containers.reload(),
  });
}
