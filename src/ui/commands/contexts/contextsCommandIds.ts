/** Commands on docker contexts and on which engine Dockhand uses. No `vscode` import (the manifest test reads it). */
export const contextsCommandIds = {
  ContextsUse: 'dockhand.contexts.use',
  ContextsPick: 'dockhand.contexts.pick',
  ContextsFollowCli: 'dockhand.contexts.followCli',
  ContextsCreate: 'dockhand.contexts.create',
  ContextsInspect: 'dockhand.contexts.inspect',
  ContextsRemove: 'dockhand.contexts.remove',
  ContextsRefresh: 'dockhand.contexts.refresh',
} as const;
