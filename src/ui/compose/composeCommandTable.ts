import type { CommandDeps, CommandHandler } from '../commands/shared/CommandDeps';
import type { IdsOf } from '../commands/commandIds';
import { composeCommandIds as ids } from './composeCommandIds';
import { composeConfig, composeDown, composeVerb } from './composeCommands';

export function composeCommandTable({ compose }: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.ComposeUp]: composeVerb(compose, 'up'),
    [ids.ComposeDown]: composeDown(compose),
    [ids.ComposeRestart]: composeVerb(compose, 'restart'),
    [ids.ComposeStop]: composeVerb(compose, 'stop'),
    [ids.ComposeStart]: composeVerb(compose, 'start'),
    [ids.ComposeLogs]: composeVerb(compose, 'logs'),
    [ids.ComposePs]: composeVerb(compose, 'ps'),
    [ids.ComposePull]: composeVerb(compose, 'pull'),
    [ids.ComposeBuild]: composeVerb(compose, 'build'),
    [ids.ComposeConfig]: composeConfig(compose),
    [ids.ComposePause]: composeVerb(compose, 'pause'),
    [ids.ComposeUnpause]: composeVerb(compose, 'unpause'),
  };
}
