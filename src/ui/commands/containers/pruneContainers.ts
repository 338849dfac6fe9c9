import * as vscode from 'vscode';
import type { PruneResult } from '../../../engine';
import { formatBytes } from '../../util/format';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { withCancellableProgress } from '../shared/withProgress';

export interface PruneCommandOptions extends CommandOptions {
  /** Only stopped containers with these labels (`key` or `key=value`), as `docker container prune --filter label=…`. */
  readonly labels?: readonly string[];
}

const stopped = new Set(['exited', 'created', 'dead']);

/** `docker container prune`: asks first, naming the stopped containers, then reports the space freed. */
export function pruneContainers(deps: CommandDeps): CommandHandler {
  return async (...args: unknown[]): Promise<PruneResult | undefined> => {
    const options = optionsFrom<PruneCommandOptions>(args);
    const engine = deps.engine();
    const labels = options.labels ? { labels: options.labels } : {};
    const candidates = (await engine.listContainers({ all: true, ...labels })).filter(c => stopped.has(c.state));
    if (candidates.length === 0) {
      void deps.dialogs.showInformationMessage(vscode.l10n.t('There are no stopped containers to remove.'));
      return undefined;
    }
    const prune = vscode.l10n.t('Remove Stopped Containers');
    const answer = await confirmDestructive(
      deps.dialogs,
      options,
      vscode.l10n.t('Remove all {0} stopped containers?', candidates.length),
      nameList(candidates.map(c => c.name)),
      prune,
    );
    if (!answer) {
      return undefined;
    }
    try {
      const result = await withCancellableProgress(vscode.l10n.t('Removing stopped containers'), signal => engine.pruneContainers(labels, signal));
      void deps.dialogs.showInformationMessage(vscode.l10n.t('Removed {0} containers; reclaimed {1}.', result.removed.length, formatBytes(result.spaceReclaimed)));
      return result;
    } finally {
      await deps.trees.containers.reload();
    }
  };
}
