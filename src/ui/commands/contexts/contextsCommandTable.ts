import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { contextsCommandIds as ids } from './contextsCommandIds';
import { contextTarget } from './contextTargets';
import { createContext } from './createContext';
import { pickContext } from './pickContext';
import { removeContext } from './removeContext';
import { switchTo, useContext } from './useContext';
import * as vscode from 'vscode';

export function contextsCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.ContextsUse]: (...args) => useContext(deps, ...args),
    [ids.ContextsPick]: () => pickContext(deps),
    [ids.ContextsFollowCli]: () => switchTo(deps, undefined),
    [ids.ContextsCreate]: (...args) => createContext(deps, ...args),
    [ids.ContextsInspect]: async (...args) => {
      const target = await contextTarget(
        deps,
        args,
        vscode.l10n.t('Choose the docker context to inspect'),
        node => node.kind === 'context',
      );
      if (!target || !('name' in target)) {
        return undefined;
      }
      const inspected = await deps.contexts.store().inspect(target.name);
      await deps.documents.show(`context-${target.name}.json`, JSON.stringify([inspected], null, 4), 'json');
      return inspected;
    },
    [ids.ContextsRemove]: (...args) => removeContext(deps, ...args),
    [ids.ContextsRefresh]: () => deps.contexts.reload(),
  };
}
