import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { composeCommandIds as ids } from './composeCommandIds';
import { composeConfig, composeDown, composeVerb } from './composeCommands';
import { showProjectStats } from '../containers/statsCommands';

export function composeCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.ComposeUp]: (target, options) => composeVerb(deps, 'up', target, options),
    [ids.ComposeDown]: (target, options) => composeDown(deps, target, options),
    [ids.ComposeRestart]: (target, options) => composeVerb(deps, 'restart', target, options),
    [ids.ComposeStop]: (target, options) => composeVerb(deps, 'stop', target, options),
    [ids.ComposeStart]: (target, options) => composeVerb(deps, 'start', target, options),
    [ids.ComposeLogs]: (target, options) => composeVerb(deps, 'logs', target, options),
    [ids.ComposePs]: (target, options) => composeVerb(deps, 'ps', target, options),
    [ids.ComposePull]: (target, options) => composeVerb(deps, 'pull', target, options),
    [ids.ComposeBuild]: (target, options) => composeVerb(deps, 'build', target, options),
    [ids.ComposeConfig]: target => composeConfig(deps, target),
    [ids.ComposePause]: (target, options) => composeVerb(deps, 'pause', target, options),
    [ids.ComposeUnpause]: (target, options) => composeVerb(deps, 'unpause', target, options),
    [ids.ComposeStats]: target => showProjectStats(deps, target),
  };
}
