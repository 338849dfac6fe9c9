/** The registry layer's public surface (Registry HTTP API V2, Docker Hub's API, the CLI's credentials). No `vscode` import. */
export { RegistryError, type RegistryErrorKind } from './RegistryError';
export { RegistryService } from './RegistryService';
export { RegistryClient } from './http/RegistryClient';
export type { HttpRequest, HttpResponse, Transport } from './http/transport';
export { CredentialStore, type CredentialLocation, type Credentials } from './credentials/CredentialStore';
export { DockerConfigFile, dockerConfigDir } from './config/DockerConfigFile';
export { credentialKey, hubCredentialKey, hubHost, isHub, isLoopback, normalizeHost } from './config/registryHost';
export { catalogPage, tagsPage, allPages } from './api/catalog';
export {
  getManifest,
  getImageConfig,
  manifestDigest,
  deleteManifest,
  type ManifestInfo,
  type ImageConfigInfo,
  type Descriptor,
} from './api/manifests';
export { tagsOnDigest } from './api/tagsOnDigest';
export { defaultPageSize, type Page } from './api/paging';
export type { HubTag } from './hub/DockerHubApi';
