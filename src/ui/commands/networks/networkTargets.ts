import * as vscode from 'vscode';
import type { NetworkContainerNode, NetworkNode } from '../../trees/networks/networksView';
import type { CommandDeps } from '../shared/CommandDeps';
import { commandTargets, nodeOfKind, pickTargets } from '../shared/commandTargets';

const isNetworkNode = nodeOfKind<NetworkNode>('network');
export const isNetworkContainerNode = nodeOfKind<NetworkContainerNode>('networkContainer');

/** The network names a command acts on: from the tree, from callers (id or name), or picked. */
export function networkTargets(
  deps: CommandDeps,
  args: readonly unknown[],
  pick: { many: boolean; removableOnly?: boolean },
): Promise<string[]> {
  return commandTargets<string>(args, {
    fromNode: node => (isNetworkNode(node) ? node.network.name : isNetworkContainerNode(node) ? node.network.name : undefined),
    fromString: name => name,
    pick: async () => {
      const networks = (await deps.engine().listNetworks()).filter(n => !pick.removableOnly || !n.builtIn);
      const items = networks
        .map(n => ({ label: n.name, description: `${n.driver} · ${n.scope}` }))
        .sort((a, b) => a.label.localeCompare(b.label));
      const placeHolder = pick.many ? vscode.l10n.t('Choose networks') : vscode.l10n.t('Choose a network');
      return (await pickTargets(deps.dialogs, items, { many: pick.many, placeHolder })).map(p => p.label);
    },
  });
}

/** A container to connect or disconnect: the argument, or picked among `candidates`. */
export async function containerArgOrPick(
  deps: CommandDeps,
  arg: unknown,
  candidates: ReadonlyArray<{ id: string; name: string }>,
  placeHolder: string,
): Promise<string | undefined> {
  if (typeof arg === 'string' && arg) {
    return arg;
  }
  const picked = await deps.dialogs.showQuickPick(
    candidates.map(c => ({ label: c.name, description: c.id.slice(0, 12), id: c.id })).sort((a, b) => a.label.localeCompare(b.label)),
    { placeHolder },
  );
  return picked?.id;
}
