import * as vscode from 'vscode';
import { hubHost, isHub, normalizeHost } from '../../../registry';
import type { RegistriesTreeProvider } from '../../trees/registries/RegistriesTreeProvider';
import type { CommandDeps } from '../shared/CommandDeps';
import type { RegistryEntry, RegistryTreeNode } from '../../trees/registries/registryNodes';

type Node<K extends RegistryTreeNode['kind']> = Extract<RegistryTreeNode, { kind: K }>;

export function isRegistryNode<K extends RegistryTreeNode['kind']>(value: unknown, ...kinds: K[]): value is Node<K> {
  return typeof value === 'object' && value !== null && kinds.includes((value as { kind?: unknown }).kind as K);
}

/** The listed registry for `address`, or a new entry for it. */
export async function entryFor(tree: RegistriesTreeProvider, address: string): Promise<RegistryEntry> {
  const host = normalizeHost(address);
  const listed = (await tree.registryNodes()).find(n => n.registry.host === host);
  return listed?.registry ?? { address: address.trim(), host, source: isHub(host) ? 'hub' : 'added' };
}

/** The registry a command acts on: a node, an address string, or a quick pick of the listed ones. */
export async function registryTarget(deps: CommandDeps, first: unknown, placeHolder: string): Promise<RegistryEntry | undefined> {
  const tree = deps.trees.registries;
  if (isRegistryNode(first, 'registry')) {
    return first.registry;
  }
  if (isRegistryNode(first, 'problem', 'hint') && first.registry) {
    return first.registry;
  }
  if (typeof first === 'string' && first.trim()) {
    return entryFor(tree, first);
  }
  const nodes = await tree.registryNodes();
  const picked = await deps.dialogs.showQuickPick(
    nodes.map(n => ({
      label: n.registry.source === 'hub' ? vscode.l10n.t('Docker Hub') : n.registry.address,
      description: n.registry.host,
      entry: n.registry,
    })),
    { placeHolder, ignoreFocusOut: true },
  );
  return picked?.entry;
}

/** A tag in a registry: from its node, or from a `host/repository:tag` string (Docker Hub when the first part is no host). */
export interface TagTarget {
  readonly registry: RegistryEntry;
  readonly repository: string;
  readonly tag: string;
}

export async function tagTarget(deps: CommandDeps, first: unknown): Promise<TagTarget | undefined> {
  const tree = deps.trees.registries;
  if (isRegistryNode(first, 'registryTag')) {
    return { registry: first.registry, repository: first.repository, tag: first.tag };
  }
  if (typeof first === 'string' && first.trim()) {
    const parsed = parseTagReference(first.trim());
    return { ...parsed, registry: await entryFor(tree, parsed.host) };
  }
  const ref = await deps.dialogs.showInputBox({
    prompt: vscode.l10n.t('Tag in a registry (host/repository:tag)'),
    placeHolder: '127.0.0.1:5000/team/app:1.0',
    ignoreFocusOut: true,
  });
  return ref ? tagTarget(deps, ref) : undefined;
}

/** `127.0.0.1:5000/team/app:1.0` → host, repository, tag (Docker Hub's `library/` for one-part names). */
export function parseTagReference(ref: string): { host: string; repository: string; tag: string } {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? normalizeHost(first) : hubHost;
  let rest = hasHost ? ref.slice(slash + 1) : ref;
  const colon = rest.lastIndexOf(':');
  let tag = 'latest';
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const repository = isHub(host) && !rest.includes('/') ? `library/${rest}` : rest;
  return { host, repository, tag };
}
