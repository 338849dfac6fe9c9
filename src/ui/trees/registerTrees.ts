import * as vscode from 'vscode';
import type { DockerEngine, ResourceKind } from '../../engine';
import { containersView, type ContainersTreeNode } from './containers/containersView';
import type { EngineStatus } from './EngineStatus';
import { imagesView, type ImageNode } from './images/imagesView';
import { networksView, type NetworkNode } from './networks/networksView';
import { RefreshController, type Reloadable } from './RefreshController';
import { ResourceTreeProvider } from './ResourceTreeProvider';
import { volumesView, type VolumeNode } from './volumes/volumesView';
import type { ContainerSummary, ImageSummary, NetworkSummary, VolumeSummary } from '../../engine';

export interface Trees {
  readonly containers: ResourceTreeProvider<ContainerSummary[], ContainersTreeNode>;
  readonly images: ResourceTreeProvider<ImageSummary[], ImageNode>;
  readonly volumes: ResourceTreeProvider<VolumeSummary[], VolumeNode>;
  readonly networks: ResourceTreeProvider<NetworkSummary[], NetworkNode>;
}

export interface RegisteredTrees {
  readonly trees: Trees;
  readonly refresher: RefreshController;
  /** Reloads every view; resolves once all show the engine's current state. */
  reloadAll(): Promise<void>;
}

/** Creates the four resource views and the event-driven refresh that keeps them current. */
export function registerTrees(context: vscode.ExtensionContext, engine: () => DockerEngine, status: EngineStatus, log: vscode.LogOutputChannel): RegisteredTrees {
  const trees: Trees = {
    containers: new ResourceTreeProvider(containersView(engine), status, log),
    images: new ResourceTreeProvider(imagesView(engine), status, log),
    volumes: new ResourceTreeProvider(volumesView(engine), status, log),
    networks: new ResourceTreeProvider(networksView(engine), status, log),
  };
  // The containers view keeps its own description (its filter, or the endpoint while the engine is away).
  const containersTree = vscode.window.createTreeView('dockhand.containers', { treeDataProvider: trees.containers, showCollapseAll: true, canSelectMany: true });
  context.subscriptions.push(containersTree, trees.containers.showIn(containersTree));
  const treeViews = [
    vscode.window.createTreeView('dockhand.images', { treeDataProvider: trees.images, showCollapseAll: true }),
    vscode.window.createTreeView('dockhand.volumes', { treeDataProvider: trees.volumes }),
    vscode.window.createTreeView('dockhand.networks', { treeDataProvider: trees.networks }),
  ];
  // While the engine is away, each view's welcome content (chosen by the dockhand.engineState
  // context key) gives the classified reason, the advice and a Retry button; the view's header
  // names the endpoint. (A TreeView message would hide the welcome content.)
  context.subscriptions.push(status.onDidChange(state => {
    for (const view of treeViews) {
      view.description = state.reachable ? undefined : state.error.endpoint;
    }
  }));

  // Which views an event of each type can change.
  const views = new Map<ResourceKind, Reloadable[]>([
    ['container', [trees.containers]],
    ['image', [trees.images]],
    ['volume', [trees.volumes]],
    ['network', [trees.networks]],
  ]);
  const refresher = new RefreshController(engine, views, status, log);
  context.subscriptions.push(...treeViews, trees.containers, trees.images, trees.volumes, trees.networks, refresher);
  refresher.start();
  return {
    trees,
    refresher,
    reloadAll: async () => {
      await Promise.all([trees.containers, trees.images, trees.volumes, trees.networks].map(tree => tree.reload()));
    },
  };
}

