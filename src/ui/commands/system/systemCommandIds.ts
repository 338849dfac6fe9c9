/** Commands on the engine as a whole. No `vscode` import (the manifest test reads it). */
export const systemCommandIds = {
  SystemPrune: 'dockhand.system.prune',
  SystemRefresh: 'dockhand.system.refresh',
  /** The local engine's daemon.json (the engine's own configuration). */
  SystemOpenDaemonJson: 'dockhand.system.openDaemonJson',
} as const;
