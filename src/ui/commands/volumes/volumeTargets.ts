import * as vscode from 'vscode';
import type { VolumeNode } from '../../trees/volumes/volumesView';
import type { CommandDeps } from '../shared/CommandDeps';
import { commandTargets, nodeOfKind, pickTargets } from '../shared/commandTargets';

const isVolumeNode = nodeOfKind<VolumeNode>('volume');

/** The volume names a command acts on: from the tree, from callers, or picked. */
export function volumeTargets(deps: CommandDeps, args: readonly unknown[], many: boolean): Promise<string[]> {
  return commandTargets<string>(args, {
    fromNode: node => (isVolumeNode(node) ? node.volume.name : undefined),
    fromString: name => name,
    pick: async () => {
      const volumes = await deps.engine().listVolumes();
      const items = volumes.map(v => ({ label: v.name, description: v.driver })).sort((a, b) => a.label.localeCompare(b.label));
      const placeHolder = many ? vscode.l10n.t('Choose volumes') : vscode.l10n.t('Choose a volume');
      return (await pickTargets(deps.dialogs, items, { many, placeHolder })).map(p => p.label);
    },
  });
}
