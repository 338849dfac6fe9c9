import * as vscode from 'vscode';
import { contextOf } from '../../trees/contexts/contextRows';
import type { CommandDeps } from '../shared/CommandDeps';
import { engineSettings } from '../../engineSetting';
import { createContext } from './createContext';
import { switchTo, useContext } from './useContext';

/**
 * The status bar's quick pick: every context (the one in use marked), the Podman sockets,
 * "Follow the docker CLI" and "Create Context…". Picking one switches Dockhand at once.
 */
export async function pickContext(deps: CommandDeps): Promise<string | undefined> {
  const nodes = await deps.contexts.reload();
  const inUse = contextOf(deps.activeEngine.current.endpoint.source);
  const pinned = engineSettings().context;
  type Item = vscode.QuickPickItem & { run: () => Promise<string | undefined> };
  const items: Item[] = [
    ...nodes.map((node): Item =>
      node.kind === 'context'
        ? {
            label: `${node.context.name === inUse ? '$(check) ' : ''}${node.context.name}`,
            description: node.context.host,
            detail: node.context.description || undefined,
            run: () => useContext(deps, node.context.name, { cli: false }),
          }
        : { label: `$(plug) ${node.label}`, description: node.host, run: () => useContext(deps, node, { cli: false }) },
    ),
    { label: '', kind: vscode.QuickPickItemKind.Separator, run: () => Promise.resolve(undefined) },
    {
      label: `${pinned ? '' : '$(check) '}${vscode.l10n.t('Follow the docker CLI')}`,
      description: vscode.l10n.t('DOCKER_HOST, DOCKER_CONTEXT or `docker context use`'),
      run: async () => {
        await switchTo(deps, undefined);
        return contextOf(deps.activeEngine.current.endpoint.source);
      },
    },
    { label: `$(add) ${vscode.l10n.t('Create Context…')}`, run: () => createContext(deps) },
  ];
  const picked = await deps.dialogs.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Docker engine for Dockhand (now: {0})', deps.activeEngine.current.endpoint.url),
  });
  return picked?.run();
}
