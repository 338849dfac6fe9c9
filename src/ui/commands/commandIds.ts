/**
 * Every command Dockhand contributes. No `vscode` import: the manifest unit test compares this
 * list with package.json in plain Node.
 */
export const CommandId = {
  Refresh: 'dockhand.refresh',
  EngineRetry: 'dockhand.engine.retry',
  ShowLog: 'dockhand.showLog',
  ComposeUp: 'dockhand.compose.up',
  ComposeDown: 'dockhand.compose.down',
  ComposeRestart: 'dockhand.compose.restart',
  ComposeStop: 'dockhand.compose.stop',
  ComposeStart: 'dockhand.compose.start',
  ComposeLogs: 'dockhand.compose.logs',
  ComposePs: 'dockhand.compose.ps',
  ComposePull: 'dockhand.compose.pull',
  ComposeBuild: 'dockhand.compose.build',
  ComposeConfig: 'dockhand.compose.config',
  ComposePause: 'dockhand.compose.pause',
  ComposeUnpause: 'dockhand.compose.unpause',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];
