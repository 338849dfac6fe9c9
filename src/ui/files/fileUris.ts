import * as vscode from 'vscode';

/** `dockhand-container://<container id or name>/<absolute path>` */
export const containerScheme = 'dockhand-container';
/** `dockhand-volume://<volume name>/<path inside the volume>` */
export const volumeScheme = 'dockhand-volume';

export function containerUri(container: string, path = '/'): vscode.Uri {
  return vscode.Uri.from({ scheme: containerScheme, authority: container, path: absolute(path) });
}

export function volumeUri(volume: string, path = '/'): vscode.Uri {
  return vscode.Uri.from({ scheme: volumeScheme, authority: volume, path: absolute(path) });
}

function absolute(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}
