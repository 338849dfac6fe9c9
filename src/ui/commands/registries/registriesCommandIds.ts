/** Commands of the Registries view. No `vscode` import (the manifest test reads it). */
export const registriesCommandIds = {
  RegistriesAdd: 'dockhand.registries.add',
  RegistriesRemove: 'dockhand.registries.remove',
  RegistriesLogin: 'dockhand.registries.login',
  RegistriesLogout: 'dockhand.registries.logout',
  RegistriesRefresh: 'dockhand.registries.refresh',
  RegistriesLoadMore: 'dockhand.registries.loadMore',
  RegistriesPull: 'dockhand.registries.pull',
  RegistriesCopyReference: 'dockhand.registries.copyReference',
  RegistriesCopyDigest: 'dockhand.registries.copyDigest',
  RegistriesInspectManifest: 'dockhand.registries.inspectManifest',
  RegistriesRemoveTag: 'dockhand.registries.removeTag',
  RegistriesPushImage: 'dockhand.registries.pushImage',
} as const;
