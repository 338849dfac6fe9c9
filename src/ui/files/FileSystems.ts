import * as vscode from 'vscode';
import type { DockerEngine } from '../../engine';
import { ArchiveFileSystemProvider, type FileLocation } from './ArchiveFileSystemProvider';
import { ChangeDecorations } from './ChangeDecorations';
import { FileTree } from './FileTree';
import { containerScheme, volumeScheme } from './fileUris';
import { ImageLayers } from '../layers/ImageLayers';
import { LayerFileSystemProvider } from '../layers/LayerFileSystemProvider';
import { layerScheme } from '../layers/layerUris';
import { uploadInto } from './upload';
import { VolumeMounts } from './VolumeMounts';

/** The file systems of containers, volumes and image layers, their decorations and the tree that shows them. */
export interface FileSystems {
  readonly providers: ReadonlyMap<string, ArchiveFileSystemProvider>;
  readonly tree: FileTree;
  readonly decorations: ChangeDecorations;
  /** Images' layers as the layer explorer reads them (`dockhand-layer:`, read-only), within bounds. */
  readonly layers: ImageLayers;
  /** The never-started helper containers through which volumes are browsed. */
  readonly volumeMounts: VolumeMounts;
  /** Drops files from the Explorer (or the OS) onto a folder node: they are uploaded there. */
  readonly dragAndDrop: vscode.TreeDragAndDropController<unknown>;
  /** The provider of a URI's scheme, and where the URI is. */
  locate(uri: vscode.Uri): Promise<FileLocation & { provider: ArchiveFileSystemProvider }>;
}

export function registerFileSystems(context: vscode.ExtensionContext, engine: () => DockerEngine): FileSystems {
  const containers = new ArchiveFileSystemProvider(engine, uri => Promise.resolve({ containerId: uri.authority, path: uri.path || '/' }));
  const volumeMounts = new VolumeMounts(engine);
  const volumes = new ArchiveFileSystemProvider(engine, uri => volumeMounts.locate(uri));
  const providers = new Map([
    [containerScheme, containers],
    [volumeScheme, volumes],
  ]);
  const decorations = new ChangeDecorations(engine);
  const layers = new ImageLayers(engine);
  const tree = new FileTree(engine, providers, decorations);
  const locate = async (uri: vscode.Uri) => {
    const provider = providers.get(uri.scheme);
    if (!provider) {
      throw new Error(vscode.l10n.t('{0} is not a file inside a container or volume.', uri.toString()));
    }
    return { ...(await provider.locate(uri)), provider };
  };
  const files: FileSystems = {
    providers,
    tree,
    decorations,
    layers,
    locate,
    volumeMounts,
    dragAndDrop: {
      dropMimeTypes: ['text/uri-list'],
      dragMimeTypes: [],
      handleDrop: async (target, data) => {
        const folder = folderUriOf(target);
        const list = await data.get('text/uri-list')?.asString();
        if (!folder || !list) {
          return;
        }
        const sources = list
          .split(/\r?\n/)
          .map(line => line.trim())
          .filter(line => line && !line.startsWith('#'))
          .map(line => vscode.Uri.parse(line));
        await uploadInto(engine, locate, folder, sources);
      },
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(containerScheme, containers, { isCaseSensitive: true }),
    vscode.workspace.registerFileSystemProvider(volumeScheme, volumes, { isCaseSensitive: true }),
    vscode.workspace.registerFileSystemProvider(layerScheme, new LayerFileSystemProvider(layers), {
      isCaseSensitive: true,
      isReadonly: true,
    }),
    vscode.window.registerFileDecorationProvider(decorations),
    containers,
    volumes,
    volumeMounts,
    decorations,
    tree,
  );
  return files;
}

/** The folder a drop lands in: a folder node itself, or the root of a "Files" node. */
function folderUriOf(target: unknown): vscode.Uri | undefined {
  const node = target as { kind?: string; uri?: unknown; entry?: { type?: string; targetIsDirectory?: boolean } } | undefined;
  if (!(node?.uri instanceof vscode.Uri)) {
    return undefined;
  }
  if (node.kind === 'files' || node.entry?.type === 'directory' || node.entry?.targetIsDirectory) {
    return node.uri;
  }
  return node.kind === 'file' ? node.uri.with({ path: node.uri.path.replace(/\/[^/]*$/, '') || '/' }) : undefined;
}
