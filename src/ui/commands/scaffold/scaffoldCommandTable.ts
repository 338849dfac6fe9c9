import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { addDockerFiles } from './addDockerFiles';
import { scaffoldCommandIds as ids } from './scaffoldCommandIds';

export function scaffoldCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.Scaffold]: (...args) => addDockerFiles(deps, ...args),
  };
}
