import * as vscode from 'vscode';
import { EngineError } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { networkTargets } from './networkTargets';

/** `docker network rm`: asks first; the built-in networks and networks in use are refused with the reason. */
export async function removeNetworks(deps: CommandDeps, ...args: unknown[]): Promise<{ removed: string[]; refused: Array<{ name: string; reason: string }> } | undefined> {
  const options = optionsFrom<CommandOptions>(args);
  const names = await networkTargets(deps, args, { many: true, removableOnly: true });
  if (!names.length) {
    return undefined;
  }
  const remove = vscode.l10n.t('Remove');
  if (await confirmDestructive(deps.dialogs, options, vscode.l10n.t('Remove {0} network(s)?', names.length), nameList(names), remove) !== remove) {
    return undefined;
  }
  const removed: string[] = [];
  const refused: Array<{ name: string; reason: string }> = [];
  for (const name of names) {
    try {
      await deps.engine().removeNetwork(name);
      removed.push(name);
    } catch (err) {
      if (!(err instanceof EngineError) || (err.kind !== 'invalid' && err.kind !== 'conflict' && err.kind !== 'failed')) {
        throw err;
      }
      refused.push({ name, reason: err.message });
    }
  }
  if (refused.length) {
    void deps.dialogs.showWarningMessage(refused.map(r => r.reason).join('\n'));
  }
  await deps.trees.networks.reload();
  return { removed, refused };
}
