import * as vscode from 'vscode';
import { isContainerUp } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { removeEach, type RemovalResult } from '../shared/removeEach';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTargets } from './containerTargets';

export interface RemoveCommandOptions extends CommandOptions {
  /** Remove the containers' anonymous volumes too (asked in the confirmation otherwise). */
  readonly removeVolumes?: boolean;
}

/**
 * `docker rm -f [-v]`: asks first, naming the containers; running ones are stopped first. One the
 * engine refuses (a removal already in progress) does not stop the others.
 */
export async function removeContainers(deps: CommandDeps, ...args: unknown[]): Promise<RemovalResult | undefined> {
  const options = optionsFrom<RemoveCommandOptions>(args);
  const targets = await containerTargets(deps, args, { canPickMany: true, placeHolder: vscode.l10n.t('Choose containers to remove') });
  if (targets.length === 0) {
    return undefined;
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
    return undefined;
  }
  const removeVolumes = options.removeVolumes ?? answer === removeWithVolumes;
  const engine = deps.engine();
  try {
    return await withCancellableProgress(vscode.l10n.t('Removing {0}', nameList(targets.map(t => t.name))), signal =>
      removeEach(deps.dialogs, targets, {
        remove: target => engine.removeContainer(target.id, { force: true, removeVolumes }, signal),
        refusedWhen: ['conflict'],
      }),
    );
  } finally {
    await deps.trees.containers.reload();
  }
}
