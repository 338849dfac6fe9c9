/** Commands on networks. No `vscode` import (the manifest test reads it). */
export const networksCommandIds = {
  NetworksCreate: 'dockhand.networks.create',
  NetworksInspect: 'dockhand.networks.inspect',
  NetworksRemove: 'dockhand.networks.remove',
  NetworksPrune: 'dockhand.networks.prune',
  NetworksConnect: 'dockhand.networks.connect',
  NetworksDisconnect: 'dockhand.networks.disconnect',
} as const;
