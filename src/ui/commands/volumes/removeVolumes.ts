import * as vscode from 'vscode';
import { EngineError } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { volumeTargets } from './volumeTargets';

/** `docker volume rm`: asks first; a volume in use is kept and the message names its containers. */
export async function removeVolumes(deps: CommandDeps, ...args: unknown[]): Promise<{ removed: string[]; kept: Array<{ name: string; reason: string }> } | undefined> {
  const options = optionsFrom<CommandOptions>(args);
  const names = await volumeTargets(deps, args, true);
  if (!names.length) {
    return undefined;
  }
  const remove = vscode.l10n.t('Remove');
  const question = vscode.l10n.t('Remove {0} volume(s)? Their data is lost.', names.length);
  if (await confirmDestructive(deps.dialogs, options, question, nameList(names), remove) !== remove) {
    return undefined;
  }
  const removed: string[] = [];
  const kept: Array<{ name: string; reason: string }> = [];
  for (const name of names) {
    try {
      // The volume browser's helper would keep the volume in use.
      await deps.files.volumeMounts.release(name);
      await deps.engine().removeVolume(name);
      removed.push(name);
    } catch (err) {
      if (!(err instanceof EngineError) || err.kind !== 'conflict') {
        throw err;
      }
      kept.push({ name, reason: err.message });
    }
  }
  if (kept.length) {
    void deps.dialogs.showWarningMessage(kept.map(k => k.reason).join('\n'));
  }
  await deps.trees.volumes.reload();
  return { removed, kept };
}
