import * as vscode from 'vscode';
import { RegistryError, RegistryService, catalogPage, getImageConfig, getManifest, tagsPage, type Page } from '../../../registry';
import { nodeKey, type RegistryEntry, type RegistryTreeNode } from './registryNodes';
import { registryTreeItem, type RegistryStatus } from './registryItems';
import { RegistryList } from './RegistryList';
import { manifestRows } from './tagDetails';

// Created with the first tag listing, not at activation: a collator costs some 20 ms of ICU set-up.
let tagCollator: Intl.Collator | undefined;
const tagOrder = (a: string, b: string) => (tagCollator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);

/** One node's children as loaded so far: the nodes, where the next page starts, or why loading failed. */
interface Listing {
  nodes: RegistryTreeNode[];
  next?: string;
  problem?: RegistryTreeNode;
  loading?: Promise<void>;
  more?: (cursor: string) => Promise<Page<RegistryTreeNode>>;
}

/**
 * The Registries view. Nothing here needs the Docker engine: registries are reached over their
 * own HTTP API with the docker CLI's credentials. Children load when a node is expanded and stay
 * cached until Refresh; long listings (catalogs, tags) load a page at a time through "Load more".
 * A failure shows on the node that failed (and marks its registry), never on the others.
 */
export class RegistriesTreeProvider implements vscode.TreeDataProvider<RegistryTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RegistryTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly service = new RegistryService();
  readonly list: RegistryList;
  private roots: Promise<RegistryTreeNode[]> | undefined;
  private readonly listings = new Map<string, Listing>();
  private readonly status = new Map<string, RegistryStatus>();

  constructor(
    state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.list = new RegistryList(state, this.service.credentials);
  }

  getTreeItem(node: RegistryTreeNode): vscode.TreeItem {
    return registryTreeItem(node, node.kind === 'registry' ? this.status.get(node.registry.host) : undefined);
  }

  async getChildren(node?: RegistryTreeNode): Promise<RegistryTreeNode[]> {
    if (!node) {
      this.roots ??= this.loadRoots();
      return this.roots;
    }
    switch (node.kind) {
      case 'registry':
        return node.registry.source === 'hub'
          ? this.hubNamespaces(node)
          : this.paged(node, cursor => this.repositories(node.registry, cursor));
      case 'hubNamespace':
        return this.paged(node, async cursor => {
          const page = await this.service.hub.repositories(node.namespace, cursor, undefined);
          return {
            items: page.items.map(repository => ({ kind: 'repository' as const, registry: node.registry, repository })),
            next: page.next,
          };
        });
      case 'repository':
        return this.paged(node, cursor => this.tags(node.registry, node.repository, cursor));
      case 'registryTag':
        return this.paged(node, () => this.details(node.registry, node.repository, node.tag, nodeKey(node)));
      case 'platform':
        return this.paged(node, () => this.details(node.registry, node.repository, node.descriptor.digest, nodeKey(node)));
      case 'history':
        return node.entries.map((entry, i) => ({
          kind: 'detail' as const,
          key: `${node.key}/${i}`,
          label: entry.createdBy,
          value: entry.created ?? '',
          tooltip: entry.createdBy + (entry.emptyLayer ? '\n(no layer)' : ''),
        }));
      default:
        return [];
    }
  }

  /** The parent of a registry, namespace, repository or tag node (what `reveal` needs); details have none to reveal. */
  getParent(node: RegistryTreeNode): RegistryTreeNode | undefined {
    switch (node.kind) {
      case 'hubNamespace':
        return { kind: 'registry', registry: node.registry };
      case 'repository':
        return node.registry.source === 'hub'
          ? { kind: 'hubNamespace', registry: node.registry, namespace: node.repository.split('/')[0] ?? '' }
          : { kind: 'registry', registry: node.registry };
      case 'registryTag':
        return { kind: 'repository', registry: node.registry, repository: node.repository };
      default:
        return undefined;
    }
  }

  /** Loads the next page of the listing a "Load more" node ends; resolves once the view shows it. */
  async loadMore(parentKey: string): Promise<number> {
    const listing = this.listings.get(parentKey);
    if (!listing?.next || !listing.more) {
      return 0;
    }
    const cursor = listing.next;
    listing.loading = (async () => {
      try {
        const page = await listing.more?.(cursor);
        listing.nodes.push(...(page?.items ?? []));
        listing.next = page?.next;
      } catch (err) {
        listing.problem = this.problemNode(parentKey, err, undefined);
        listing.next = undefined;
      }
    })();
    await listing.loading;
    this.changed.fire(undefined);
    return listing.nodes.length;
  }

  /** Reloads everything, or only what is below `node`. */
  refresh(node?: RegistryTreeNode): void {
    if (!node) {
      this.roots = undefined;
      this.listings.clear();
      this.status.clear();
      this.service.reconnect();
    } else {
      const key = nodeKey(node);
      const prefix = key.replace(/^[a-z]+:/, '');
      for (const listingKey of [...this.listings.keys()]) {
        if (listingKey === key || listingKey.replace(/^[a-z]+:/, '').startsWith(prefix)) {
          this.listings.delete(listingKey);
        }
      }
      if (node.kind === 'registry') {
        // The login state may have changed too.
        this.roots = undefined;
        this.status.delete(node.registry.host);
        this.service.forget(node.registry.host);
      }
    }
    this.changed.fire(undefined);
  }

  /** The registry nodes as the view shows them now. */
  async registryNodes(): Promise<Array<Extract<RegistryTreeNode, { kind: 'registry' }>>> {
    return (await this.getChildren()).filter((n): n is Extract<RegistryTreeNode, { kind: 'registry' }> => n.kind === 'registry');
  }

  dispose(): void {
    this.service.dispose();
    this.changed.dispose();
  }

  private async loadRoots(): Promise<RegistryTreeNode[]> {
    let entries: RegistryEntry[];
    const problems: RegistryTreeNode[] = [];
    try {
      const found = await this.list.entries();
      entries = found.entries;
      problems.push(
        ...found.problems.map((message, i) => ({ kind: 'problem' as const, key: `problem:roots/${i}`, message, needsLogin: false })),
      );
    } catch (err) {
      // A malformed config.json must not hide Docker Hub and the registries the user added.
      entries = [{ address: 'docker.io', host: 'docker.io', source: 'hub' }];
      problems.push(this.problemNode('problem:config', err, undefined));
    }
    await Promise.all(
      entries.map(async entry => {
        try {
          const credentials = await this.service.credentials.get(entry.host);
          const user = credentials ? credentials.username || '<token>' : undefined;
          this.status.set(entry.host, { ...this.status.get(entry.host), user });
        } catch (err) {
          this.status.set(entry.host, { problem: (err as Error).message });
        }
      }),
    );
    return [...problems, ...entries.map(registry => ({ kind: 'registry' as const, registry }))];
  }

  private async hubNamespaces(node: Extract<RegistryTreeNode, { kind: 'registry' }>): Promise<RegistryTreeNode[]> {
    return this.paged(node, async () => {
      const credentials = await this.service.credentials.get(node.registry.host);
      if (!credentials) {
        return {
          items: [
            {
              kind: 'hint',
              key: 'hint:hub-login',
              message: vscode.l10n.t('Log in to Docker Hub to list your repositories'),
              registry: node.registry,
            },
          ],
        };
      }
      const namespaces = await this.service.hub.namespaces();
      return { items: namespaces.map(namespace => ({ kind: 'hubNamespace' as const, registry: node.registry, namespace })) };
    });
  }

  private async repositories(registry: RegistryEntry, cursor?: string): Promise<Page<RegistryTreeNode>> {
    const page = await catalogPage(this.service.client(registry.address), cursor);
    return { items: page.items.map(repository => ({ kind: 'repository' as const, registry, repository })), next: page.next };
  }

  private async tags(registry: RegistryEntry, repository: string, cursor?: string): Promise<Page<RegistryTreeNode>> {
    if (registry.source === 'hub') {
      const page = await this.service.hub.tags(repository, cursor);
      return {
        items: page.items.map(hub => ({ kind: 'registryTag' as const, registry, repository, tag: hub.name, hub })),
        next: page.next,
      };
    }
    const page = await tagsPage(this.service.client(registry.address), repository, cursor);
    // Registries list tags in storage order; people look for versions (1.9 before 1.10).
    const sorted = [...page.items].sort(tagOrder);
    return { items: sorted.map(tag => ({ kind: 'registryTag' as const, registry, repository, tag })), next: page.next };
  }

  private async details(registry: RegistryEntry, repository: string, reference: string, key: string): Promise<Page<RegistryTreeNode>> {
    const client = this.service.client(registry.address);
    const manifest = await getManifest(client, repository, reference);
    const config = manifest.kind === 'image' && manifest.config ? await getImageConfig(client, repository, manifest.config) : undefined;
    return { items: manifestRows(registry, key, manifest, config) };
  }

  /** The cached children of `node`, loading the first page on first use. */
  private async paged(node: RegistryTreeNode, load: (cursor?: string) => Promise<Page<RegistryTreeNode>>): Promise<RegistryTreeNode[]> {
    const key = nodeKey(node);
    let listing = this.listings.get(key);
    if (!listing) {
      const created: Listing = { nodes: [], more: cursor => load(cursor) };
      listing = created;
      this.listings.set(key, created);
      created.loading = load().then(
        page => {
          created.nodes = [...page.items];
          created.next = page.next;
        },
        (err: unknown) => {
          const registry = 'registry' in node ? node.registry : undefined;
          created.problem = this.problemNode(`problem:${key}`, err, registry);
          if (registry && node.kind === 'registry') {
            // The registry's own node shows that it failed (unreachable, TLS, login needed…).
            this.status.set(registry.host, { ...this.status.get(registry.host), problem: (err as Error).message });
            this.changed.fire(undefined);
          }
        },
      );
    }
    await listing.loading;
    if (listing.problem) {
      return [listing.problem];
    }
    return listing.next ? [...listing.nodes, { kind: 'loadMore', parentKey: key, shown: listing.nodes.length }] : listing.nodes;
  }

  private problemNode(key: string, err: unknown, registry: RegistryEntry | undefined): RegistryTreeNode {
    const message = err instanceof Error ? err.message : String(err);
    this.log.warn(`Registries: ${message}`);
    return { kind: 'problem', key, message, needsLogin: err instanceof RegistryError && err.kind === 'unauthorized', registry };
  }
}
