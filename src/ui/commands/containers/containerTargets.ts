import * as vscode from 'vscode';
import type { ContainerSummary } from '../../../engine';
import { isContainerNode } from '../../trees/containers/containersView';
import type { CommandDeps } from '../shared/CommandDeps';
import { commandTargets, pickTargets } from '../shared/commandTargets';

/** A container a command acts on: its id for the engine, its name for messages. */
export interface ContainerTarget {
  readonly id: string;
  readonly name: string;
  /** What the view or the engine last said about it, when known. */
  readonly summary?: ContainerSummary;
}

export interface PickOptions {
  /** Only containers this applies to are offered (no Start for a running container). */
  readonly applies?: (c: ContainerSummary) => boolean;
  readonly canPickMany?: boolean;
  readonly placeHolder?: string;
}

function fromSummary(summary: ContainerSummary): ContainerTarget {
  return { id: summary.id, name: summary.name, summary };
}

/**
 * The containers a command acts on: the clicked node and the selection, an id or name string
 * (or an array of them), or the user's pick. A name the engine does not know is passed on as it
 * is, so that the engine's "No such container" reaches the user.
 */
export async function containerTargets(deps: CommandDeps, args: readonly unknown[], pick: PickOptions = {}): Promise<ContainerTarget[]> {
  let listed: Promise<ContainerSummary[]> | undefined;
  const list = () => (listed ??= deps.engine().listContainers({ all: true }));
  return commandTargets<ContainerTarget>(args, {
    fromNode: node => (isContainerNode(node) ? fromSummary(node.container) : undefined),
    fromString: async idOrName => {
      const name = idOrName.replace(/^\//, '');
      const containers = await list();
      const found =
        containers.find(c => c.id === idOrName || c.name === name) ??
        containers.find(c => idOrName.length >= 3 && c.id.startsWith(idOrName));
      return found ? fromSummary(found) : { id: idOrName, name };
    },
    pick: async () => {
      const candidates = (await list()).filter(c => pick.applies?.(c) ?? true);
      if (candidates.length === 0) {
        void deps.dialogs.showInformationMessage(vscode.l10n.t('There is no container this applies to.'));
        return [];
      }
      const items = candidates.map(c => ({ label: c.name, description: `${c.image} · ${c.status}`, container: c }));
      const placeHolder = pick.placeHolder ?? vscode.l10n.t('Choose a container');
      return (await pickTargets(deps.dialogs, items, { many: pick.canPickMany ?? false, placeHolder })).map(item =>
        fromSummary(item.container),
      );
    },
  });
}

/** The one container of a single-target command (the first of a selection), or undefined when none was chosen. */
export async function containerTarget(
  deps: CommandDeps,
  args: readonly unknown[],
  pick: PickOptions = {},
): Promise<ContainerTarget | undefined> {
  const [first] = await containerTargets(deps, args, { ...pick, canPickMany: false });
  return first;
}

/** A string argument at `index`, if the caller passed one (tests, other extensions). */
export function stringArg(args: readonly unknown[], index: number): string | undefined {
  const value = args[index];
  return typeof value === 'string' && value ? value : undefined;
}
