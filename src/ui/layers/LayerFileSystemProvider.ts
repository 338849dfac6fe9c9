import * as vscode from 'vscode';
import { toFileSystemError } from '../files/fileSystemErrors';
import type { StackedEntry } from './LayerStack';
import type { ImageLayers } from './ImageLayers';
import { parseLayerUri, type LayerLocation } from './layerUris';

/**
 * `dockhand-layer://<image>/<layer>/<path>`: an image's file system as it stands at one layer,
 * read-only (registered with `isReadonly`). Listings come from the layer analysis; file content
 * is read from the engine's export stream on demand.
 */
export class LayerFileSystemProvider implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  /** An image's layers never change: nothing fires. */
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly layers: ImageLayers) {}

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    return this.run(uri, async location => {
      const stack = await this.layers.stack(location.image, location.layer);
      const entry = stack.at(location.path);
      if (!entry) {
        throw vscode.FileSystemError.FileNotFound(uri);
      }
      const resolved = stack.resolve(location.path);
      const target = entry.type === 'symlink' && resolved !== undefined ? stack.at(resolved) : undefined;
      return {
        type: fileType(entry, target),
        ctime: 0,
        mtime: 0,
        size: (target ?? entry).size,
        permissions: vscode.FilePermission.Readonly,
      };
    });
  }

  async readDirectory(uri: vscode.Uri): Promise<Array<[string, vscode.FileType]>> {
    return this.run(uri, async location => {
      const stack = await this.layers.stack(location.image, location.layer);
      const entries = stack.list(location.path);
      if (!entries) {
        throw stack.at(location.path) ? vscode.FileSystemError.FileNotADirectory(uri) : vscode.FileSystemError.FileNotFound(uri);
      }
      return entries.map(([name, entry]) => {
        const resolved = entry.type === 'symlink' ? stack.resolve(`${location.path}/${name}`) : undefined;
        return [name, fileType(entry, resolved === undefined ? undefined : stack.at(resolved))];
      });
    });
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.run(uri, location => this.layers.read(location, uri));
  }

  writeFile(uri: vscode.Uri): never {
    throw readOnly(uri);
  }

  createDirectory(uri: vscode.Uri): never {
    throw readOnly(uri);
  }

  delete(uri: vscode.Uri): never {
    throw readOnly(uri);
  }

  rename(uri: vscode.Uri): never {
    throw readOnly(uri);
  }

  private async run<T>(uri: vscode.Uri, body: (location: LayerLocation) => Promise<T>): Promise<T> {
    const location = parseLayerUri(uri);
    if (!location) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    try {
      return await body(location);
    } catch (err) {
      throw toFileSystemError(err, uri);
    }
  }
}

function readOnly(uri: vscode.Uri): vscode.FileSystemError {
  return vscode.FileSystemError.NoPermissions(vscode.l10n.t('{0} is a file of an image layer, which cannot change.', uri.path));
}

function fileType(entry: StackedEntry, target: StackedEntry | undefined): vscode.FileType {
  const of = (e: StackedEntry | undefined) =>
    e?.type === 'directory' ? vscode.FileType.Directory : e?.type === 'file' ? vscode.FileType.File : vscode.FileType.Unknown;
  return entry.type === 'symlink' ? vscode.FileType.SymbolicLink | of(target) : of(entry);
}
