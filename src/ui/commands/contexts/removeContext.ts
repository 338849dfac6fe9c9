import * as vscode from 'vscode';
import { EngineError } from '../../../engine';
import { contextOf } from '../../trees/contexts/contextRows';
import type { CommandDeps } from '../shared/CommandDeps';
import { optionsFrom } from '../shared/commandOptions';
import { confirmDestructive } from '../shared/confirm';
import { contextTarget } from './contextTargets';

/** `docker context rm`: never the context Dockhand uses, and only once confirmed. */
export async function removeContext(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const options = optionsFrom(args);
  const inUse = contextOf(deps.activeEngine.current.endpoint.source);
  const target = await contextTarget(
    deps,
    args,
    vscode.l10n.t('Choose the docker context to remove'),
    node => node.kind === 'context' && node.context.name !== 'default' && node.context.name !== inUse,
  );
  if (!target || !('name' in target)) {
    return undefined;
  }
  const { name } = target;
  if (name === inUse) {
    throw new EngineError(
      'conflict',
      vscode.l10n.t('Dockhand uses the docker context "{0}": switch to another one before removing it.', name),
    );
  }
  const store = deps.contexts.store();
  const context = await store.get(name);
  const cliCurrent = (await store.cliCurrent()) === name;
  const remove = vscode.l10n.t('Remove');
  const detail = [
    `${context.host}${context.description ? ` — ${context.description}` : ''}`,
    ...(Object.keys(context.tls).length ? [vscode.l10n.t('Its TLS files are deleted too.')] : []),
    ...(cliCurrent ? [vscode.l10n.t('The docker CLI uses it now: the CLI goes back to "default".')] : []),
  ].join('\n');
  if (!(await confirmDestructive(deps.dialogs, options, vscode.l10n.t('Remove docker context "{0}"?', name), detail, remove))) {
    return undefined;
  }
  await store.remove(name);
  await deps.contexts.reload();
  return name;
}
