/** Commands that run compose on a file. No `vscode` import (the manifest test reads it). */
export const composeCommandIds = {
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
  ComposeStats: 'dockhand.compose.stats',
} as const;
