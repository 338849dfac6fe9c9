import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { connectContainer, disconnectContainer } from './connectCommands';
import { createNetwork } from './createNetwork';
import { inspectNetwork } from './inspectNetwork';
import { pruneNetworks } from './pruneNetworks';
import { removeNetworks } from './removeNetworks';
import { networksCommandIds as ids } from './networksCommandIds';

export function networksCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.NetworksCreate]: (...args) => createNetwork(deps, ...args),
    [ids.NetworksInspect]: (...args) => inspectNetwork(deps, ...args),
    [ids.NetworksRemove]: (...args) => removeNetworks(deps, ...args),
    [ids.NetworksPrune]: (...args) => pruneNetworks(deps, ...args),
    [ids.NetworksConnect]: (...args) => connectContainer(deps, ...args),
    [ids.NetworksDisconnect]: (...args) => disconnectContainer(deps, ...args),
  };
}
