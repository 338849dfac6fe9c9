import * as vscode from 'vscode';
import { isContainerUp, toEngineError } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTargets } from './containerTargets';

export interface RemoveCommandOptions extends CommandOptions {
  /** Remove the containers' anonymous volumes too (asked in the confirmation otherwise). */
  readonly removeVolumes?: boolean;
}

/** `docker rm -f [-v]`: asks first, naming the containers; running ones are stopped first. */
export async function removeContainers(deps: CommandDeps, ...args: unknown[]) {
  const options = optionsFrom<RemoveCommandOptions>(args);
  const targets = await containerTargets(deps, args, { canPickMany: true, placeHolder: vscode.l10n.t('Choose containers to remove') });
  if (targets.length === 0) {
    return;
  }
  const remove = vscode.l10n.t('Remove');
  const removeWithVolumes = vscode.l10n.t('Remove with Anonymous Volumes');
  const running = targets.filter(t => t.summary && isContainerUp(t.summary.state));
  const answer = await confirmDestructive(
    deps.dialogs,
    options,
    targets.length === 1
      ? vscode.l10n.t('Remove container "{0}"?', targets[0]?.name ?? '')
      : vscode.l10n.t('Remove {0} containers?', targets.length),
    [
      nameList(targets.map(t => t.name)),
      running.length ? vscode.l10n.t('Running containers are stopped first.') : '',
      vscode.l10n.t('Named volumes are always kept.'),
    ]
      .filter(Boolean)
      .join('\n\n'),
    remove,
    removeWithVolumes,
  );
  if (!answer) {
    return;
  }
  const removeVolumes = options.removeVolumes ?? answer === removeWithVolumes;
  const engine = deps.engine();
  try {
    await withCancellableProgress(vscode.l10n.t('Removing {0}', nameList(targets.map(t => t.name))), async signal => {
      const results = await Promise.allSettled(targets.map(t => engine.removeContainer(t.id, { force: true, removeVolumes }, signal)));
      const failure = results.find(r => r.status === 'rejected');
      if (failure) {
        throw toEngineError(failure.reason);
      }
    });
  } finally {
    await deps.trees.containers.reload();
  }
}
