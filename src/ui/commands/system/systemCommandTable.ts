import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { openDaemonConfig } from './openDaemonConfig';
import { pruneSystem } from './pruneSystem';
import { systemCommandIds as ids } from './systemCommandIds';

export function systemCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.SystemPrune]: (...args) => pruneSystem(deps, ...args),
    [ids.SystemRefresh]: () => deps.trees.system.reload(),
    [ids.SystemOpenDaemonJson]: () => openDaemonConfig(deps),
  };
}
