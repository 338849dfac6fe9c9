/** Commands of Dockhand as a whole. No `vscode` import (the manifest test reads it). */
export const coreCommandIds = {
  Refresh: 'dockhand.refresh',
  EngineRetry: 'dockhand.engine.retry',
  ShowLog: 'dockhand.showLog',
} as const;
