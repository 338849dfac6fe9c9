import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { containerArgOrPick, isNetworkContainerNode, networkTargets } from './networkTargets';

/** `docker network connect`: (network, container?) — the container is picked among those not yet connected. */
export async function connectContainer(deps: CommandDeps, ...args: unknown[]): Promise<{ network: string; container: string } | undefined> {
  const [network] = await networkTargets(deps, args.slice(0, 1), { many: false });
  if (!network) {
    return undefined;
  }
  const connected = new Set(
    ((await deps.engine().listNetworksWithContainers()).find(n => n.name === network || n.id === network)?.containers ?? []).map(c => c.id),
  );
  const candidates = (await deps.engine().listContainers({ all: true })).filter(c => !connected.has(c.id));
  const container = await containerArgOrPick(deps, args[1], candidates, vscode.l10n.t('Container to connect to {0}', network));
  if (!container) {
    return undefined;
  }
  await deps.engine().connectNetwork(network, container);
  await deps.trees.networks.reload();
  return { network, container };
}

/** `docker network disconnect`: from a container under a network, or (network, container?). */
export async function disconnectContainer(
  deps: CommandDeps,
  ...args: unknown[]
): Promise<{ network: string; container: string } | undefined> {
  const [first] = args;
  let network: string | undefined;
  let container: string | undefined;
  if (isNetworkContainerNode(first)) {
    network = first.network.name;
    container = first.endpoint.id;
  } else {
    [network] = await networkTargets(deps, args.slice(0, 1), { many: false });
    if (!network) {
      return undefined;
    }
    const connected =
      (await deps.engine().listNetworksWithContainers()).find(n => n.name === network || n.id === network)?.containers ?? [];
    container = await containerArgOrPick(deps, args[1], connected, vscode.l10n.t('Container to disconnect from {0}', network));
  }
  if (!container) {
    return undefined;
  }
  await deps.engine().disconnectNetwork(network, container);
  await deps.trees.networks.reload();
  return { network, container };
}
