import type { DockerEngine } from './engine';
import type { FileSystems } from './ui/files/FileSystems';
import type { Trees } from './ui/trees/registerTrees';

/**
 * What `activate()` returns to other extensions and tests:
 * `vscode.extensions.getExtension('dockhand.dockhand').exports`.
 */
export interface DockhandApi {
  readonly apiVersion: 1;
  /** The engine Dockhand talks to now (changes when `dockhand.engine.host` does). */
  readonly engine: DockerEngine;
  /** Each view's TreeDataProvider. */
  readonly trees: Trees;
  /** The container and volume file systems (`dockhand-container:`, `dockhand-volume:`), their tree and decorations. */
  readonly files: FileSystems;
  /** Reloads every view from the engine; resolves once all have reloaded. */
  refresh(): Promise<void>;
}
