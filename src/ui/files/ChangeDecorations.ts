import * as vscode from 'vscode';
import type { DockerEngine, FileChange, FileChangeKind } from '../../engine';
import { containerScheme } from './fileUris';

/** How long one `GET /containers/{id}/changes` answers for a container's decorations. */
const freshForMs = 3000;

const badges: Record<FileChangeKind, { badge: string; color: string; tooltip: string }> = {
  added: { badge: 'A', color: 'gitDecoration.addedResourceForeground', tooltip: 'Added since the image' },
  changed: { badge: 'M', color: 'gitDecoration.modifiedResourceForeground', tooltip: 'Changed since the image' },
  deleted: { badge: 'D', color: 'gitDecoration.deletedResourceForeground', tooltip: 'Deleted since the image' },
};

/**
 * Marks the files a container added, changed or deleted since its image (`docker diff`), in the
 * Files tree and in the Explorer when a container is opened as a folder.
 */
export class ChangeDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private readonly cache = new Map<string, { at: number; changes: Promise<Map<string, FileChangeKind>> }>();

  constructor(private readonly engine: () => DockerEngine) {}

  async provideFileDecoration(uri: vscode.Uri): Promise<vscode.FileDecoration | undefined> {
    if (uri.scheme !== containerScheme) {
      return undefined;
    }
    const kind = (await this.changesOf(uri.authority).catch(() => new Map<string, FileChangeKind>())).get(uri.path);
    if (!kind) {
      return undefined;
    }
    const { badge, color, tooltip } = badges[kind];
    return new vscode.FileDecoration(badge, vscode.l10n.t(tooltip), new vscode.ThemeColor(color));
  }

  /** The deleted paths directly inside `dir`, which a listing cannot show (they are gone). */
  async deletedIn(container: string, dir: string): Promise<string[]> {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    const changes = await this.changesOf(container);
    return [...changes]
      .filter(([path, kind]) => kind === 'deleted' && path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path]) => path.slice(prefix.length));
  }

  /** Forgets what is known about a container (after a write), and redraws its decorations. */
  invalidate(container: string): void {
    this.cache.delete(container);
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private changesOf(container: string): Promise<Map<string, FileChangeKind>> {
    const cached = this.cache.get(container);
    if (cached && Date.now() - cached.at < freshForMs) {
      return cached.changes;
    }
    const changes = this.engine().containerChanges(container).then(toMap);
    this.cache.set(container, { at: Date.now(), changes });
    return changes;
  }
}

function toMap(changes: readonly FileChange[]): Map<string, FileChangeKind> {
  return new Map(changes.map(c => [c.path, c.kind]));
}
