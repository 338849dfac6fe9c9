import type { IdsOf } from '../commandIds';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { loginRegistry, logoutRegistry } from './loginCommands';
import { pushToRegistry } from './pushToRegistry';
import { registriesCommandIds as ids } from './registriesCommandIds';
import { addRegistry, loadMore, refreshRegistries, removeRegistry } from './registryListCommands';
import { removeRegistryTag } from './removeRegistryTag';
import { copyRegistryDigest, copyRegistryReference, inspectRegistryManifest, pullRegistryTag } from './tagCommands';

export function registriesCommandTable(deps: CommandDeps): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    [ids.RegistriesAdd]: (...args) => addRegistry(deps, ...args),
    [ids.RegistriesRemove]: (...args) => removeRegistry(deps, ...args),
    [ids.RegistriesLogin]: (...args) => loginRegistry(deps, ...args),
    [ids.RegistriesLogout]: (...args) => logoutRegistry(deps, ...args),
    [ids.RegistriesRefresh]: (...args) => refreshRegistries(deps, ...args),
    [ids.RegistriesLoadMore]: (...args) => loadMore(deps, ...args),
    [ids.RegistriesPull]: (...args) => pullRegistryTag(deps, ...args),
    [ids.RegistriesCopyReference]: (...args) => copyRegistryReference(deps, ...args),
    [ids.RegistriesCopyDigest]: (...args) => copyRegistryDigest(deps, ...args),
    [ids.RegistriesInspectManifest]: (...args) => inspectRegistryManifest(deps, ...args),
    [ids.RegistriesRemoveTag]: (...args) => removeRegistryTag(deps, ...args),
    [ids.RegistriesPushImage]: (...args) => pushToRegistry(deps, ...args),
  };
}
