import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { DockerEngine, OwnerNames, PathEntry } from '../../engine';
import type { ArchiveFileSystemProvider } from './ArchiveFileSystemProvider';
import type { ChangeDecorations } from './ChangeDecorations';
import { describeEntry } from './describeEntry';
import { containerScheme } from './fileUris';

/** The "Files" node of a container or volume: its root folder. */
export interface FilesRootNode {
  readonly kind: 'files';
  readonly uri: vscode.Uri;
}

/** A file, folder or link inside a container or volume; `deleted` ones exist only in the image. */
export interface FileEntryNode {
  readonly kind: 'file';
  readonly uri: vscode.Uri;
  readonly entry: PathEntry;
  readonly owners?: OwnerNames;
  readonly deleted?: boolean;
}

export type FileNode = FilesRootNode | FileEntryNode;

/** How long owner names read from a container's /etc/passwd stay in use. */
const ownersFreshForMs = 10_000;

/**
 * The file trees under containers and volumes: nodes, their children (one folder level per
 * expansion, never a subtree) and their tree items. Redraws when a file system reports a change.
 */
export class FileTree implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a folder's content or a decoration changed: the view redraws (no reload). */
  readonly onDidChange = this.changed.event;
  private readonly owners = new Map<string, { at: number; names: Promise<OwnerNames | undefined> }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly engine: () => DockerEngine,
    private readonly providers: ReadonlyMap<string, ArchiveFileSystemProvider>,
    private readonly decorations: ChangeDecorations,
  ) {
    this.subscriptions = [...providers.values()].map(p =>
      p.onDidChangeFile(events => {
        for (const authority of new Set(events.map(e => e.uri.authority))) {
          this.decorations.invalidate(authority);
        }
        this.changed.fire();
      }),
    );
  }

  rootNode(uri: vscode.Uri): FilesRootNode {
    return { kind: 'files', uri };
  }

  async children(node: FileNode): Promise<FileEntryNode[]> {
    const provider = this.providers.get(node.uri.scheme);
    if (!provider) {
      return [];
    }
    const [entries, owners, deleted] = await Promise.all([
      provider.listEntries(node.uri),
      this.ownersOf(provider, node.uri),
      node.uri.scheme === containerScheme ? this.decorations.deletedIn(node.uri.authority, node.uri.path).catch(() => []) : [],
    ]);
    const child = (name: string) => node.uri.with({ path: posix.join(node.uri.path, name) });
    const nodes: FileEntryNode[] = entries.map(entry => ({ kind: 'file', uri: child(entry.name), entry, ...(owners ? { owners } : {}) }));
    const present = new Set(entries.map(e => e.name));
    for (const name of deleted.filter(n => !present.has(n))) {
      nodes.push({ kind: 'file', uri: child(name), deleted: true, entry: { name, type: 'file', size: 0, mode: 0, mtime: new Date(0) } });
    }
    return nodes.sort(foldersFirst);
  }

  treeItem(node: FileNode): vscode.TreeItem {
    if (node.kind === 'files') {
      const item = new vscode.TreeItem(vscode.l10n.t('Files'), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `files:${node.uri.toString()}`;
      item.iconPath = new vscode.ThemeIcon('files');
      item.contextValue = 'files.root';
      item.resourceUri = node.uri;
      item.tooltip = node.uri.toString();
      return item;
    }
    const { entry } = node;
    const isFolder = entry.type === 'directory' || entry.targetIsDirectory === true;
    const item = new vscode.TreeItem(
      entry.name,
      isFolder && !node.deleted ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `file:${node.uri.toString()}`;
    item.resourceUri = node.uri;
    if (node.deleted) {
      item.description = vscode.l10n.t('deleted since the image');
      item.contextValue = 'files.deleted';
      item.iconPath = new vscode.ThemeIcon('diff-removed');
      return item;
    }
    item.description = describeEntry(entry, node.owners);
    item.tooltip = `${node.uri.path}\n${describeEntry(entry, node.owners)}`;
    item.contextValue = isFolder ? 'files.directory' : 'files.file';
    if (entry.type === 'symlink') {
      item.iconPath = new vscode.ThemeIcon(isFolder ? 'file-symlink-directory' : 'file-symlink-file');
    } else if (isFolder) {
      item.iconPath = vscode.ThemeIcon.Folder;
    } else {
      item.iconPath = vscode.ThemeIcon.File;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [node.uri] };
    }
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
    this.changed.dispose();
  }

  private ownersOf(provider: ArchiveFileSystemProvider, uri: vscode.Uri): Promise<OwnerNames | undefined> {
    const key = `${uri.scheme}://${uri.authority}`;
    const cached = this.owners.get(key);
    if (cached && Date.now() - cached.at < ownersFreshForMs) {
      return cached.names;
    }
    const names = provider
      .locate(uri)
      .then(({ containerId }) => this.engine().ownerNames(containerId))
      .catch(() => undefined);
    this.owners.set(key, { at: Date.now(), names });
    return names;
  }
}

function foldersFirst(a: FileEntryNode, b: FileEntryNode): number {
  const folder = (n: FileEntryNode) => (n.entry.type === 'directory' || n.entry.targetIsDirectory ? 0 : 1);
  return folder(a) - folder(b) || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0);
}

export function isFileNode(value: unknown): value is FileNode {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return (
    typeof value === 'object' &&
    value !== null &&
    (kind === 'file' || kind === 'files') &&
    (value as { uri?: unknown }).uri instanceof vscode.Uri
  );
}
