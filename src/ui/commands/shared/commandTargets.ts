import type * as vscode from 'vscode';
import type { Dialogs } from '../../Dialogs';

/**
 * The resources a command acts on. From a context menu VS Code passes (node, selectedNodes);
 * from other extensions and tests an id or name string, or an array of them; from the palette
 * nothing, and the command asks with a quick pick.
 */
export async function commandTargets<TTarget>(
  args: readonly unknown[],
  how: {
    /** The target a tree node stands for, or undefined when the node is of another kind. */
    fromNode(node: unknown): TTarget | undefined;
    /** The target an id or name stands for (looked up on the engine, or taken as it is). */
    fromString(idOrName: string): Promise<TTarget> | TTarget;
    /** Asks the user; resolves to [] when they cancel. */
    pick(): Promise<readonly TTarget[]>;
  },
): Promise<TTarget[]> {
  const [first, second] = args;
  // A multi-selection comes second and includes the clicked node.
  if (Array.isArray(second) && second.length > 0) {
    const fromSelection = second.map(n => how.fromNode(n)).filter((t): t is TTarget => t !== undefined);
    if (fromSelection.length) {
      return fromSelection;
    }
  }
  if (typeof first === 'string' && first) {
    return [await how.fromString(first)];
  }
  if (Array.isArray(first) && first.every(x => typeof x === 'string')) {
    return Promise.all(first.map((s: string) => how.fromString(s)));
  }
  const fromNode = first === undefined ? undefined : how.fromNode(first);
  if (fromNode !== undefined) {
    return [fromNode];
  }
  return [...(await how.pick())];
}

/** Type guard for the tree nodes of one kind: `{ kind: 'container', … }` and so on. */
export function nodeOfKind<TNode extends { kind: string }>(kind: TNode['kind']): (value: unknown) => value is TNode {
  return (value: unknown): value is TNode => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind;
}

/**
 * The one quick pick of every resource command: several targets (multi-select) or one; resolves
 * to [] when the user cancels.
 */
export async function pickTargets<TItem extends vscode.QuickPickItem>(
  dialogs: Dialogs,
  items: readonly TItem[],
  how: { many: boolean; placeHolder: string },
): Promise<TItem[]> {
  if (how.many) {
    return (await dialogs.showQuickPick(items, { canPickMany: true, placeHolder: how.placeHolder })) ?? [];
  }
  const picked = await dialogs.showQuickPick(items, { placeHolder: how.placeHolder });
  return picked ? [picked] : [];
}
