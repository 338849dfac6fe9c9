import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { removeEach, type RemovalResult } from '../shared/removeEach';
import { volumeTargets } from './volumeTargets';

/** `docker volume rm`: asks first; a volume in use is kept and the message names its containers. */
export async function removeVolumes(deps: CommandDeps, ...args: unknown[]): Promise<RemovalResult | undefined> {
  const options = optionsFrom<CommandOptions>(args);
  const names = await volumeTargets(deps, args, true);
  if (!names.length) {
    return undefined;
  }
  const remove = vscode.l10n.t('Remove');
  const question = vscode.l10n.t('Remove {0} volume(s)? Their data is lost.', names.length);
  if ((await confirmDestructive(deps.dialogs, options, question, nameList(names), remove)) !== remove) {
    return undefined;
  }
  try {
    return await removeEach(deps.dialogs, names, {
      // The volume browser's helper would keep the volume in use.
      remove: async name => {
        await deps.files.volumeMounts.release(name);
        await deps.engine().removeVolume(name);
      },
      refusedWhen: ['conflict'],
    });
  } finally {
    await deps.trees.volumes.reload();
  }
}
