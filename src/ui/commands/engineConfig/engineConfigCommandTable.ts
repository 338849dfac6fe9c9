import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { engineConfigCommandIds as ids } from './engineConfigCommandIds';
import { openDaemonConfig } from './openDaemonConfig';

export function engineConfigCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.OpenDaemonConfig]: () => openDaemonConfig(deps),
  };
}
