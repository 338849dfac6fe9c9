import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive, nameList } from '../shared/confirm';
import { removeEach, type RemovalResult } from '../shared/removeEach';
import { networkTargets } from './networkTargets';

/** `docker network rm`: asks first; the built-in networks and networks in use are refused with the reason. */
export async function removeNetworks(deps: CommandDeps, ...args: unknown[]): Promise<RemovalResult | undefined> {
  const options = optionsFrom<CommandOptions>(args);
  const names = await networkTargets(deps, args, { many: true, removableOnly: true });
  if (!names.length) {
    return undefined;
  }
  const remove = vscode.l10n.t('Remove');
  if (
    (await confirmDestructive(deps.dialogs, options, vscode.l10n.t('Remove {0} network(s)?', names.length), nameList(names), remove)) !==
    remove
  ) {
    return undefined;
  }
  try {
    return await removeEach(deps.dialogs, names, {
      remove: name => deps.engine().removeNetwork(name),
      refusedWhen: ['invalid', 'conflict', 'failed'],
    });
  } finally {
    await deps.trees.networks.reload();
  }
}
