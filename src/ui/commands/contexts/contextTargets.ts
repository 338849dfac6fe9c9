import type { ContextNode } from '../../trees/contexts/ContextsTreeProvider';
import type { CommandDeps } from '../shared/CommandDeps';
import { nodeOfKind } from '../shared/commandTargets';

const isContextNode = nodeOfKind<Extract<ContextNode, { kind: 'context' }>>('context');
const isPodmanNode = nodeOfKind<Extract<ContextNode, { kind: 'podmanSocket' }>>('podmanSocket');

export type ContextTarget = { readonly name: string } | { readonly podman: Extract<ContextNode, { kind: 'podmanSocket' }> };

/** The context a command acts on: a node, a name, or one the user picks. */
export async function contextTarget(
  deps: CommandDeps,
  args: readonly unknown[],
  placeHolder: string,
  filter?: (node: ContextNode) => boolean,
): Promise<ContextTarget | undefined> {
  const [first] = args;
  if (typeof first === 'string' && first) {
    return { name: first };
  }
  if (isContextNode(first)) {
    return { name: first.context.name };
  }
  if (isPodmanNode(first)) {
    return { podman: first };
  }
  const nodes = (await deps.contexts.reload()).filter(node => !filter || filter(node));
  const picked = await deps.dialogs.showQuickPick(
    nodes.map(node =>
      node.kind === 'context'
        ? { label: node.context.name, description: node.context.host, detail: node.context.description || undefined, node }
        : { label: node.label, description: node.host, node },
    ),
    { placeHolder },
  );
  if (!picked) {
    return undefined;
  }
  return picked.node.kind === 'context' ? { name: picked.node.context.name } : { podman: picked.node };
}
