import * as vscode from 'vscode';
import type { ContainerSummary, DockerEngine, NetworkWithContainers, ResourceKind, VolumeUsage } from '../../engine';
import { containersView, type ContainersTreeNode } from './containers/containersView';
import { ContextsTreeProvider } from './contexts/ContextsTreeProvider';
import type { FileSystems } from '../files/FileSystems';
import type { EngineStatus } from './EngineStatus';
import { DanglingFilter } from './images/DanglingFilter';
import { imagesView, type ImagesData, type ImagesViewNode } from './images/imagesView';
import { LayerDecorations } from '../layers/LayerDecorations';
import { LayersTreeProvider } from '../layers/LayersTreeProvider';
import { networksView, type NetworksViewNode } from './networks/networksView';
import { containerLifecycle, isTaskContainer, type Reloadable, type Route } from './eventRoutes';
import { RefreshController } from './RefreshController';
import { RegistriesTreeProvider } from './registries/RegistriesTreeProvider';
import { ResourceTreeProvider } from './ResourceTreeProvider';
import type { SystemData } from './system/systemRows';
import type { SwarmData } from './swarm/swarmData';
import type { SwarmViewNode } from './swarm/swarmNodes';
import { SwarmConvergence } from './swarm/SwarmConvergence';
import { swarmView } from './swarm/swarmView';
import { systemView, type SystemNode } from './system/systemView';
import { volumesView, type VolumesTreeNode } from './volumes/volumesView';

export interface Trees {
  readonly containers: ResourceTreeProvider<ContainerSummary[], ContainersTreeNode>;
  readonly images: ResourceTreeProvider<ImagesData, ImagesViewNode>;
  readonly volumes: ResourceTreeProvider<VolumeUsage[], VolumesTreeNode>;
  readonly networks: ResourceTreeProvider<NetworkWithContainers[], NetworksViewNode>;
  readonly system: ResourceTreeProvider<SystemData, SystemNode>;
  /** Not an engine resource: the docker CLI's contexts, read from disk. */
  readonly contexts: ContextsTreeProvider;
  /** Registries (their own HTTP API, not the engine): loaded on expansion, cached until refreshed. */
  readonly registries: RegistriesTreeProvider;
  readonly swarm: ResourceTreeProvider<SwarmData, SwarmViewNode>;
  /** The Image Layers view: the layers of the image explored last (not reloaded by events: an image never changes). */
  readonly layers: LayersTreeProvider;
}

export interface RegisteredTrees {
  readonly trees: Trees;
  readonly refresher: RefreshController;
  /** Whether the images view hides dangling images (a toggle in its title). */
  readonly danglingFilter: DanglingFilter;
  /** Polls the Swarm view while a rollout converges. */
  readonly swarmConvergence: SwarmConvergence;
  /** Reloads every view; resolves once all show the engine's current state. */
  reloadAll(): Promise<void>;
  /** Empties every engine view (Dockhand switched engines); they reload from the new one. */
  clearAll(): void;
}

/** Creates the resource views and the System view, and the event-driven refresh that keeps them current. */
export function registerTrees(
  context: vscode.ExtensionContext,
  engine: () => DockerEngine,
  status: EngineStatus,
  log: vscode.LogOutputChannel,
  files: FileSystems,
): RegisteredTrees {
  const danglingFilter = new DanglingFilter(context.globalState);
  const trees: Trees = {
    containers: new ResourceTreeProvider(containersView(engine, files.tree), status, log),
    images: new ResourceTreeProvider(imagesView(engine, { hideDangling: () => danglingFilter.hidden }), status, log),
    volumes: new ResourceTreeProvider(volumesView(engine, log, files.tree), status, log),
    networks: new ResourceTreeProvider(networksView(engine), status, log),
    system: new ResourceTreeProvider(systemView(engine), status, log),
    contexts: new ContextsTreeProvider(() => engine().endpoint),
    registries: new RegistriesTreeProvider(context.globalState, log),
    swarm: new ResourceTreeProvider(swarmView(engine), status, log),
    layers: new LayersTreeProvider(),
  };
  const all = [trees.containers, trees.images, trees.volumes, trees.networks, trees.system, trees.swarm];
  // The containers view keeps its own description (its filter, or the endpoint while the engine
  // is away). Views whose actions apply to several resources at once allow multi-select.
  const containersTree = vscode.window.createTreeView<ContainersTreeNode>('dockhand.containers', {
    treeDataProvider: trees.containers,
    showCollapseAll: true,
    canSelectMany: true,
    dragAndDropController: files.dragAndDrop,
  });
  context.subscriptions.push(containersTree, trees.containers.showIn(containersTree));
  const treeViews = [
    vscode.window.createTreeView('dockhand.images', { treeDataProvider: trees.images, showCollapseAll: true, canSelectMany: true }),
    vscode.window.createTreeView<VolumesTreeNode>('dockhand.volumes', {
      treeDataProvider: trees.volumes,
      canSelectMany: true,
      dragAndDropController: files.dragAndDrop,
    }),
    vscode.window.createTreeView('dockhand.networks', { treeDataProvider: trees.networks, showCollapseAll: true, canSelectMany: true }),
    vscode.window.createTreeView('dockhand.system', { treeDataProvider: trees.system }),
    vscode.window.createTreeView('dockhand.swarm', { treeDataProvider: trees.swarm, showCollapseAll: true }),
  ];
  context.subscriptions.push(vscode.window.createTreeView('dockhand.contexts', { treeDataProvider: trees.contexts }), trees.contexts);
  // The Registries view needs no engine: it has no engine welcome content and keeps its own description.
  const registriesTree = vscode.window.createTreeView('dockhand.registries', { treeDataProvider: trees.registries, showCollapseAll: true });
  context.subscriptions.push(registriesTree, trees.registries);
  const layersTree = vscode.window.createTreeView('dockhand.layers', { treeDataProvider: trees.layers, showCollapseAll: true });
  trees.layers.attach(layersTree);
  const layerDecorations = new LayerDecorations(trees.layers);
  context.subscriptions.push(layersTree, trees.layers, layerDecorations, vscode.window.registerFileDecorationProvider(layerDecorations));
  // While the engine is away, each view's welcome content (chosen by the dockhand.engineState
  // context key) gives the classified reason, the advice and a Retry button; the view's header
  // names the endpoint. (A TreeView message would hide the welcome content.)
  context.subscriptions.push(
    status.onDidChange(state => {
      for (const view of treeViews) {
        view.description = state.reachable ? undefined : state.error.endpoint;
      }
    }),
  );

  // Which views an event of each type can change. A container's lifecycle changes more than the
  // containers view: images and volumes mark what containers use, networks list the connected
  // containers, and the System view counts them. The controller coalesces bursts per view.
  const always = (...views: Reloadable[]) => views.map(view => ({ view }));
  const onLifecycle = (...views: Reloadable[]) => views.map(view => ({ view, actions: containerLifecycle }));
  const routes = new Map<ResourceKind, Route[]>([
    ['container', [...always(trees.containers), ...onLifecycle(trees.images, trees.volumes, trees.networks, trees.system)]],
    ['image', always(trees.images, trees.system)],
    ['volume', always(trees.volumes, trees.system)],
    ['network', always(trees.networks)],
    // Only a manager sends these; a task's container moving (started, died) moves the task's state.
    ['service', always(trees.swarm)],
    ['node', always(trees.swarm)],
    ['secret', always(trees.swarm)],
    ['config', always(trees.swarm)],
  ]);
  routes.set('container', [...(routes.get('container') ?? []), { view: trees.swarm, actions: containerLifecycle, when: isTaskContainer }]);
  const refresher = new RefreshController(engine, routes, status, log);
  const swarmConvergence = new SwarmConvergence(trees.swarm);
  context.subscriptions.push(...treeViews, ...all, refresher, swarmConvergence);
  refresher.start();
  return {
    trees,
    refresher,
    danglingFilter,
    swarmConvergence,
    reloadAll: async () => {
      await Promise.all(all.map(tree => tree.reload()));
    },
    clearAll: () => all.forEach(tree => tree.clear()),
  };
}
