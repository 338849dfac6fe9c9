/**
 * Every command Dockhand contributes. No `vscode` import: the manifest unit test compares this
 * list with package.json in plain Node.
 */
export const CommandId = {
  Refresh: 'dockhand.refresh',
  EngineRetry: 'dockhand.engine.retry',
  ShowLog: 'dockhand.showLog',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];
