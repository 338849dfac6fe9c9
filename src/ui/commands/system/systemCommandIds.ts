/** Commands on the engine as a whole. No `vscode` import (the manifest test reads it). */
export const systemCommandIds = {
  SystemPrune: 'dockhand.system.prune',
  SystemRefresh: 'dockhand.system.refresh',
} as const;
