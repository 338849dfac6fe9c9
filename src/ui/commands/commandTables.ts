/**
 * Every area's handler table. This module and everything it imports (handlers, dialogs, webview
 * panels, scaffolding, registry and swarm code) is a file of its own, loaded with the first
 * command Dockhand runs (registerCommands.ts), not at activation.
 */
export { composeCommandTable } from './compose/composeCommandTable';
export { containersCommandTable } from './containers/containersCommandTable';
export { contextsCommandTable } from './contexts/contextsCommandTable';
export { coreCommandTable } from './coreCommandTable';
export { filesCommandTable } from './files/filesCommandTable';
export { imagesCommandTable } from './images/imagesCommandTable';
export { networksCommandTable } from './networks/networksCommandTable';
export { registriesCommandTable } from './registries/registriesCommandTable';
export { scaffoldCommandTable } from './scaffold/scaffoldCommandTable';
export { swarmCommandTable } from './swarm/swarmCommandTable';
export { systemCommandTable } from './system/systemCommandTable';
export { volumesCommandTable } from './volumes/volumesCommandTable';
