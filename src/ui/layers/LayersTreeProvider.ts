import * as vscode from 'vscode';
import type { ImageLayerAnalysis, Inefficiency, LayerFile, LayerInfo } from '../../engine';
import { formatBytes, shortId } from '../util/format';
import { layerUri } from './layerUris';

/** The image's efficiency, or its wasted space (whose children are the paths that waste it). */
export interface LayersSummaryNode {
  readonly kind: 'efficiency' | 'wasted';
}
export interface LayersWasterNode {
  readonly kind: 'waster';
  readonly waster: Inefficiency;
}
export interface LayerNode {
  readonly kind: 'layer';
  /** 1-based, bottom layer first. */
  readonly layer: number;
  readonly info: LayerInfo;
}
/** A path the layer touched, or a folder on the way to one; `file` is absent for such a folder. */
export interface LayerPathNode {
  readonly kind: 'layerPath';
  readonly layer: number;
  readonly path: string;
  readonly file?: LayerFile;
  readonly folder: boolean;
}
export type LayersNode = LayersSummaryNode | LayersWasterNode | LayerNode | LayerPathNode;

/** The image the view shows. */
export interface ExploredImage {
  readonly ref: string;
  readonly analysis: ImageLayerAnalysis;
}

const kindLabels: Record<LayerFile['kind'], string> = { added: 'added', changed: 'changed', removed: 'removed' };

/**
 * The Image Layers view (`dockhand.layers`): the explored image's efficiency and wasted space,
 * then each layer with its instruction and size and, below it, the files it adds, changes and
 * removes as a folder tree. Files open at that layer (`dockhand-layer:`); a removed file opens
 * as the layer below had it.
 */
export class LayersTreeProvider implements vscode.TreeDataProvider<LayersNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LayersNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private image: ExploredImage | undefined;
  private roots: LayersNode[] = [];
  /** Per layer: folder path → its direct children, made on first expansion. */
  private readonly folders = new Map<number, Map<string, LayerPathNode[]>>();
  private readonly byPath = new Map<string, LayerPathNode>();
  private view: vscode.TreeView<LayersNode> | undefined;

  /** The view that shows this tree, for `reveal`. */
  attach(view: vscode.TreeView<LayersNode>): void {
    this.view = view;
  }

  /** Shows a node in the view, selected, and expanded when asked. */
  async reveal(node: LayersNode, options: { expand?: boolean } = {}): Promise<void> {
    await this.view?.reveal(node, { select: true, focus: true, expand: options.expand ?? false });
  }

  /** The image shown now, if any. */
  get current(): ExploredImage | undefined {
    return this.image;
  }

  show(image: ExploredImage | undefined): void {
    this.image = image;
    this.folders.clear();
    this.byPath.clear();
    this.roots = image
      ? [
          { kind: 'efficiency' },
          { kind: 'wasted' },
          ...image.analysis.layers.map((info, i): LayerNode => ({ kind: 'layer', layer: i + 1, info })),
        ]
      : [];
    if (this.view) {
      this.view.description = image && (image.ref.startsWith('sha256:') ? shortId(image.ref) : image.ref);
    }
    this.changed.fire(undefined);
  }

  layerNode(layer: number): LayerNode | undefined {
    return this.roots.find((n): n is LayerNode => n.kind === 'layer' && n.layer === layer);
  }

  /** What the layer did to a path ('added', …), for the decorations of `dockhand-layer:` URIs. */
  kindAt(image: string, layer: number, path: string): LayerFile['kind'] | undefined {
    if (!this.image || this.image.analysis.imageId.replace(/^sha256:/, '') !== image) {
      return undefined;
    }
    this.folderIndex(layer);
    return this.byPath.get(`${layer}/${path}`)?.file?.kind;
  }

  getChildren(node?: LayersNode): LayersNode[] {
    if (!node) {
      return this.roots;
    }
    switch (node.kind) {
      case 'wasted':
        return (this.image?.analysis.inefficiencies ?? []).map(waster => ({ kind: 'waster', waster }));
      case 'layer':
        return this.folderIndex(node.layer).get('') ?? [];
      case 'layerPath':
        return node.folder ? (this.folderIndex(node.layer).get(node.path) ?? []) : [];
      default:
        return [];
    }
  }

  getParent(node: LayersNode): LayersNode | undefined {
    if (node.kind === 'waster') {
      return this.roots.find(n => n.kind === 'wasted');
    }
    if (node.kind !== 'layerPath') {
      return undefined;
    }
    const slash = node.path.lastIndexOf('/');
    return slash < 0 ? this.layerNode(node.layer) : this.byPath.get(`${node.layer}/${node.path.slice(0, slash)}`);
  }

  getTreeItem(node: LayersNode): vscode.TreeItem {
    const analysis = this.image?.analysis;
    if (!analysis) {
      return new vscode.TreeItem('');
    }
    const hex = analysis.imageId.replace(/^sha256:/, '');
    switch (node.kind) {
      case 'efficiency': {
        const item = new vscode.TreeItem(vscode.l10n.t('Efficiency: {0} %', (analysis.efficiency * 100).toFixed(2)));
        item.id = `layers:${hex}:efficiency`;
        item.description = vscode.l10n.t('{0} in {1} layers', formatBytes(analysis.totalSize), analysis.layers.length);
        item.tooltip = vscode.l10n.t("As dive computes it: each path's smallest version over all the bytes written for it.");
        item.iconPath = new vscode.ThemeIcon('dashboard');
        return item;
      }
      case 'wasted': {
        const count = analysis.inefficiencies.length;
        const item = new vscode.TreeItem(
          vscode.l10n.t('Wasted space: {0}', formatBytes(analysis.wastedBytes)),
          count ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `layers:${hex}:wasted`;
        item.description = vscode.l10n.t('{0} bytes, {1} path(s)', analysis.wastedBytes, count);
        item.tooltip = vscode.l10n.t('Bytes of files written by more than one layer or removed by a later one.');
        item.iconPath = new vscode.ThemeIcon('trash', count ? new vscode.ThemeColor('charts.orange') : undefined);
        return item;
      }
      case 'waster': {
        const item = new vscode.TreeItem(`/${node.waster.path}`);
        item.id = `layers:${hex}:waster:${node.waster.path}`;
        item.description = `${formatBytes(node.waster.cumulativeSize)} · ${vscode.l10n.t('{0} layers', node.waster.count)}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'layer': {
        const { info, layer } = node;
        const instruction = info.instruction || vscode.l10n.t('(no instruction recorded)');
        const item = new vscode.TreeItem(
          `${layer}  ${instruction.length > 90 ? `${instruction.slice(0, 89)}…` : instruction}`,
          info.files.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `layers:${hex}:${layer}`;
        item.description = formatBytes(info.size);
        const counts = (['added', 'changed', 'removed'] as const).map(k => `${info.files.filter(f => f.kind === k).length} ${k}`);
        item.tooltip = `${vscode.l10n.t('Layer {0}', layer)} · ${shortId(info.id)}\n${instruction}\n${counts.join(', ')}`;
        item.iconPath = new vscode.ThemeIcon('layers');
        item.contextValue = 'layer';
        return item;
      }
      case 'layerPath':
        return this.pathItem(hex, node);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  private pathItem(hex: string, node: LayerPathNode): vscode.TreeItem {
    const name = node.path.slice(node.path.lastIndexOf('/') + 1);
    const item = new vscode.TreeItem(name, node.folder ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `layers:${hex}:${node.layer}/${node.path}`;
    item.resourceUri = layerUri(hex, node.layer, node.path);
    const file = node.file;
    if (file) {
      const size = file.type === 'file' || file.kind === 'removed' ? ` · ${formatBytes(file.size)}` : '';
      const link = file.linkTarget ? ` → ${file.linkTarget}` : '';
      item.description = `${vscode.l10n.t(kindLabels[file.kind])}${size}${link}`;
      item.tooltip = `/${node.path}\n${item.description}`;
    }
    item.contextValue = `layerPath.${file?.kind ?? 'folder'}`;
    if (!node.folder && file?.type !== 'other') {
      // A removed file opens as the layer below had it: what the removal took away.
      const at = file?.kind === 'removed' ? layerUri(hex, node.layer - 1, node.path) : item.resourceUri;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [at] };
    }
    return item;
  }

  /** The layer's paths grouped by folder, with the folders on the way to them. */
  private folderIndex(layer: number): Map<string, LayerPathNode[]> {
    const known = this.folders.get(layer);
    if (known) {
      return known;
    }
    const index = new Map<string, LayerPathNode[]>();
    const info = this.image?.analysis.layers[layer - 1];
    const add = (node: LayerPathNode) => {
      const key = `${layer}/${node.path}`;
      if (this.byPath.has(key)) {
        return;
      }
      this.byPath.set(key, node);
      const slash = node.path.lastIndexOf('/');
      const parent = slash < 0 ? '' : node.path.slice(0, slash);
      index.set(parent, [...(index.get(parent) ?? []), node]);
      if (parent && !this.byPath.has(`${layer}/${parent}`)) {
        add({ kind: 'layerPath', layer, path: parent, folder: true });
      }
    };
    // Folders the layer itself lists come first, so that they keep their own change kind.
    const files = [...(info?.files ?? [])].sort((a, b) => a.path.split('/').length - b.path.split('/').length);
    for (const file of files) {
      add({ kind: 'layerPath', layer, path: file.path, file, folder: file.type === 'directory' && file.kind !== 'removed' });
    }
    for (const children of index.values()) {
      children.sort((a, b) => Number(b.folder) - Number(a.folder) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    this.folders.set(layer, index);
    return index;
  }
}
