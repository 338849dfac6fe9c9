import * as vscode from 'vscode';
import { toEngineError, type EngineError } from '../../engine';
import type { EngineStatus } from './EngineStatus';
import { isConnectionFailure } from './EngineStatus';

/** What one view shows: how to load its data from the engine and how to turn it into nodes. */
export interface ResourceView<TData, TNode> {
  /** For log lines: "containers", "images", … */
  readonly name: string;
  load(signal: AbortSignal): Promise<TData>;
  roots(data: TData): TNode[];
  /** A node's children; a promise where they are read on expansion (a container's files). */
  children(node: TNode): TNode[] | Promise<TNode[]>;
  toTreeItem(node: TNode): vscode.TreeItem;
  /** What the view's header says besides its name, e.g. an active filter. */
  description?(): string | undefined;
  /** A line above the nodes, e.g. why a filter leaves none; undefined for none. */
  message?(data: TData): string | undefined;
  /** Fires when the same data should be shown differently (a filter changed): redraw, no reload. */
  onDidChangePresentation?(listener: () => void): { dispose(): void };
}

/**
 * A view's data provider. It holds the last data loaded from the engine and serves the tree
 * from it; `reload()` fetches again. Overlapping reloads coalesce: while one is in flight,
 * further requests share a single follow-up load, so the view ends on the newest state.
 */
export class ResourceTreeProvider<TData, TNode> implements vscode.TreeDataProvider<TNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private data: TData | undefined;
  /** Set once the first load has been tried, so that an empty view does not retry on every redraw. */
  private attempted = false;
  private inFlight: Promise<void> | undefined;
  private loadStartedAt = -Infinity;
  private followUp: Promise<void> | undefined;
  private readonly disposal = new AbortController();
  private readonly shownIn = new Set<vscode.TreeView<TNode>>();
  private readonly presentation: { dispose(): void } | undefined;

  constructor(
    /** What the view shows; commands reach view-specific state (a filter) through it. */
    readonly view: ResourceView<TData, TNode>,
    private readonly status: EngineStatus,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.presentation = view.onDidChangePresentation?.(() => {
      this.describe();
      this.changed.fire(undefined);
    });
  }

  /**
   * Keeps `treeView`'s description and message in step with the view's own (a filter), except while the
   * engine is away: then the endpoint is named instead.
   */
  showIn(treeView: vscode.TreeView<TNode>): vscode.Disposable {
    this.shownIn.add(treeView);
    this.describe();
    const listener = this.status.onDidChange(() => this.describe());
    return new vscode.Disposable(() => {
      listener.dispose();
      this.shownIn.delete(treeView);
    });
  }

  private describe(): void {
    const problem = this.problem;
    // While the engine is away the message stays empty: it would hide the welcome content.
    const message = problem || this.data === undefined ? undefined : this.view.message?.(this.data);
    for (const treeView of this.shownIn) {
      treeView.description = problem ? problem.endpoint : this.view.description?.();
      treeView.message = message;
    }
  }

  /** Why the view cannot show the engine's resources, while it cannot. */
  get problem(): EngineError | undefined {
    const state = this.status.state;
    return state && !state.reachable ? state.error : undefined;
  }

  /** The data the view shows now, once loaded. */
  get current(): TData | undefined {
    return this.data;
  }

  /** When (performance.now()) the latest load from the engine began; see Reloadable. */
  get lastLoadStartedAt(): number {
    return this.loadStartedAt;
  }

  /** Loads from the engine and redraws; resolves when the view shows the newly loaded state. */
  reload(): Promise<void> {
    if (!this.inFlight) {
      this.inFlight = this.loadOnce().finally(() => (this.inFlight = undefined));
      return this.inFlight;
    }
    this.followUp ??= this.inFlight.then(() => {
      this.followUp = undefined;
      return this.reload();
    });
    return this.followUp;
  }

  async getChildren(parent?: TNode): Promise<TNode[]> {
    if (parent !== undefined) {
      return this.view.children(parent);
    }
    if (!this.attempted) {
      await this.reload();
    }
    return this.data === undefined ? [] : this.view.roots(this.data);
  }

  getTreeItem(node: TNode): vscode.TreeItem {
    return this.view.toTreeItem(node);
  }

  dispose(): void {
    this.presentation?.dispose();
    this.disposal.abort();
    this.changed.dispose();
  }

  private async loadOnce(): Promise<void> {
    this.attempted = true;
    this.loadStartedAt = performance.now();
    try {
      this.data = await this.view.load(this.disposal.signal);
      this.status.setReachable();
    } catch (err) {
      const error = toEngineError(err);
      if (error.kind === 'cancelled') {
        return;
      }
      this.log.warn(`Loading ${this.view.name} failed: ${error.message}`);
      // Without an engine the view empties, so that its welcome content explains why.
      if (isConnectionFailure(error.kind)) {
        this.data = undefined;
        this.status.setUnreachable(error);
      }
    }
    if (!this.disposal.signal.aborted) {
      this.describe();
      this.changed.fire(undefined);
    }
  }
}
