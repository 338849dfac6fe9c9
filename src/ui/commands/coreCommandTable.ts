import type { IdsOf } from './commandIds';
import { coreCommandIds as ids } from './coreIds';
import type { CommandDeps, CommandHandler } from './shared/CommandDeps';

export function coreCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.Refresh]: () => deps.reloadAll(),
    [ids.EngineRetry]: async () => {
      deps.reconnect();
      await deps.reloadAll();
    },
    [ids.ShowLog]: () => {
      deps.log.show();
      return Promise.resolve();
    },
  };
}
