import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { ContextStore, dockerConfigDir, type EngineEndpoint } from '../../../engine';
import { cliContext, contextOf, podmanSockets, type ContextNode } from './contextRows';

export type { ContextNode } from './contextRows';

/**
 * The Contexts view: the docker CLI's contexts (`default` and contexts/meta/*), their endpoints
 * and descriptions, which one Dockhand uses (check mark) and which one the CLI uses, and the
 * Podman sockets on this machine. It follows the store on disk: a context created, removed or
 * switched with the CLI shows at once.
 */
export class ContextsTreeProvider implements vscode.TreeDataProvider<ContextNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ContextNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Fires when the store changed on disk (after the view reloaded). */
  private readonly storeChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeStore = this.storeChanged.event;

  private nodes: ContextNode[] | undefined;
  private loading: Promise<ContextNode[]> | undefined;
  private watchers: fs.FSWatcher[] = [];
  private watchedDir: string | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly endpoint: () => EngineEndpoint) {}

  /** The store of the CLI's configuration folder now (DOCKER_CONFIG may change in the process). */
  store(): ContextStore {
    const env = process.env;
    return new ContextStore(dockerConfigDir(env, os.homedir()), env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock');
  }

  /** Reads the store again and redraws; resolves with the new nodes. */
  async reload(): Promise<ContextNode[]> {
    const load = this.load();
    this.loading = load;
    const nodes = await load;
    if (this.loading === load) {
      this.nodes = nodes;
      this.changed.fire(undefined);
    }
    return nodes;
  }

  /** Redraws the in-use marks (Dockhand switched engines) without reading the disk. */
  redraw(): Promise<ContextNode[]> {
    return this.reload();
  }

  async getChildren(parent?: ContextNode): Promise<ContextNode[]> {
    if (parent) {
      return [];
    }
    return this.nodes ?? (await this.reload());
  }

  getTreeItem(node: ContextNode): vscode.TreeItem {
    if (node.kind === 'podmanSocket') {
      const item = new vscode.TreeItem(node.label);
      item.id = `podman:${node.host}`;
      item.description = node.host;
      item.tooltip = vscode.l10n.t('{0}: Use creates the docker context "{1}" for it.', node.host, node.name);
      item.iconPath = new vscode.ThemeIcon('plug');
      item.contextValue = 'podmanSocket';
      return item;
    }
    const { context, inUse, cliCurrent } = node;
    const item = new vscode.TreeItem(context.name);
    item.id = `context:${context.name}`;
    const marks = [inUse ? vscode.l10n.t('Dockhand') : '', cliCurrent ? vscode.l10n.t('CLI') : ''].filter(Boolean);
    item.description = `${context.host || context.error || ''}${marks.length ? ` · ${marks.join(', ')}` : ''}`;
    const tls = Object.keys(context.tls);
    item.tooltip = new vscode.MarkdownString(
      [
        `**${context.name}**${context.description ? ` — ${context.description}` : ''}`,
        `${vscode.l10n.t('Endpoint')}: \`${context.host}\``,
        ...(tls.length
          ? [
              `${vscode.l10n.t('TLS')}: ${tls.map(t => `${t}.pem`).join(', ')}${context.skipTlsVerify ? ` (${vscode.l10n.t('not verified')})` : ''}`,
            ]
          : []),
        ...(inUse ? [vscode.l10n.t('Dockhand uses this context.')] : []),
        ...(cliCurrent ? [vscode.l10n.t('The docker CLI uses this context.')] : []),
        ...(context.error ? [`⚠ ${context.error}`] : []),
      ].join('\n\n'),
    );
    item.iconPath = new vscode.ThemeIcon(inUse ? 'pass-filled' : context.error ? 'warning' : 'circle-large-outline');
    item.contextValue = context.name === 'default' ? 'context.default' : inUse ? 'context.inUse' : 'context';
    item.command = undefined;
    return item;
  }

  dispose(): void {
    this.unwatch();
    if (this.debounce) {
      clearTimeout(this.debounce);
    }
    this.changed.dispose();
    this.storeChanged.dispose();
  }

  private async load(): Promise<ContextNode[]> {
    const store = this.store();
    this.watch(store);
    const [contexts, fromConfig] = await Promise.all([store.list(), store.cliCurrent().catch(() => 'default')]);
    const dockhand = contextOf(this.endpoint().source);
    const cli = cliContext(process.env, fromConfig);
    return [
      ...contexts.map(context => ({
        kind: 'context' as const,
        context,
        inUse: context.name === dockhand,
        cliCurrent: context.name === cli,
      })),
      ...podmanSockets(process.env, contexts),
    ];
  }

  /** Watches config.json (the CLI's current context) and contexts/meta (contexts added, changed, removed). */
  private watch(store: ContextStore): void {
    if (this.watchedDir === store.configDir && this.watchers.length) {
      return;
    }
    this.unwatch();
    this.watchedDir = store.configDir;
    const onChange = () => {
      if (this.debounce) {
        clearTimeout(this.debounce);
      }
      this.debounce = setTimeout(() => {
        this.debounce = undefined;
        // Folders created since (contexts/meta itself, a new context's folder) are watched anew.
        this.unwatch();
        void this.reload().then(() => this.storeChanged.fire());
      }, 50);
    };
    const dirs = [store.configDir, store.metaRoot];
    try {
      dirs.push(...fs.readdirSync(store.metaRoot).map(id => `${store.metaRoot}/${id}`));
    } catch {
      // No contexts yet.
    }
    for (const dir of dirs) {
      try {
        this.watchers.push(fs.watch(dir, onChange));
      } catch {
        // A folder that does not exist yet: its parent's watcher sees it appear.
      }
    }
  }

  private unwatch(): void {
    for (const watcher of this.watchers) {
      watcher.close();
    }
    this.watchers = [];
  }
}
