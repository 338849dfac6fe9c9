import type { CommandDeps, CommandHandler } from '../commands/shared/CommandDeps';
import type { IdsOf } from '../commands/commandIds';
import { composeCommandIds as ids } from './composeCommandIds';
import { composeConfig, composeDown, composeVerb } from './composeCommands';

export function composeCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.ComposeUp]: composeVerb(deps, 'up'),
    [ids.ComposeDown]: composeDown(deps),
    [ids.ComposeRestart]: composeVerb(deps, 'restart'),
    [ids.ComposeStop]: composeVerb(deps, 'stop'),
    [ids.ComposeStart]: composeVerb(deps, 'start'),
    [ids.ComposeLogs]: composeVerb(deps, 'logs'),
    [ids.ComposePs]: composeVerb(deps, 'ps'),
    [ids.ComposePull]: composeVerb(deps, 'pull'),
    [ids.ComposeBuild]: composeVerb(deps, 'build'),
    [ids.ComposeConfig]: composeConfig(deps),
    [ids.ComposePause]: composeVerb(deps, 'pause'),
    [ids.ComposeUnpause]: composeVerb(deps, 'unpause'),
  };
}
