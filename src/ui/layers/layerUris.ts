import * as vscode from 'vscode';

/** `dockhand-layer://<image id, hex>/<layer number, from 1>/<path in the image>`: read-only. */
export const layerScheme = 'dockhand-layer';

export interface LayerLocation {
  /** The image id without `sha256:`. */
  readonly image: string;
  /** 1-based, as the layer explorer numbers layers. */
  readonly layer: number;
  /** Inside the image, without the leading slash (`etc/passwd`); '' for its root. */
  readonly path: string;
}

export function layerUri(imageId: string, layer: number, path: string): vscode.Uri {
  const clean = path.replace(/^\/+/, '');
  return vscode.Uri.from({ scheme: layerScheme, authority: imageId.replace(/^sha256:/, ''), path: `/${layer}${clean ? `/${clean}` : ''}` });
}

export function parseLayerUri(uri: vscode.Uri): LayerLocation | undefined {
  const match = /^\/(\d+)(?:\/(.*))?$/.exec(uri.path);
  if (uri.scheme !== layerScheme || !match || !/^[0-9a-f]{12,64}$/.test(uri.authority)) {
    return undefined;
  }
  return { image: uri.authority, layer: Number(match[1]), path: (match[2] ?? '').replace(/\/+$/, '') };
}
