import * as vscode from 'vscode';
import type { LayerChangeKind } from '../../engine';
import type { LayersTreeProvider } from './LayersTreeProvider';
import { parseLayerUri } from './layerUris';

const badges: Record<LayerChangeKind, { badge: string; color: string; tooltip: string }> = {
  added: { badge: 'A', color: 'gitDecoration.addedResourceForeground', tooltip: 'Added by this layer' },
  changed: { badge: 'M', color: 'gitDecoration.modifiedResourceForeground', tooltip: 'Changed by this layer' },
  removed: { badge: 'D', color: 'gitDecoration.deletedResourceForeground', tooltip: 'Removed by this layer' },
};

/** Marks what a layer added (A), changed (M) and removed (D) in the Image Layers view and the editor tabs. */
export class LayerDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly tree: LayersTreeProvider) {
    this.subscription = tree.onDidChangeTreeData(() => this.changed.fire(undefined));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const location = parseLayerUri(uri);
    const kind = location && this.tree.kindAt(location.image, location.layer, location.path);
    if (!kind) {
      return undefined;
    }
    const { badge, color, tooltip } = badges[kind];
    return new vscode.FileDecoration(badge, vscode.l10n.t(tooltip), new vscode.ThemeColor(color));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
