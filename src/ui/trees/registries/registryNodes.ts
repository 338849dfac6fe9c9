/** The Registries view's nodes. No `vscode` import (the presentation is unit-tested in plain Node). */
import type { Descriptor, HubTag } from '../../../registry';

/** A registry the view lists, and why it is there. */
export interface RegistryEntry {
  /** What the user gave (`127.0.0.1:5000`, `https://registry.example.com`) or the configuration's host. */
  readonly address: string;
  /** As image references name it: `127.0.0.1:5000`, `docker.io`. */
  readonly host: string;
  /** Docker Hub (always listed), a host from the docker configuration, or one the user added. */
  readonly source: 'hub' | 'config' | 'added';
}

export type RegistryTreeNode =
  | { readonly kind: 'registry'; readonly registry: RegistryEntry }
  | { readonly kind: 'hubNamespace'; readonly registry: RegistryEntry; readonly namespace: string }
  | { readonly kind: 'repository'; readonly registry: RegistryEntry; readonly repository: string }
  | {
      readonly kind: 'registryTag';
      readonly registry: RegistryEntry;
      readonly repository: string;
      readonly tag: string;
      readonly hub?: HubTag;
    }
  | { readonly kind: 'platform'; readonly registry: RegistryEntry; readonly repository: string; readonly descriptor: Descriptor }
  | { readonly kind: 'history'; readonly key: string; readonly entries: readonly HistoryRow[] }
  | {
      readonly kind: 'detail';
      readonly key: string;
      readonly label: string;
      readonly value: string;
      readonly tooltip?: string;
      readonly copy?: string;
    }
  /** "Load more…": the next page of the parent's listing. */
  | { readonly kind: 'loadMore'; readonly parentKey: string; readonly shown: number }
  /** A listing that failed: the reason, on the node that failed. */
  | {
      readonly kind: 'problem';
      readonly key: string;
      readonly message: string;
      readonly needsLogin: boolean;
      readonly registry?: RegistryEntry;
    }
  /** A hint in place of children (e.g. "Log in to list your repositories"). */
  | { readonly kind: 'hint'; readonly key: string; readonly message: string; readonly registry?: RegistryEntry };

export interface HistoryRow {
  readonly createdBy: string;
  readonly created?: string;
  readonly emptyLayer: boolean;
}

/** A stable key per node: tree item ids, the children cache and "Load more" all use it. */
export function nodeKey(node: RegistryTreeNode): string {
  switch (node.kind) {
    case 'registry':
      return `registry:${node.registry.address}`;
    case 'hubNamespace':
      return `namespace:${node.registry.address}/${node.namespace}`;
    case 'repository':
      return `repository:${node.registry.address}/${node.repository}`;
    case 'registryTag':
      return `tag:${node.registry.address}/${node.repository}:${node.tag}`;
    case 'platform':
      return `platform:${node.registry.address}/${node.repository}@${node.descriptor.digest}`;
    case 'history':
    case 'detail':
    case 'problem':
    case 'hint':
      return node.key;
    case 'loadMore':
      return `more:${node.parentKey}`;
  }
}

/** The full reference of a tag as `docker pull` takes it (Docker Hub's without its host). */
export function tagReference(registry: RegistryEntry, repository: string, tag: string): string {
  return registry.source === 'hub' ? `${repository}:${tag}` : `${registry.host}/${repository}:${tag}`;
}

export function digestReference(registry: RegistryEntry, repository: string, digest: string): string {
  return registry.source === 'hub' ? `${repository}@${digest}` : `${registry.host}/${repository}@${digest}`;
}
