/** Commands for the engine's own configuration files. No `vscode` import. */
export const engineConfigCommandIds = {
  OpenDaemonConfig: 'dockhand.engineConfig.openDaemonJson',
} as const;
